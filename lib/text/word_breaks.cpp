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
  // The class of the code point at `i`, moving `i` past it; kUncovered ends the direct path.
  const auto read = [&](std::int32_t& i) -> int {
    UChar32 c = bytes[i];
    if (c < 0x80) {
      ++i;
    } else {
      U8_NEXT(bytes, i, length, c);
      if (c < 0 || c >= kTableSize) return kUncovered;
    }
    return table[static_cast<std::size_t>(c)];
  };

  std::vector<WordSegment> out;
  out.reserve(utf8.size() / 3 + 1);
  if (length == 0) return out;
  std::int32_t i = 0;
  int b = read(i);  // the last code point read; bb the one before it
  if (b == kUncovered) return std::nullopt;
  int bb = kOther;
  std::int32_t begin = 0;  // the current segment's first byte
  std::size_t count = 1;   // its code points so far
  while (i < length) {
    if (b == kALetter) {  // inside a word: ASCII letters join without further thought (WB5)
      std::int32_t j = i;
      while (j < length && bytes[j] < 0x80 && table[bytes[j]] == kALetter) ++j;
      if (j > i) {
        count += static_cast<std::size_t>(j - i);
        bb = kALetter;
        i = j;
        continue;
      }
    }
    const std::int32_t at = i;
    const int a = read(i);
    if (a == kUncovered) return std::nullopt;
    const std::uint8_t pair = pairs[static_cast<std::size_t>(b)][static_cast<std::size_t>(a)];
    bool join = pair == kJoin;
    if (pair == kContext) {
      std::int32_t peek = i;
      const int aa = i < length ? read(peek) : static_cast<int>(kOther);
      if (aa == kUncovered) return std::nullopt;
      join = Joins(bb, b, a, aa);
    }
    if (!join) {
      out.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(at),
                     Status(count, count >= 2 ? bb : static_cast<int>(kOther), b)});
      begin = at;
      count = 0;
    }
    bb = b;
    b = a;
    ++count;
  }
  out.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(length),
                 Status(count, count >= 2 ? bb : static_cast<int>(kOther), b)});
  return out;
}

}  // namespace slant::text
