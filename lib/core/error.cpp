#include "core/error.h"

namespace slant {

Error& Error::InFile(std::string source, std::int64_t line) {
  source_ = std::move(source);
  if (line > 0) line_ = line;
  return *this;
}

Error& Error::AtLine(std::int64_t line) {
  line_ = line;
  return *this;
}

Error& Error::AtByte(std::int64_t byte) {
  byte_ = byte;
  return *this;
}

std::string Error::ToString() const {
  std::string out;
  if (!source_.empty()) {
    out += source_;
    if (line_ > 0) out += ":" + std::to_string(line_);
    out += ": ";
  } else if (line_ > 0) {
    out += "line " + std::to_string(line_) + ": ";
  }
  out += message_;
  if (byte_ >= 0) out += " at byte " + std::to_string(byte_);
  return out;
}

}  // namespace slant
