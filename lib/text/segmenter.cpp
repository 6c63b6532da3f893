#include "text/segmenter.h"

#include <climits>
#include <cstdlib>
#include <optional>
#include <string_view>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "core/utf8.h"
#include "text/normalize.h"
#include "text/sentence_breaks.h"
#include "text/word_breaks.h"

namespace slant::text {
namespace {

std::unique_ptr<icu::BreakIterator> BuildWordIterator() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale("en"), status));
  if (U_FAILURE(status)) return nullptr;
  return words;
}

// ICU's rules and dictionaries load once per process; every Segmenter clones this.
const icu::BreakIterator& Prototype() {
  static const std::unique_ptr<icu::BreakIterator> it = BuildWordIterator();
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
  std::unique_ptr<icu::BreakIterator> words{Prototype().clone()};
};

Segmenter::Segmenter() : iterators_(std::make_unique<Iterators>()) {}
Segmenter::~Segmenter() = default;
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;

Result<std::vector<WordSegment>> Segmenter::IcuWordSegments(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, UTextCloser> ut(
      utext_openUTF8(nullptr, utf8.data(), static_cast<std::int64_t>(utf8.size()), &status));
  if (U_FAILURE(status)) return Error(ErrorCode::kInvalidArgument, "ICU cannot open the text");
  icu::BreakIterator& words = *iterators_->words;
  words.setText(ut.get(), status);
  if (U_FAILURE(status)) return Error(ErrorCode::kInvalidArgument, "ICU cannot segment the text");
  std::vector<WordSegment> out;
  std::int32_t begin = words.first();
  for (std::int32_t end = words.next(); end != icu::BreakIterator::DONE;
       begin = end, end = words.next()) {
    out.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end),
                   words.getRuleStatus()});
  }
  return out;
}

Result<SegmentedText> Segmenter::Segment(std::string_view utf8) {
  if (auto bad = FindInvalidUtf8(utf8)) {
    return Error(ErrorCode::kInvalidUtf8, "invalid UTF-8").AtByte(static_cast<std::int64_t>(*bad));
  }
  if (utf8.size() > static_cast<std::size_t>(INT32_MAX)) {  // ICU positions are 32-bit
    return Error(ErrorCode::kTooLarge, "text over 2 GiB cannot be segmented");
  }
  SegmentedText out;
  if (utf8.empty()) return out;

  // Sentence boundaries first: each token takes the index of the sentence it starts in.
  const std::vector<std::size_t> sentence_ends = FindSentenceEnds(utf8);

  // Word boundaries computed directly where the text allows (most news), else by ICU.
  std::optional<std::vector<WordSegment>> segments = FindWordSegments(utf8);
  if (!segments) {
    auto icu_segments = IcuWordSegments(utf8);
    if (!icu_segments.ok()) return std::move(icu_segments.error());
    segments = std::move(icu_segments.value());
  }

  std::size_t raw_sentence = 0;  // index into sentence_ends
  std::size_t last_raw_sentence = SIZE_MAX;
  // At most one token per segment; white space makes fewer. Reserving less made the vector
  // grow and move every token (and its strings) once or twice per article.
  out.tokens.reserve(segments->size());
  for (const WordSegment& segment : *segments) {
    const std::size_t b = segment.begin;
    const std::size_t e = segment.end;
    const std::string_view surface = utf8.substr(b, e - b);
    const std::int32_t status_tag = segment.status;
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
