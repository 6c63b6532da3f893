#include "corpus/line_reader.h"

#include <cstring>

#include "core/utf8.h"

namespace slant::corpus {
namespace {
constexpr std::size_t kChunkBytes = std::size_t{1} << 16;
}  // namespace

LineReader::LineReader(std::istream& in, std::size_t max_line_bytes)
    : in_(in), max_line_bytes_(max_line_bytes), buffer_(kChunkBytes) {}

bool LineReader::Fill() {
  if (eof_) return false;
  if (begin_ > 0) {  // keep the unread tail at the front
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == buffer_.size()) buffer_.resize(buffer_.size() * 2);
  in_.read(buffer_.data() + end_, static_cast<std::streamsize>(buffer_.size() - end_));
  const auto got = static_cast<std::size_t>(in_.gcount());
  end_ += got;
  if (got == 0) eof_ = true;
  return got > 0;
}

LineReader::Status LineReader::Next(std::string& line) {
  line.clear();
  skipped_bytes_ = 0;
  bool too_long = false;
  std::size_t scanned = 0;  // bytes of buffer_[begin_, end_) known to hold no '\n'
  while (true) {
    const char* data = buffer_.data() + begin_;
    const std::size_t available = end_ - begin_;
    const void* newline = std::memchr(data + scanned, '\n', available - scanned);
    const std::size_t length =
        newline != nullptr ? static_cast<std::size_t>(static_cast<const char*>(newline) - data)
                           : available;
    if (!too_long && length > max_line_bytes_) {
      too_long = true;
    }
    if (too_long) {  // drop what we have and keep reading to the end of the line
      skipped_bytes_ += length;
      begin_ += length;
      scanned = 0;
      if (newline == nullptr) {
        if (!Fill()) break;
        continue;
      }
      ++begin_;  // the '\n'
      ++line_number_;
      at_start_ = false;
      return Status::kTooLong;
    }
    if (newline != nullptr || !Fill()) {
      // A whole line, or the last line of a file without a final newline.
      if (length == 0 && newline == nullptr) {
        if (in_.bad()) return Status::kIoError;
        return Status::kEnd;
      }
      line.assign(buffer_.data() + begin_, length);
      begin_ += length + (newline != nullptr ? 1 : 0);
      ++line_number_;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (at_start_) line.erase(0, Utf8BomLength(line));
      at_start_ = false;
      return Status::kLine;
    }
    scanned = length;  // Fill() added data after the part already searched
  }
  ++line_number_;
  at_start_ = false;
  return Status::kTooLong;
}

}  // namespace slant::corpus
