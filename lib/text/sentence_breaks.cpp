#include "text/sentence_breaks.h"

#include <array>
#include <cstdint>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/sentence_suppressions.h"

namespace slant::text {
namespace {

// The UAX #29 Sentence_Break class of a code point; ASCII from a table built from ICU once.
int SentenceBreakClass(UChar32 c) {
  static const std::array<std::uint8_t, 128> kAscii = [] {
    std::array<std::uint8_t, 128> table{};
    for (UChar32 a = 0; a < 128; ++a) {
      table[static_cast<std::size_t>(a)] =
          static_cast<std::uint8_t>(u_getIntPropertyValue(a, UCHAR_SENTENCE_BREAK));
    }
    return table;
  }();
  if (c >= 0 && c < 128) return kAscii[static_cast<std::size_t>(c)];
  return u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
}

bool IsSeparator(int k) { return k == U_SB_SEP || k == U_SB_CR || k == U_SB_LF; }
bool IsTerminator(int k) { return k == U_SB_ATERM || k == U_SB_STERM; }
bool IsIgnored(int k) { return k == U_SB_EXTEND || k == U_SB_FORMAT; }  // rule SB5

// Bytes that can neither end a sentence nor separate paragraphs: ASCII other than
// . ! ? and the line and page breaks (bytes of multi-byte characters are looked at).
constexpr std::array<bool, 256> kPlain = [] {
  std::array<bool, 256> plain{};
  for (int b = 0; b < 0x80; ++b) {
    plain[static_cast<std::size_t>(b)] =
        b != '.' && b != '!' && b != '?' && b != '\n' && b != '\r' && b != '\v' && b != '\f';
  }
  return plain;
}();

class SentenceScanner {
 public:
  explicit SentenceScanner(std::string_view utf8)
      : text_(utf8),
        bytes_(reinterpret_cast<const std::uint8_t*>(utf8.data())),
        length_(static_cast<std::int32_t>(utf8.size())) {}

  // ICU's boundaries; `news` adds slant's abbreviation filter.
  std::vector<std::size_t> Ends(bool news) const {
    std::vector<std::size_t> ends;
    for (std::int32_t i = 0; i < length_;) {
      // Fast skip: ASCII that neither ends a sentence nor separates paragraphs.
      if (kPlain[bytes_[i]]) {
        ++i;
        continue;
      }
      std::int32_t next = 0;
      const int k = ClassAt(i, next);
      if (IsSeparator(k)) {  // SB4: a break after every paragraph separator
        ends.push_back(static_cast<std::size_t>(AfterSeparator(k, next)));
        i = AfterSeparator(k, next);
        continue;
      }
      if (!IsTerminator(k)) {
        i = next;
        continue;
      }
      // SATerm Close* Sp* ParaSep?: a break can only come after all of these (SB9-SB11).
      std::int32_t end = next;
      bool spaces = false;
      bool adjacent = true;  // only ignored code points since the terminator
      int c = -1;
      while (end < length_) {
        std::int32_t after = 0;
        c = ClassAt(end, after);
        if (IsIgnored(c)) {
          end = after;
        } else if (!spaces && c == U_SB_CLOSE) {
          adjacent = false;
          end = after;
        } else if (c == U_SB_SP) {
          spaces = true;
          adjacent = false;
          end = after;
        } else {
          break;
        }
      }
      if (end >= length_) break;  // the text's end is a boundary anyway
      if (IsSeparator(c)) {
        std::int32_t after = 0;
        ClassAt(end, after);
        ends.push_back(static_cast<std::size_t>(AfterSeparator(c, after)));
        i = AfterSeparator(c, after);
        continue;
      }
      if (Breaks(i, k, adjacent, end, c) && !SuppressedByIcu(end) &&
          !(news && FollowsNewsAbbreviation(text_, static_cast<std::size_t>(end)))) {
        ends.push_back(static_cast<std::size_t>(end));
      }
      i = end;
    }
    // The text's end, unless a separator there put it in already.
    if (length_ > 0 && (ends.empty() || ends.back() != static_cast<std::size_t>(length_))) {
      ends.push_back(static_cast<std::size_t>(length_));
    }
    return ends;
  }

 private:
  UChar32 CodePointAt(std::int32_t i, std::int32_t& next) const {
    UChar32 c = 0;
    next = i;
    U8_NEXT(bytes_, next, length_, c);
    return c;
  }
  int ClassAt(std::int32_t i, std::int32_t& next) const {
    return SentenceBreakClass(CodePointAt(i, next));
  }
  // Where the code point before offset i starts (the text is valid UTF-8).
  std::int32_t PreviousStart(std::int32_t i) const {
    do {
      --i;
    } while (i > 0 && (bytes_[i] & 0xC0) == 0x80);
    return i;
  }

  std::int32_t AfterSeparator(int k, std::int32_t next) const {
    if (k == U_SB_CR && next < length_ && bytes_[next] == '\n') ++next;  // SB3: CR x LF
    return next;
  }

  // Rules SB6-SB8a for a terminator of class `k` at `term`, followed by closing marks and
  // spaces (none when `adjacent`) up to `end`, where a code point of class `c` stands.
  bool Breaks(std::int32_t term, int k, bool adjacent, std::int32_t end, int c) const {
    if (c == U_SB_SCONTINUE || IsTerminator(c)) return false;  // SB8a
    if (k != U_SB_ATERM) return true;                          // SB11
    if (adjacent && c == U_SB_NUMERIC) return false;           // SB6: "3.5"
    if (adjacent && c == U_SB_UPPER) {                         // SB7: "U.S"
      std::int32_t back = term;
      int before = -1;
      while (back > 0) {
        back = PreviousStart(back);
        std::int32_t ignored = 0;
        before = ClassAt(back, ignored);
        if (!IsIgnored(before)) break;
      }
      if (before == U_SB_UPPER || before == U_SB_LOWER) return false;
    }
    // SB8: no break when a lower-case letter follows before any letter, separator or
    // terminator ("etc. and so on").
    for (std::int32_t i = end; i < length_;) {
      std::int32_t next = 0;
      const int n = ClassAt(i, next);
      if (n == U_SB_LOWER) return false;
      if (n == U_SB_OLETTER || n == U_SB_UPPER || IsSeparator(n) || IsTerminator(n)) break;
      i = next;
    }
    return true;
  }

  bool SuppressedByIcu(std::int32_t at) const {
    return IcuSuppressesBreak(text_, static_cast<std::size_t>(at));
  }

  std::string_view text_;
  const std::uint8_t* bytes_;
  std::int32_t length_;
};

}  // namespace

std::vector<std::size_t> FindSentenceEnds(std::string_view utf8) {
  return SentenceScanner(utf8).Ends(true);
}

std::vector<std::size_t> FindIcuSentenceEnds(std::string_view utf8) {
  return SentenceScanner(utf8).Ends(false);
}

}  // namespace slant::text
