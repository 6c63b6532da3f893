#include "text/sentence_suppressions.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

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
bool IsNewsAbbreviationBreak(std::string_view text, std::size_t end) {
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

// ICU's English abbreviation suppressions, read from ICU's own data and arranged as ICU's
// SimpleFilteredBreakIteratorBuilder arranges them (icu4c/source/common/filteredbrk.cpp), so
// the same breaks are suppressed: an abbreviation is matched backwards from the break; one
// with an inner period ("Ph.D.") stands in the backward set by its first part ("Ph.") as a
// partial match that must then match forwards from its start. Strings are code point
// sequences; backward keys are reversed.
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

}  // namespace

bool IcuSuppressesBreak(std::string_view utf8, std::size_t at) {
  return IcuSuppressions::English().Suppresses(utf8, at);
}

bool FollowsNewsAbbreviation(std::string_view utf8, std::size_t end) {
  return IsNewsAbbreviationBreak(utf8, end);
}

}  // namespace slant::text
