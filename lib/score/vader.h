#ifndef SLANT_SCORE_VADER_H_
#define SLANT_SCORE_VADER_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "lexicon/lexicon.h"
#include "score/vader_emoji.h"
#include "score/valence.h"

namespace slant::score {

// VADER's exact behaviour (vaderSentiment 3.3.1), for `--valence-rules vader`: its own
// tokenization of a string (split on white space, ASCII punctuation stripped from each end
// unless that leaves two characters or fewer), its negator, booster and idiom lists, and its
// quirks ("never so good" ×1.25, "least", "kind of", only the first "but", the "no" rule), so
// that with VADER's lexicon loaded the figures are VADER's. With VADER's emoji lexicon too,
// emoji are first replaced by their descriptions, as VADER does (see VaderEmoji).
class VaderScorer {
 public:
  // `valence` is VADER's lexicon (the entries of the category named "valence"), `rules` the
  // shipped lexicons/vader/vader-rules.json (negators, boosters, special-case idioms). Keys
  // are VADER's own strings: an entry written with capitals is never reached, as in VADER,
  // which lowercases the words it looks up. `emoji` is VADER's emoji lexicon; without one (the
  // default), emoji stay as written and the figures differ from VADER's for texts with emoji.
  VaderScorer(const lexicon::Lexicon& valence, const lexicon::Lexicon& rules,
              VaderEmoji emoji = {});

  // VADER's polarity_scores for `text` taken as one string, rounded as VADER rounds
  // (compound to four decimals, the shares to three).
  Valence Score(std::string_view text) const;

 private:
  double Lookup(const std::string& lower) const;  // NaN when absent

  std::unordered_map<std::string, double> lexicon_;
  std::unordered_set<std::string> negate_;
  std::unordered_map<std::string, double> boosters_;
  std::unordered_map<std::string, double> special_;
  VaderEmoji emoji_;
};

}  // namespace slant::score

#endif  // SLANT_SCORE_VADER_H_
