#include "core/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include <unicode/utf8.h>

namespace slant {

std::optional<std::size_t> FindInvalidUtf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const auto length = static_cast<std::int32_t>(bytes.size());
  // ICU indexes with int32_t; longer inputs are checked in windows that end on a boundary.
  if (bytes.size() > static_cast<std::size_t>(INT32_MAX)) {
    std::size_t window = static_cast<std::size_t>(INT32_MAX) - 4;
    std::size_t done = 0;
    while (done < bytes.size()) {
      std::size_t end = std::min(bytes.size(), done + window);
      while (end < bytes.size() && (s[end] & 0xC0) == 0x80) --end;  // never split a sequence
      if (auto bad = FindInvalidUtf8(bytes.substr(done, end - done))) return done + *bad;
      done = end;
    }
    return std::nullopt;
  }
  std::int32_t i = 0;
  while (i < length) {
    // ASCII fast path: most news text is mostly ASCII, checked eight bytes at a time.
    if (i + 8 <= length) {
      std::uint64_t word = 0;
      std::memcpy(&word, s + i, sizeof word);
      if ((word & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) return static_cast<std::size_t>(start);
  }
  return std::nullopt;
}

std::size_t Utf8BomLength(std::string_view bytes) {
  return bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}

void AppendUtf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace slant
