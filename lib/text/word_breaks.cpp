#include "text/word_breaks.h"

#include <array>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace slant::text {
namespace {

// Word_Break classes the direct rules handle; kUncovered sends the text to ICU.
enum Wb : std::uint8_t {
  kUncovered,
  kALetter,
  kNumeric,
  kMidLetter,
  kMidNum,
  kMidNumLet,
  kSingleQuote,
  kExtendNumLet,
  kCr,
  kLf,
  kNewline,
  kWSegSpace,
  kOther,
};

constexpr UChar32 kTableSize = 0x2070;  // through General Punctuation

bool InCoveredBlock(UChar32 c) {
  return c < 0x0250 ||                     // Basic Latin, Latin-1, Latin Extended-A and -B
         (c >= 0x0370 && c < 0x0530) ||    // Greek, Cyrillic (and its supplement)
         (c >= 0x1E00 && c < 0x1F00) ||    // Latin Extended Additional
         (c >= 0x2000 && c < kTableSize);  // General Punctuation
}

Wb Classify(UChar32 c) {
  if (!InCoveredBlock(c)) return kUncovered;
  if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC)) return kUncovered;  // ‼ ⁉
  if (u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT) return kUncovered;
  if (c == '@') return kALetter;  // ICU's word rules add it to ALetter (e-mail addresses)
  switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
    case U_WB_ALETTER:
      return kALetter;
    case U_WB_NUMERIC:
      return kNumeric;
    case U_WB_MIDLETTER:
      // ICU's word rules take the colon (and its compatibility forms) out of MidLetter.
      return c == ':' ? kOther : kMidLetter;
    case U_WB_MIDNUM:
      return kMidNum;
    case U_WB_MIDNUMLET:
      return kMidNumLet;
    case U_WB_SINGLE_QUOTE:
      return kSingleQuote;
    case U_WB_EXTENDNUMLET:
      return kExtendNumLet;
    case U_WB_CR:
      return kCr;
    case U_WB_LF:
      return kLf;
    case U_WB_NEWLINE:
      return kNewline;
    case U_WB_WSEGSPACE:
      return kWSegSpace;
    case U_WB_OTHER:
    case U_WB_DOUBLE_QUOTE:  // only Hebrew rules use it, and Hebrew goes to ICU
      return kOther;
    default:
      return kUncovered;  // Extend, Format, ZWJ, Hebrew, Katakana, Regional Indicator ...
  }
}

const std::array<std::uint8_t, kTableSize>& ClassTable() {
  static const std::array<std::uint8_t, kTableSize> table = [] {
    std::array<std::uint8_t, kTableSize> t{};
    for (UChar32 c = 0; c < kTableSize; ++c) t[static_cast<std::size_t>(c)] = Classify(c);
    return t;
  }();
  return table;
}

bool IsAHLetter(int k) { return k == kALetter; }
bool IsMidLetterQ(int k) { return k == kMidLetter || k == kMidNumLet || k == kSingleQuote; }
bool IsMidNumQ(int k) { return k == kMidNum || k == kMidNumLet || k == kSingleQuote; }
bool IsLineEnd(int k) { return k == kCr || k == kLf || k == kNewline; }

// Whether there is no boundary between b and a; bb comes before b and aa after a (kOther at
// the text's ends).
bool Joins(int bb, int b, int a, int aa) {
  if (b == kCr && a == kLf) return true;                                // WB3
  if (IsLineEnd(b) || IsLineEnd(a)) return false;                       // WB3a, WB3b
  if (b == kWSegSpace && a == kWSegSpace) return true;                  // WB3d
  if (IsAHLetter(b) && IsAHLetter(a)) return true;                      // WB5
  if (IsAHLetter(b) && IsMidLetterQ(a) && IsAHLetter(aa)) return true;  // WB6
  if (IsAHLetter(bb) && IsMidLetterQ(b) && IsAHLetter(a)) return true;  // WB7
  if (b == kNumeric && a == kNumeric) return true;                      // WB8
  if (IsAHLetter(b) && a == kNumeric) return true;                      // WB9
  if (b == kNumeric && IsAHLetter(a)) return true;                      // WB10
  if (bb == kNumeric && IsMidNumQ(b) && a == kNumeric) return true;     // WB11
  if (b == kNumeric && IsMidNumQ(a) && aa == kNumeric) return true;     // WB12
  if ((IsAHLetter(b) || b == kNumeric || b == kExtendNumLet) && a == kExtendNumLet) {
    return true;  // WB13a
  }
  if (b == kExtendNumLet && (IsAHLetter(a) || a == kNumeric)) return true;  // WB13b
  return false;                                                             // WB999
}

// ICU's status for a segment of `count` code points whose last two have classes `before`
// and `last`: ICU's word.txt tags a word by its final base character (a digit: number, 100;
// a letter: word, 200); one ending in a connector ("_") takes the tag of the rule that joined
// it (after a digit 100, else 200), and a lone connector has none.
std::int32_t Status(std::size_t count, int before, int last) {
  if (last == kNumeric) return UBRK_WORD_NUMBER;
  if (last == kALetter) return UBRK_WORD_LETTER;
  if (last == kExtendNumLet && count > 1) {
    return before == kNumeric ? UBRK_WORD_NUMBER : UBRK_WORD_LETTER;
  }
  return UBRK_WORD_NONE;
}

// What a pair of classes decides without looking further: most pairs join or break on
// their own; only pairs with a mid-word mark need the code points around them (WB6, WB7,
// WB11, WB12).
enum Pair : std::uint8_t { kBreak, kJoin, kContext };

const std::array<std::array<std::uint8_t, kOther + 1>, kOther + 1>& PairTable() {
  static const auto table = [] {
    std::array<std::array<std::uint8_t, kOther + 1>, kOther + 1> t{};
    const auto mid = [](int k) { return IsMidLetterQ(k) || IsMidNumQ(k); };
    for (int b = 0; b <= kOther; ++b) {
      for (int a = 0; a <= kOther; ++a) {
        const bool context = (mid(a) && !IsLineEnd(b)) || (mid(b) && !IsLineEnd(a));
        t[static_cast<std::size_t>(b)][static_cast<std::size_t>(a)] =
            context ? kContext : (Joins(kOther, b, a, kOther) ? kJoin : kBreak);
      }
    }
    return t;
  }();
  return table;
}

}  // namespace

std::optional<std::vector<WordSegment>> FindWordSegments(std::string_view utf8) {
  const auto& table = ClassTable();
  const auto& pairs = PairTable();
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
  const auto length = static_cast<std::int32_t>(utf8.size());
  // Classes and starts of every code point, then the boundaries between them.
  std::vector<std::uint8_t> classes(utf8.size());
  std::vector<std::uint32_t> starts(utf8.size() + 1);
  std::size_t n = 0;
  for (std::int32_t i = 0; i < length; ++n) {
    starts[n] = static_cast<std::uint32_t>(i);
    UChar32 c = bytes[i];
    if (c < 0x80) {
      ++i;
    } else {
      U8_NEXT(bytes, i, length, c);
      if (c < 0 || c >= kTableSize) return std::nullopt;
    }
    const std::uint8_t k = table[static_cast<std::size_t>(c)];
    if (k == kUncovered) return std::nullopt;
    classes[n] = k;
  }
  starts[n] = static_cast<std::uint32_t>(length);

  std::vector<WordSegment> out;
  out.reserve(n / 2 + 1);
  std::size_t begin = 0;
  for (std::size_t i = 1; i <= n; ++i) {
    const int b = classes[i - 1];
    if (i < n) {
      const int a = classes[i];
      const std::uint8_t pair = pairs[static_cast<std::size_t>(b)][static_cast<std::size_t>(a)];
      if (pair == kJoin) continue;
      if (pair == kContext) {
        const int bb = i >= 2 ? classes[i - 2] : static_cast<int>(kOther);
        const int aa = i + 1 < n ? classes[i + 1] : static_cast<int>(kOther);
        if (Joins(bb, b, a, aa)) continue;
      }
    }
    const int before = i - begin >= 2 ? classes[i - 2] : static_cast<int>(kOther);
    out.push_back({starts[begin], starts[i], Status(i - begin, before, b)});
    begin = i;
  }
  return out;
}

}  // namespace slant::text
