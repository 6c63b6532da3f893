#ifndef SLANT_SCORE_SCORER_H_
#define SLANT_SCORE_SCORER_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/error.h"
#include "corpus/article.h"
#include "lexicon/lexicon.h"
#include "lexicon/matcher.h"
#include "score/actor_matcher.h"
#include "score/article_score.h"
#include "score/vader.h"
#include "score/valence.h"
#include "text/segmenter.h"

namespace slant::score {

struct ScoreOptions {
  bool hits = false;  // keep every hit (ArticleScore::hits)
  // Called once per article, during Score(), with the article's tokens and, for each token,
  // whether it stands inside quotation marks (the voice split every count uses). For callers
  // that need more than the score (slant compare counts words and phrases); may be empty.
  std::function<void(const std::vector<text::Token>& tokens, const std::vector<bool>& quoted)>
      on_tokens;
};

// Scores articles against a fixed set of lexicons. Built once; Score() is const and keeps no
// state, so one Scorer serves any number of threads (each with its own Segmenter).
//
// Valence: the token valences come from the first lexicon with a category named "valence",
// and the negators, boosters and contrast words from the first lexicon that has modifiers.
class Scorer {
 public:
  explicit Scorer(std::vector<lexicon::Lexicon> lexicons);

  Result<ArticleScore> Score(const corpus::Article& article, text::Segmenter& segmenter,
                             const ScoreOptions& options) const;

  // Switches valence to VADER's exact behaviour (--valence-rules vader), with `rules` the
  // shipped vader-rules lexicon: the article's valence is VADER's for its whole text as one
  // string, and each sentence's is VADER's for that sentence. Uses the valence lexicon above;
  // `emoji`, VADER's emoji lexicon, translates emoji first as VADER does (none by default).
  void UseVaderRules(const lexicon::Lexicon& rules, VaderEmoji emoji = {});

  // Index into lexicons() of the lexicon valence comes from, or -1 when none has a category
  // named "valence".
  int valence_lexicon() const { return valence_lexicon_; }

  const std::vector<lexicon::Lexicon>& lexicons() const { return lexicons_; }
  // Every category key ("lexicon:category"), in output order.
  const std::vector<std::string>& category_keys() const { return keys_; }

 private:
  std::vector<lexicon::Lexicon> lexicons_;
  std::unique_ptr<lexicon::Matcher> matcher_;  // every lexicon, one walk
  std::vector<std::string> keys_;
  std::vector<std::size_t> key_offset_;  // per lexicon: index of its first key in keys_
  int valence_lexicon_ = -1;
  lexicon::CategoryId valence_category_ = 0;
  ValenceRules rules_;
  std::unique_ptr<ActorMatcher> actors_;
  std::unique_ptr<VaderScorer> vader_;
};

}  // namespace slant::score

#endif  // SLANT_SCORE_SCORER_H_
