#include "text/quotes.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace slant::text {
namespace {

enum class Family {
  kCurlyDouble,
  kStraightDouble,
  kLowDouble,
  kGuillemet,
  kSingleGuillemet,
  kSingle
};

struct OpenQuote {
  Family family;
  std::size_t begin;
  std::size_t inner_begin;
  std::size_t quotation;
};

struct CodePoint {
  UChar32 c = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};

bool IsParagraphBreak(UChar32 c) {
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85;
}

bool IsOpeningContext(UChar32 previous) {
  if (previous < 0 || u_isUWhiteSpace(previous)) return true;
  switch (previous) {
    case '(':
    case '[':
    case '{':
    case '/':
    case ':':
    case '-':
    case 0x2013:
    case 0x2014:  // – —
    case 0x201C:
    case 0x2018:
    case 0x201E:  // “ ‘ „
    case 0x00AB:
    case 0x2039:
    case '"':  // « ‹ "
      return true;
    default:
      return false;
  }
}

// The family a mark opens, given its neighbours, or nullopt when it opens nothing here.
std::optional<Family> Opens(UChar32 c, UChar32 previous, UChar32 next) {
  const bool next_is_content = next >= 0 && !u_isUWhiteSpace(next) && !IsParagraphBreak(next);
  switch (c) {
    case 0x201C:
      return next_is_content ? std::optional(Family::kCurlyDouble) : std::nullopt;
    case 0x201E:
      return next_is_content ? std::optional(Family::kLowDouble) : std::nullopt;
    case 0x00AB:
      return Family::kGuillemet;
    case 0x2039:
      return Family::kSingleGuillemet;
    case '"':
      return IsOpeningContext(previous) && next_is_content ? std::optional(Family::kStraightDouble)
                                                           : std::nullopt;
    case 0x2018:  // ‘90s is an elided year, not a quotation
      return IsOpeningContext(previous) && next_is_content && !u_isdigit(next)
                 ? std::optional(Family::kSingle)
                 : std::nullopt;
    default:
      return std::nullopt;
  }
}

// Whether `c` can close a quotation of `family`.
bool Closes(UChar32 c, Family family, UChar32 previous, UChar32 next) {
  switch (family) {
    case Family::kCurlyDouble:
      return c == 0x201D;
    case Family::kStraightDouble:
      return c == '"' || c == 0x201D;
    case Family::kLowDouble:
      return c == 0x201C || c == 0x201D;
    case Family::kGuillemet:
      return c == 0x00BB;
    case Family::kSingleGuillemet:
      return c == 0x203A;
    case Family::kSingle:  // ’ between letters is an apostrophe: don’t, Ukraine’s
      return c == 0x2019 && !(u_isalpha(previous) && u_isalpha(next));
  }
  return false;
}

// The opening mark a continued paragraph starts with, for each family.
bool ContinuesFamily(UChar32 c, Family family) {
  switch (family) {
    case Family::kCurlyDouble:
      return c == 0x201C;
    case Family::kStraightDouble:
      return c == '"';
    case Family::kLowDouble:
      return c == 0x201E;
    case Family::kGuillemet:
      return c == 0x00AB;
    case Family::kSingleGuillemet:
      return c == 0x2039;
    case Family::kSingle:
      return c == 0x2018;
  }
  return false;
}

// The code point at byte `pos` of valid UTF-8 and the byte after it; -1 at the end.
CodePoint At(std::string_view utf8, std::size_t pos) {
  if (pos >= utf8.size()) return {-1, pos, pos};
  const auto* s = reinterpret_cast<const std::uint8_t*>(utf8.data());
  if (s[pos] < 0x80) return {s[pos], pos, pos + 1};  // ASCII: most of every text
  auto i = static_cast<std::int32_t>(pos);
  UChar32 c = 0;
  U8_NEXT_OR_FFFD(s, i, static_cast<std::int32_t>(utf8.size()), c);
  return {c, pos, static_cast<std::size_t>(i)};
}

bool IsSpace(UChar32 c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\v' || c == '\f';
  return u_isUWhiteSpace(c) != 0;
}

// Whether `c` can open or close a quotation: only these need the neighbours looked at.
bool IsMark(UChar32 c) {
  switch (c) {
    case '"':
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x00AB:
    case 0x00BB:
    case 0x2039:
    case 0x203A:
    case 0x2018:
    case 0x2019:
      return true;
    default:
      return false;
  }
}

}  // namespace

std::vector<Quote> FindQuotes(std::string_view utf8) {
  std::vector<Quote> found;
  std::vector<OpenQuote> open;
  std::size_t next_quotation = 0;
  constexpr std::size_t kNone = SIZE_MAX;
  std::size_t continued = kNone;          // quotation that the next paragraph may resume
  std::size_t paragraph_content_end = 0;  // end of the last non-space code point
  bool at_paragraph_start = true;

  auto close_paragraph = [&](std::size_t next_byte) {
    continued = kNone;
    if (open.empty()) return;
    // Only the outermost quotation can carry over; inner ones left open are unbalanced.
    CodePoint k = At(utf8, next_byte);
    while (k.c >= 0 && (IsSpace(k.c) || IsParagraphBreak(k.c))) k = At(utf8, k.end);
    const OpenQuote& outer = open.front();
    if (k.c >= 0 && ContinuesFamily(k.c, outer.family)) {
      found.push_back({outer.begin, paragraph_content_end, outer.inner_begin, paragraph_content_end,
                       outer.quotation, 0});
      continued = outer.quotation;
    }
    open.clear();
  };

  UChar32 previous = -1;
  for (CodePoint cp = At(utf8, 0); cp.c >= 0; previous = cp.c, cp = At(utf8, cp.end)) {
    // Most of a text is printable ASCII that is neither a mark nor a space: skip such runs
    // in one tight loop, keeping what the loop below would have kept.
    if (cp.c > ' ' && cp.c < 0x7F && cp.c != '"') {
      std::size_t end = cp.end;
      while (end < utf8.size() && utf8[end] > ' ' && utf8[end] < 0x7F && utf8[end] != '"') ++end;
      at_paragraph_start = false;
      paragraph_content_end = end;
      cp = CodePoint{static_cast<unsigned char>(utf8[end - 1]), end - 1, end};
      continue;
    }
    const UChar32 c = cp.c;
    if (IsParagraphBreak(c)) {
      if (!at_paragraph_start) close_paragraph(cp.end);
      at_paragraph_start = true;
      continue;
    }
    if (IsSpace(c)) continue;
    const bool first_in_paragraph = at_paragraph_start;
    at_paragraph_start = false;
    paragraph_content_end = cp.end;
    if (!IsMark(c)) continue;

    const UChar32 next = At(utf8, cp.end).c;
    // A closing mark first: ” and " close what they can before they may open anything.
    auto closing = std::find_if(open.rbegin(), open.rend(), [&](const OpenQuote& q) {
      return Closes(c, q.family, previous, next);
    });
    if (closing != open.rend()) {
      const auto index = static_cast<std::size_t>(std::distance(closing, open.rend()) - 1);
      const OpenQuote& q = open[index];
      found.push_back(
          {q.begin, cp.end, q.inner_begin, cp.begin, q.quotation, static_cast<int>(index)});
      open.resize(index);  // quotations opened inside and never closed are dropped
      continue;
    }
    // Past kMaxOpenQuotes open at once, a mark opens nothing: "“a “a “a …" would otherwise
    // make every mark search a stack as long as the text (quadratic).
    if (open.size() >= kMaxOpenQuotes) continue;
    if (auto family = Opens(c, previous, next)) {
      std::size_t quotation = next_quotation++;
      if (first_in_paragraph && continued != kNone && open.empty()) {
        quotation = continued;
        continued = kNone;
      }
      open.push_back({*family, cp.begin, cp.end, quotation});
    }
  }
  if (!at_paragraph_start) close_paragraph(utf8.size());

  std::sort(found.begin(), found.end(), [](const Quote& a, const Quote& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  // Number quotations densely in text order; dropped ones leave no gaps.
  std::map<std::size_t, std::size_t> renumber;
  for (Quote& q : found) {
    auto [it, inserted] = renumber.try_emplace(q.quotation, renumber.size());
    q.quotation = it->second;
  }
  return found;
}

}  // namespace slant::text
