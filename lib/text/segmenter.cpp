#include "text/segmenter.h"

#include <array>
#include <climits>
#include <cstdlib>
#include <optional>
#include <string_view>
#include <unordered_set>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "core/utf8.h"
#include "text/normalize.h"

namespace slant::text {
namespace {

// Abbreviations after which a news sentence does not end, on top of ICU's English list
// (which has Mr., Mrs., Dr., Prof., Jr., etc.). Matched case-sensitively against the word
// before a candidate break, so "ill." still ends a sentence where "Ill." (Illinois) does not.
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

// ICU's English sentence rules with its own abbreviation list ("Mr.", "Dr.", "Prof." ...).
// kNewsAbbreviations are applied afterwards by IsSuppressedBreak, not through ICU's
// FilteredBreakIteratorBuilder: in ICU 72 the builder takes "Sen." but silently ignores
// entries with an inner period such as "U.S." (segmenter_test.cpp shows the case).
std::unique_ptr<icu::BreakIterator> BuildSentenceIterator() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> sentences(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  if (U_FAILURE(status)) return nullptr;
  return sentences;
}

const std::unordered_set<std::string_view>& Abbreviations() {
  static const std::unordered_set<std::string_view> set = [] {
    std::unordered_set<std::string_view> s(kNewsAbbreviations.begin(), kNewsAbbreviations.end());
    for (std::string_view initial : kInitials) s.insert(initial);
    return s;
  }();
  return set;
}

// Whether ICU's sentence break at `end` follows one of kNewsAbbreviations, which the break
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

std::unique_ptr<icu::BreakIterator> BuildWordIterator() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale("en"), status));
  if (U_FAILURE(status)) return nullptr;
  return words;
}

// ICU's rules and dictionaries load once per process; every Segmenter clones these.
const icu::BreakIterator& Prototype(bool sentences) {
  static const std::unique_ptr<icu::BreakIterator> sentence_iterator = BuildSentenceIterator();
  static const std::unique_ptr<icu::BreakIterator> word_iterator = BuildWordIterator();
  const auto& it = sentences ? sentence_iterator : word_iterator;
  // ICU's data is linked into libicudata; without it nothing can work, and no input causes it.
  if (!it) std::abort();
  return *it;
}

// Which kind of token a segment that ICU tags as "none" (not a word or number) is, or
// nullopt when it is not a token at all (white space, controls, format marks).
std::optional<TokenKind> ClassifyOther(std::string_view segment) {
  std::int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const std::uint8_t*>(segment.data()), i,
          static_cast<std::int32_t>(segment.size()), c);
  if (c < 0 || u_isUWhiteSpace(c)) return std::nullopt;
  switch (u_charType(c)) {
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
    case U_SPACE_SEPARATOR:
      return std::nullopt;
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      return TokenKind::kPunct;
    default:
      return TokenKind::kSymbol;  // math, currency, modifier and other symbols, emoji
  }
}

struct UTextCloser {
  void operator()(UText* ut) const { utext_close(ut); }
};

}  // namespace

struct Segmenter::Iterators {
  std::unique_ptr<icu::BreakIterator> sentences{Prototype(true).clone()};
  std::unique_ptr<icu::BreakIterator> words{Prototype(false).clone()};
};

Segmenter::Segmenter() : iterators_(std::make_unique<Iterators>()) {}
Segmenter::~Segmenter() = default;
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;

Result<SegmentedText> Segmenter::Segment(std::string_view utf8) {
  if (auto bad = FindInvalidUtf8(utf8)) {
    return Error(ErrorCode::kInvalidUtf8, "invalid UTF-8").AtByte(static_cast<std::int64_t>(*bad));
  }
  if (utf8.size() > static_cast<std::size_t>(INT32_MAX)) {  // ICU positions are 32-bit
    return Error(ErrorCode::kTooLarge, "text over 2 GiB cannot be segmented");
  }
  SegmentedText out;
  if (utf8.empty()) return out;

  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, UTextCloser> ut(
      utext_openUTF8(nullptr, utf8.data(), static_cast<std::int64_t>(utf8.size()), &status));
  if (U_FAILURE(status)) return Error(ErrorCode::kInvalidArgument, "ICU cannot open the text");

  // Sentence boundaries first: each token takes the index of the sentence it starts in.
  std::vector<std::size_t> sentence_ends;
  icu::BreakIterator& sentences = *iterators_->sentences;
  sentences.setText(ut.get(), status);
  for (std::int32_t end = sentences.next(); end != icu::BreakIterator::DONE;
       end = sentences.next()) {
    if (static_cast<std::size_t>(end) < utf8.size() &&
        IsSuppressedBreak(utf8, static_cast<std::size_t>(end))) {
      continue;
    }
    sentence_ends.push_back(static_cast<std::size_t>(end));
  }

  icu::BreakIterator& words = *iterators_->words;
  words.setText(ut.get(), status);
  if (U_FAILURE(status)) return Error(ErrorCode::kInvalidArgument, "ICU cannot segment the text");

  std::size_t raw_sentence = 0;  // index into sentence_ends
  std::size_t last_raw_sentence = SIZE_MAX;
  std::int32_t begin = words.first();
  for (std::int32_t end = words.next(); end != icu::BreakIterator::DONE;
       begin = end, end = words.next()) {
    const auto b = static_cast<std::size_t>(begin);
    const auto e = static_cast<std::size_t>(end);
    const std::string_view surface = utf8.substr(b, e - b);
    const std::int32_t status_tag = words.getRuleStatus();
    std::optional<TokenKind> kind;
    if (status_tag >= UBRK_WORD_NUMBER && status_tag < UBRK_WORD_NUMBER_LIMIT) {
      kind = TokenKind::kNumber;
    } else if (status_tag >= UBRK_WORD_LETTER && status_tag < UBRK_WORD_IDEO_LIMIT) {
      kind = TokenKind::kWord;
    } else {
      kind = ClassifyOther(surface);
    }
    if (!kind) continue;

    while (raw_sentence + 1 < sentence_ends.size() && sentence_ends[raw_sentence] <= b) {
      ++raw_sentence;
    }
    if (raw_sentence != last_raw_sentence) {  // first token of a sentence that has tokens
      out.sentences.push_back(Span{b, e});
      last_raw_sentence = raw_sentence;
    }
    out.sentences.back().end = e;

    Token token;
    token.begin = b;
    token.end = e;
    token.kind = *kind;
    token.sentence = out.sentences.size() - 1;
    token.norm = NormalizeForMatching(surface);
    token.bare = StripPossessive(token.norm);
    out.tokens.push_back(std::move(token));
  }
  return out;
}

}  // namespace slant::text
