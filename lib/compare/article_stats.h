#ifndef SLANT_COMPARE_ARTICLE_STATS_H_
#define SLANT_COMPARE_ARTICLE_STATS_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/error.h"
#include "corpus/article.h"
#include "score/article_score.h"
#include "score/scorer.h"
#include "text/segmenter.h"
#include "text/token.h"

namespace slant::compare {

using Counts = std::map<std::string, std::uint64_t>;

// One category's hits in one article, by voice (the score record's "own" and "quoted").
struct VoiceCount {
  std::uint32_t own = 0;
  std::uint32_t quoted = 0;
  friend bool operator==(const VoiceCount&, const VoiceCount&) = default;
};

// How one article portrays one actor it mentions in its text.
struct ActorStats {
  std::string id;
  std::string side;             // "" when the lexicon gives none
  std::uint32_t mentions = 0;   // in the text
  std::uint32_t sentences = 0;  // sentences that mention it (>= 1)
  double valence = 0;           // mean compound valence of those sentences
  std::uint32_t loaded = 0;     // loaded-label hits in those sentences (IsLoadedLabel)
  friend bool operator==(const ActorStats&, const ActorStats&) = default;
};

// The sufficient statistics of one article for `slant compare`: everything the comparison
// needs except its words and phrases, which are summed per group (TermCounts). Small enough to
// keep for millions of articles, and what a statistics file holds per article.
struct ArticleStats {
  std::string id;
  std::string outlet;
  std::string event;  // "" = none
  // The other fields an article can be grouped by (--by): date and lang when given, and every
  // unknown field whose value is a string, number or boolean (as its JSON text, strings
  // unquoted). Sorted by name.
  std::vector<std::pair<std::string, std::string>> fields;
  std::uint64_t n_words = 0;              // word tokens: the denominator of the overall rates
  std::uint64_t narration_words = 0;      // word tokens outside quotation marks (own-voice rates)
  std::vector<VoiceCount> categories;     // one per category key of the run, in key order
  double valence = 0;                     // the article's compound valence
  Counts quoted_by_actor;                 // quoted words by speaker's actor id
  Counts quoted_by_side;                  // ... and side ("unknown" for an actor without one)
  std::uint64_t unattributed_quoted = 0;  // quoted words no actor was found for
  // Reporting-verb classes of the quotations and paraphrases that have a verb, overall and by
  // the speaker's side ("none" when no actor was found for the speaker).
  Counts verbs;
  std::map<std::string, Counts> verbs_by_side;
  std::map<std::string, Counts> naming;  // naming group -> variant -> mentions
  std::vector<ActorStats> actors;        // actors mentioned in the text, in lexicon order
  friend bool operator==(const ArticleStats&, const ArticleStats&) = default;

  // The value of a grouping field: "outlet", "event", "id", or one of `fields`; nullopt when
  // the article has no such field (an empty event counts as none).
  std::optional<std::string> Field(std::string_view name) const;
};

// Word and two-word phrase counts of a group of articles (lower-cased `norm` forms).
//  - A word is a word token (not a number, punctuation or symbol); stop words (IsStopWord)
//    are not counted as words, but count in `words`, the total.
//  - A phrase is two word tokens next to each other in one sentence ("kiev regime"; a comma,
//    hyphen or any other token between them breaks the pair), joined by one space; a pair of
//    two stop words ("of the") is not counted, but counts in `pairs`, the total.
struct TermCounts {
  std::uint64_t words = 0;
  std::uint64_t pairs = 0;
  std::unordered_map<std::string, std::uint64_t> unigrams;
  std::unordered_map<std::string, std::uint64_t> bigrams;

  void AddTokens(const std::vector<text::Token>& tokens);
  void Add(const TermCounts& other);
  friend bool operator==(const TermCounts&, const TermCounts&) = default;
};

// A small English stop-word list (articles, pronouns, auxiliaries, prepositions, conjunctions;
// article_stats.cpp lists them), on `norm` forms.
bool IsStopWord(std::string_view norm);

// The word tokens outside quotation marks, given the tokens and their voice (as the scorer's
// ScoreOptions::on_tokens hands them over).
std::uint64_t CountNarrationWords(const std::vector<text::Token>& tokens,
                                  const std::vector<bool>& quoted);

// Extracts an article's statistics from its score.
// An article's identity and grouping fields only (id, outlet, event, date, lang and its other
// string, number or boolean fields), no measurements: what ArticleStats::Field reads.
ArticleStats ArticleKeys(const corpus::Article& article);

ArticleStats ExtractArticleStats(const corpus::Article& article, const score::ArticleScore& score,
                                 std::uint64_t narration_words);

// An article scored for compare: its score record's figures and its statistics.
struct ScoredArticle {
  score::ArticleScore score;
  ArticleStats stats;
};

// Scores `article` (with `options`, whose on_tokens it replaces) and extracts its statistics;
// adds its words and phrases to `terms`.
Result<ScoredArticle> ScoreWithStats(const score::Scorer& scorer, const corpus::Article& article,
                                     text::Segmenter& segmenter, score::ScoreOptions options,
                                     TermCounts& terms);

}  // namespace slant::compare

#endif  // SLANT_COMPARE_ARTICLE_STATS_H_
