#include "core/json_input.h"

#include <algorithm>

namespace slant {
namespace {

// The excerpt nlohmann quotes after "last read: '" is whatever it consumed of the current
// token, which for a string is all of it so far.
constexpr std::size_t kLastReadBytes = 40;

std::string ShortenLastRead(std::string reason) {
  static constexpr std::string_view kMarker = "last read: '";
  const std::size_t open = reason.find(kMarker);
  if (open == std::string::npos) return reason;
  const std::size_t begin = open + kMarker.size();
  const std::size_t close = reason.rfind('\'');
  if (close == std::string::npos || close < begin || close - begin <= kLastReadBytes) {
    return reason;
  }
  std::size_t cut = close - kLastReadBytes;
  // Start on a character, not inside one: skip UTF-8 continuation bytes.
  while (cut < close && (static_cast<unsigned char>(reason[cut]) & 0xC0) == 0x80) ++cut;
  return reason.substr(0, begin) + "…" + reason.substr(cut);
}

}  // namespace

int JsonNestingDepth(std::string_view json) {
  int depth = 0;
  int deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      deepest = std::max(deepest, ++depth);
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return deepest;
}

std::optional<std::string> JsonTooDeep(std::string_view json) {
  if (JsonNestingDepth(json) <= kMaxJsonDepth) return std::nullopt;
  return "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels";
}

std::string DescribeJsonError(const nlohmann::json::exception& error, bool with_byte) {
  std::string what = error.what();
  if (const auto* parse = dynamic_cast<const nlohmann::json::parse_error*>(&error)) {
    // "[json.exception.parse_error.101] parse error at line 1, column 7: <reason>"
    const std::size_t colon = what.find(": ", what.find("column"));
    if (colon != std::string::npos) what = what.substr(colon + 2);
    const std::string at =
        with_byte ? " at byte " + std::to_string(parse->byte > 0 ? parse->byte - 1 : 0) : "";
    return "malformed JSON" + at + ": " + ShortenLastRead(what);
  }
  // "[json.exception.out_of_range.406] number overflow parsing '1e999'", or a type error
  // ("type must be number, but is string") from reading a parsed value.
  const std::size_t end = what.find("] ");
  if (what.rfind("[json.exception.", 0) == 0 && end != std::string::npos) {
    what = what.substr(end + 2);
  }
  return dynamic_cast<const nlohmann::json::out_of_range*>(&error) != nullptr
             ? "malformed JSON: " + what
             : what;
}

}  // namespace slant
