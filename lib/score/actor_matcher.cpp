#include "score/actor_matcher.h"

#include "lexicon/builder.h"

namespace slant::score {
namespace {

// Every hit of `matcher` as one mention per category of the entry it matched.
std::vector<ActorMatcher::Mention> Mentions(const lexicon::Matcher& matcher,
                                            const lexicon::Lexicon& lexicon,
                                            std::span<const text::Token> tokens) {
  std::vector<ActorMatcher::Mention> out;
  for (const lexicon::Hit& hit : matcher.FindAll(tokens)) {
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
  alias_matcher_ = std::make_unique<lexicon::Matcher>(alias_lexicon_);
  variant_matcher_ = std::make_unique<lexicon::Matcher>(variant_lexicon_);
}

std::vector<ActorMatcher::Mention> ActorMatcher::FindActorMentions(
    std::span<const text::Token> tokens) const {
  return Mentions(*alias_matcher_, alias_lexicon_, tokens);
}

std::vector<ActorMatcher::Mention> ActorMatcher::FindVariants(
    std::span<const text::Token> tokens) const {
  return Mentions(*variant_matcher_, variant_lexicon_, tokens);
}

}  // namespace slant::score
