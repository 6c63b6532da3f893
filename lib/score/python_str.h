#ifndef SLANT_SCORE_PYTHON_STR_H_
#define SLANT_SCORE_PYTHON_STR_H_

// The few semantics of Python's str that VADER's reference code relies on (it works on code
// points, and its notions of white space, case and lower-casing are Python's), shared by the
// VADER scorer and the reader of VADER's emoji lexicon.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <unicode/utf8.h>

namespace slant::score {

// Calls f(code_point, begin, end) for each code point of `s`, with its byte range. An
// ill-formed sequence comes out as a negative code point over its bytes (Python would never
// see one: its strings are decoded first).
template <typename F>
void ForEachCodePoint(std::string_view s, F f) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto length = static_cast<std::int32_t>(s.size());
  for (std::int32_t i = 0; i < length;) {
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    f(c, static_cast<std::size_t>(start), static_cast<std::size_t>(i));
  }
}

// Python's str.isspace: Unicode white space, plus the four ASCII separators 0x1C-0x1F.
bool IsPythonSpace(UChar32 c);

// Python's str.strip() without arguments: `s` without white space at either end.
std::string_view PythonStrip(std::string_view s);

// Python's len(): the number of code points.
std::size_t CodePoints(std::string_view s);

// Python's str.isupper: at least one cased character, and no lower- or title-case one.
bool PythonIsUpper(std::string_view s);

// Python's str.lower (full Unicode lower-casing, no locale).
std::string PythonLower(std::string_view s);

}  // namespace slant::score

#endif  // SLANT_SCORE_PYTHON_STR_H_
