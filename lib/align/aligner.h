#ifndef SLANT_ALIGN_ALIGNER_H_
#define SLANT_ALIGN_ALIGNER_H_

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "align/classify.h"
#include "align/reuse.h"
#include "align/token_diff.h"
#include "core/error.h"
#include "corpus/article.h"
#include "lexicon/lexicon.h"
#include "text/token.h"

namespace slant::align {

// An article of more sentences than this stops alignment with an error (README, "Limits"):
// each pair of articles costs sentences × sentences similarities, and a news article holds
// tens; thousands mean a book, a transcript or text that was never split into articles.
inline constexpr std::size_t kDefaultMaxAlignSentences = 5'000;

struct AlignOptions {
  // Two sentences of different outlets tell the same fact when their TF-IDF cosine is at least
  // this (and the one-to-one matching pairs them); below it a sentence has no counterpart.
  double threshold = 0.2;
  // Group articles into events by their text instead of their `event` field.
  bool auto_events = false;
  double event_threshold = 0.17;  // see events.h and the README
  std::optional<int> event_window_days;
  ReuseRules reuse;
  std::size_t max_sentences = kDefaultMaxAlignSentences;
};

// Above this many sentence pairs (rows × columns), an article pair is matched greedily
// instead of by the exact assignment (O(n²·m)), and the result says so.
inline constexpr std::size_t kMaxExactCells = 1'000'000;
// The wording table keeps differences of at most this many tokens a side.
inline constexpr std::size_t kMaxTableTokens = 8;

// One difference between two aligned sentences: a non-equal diff run, its token ranges
// relative to each article's tokens, and what the lexicons say it is.
struct Difference {
  DiffRun run;
  Classification classification;
};

struct AlignedSentences {
  std::size_t a_sentence = 0;
  std::size_t b_sentence = 0;
  double similarity = 0;
  std::vector<Difference> differences;  // in text order; none when the sentences match
};

// Two articles of one event from different outlets.
struct PairAlignment {
  std::size_t a = 0;  // index into the input articles; a comes first in the input
  std::size_t b = 0;
  bool greedy = false;  // matched greedily: too many sentences for the exact assignment
  std::vector<AlignedSentences> aligned;  // by a's sentence order
  ReuseEvidence evidence;
  ReuseStrength reuse = ReuseStrength::kNone;
  std::optional<int> earlier;  // by date: -1 a came first, 1 b did
};

struct SentenceRef {
  std::size_t article = 0;  // index into the input articles
  std::size_t sentence = 0;
  friend bool operator==(const SentenceRef&, const SentenceRef&) = default;
};

// A fact other outlets report and `outlet` does not: sentences of other outlets' articles,
// aligned with one another, none of which has a counterpart (cosine ≥ threshold) in any of
// the outlet's articles on the event.
struct Omission {
  std::string outlet;
  std::vector<SentenceRef> reported_by;  // by input order, then sentence
  std::size_t outlets = 0;               // distinct outlets among reported_by
  double salience = 0;                   // the highest of its sentences
};

// A sentence with no counterpart in any other outlet's articles on the event.
struct Exclusive {
  SentenceRef sentence;
  double salience = 0;
};

struct EventAlignment {
  std::string event;                  // the `event` field, or "auto-N" with auto_events
  std::vector<std::size_t> articles;  // indices into the input, in input order
  std::vector<std::string> outlets;   // distinct, in byte order
  std::vector<PairAlignment> pairs;   // (a, b) in input order
  std::vector<Omission> omissions;    // ranked: see Align()
  std::vector<Exclusive> exclusives;  // ranked: salience, then input order
  std::string note;                   // e.g. why nothing was aligned
};

// "outlet_a writes a_words where outlet_b writes b_words", over all events: every
// substitution of at most kMaxTableTokens tokens a side, and every classified insertion or
// deletion as short, that has a word other than a stop word on some side.
struct WordingRow {
  std::string outlet_a;  // outlet_a < outlet_b in byte order
  std::string a_words;   // DiffKey forms joined by spaces; "" = nothing (an insertion)
  std::string outlet_b;
  std::string b_words;
  std::size_t count = 0;
  std::vector<DifferenceClass> classes;  // union over the occurrences, oriented a -> b
  // The first occurrence: events[event].pairs[pair].aligned[aligned].differences[difference].
  std::size_t event = 0;
  std::size_t pair = 0;
  std::size_t aligned = 0;
  std::size_t difference = 0;
  bool swapped = false;  // the example pair's a is outlet_b's article
};

// Per input article, what the writers need besides the article itself.
struct ArticleInfo {
  std::vector<text::Span> sentences;
  std::vector<double> salience;  // per sentence
  bool aligned = false;          // in an event with another outlet
};

struct AlignResult {
  std::vector<ArticleInfo> articles;   // one per input article
  std::vector<EventAlignment> events;  // in order of first appearance in the input
  // Count descending, then classified rows first, then outlets and words in byte order.
  std::vector<WordingRow> wording;
  std::vector<std::string> keys;  // classification keys (LexiconMarker::keys())
  std::vector<std::string> notes;
};

// Sentence salience: how much a sentence matters to its article, in [0, 1]:
//   0.5 × (1 − i/n) + 0.3 × min(actors, 3)/3 + 0.2 × min(words, 30)/30
// for sentence i (from 0) of n, with `actors` the distinct actors of the actor lexicons it
// names and `words` its word tokens: the lede outranks the tail, named actors and length add.
double Salience(std::size_t index, std::size_t sentences, std::size_t actors, std::size_t words);

// Aligns the articles of every event. Read-only after construction.
class Aligner {
 public:
  // `lexicons` classify differences and name the actors for salience; none is required.
  explicit Aligner(const std::vector<lexicon::Lexicon>& lexicons);

  // Events come from the articles' `event` field (articles without one are left out, with a
  // note), or from their text with options.auto_events. Within an event every pair of
  // articles of different outlets is aligned; an event with one outlet gets a note.
  //
  // Omissions of outlet O: sentences of other outlets' articles on the event whose best cosine
  // with every sentence of O's articles is below the threshold, grouped when aligned with each
  // other, kept when at least min(2, outlets − 1) other outlets report them (a fact one other
  // outlet alone reports is that outlet's exclusive), ranked by the number of outlets
  // reporting them, then salience, then input order.
  //
  // Fails only when an article's text is not valid UTF-8 (the Error names the article).
  Result<AlignResult> Align(std::span<const corpus::Article> articles,
                            const AlignOptions& options) const;

 private:
  LexiconMarker marker_;
};

}  // namespace slant::align

#endif  // SLANT_ALIGN_ALIGNER_H_
