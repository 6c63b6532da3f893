#include "score/python_str.h"

#include <algorithm>

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace slant::score {

bool IsPythonSpace(UChar32 c) {
  if (c >= 0 && c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
  return u_isUWhiteSpace(c) != 0;
}

std::string_view PythonStrip(std::string_view s) {
  std::size_t first = s.size();  // the first byte that is not white space
  std::size_t last = 0;          // the end of the last code point that is not white space
  ForEachCodePoint(s, [&](UChar32 c, std::size_t begin, std::size_t end) {
    if (IsPythonSpace(c)) return;
    first = std::min(first, begin);
    last = end;
  });
  return first < last ? s.substr(first, last - first) : std::string_view();
}

std::size_t CodePoints(std::string_view s) {
  std::size_t n = 0;
  ForEachCodePoint(s, [&](UChar32, std::size_t, std::size_t) { ++n; });
  return n;
}

bool PythonIsUpper(std::string_view s) {
  bool cased = false;
  bool upper = true;
  ForEachCodePoint(s, [&](UChar32 c, std::size_t, std::size_t) {
    if (c >= 0 && c < 0x80) {  // ASCII, most of every text: no call into ICU
      if (c >= 'a' && c <= 'z') upper = false;
      if (c >= 'A' && c <= 'Z') cased = true;
      return;
    }
    const auto type = u_charType(c);
    if (type == U_LOWERCASE_LETTER || type == U_TITLECASE_LETTER) upper = false;
    if (type == U_UPPERCASE_LETTER) cased = true;
  });
  return cased && upper;
}

std::string PythonLower(std::string_view s) {
  if (std::all_of(s.begin(), s.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string out(s);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<std::int32_t>(s.size())));
  u.toLower(icu::Locale::getRoot());
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace slant::score
