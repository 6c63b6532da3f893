#include "score/actor_matcher.h"

#include <array>

#include "lexicon/builder.h"

namespace slant::score {
namespace {

// Every hit as one mention per category of the entry it matched.
std::vector<ActorMatcher::Mention> Mentions(const std::vector<lexicon::Hit>& hits,
                                            const lexicon::Lexicon& lexicon) {
  std::vector<ActorMatcher::Mention> out;
  for (const lexicon::Hit& hit : hits) {
    for (const lexicon::Weight& w : lexicon.entries[hit.entry].weights) {
      out.push_back({hit.first_token, hit.token_count, w.category});
    }
  }
  return out;
}

}  // namespace

ActorMatcher::ActorMatcher(const std::vector<const lexicon::Lexicon*>& lexicons) {
  lexicon::LexiconBuilder aliases("actor aliases", true);
  lexicon::LexiconBuilder variants("naming variants", true);
  for (const lexicon::Lexicon* lex : lexicons) {
    for (const lexicon::Actor& actor : lex->actors) {
      const auto id = aliases.AddCategory({lex->name + ":" + actor.id, "", "", ""}, 0);
      for (const std::string& alias : actor.aliases) aliases.AddEntry(alias, {{id, 1.0}}, 0);
      actors_.push_back(actor);
    }
    for (const lexicon::NamingGroup& group : lex->naming) {
      groups_.push_back(group.id);
      for (const lexicon::NamingVariant& v : group.variants) {
        const auto id = variants.AddCategory(
            {group.id + "\x1f" + std::to_string(variants_.size()), "", "", ""}, 0);
        variants.AddEntry(v.pattern, {{id, 1.0}}, 0);
        variants_.push_back({group.id, v.pattern});
      }
    }
  }
  alias_lexicon_ = std::move(aliases.Finish().lexicon);
  variant_lexicon_ = std::move(variants.Finish().lexicon);
  const std::array<const lexicon::Lexicon*, 2> both{&alias_lexicon_, &variant_lexicon_};
  matcher_ = std::make_unique<lexicon::Matcher>(both);
}

ActorMatcher::Found ActorMatcher::Find(std::span<const text::Token> tokens) const {
  const std::vector<std::vector<lexicon::Hit>> hits = matcher_->FindAllPerLexicon(tokens);
  return {Mentions(hits[0], alias_lexicon_), Mentions(hits[1], variant_lexicon_)};
}

}  // namespace slant::score
