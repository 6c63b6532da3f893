#ifndef SLANT_SCORE_ACTOR_MATCHER_H_
#define SLANT_SCORE_ACTOR_MATCHER_H_

#include <array>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "lexicon/matcher.h"
#include "text/token.h"

namespace slant::score {

// Finds actors (by any alias) and naming variants in a token stream, over the actors and
// naming groups of every loaded lexicon. Aliases and variants are matched like lexicon
// entries (case-insensitive, possessives, leftmost-longest), each kind in its own pass, so a
// name can be both an actor mention and a naming choice. Actors and naming groups are
// identified by id across lexicons: one defined twice is one, with the first definition's
// name, side and type and every definition's aliases or variants.
class ActorMatcher {
 public:
  explicit ActorMatcher(const std::vector<const lexicon::Lexicon*>& lexicons);

  struct Mention {
    std::size_t first_token = 0;
    std::size_t token_count = 0;
    std::size_t index = 0;  // into actors() or variants()
  };
  struct Variant {
    std::string group;
    std::string pattern;
  };

  struct Found {
    std::vector<Mention> actors;    // index into actors()
    std::vector<Mention> variants;  // index into variants()
  };
  // Both kinds in one walk over the tokens.
  Found Find(std::span<const text::Token> tokens) const;

  // For a caller that walks the tokens once for its own lexicons too: the aliases and the
  // variants as two lexicons to compile along, and the mentions from their hits.
  std::array<const lexicon::Lexicon*, 2> lexicons() const {
    return {&alias_lexicon_, &variant_lexicon_};
  }
  Found FromHits(const std::vector<lexicon::Hit>& alias_hits,
                 const std::vector<lexicon::Hit>& variant_hits) const;

  const std::vector<lexicon::Actor>& actors() const { return actors_; }
  const std::vector<Variant>& variants() const { return variants_; }
  const std::vector<std::string>& groups() const { return groups_; }

 private:
  std::vector<lexicon::Actor> actors_;
  std::vector<Variant> variants_;
  std::vector<std::string> groups_;            // group ids in lexicon order
  lexicon::Lexicon alias_lexicon_;             // one category per actor
  lexicon::Lexicon variant_lexicon_;           // one category per variant
  std::unique_ptr<lexicon::Matcher> matcher_;  // aliases, then variants
};

}  // namespace slant::score

#endif  // SLANT_SCORE_ACTOR_MATCHER_H_
