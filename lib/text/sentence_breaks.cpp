#include "text/sentence_breaks.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_set>

#include <unicode/uchar.h>
#include <unicode/udata.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

namespace slant::text {
namespace {

// Abbreviations after which a news sentence does not end, on top of ICU's English list
// (which has Mr., Mrs., Prof., Lt., Capt. ...). In ICU 72 an entry with an inner period
// ("U.S.") only suppresses a break inside itself, never after it, so news needs its own. Matched
// case-sensitively against the word before a candidate break, so "ill." still ends a sentence where
// "Ill." (Illinois) does not.
constexpr std::array kNewsAbbreviations = {
    // Countries and bodies.
    "U.S.",
    "U.K.",
    "U.N.",
    "E.U.",
    "U.A.E.",
    "U.S.A.",
    "U.S.S.R.",
    // Titles and ranks.
    "Gen.",
    "Lt.",
    "Col.",
    "Maj.",
    "Capt.",
    "Cmdr.",
    "Adm.",
    "Sgt.",
    "Cpl.",
    "Pvt.",
    "Brig.",
    "Sen.",
    "Sens.",
    "Rep.",
    "Reps.",
    "Gov.",
    "Govs.",
    "Lt.Gov.",
    "Pres.",
    "Atty.",
    "Supt.",
    "Rev.",
    "Msgr.",
    "Hon.",
    "Amb.",
    "Mme.",
    "Ms.",
    "Messrs.",
    "Gens.",
    // Places and numbering.
    "St.",
    "Mt.",
    "Ft.",
    "Ave.",
    "Blvd.",
    "No.",
    "Nos.",
    "Vol.",
    "Art.",
    "Fig.",
    "approx.",
    // Months as news style abbreviates them.
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sep.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
    // U.S. states in AP style, frequent after names: "Sen. X (D-Ore.) said".
    "Ala.",
    "Ariz.",
    "Ark.",
    "Calif.",
    "Colo.",
    "Conn.",
    "Del.",
    "Fla.",
    "Ga.",
    "Ill.",
    "Ind.",
    "Kan.",
    "Ky.",
    "La.",
    "Md.",
    "Mass.",
    "Mich.",
    "Minn.",
    "Miss.",
    "Mo.",
    "Mont.",
    "Neb.",
    "Nev.",
    "N.H.",
    "N.J.",
    "N.M.",
    "N.Y.",
    "N.C.",
    "N.D.",
    "Okla.",
    "Ore.",
    "Pa.",
    "R.I.",
    "S.C.",
    "S.D.",
    "Tenn.",
    "Vt.",
    "Va.",
    "Wash.",
    "W.Va.",
    "Wis.",
    "Wyo.",
    // Company forms.
    "Inc.",
    "Corp.",
    "Co.",
    "Ltd.",
    "Bros.",
};

// Single initials: "John F. Kennedy", "Michael J. Fox".
constexpr std::array kInitials = {"A.", "B.", "C.", "D.", "E.", "F.", "G.", "H.", "I.",
                                  "J.", "K.", "L.", "M.", "N.", "O.", "P.", "Q.", "R.",
                                  "S.", "T.", "U.", "V.", "W.", "X.", "Y.", "Z."};

const std::unordered_set<std::string_view>& Abbreviations() {
  static const std::unordered_set<std::string_view> set = [] {
    std::unordered_set<std::string_view> s(kNewsAbbreviations.begin(), kNewsAbbreviations.end());
    for (std::string_view initial : kInitials) s.insert(initial);
    return s;
  }();
  return set;
}

// Whether a sentence break at `end` follows one of kNewsAbbreviations, which the break
// must not follow. A break after a line break is always kept: paragraphs never merge.
bool IsSuppressedBreak(std::string_view text, std::size_t end) {
  std::size_t stop = end;
  while (stop > 0 && (text[stop - 1] == ' ' || text[stop - 1] == '\t')) --stop;
  if (stop > 0 && (text[stop - 1] == '\n' || text[stop - 1] == '\r')) return false;
  if (stop > 0 && text[stop - 1] == ')') --stop;  // "Sen. X (D-Ore.) Then" keeps its period
  if (stop == 0 || text[stop - 1] != '.') return false;
  // The word before the period: back to white space or an opening mark ("(D-Ore." -> "Ore.").
  std::size_t start = stop;
  while (start > 0 && stop - start < 12) {
    const char c = text[start - 1];
    if (c == ' ' || c == '\t' || c == '\n' || c == '(' || c == '-' || c == '"' || c == '/' ||
        static_cast<unsigned char>(c) >= 0x80) {
      break;
    }
    --start;
  }
  return Abbreviations().contains(text.substr(start, stop - start));
}

// ICU's English abbreviation suppressions, read from ICU's own data and arranged as ICU's
// SimpleFilteredBreakIteratorBuilder arranges them (icu4c/source/common/filteredbrk.cpp), so
// the same breaks are suppressed: an abbreviation is matched backwards from the break; one
// with an inner period ("Ph.D.") stands in the backward set by its first part ("Ph.") as a
// partial match that must then match forwards from its start. Strings are code point
// sequences; backward keys are reversed.
// A trie over code points, for the few hundred suppression strings.
class CodePointTrie {
 public:
  static constexpr std::uint32_t kNone = UINT32_MAX;
  void Insert(const std::u32string& key, int value) {
    std::uint32_t node = 0;
    for (char32_t c : key) {
      std::uint32_t child = Step(node, c);
      if (child == kNone) {
        child = static_cast<std::uint32_t>(nodes_.size());
        nodes_[node].next.emplace_back(c, child);
        nodes_.emplace_back();
      }
      node = child;
    }
    nodes_[node].value = value;
  }
  std::uint32_t Step(std::uint32_t node, char32_t c) const {
    for (const auto& [key, child] : nodes_[node].next) {
      if (key == c) return child;
    }
    return kNone;
  }
  bool HasNext(std::uint32_t node) const { return !nodes_[node].next.empty(); }
  int Value(std::uint32_t node) const { return nodes_[node].value; }  // 0: none

 private:
  struct Node {
    std::vector<std::pair<char32_t, std::uint32_t>> next;
    int value = 0;
  };
  std::vector<Node> nodes_{1};
};

class IcuSuppressions {
 public:
  static const IcuSuppressions& English() {
    static const IcuSuppressions instance(Load());
    return instance;
  }

  // Whether ICU suppresses a sentence break at byte offset `at` of valid UTF-8 `text` (ICU's
  // SimpleFilteredSentenceBreakIterator::breakExceptionAt).
  bool Suppresses(std::string_view text, std::size_t at) const;

 private:
  enum Value { kPartial = 1, kMatch = 2 };

  static std::vector<std::u32string> Load();
  explicit IcuSuppressions(const std::vector<std::u32string>& entries);

  CodePointTrie backward_;  // reversed keys
  CodePointTrie forward_;
};

// ICU keeps the list as a sorted set of UTF-16 strings; the builder's passes read it so.
std::vector<std::u32string> IcuSuppressions::Load() {
  std::vector<std::u32string> out;
  UErrorCode status = U_ZERO_ERROR;
  UResourceBundle* bundle =
      ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", "en", &status);
  UResourceBundle* exceptions = ures_getByKey(bundle, "exceptions", nullptr, &status);
  UResourceBundle* list = ures_getByKey(exceptions, "SentenceBreak", nullptr, &status);
  for (std::int32_t i = 0; U_SUCCESS(status) && i < ures_getSize(list); ++i) {
    std::int32_t length = 0;
    const UChar* s = ures_getStringByIndex(list, i, &length, &status);
    if (U_FAILURE(status)) break;
    std::u32string entry(static_cast<std::size_t>(length), U'\0');  // at most one per unit
    std::int32_t code_points = 0;
    u_strToUTF32(reinterpret_cast<UChar32*>(entry.data()), length, &code_points, s, length,
                 &status);
    entry.resize(static_cast<std::size_t>(code_points));
    out.push_back(std::move(entry));
  }
  ures_close(list);
  ures_close(exceptions);
  ures_close(bundle);
  std::sort(out.begin(), out.end());  // (the English entries are all in the BMP: same order)
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;  // empty if ICU's data lacks the list: then ICU suppresses nothing either
}

IcuSuppressions::IcuSuppressions(const std::vector<std::u32string>& entries) {
  // The builder's two passes. An entry with an inner period goes to the forward set, with
  // every entry that shares its first part; that first part goes to the backward set once.
  constexpr int kSuppressInReverse = 1;
  constexpr int kAddToForward = 2;
  std::vector<int> partials(entries.size(), 0);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const std::u32string& abbr = entries[i];
    const std::size_t nn = abbr.find(U'.');
    if (nn == std::u32string::npos || nn + 1 == abbr.size()) continue;  // not partial
    const std::u32string prefix = abbr.substr(0, nn + 1);
    bool same_as = false;
    for (std::size_t j = 0; j < entries.size(); ++j) {
      if (j == i || entries[j].compare(0, nn + 1, prefix) != 0) continue;
      if (partials[j] == 0) {
        partials[j] = kSuppressInReverse | kAddToForward;
      } else if ((partials[j] & kSuppressInReverse) != 0) {
        same_as = true;
      }
    }
    if (!same_as && partials[i] == 0) {
      backward_.Insert(std::u32string(prefix.rbegin(), prefix.rend()), kPartial);
      partials[i] = kSuppressInReverse | kAddToForward;
    }
  }
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (partials[i] == 0) {
      backward_.Insert(std::u32string(entries[i].rbegin(), entries[i].rend()), kMatch);
    } else {
      forward_.Insert(entries[i], kMatch);
    }
  }
}

bool IcuSuppressions::Suppresses(std::string_view text, std::size_t at) const {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  const auto previous = [&](std::int32_t& i) {  // the code point before i; i moves to it
    do {
      --i;
    } while (i > 0 && (bytes[i] & 0xC0) == 0x80);
    std::int32_t next = i;
    UChar32 c = 0;
    U8_NEXT(bytes, next, length, c);
    return static_cast<char32_t>(c);
  };
  auto i = static_cast<std::int32_t>(at);
  // One space right before the break is skipped ("Mr. |Brown").
  if (i > 0) {
    std::int32_t j = i;
    if (previous(j) == U' ') i = j;
  }
  // The longest backward key the text ends with.
  std::uint32_t node = 0;
  std::int32_t best_start = -1;
  int best_value = 0;
  while (i > 0) {
    node = backward_.Step(node, previous(i));
    if (node == CodePointTrie::kNone) break;
    if (backward_.Value(node) != 0) {
      best_start = i;
      best_value = backward_.Value(node);
    }
    if (!backward_.HasNext(node)) break;
  }
  if (best_value == kMatch) return true;
  if (best_value != kPartial) return false;
  // A partial match: reading forwards from the abbreviation's first code point, the walk
  // through the forward keys must stop on a key (not merely pass one: "U.S. " passes "U."
  // and "U.S.", then fails at the space, because "U.S.A." goes on).
  node = 0;
  for (std::int32_t k = best_start; k < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, k, length, c);
    node = forward_.Step(node, static_cast<char32_t>(c));
    if (node == CodePointTrie::kNone) return false;
    if (!forward_.HasNext(node)) return forward_.Value(node) != 0;
  }
  return forward_.Value(node) != 0 || node == 0;  // the text ended inside a key
}

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
          !(news && IsSuppressedBreak(text_, static_cast<std::size_t>(end)))) {
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
    return IcuSuppressions::English().Suppresses(text_, static_cast<std::size_t>(at));
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
