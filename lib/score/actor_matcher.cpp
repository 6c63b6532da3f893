#include "score/actor_matcher.h"

#include <algorithm>
#include <array>
#include <map>

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
  // An actor or naming group that several lexicons define (us-politics and russia-ukraine
  // both know "biden") is one: the first definition's name, side and type, every
  // definition's aliases or variants.
  lexicon::LexiconBuilder aliases("actor aliases", true);
  std::map<std::string, lexicon::CategoryId> actor_index;
  std::vector<std::pair<std::string, std::vector<std::string>>> groups;
  std::map<std::string, std::size_t> group_index;
  for (const lexicon::Lexicon* lex : lexicons) {
    for (const lexicon::Actor& actor : lex->actors) {
      auto [it, added] = actor_index.emplace(actor.id, 0);
      if (added) {
        it->second = aliases.AddCategory({actor.id, "", "", ""}, 0);
        actors_.push_back(actor);
      }
      for (const std::string& alias : actor.aliases) {
        aliases.AddEntry(alias, {{it->second, 1.0}}, 0);
      }
    }
    for (const lexicon::NamingGroup& group : lex->naming) {
      auto [it, added] = group_index.emplace(group.id, groups.size());
      if (added) groups.push_back({group.id, {}});
      std::vector<std::string>& patterns = groups[it->second].second;
      for (const lexicon::NamingVariant& v : group.variants) {
        if (std::find(patterns.begin(), patterns.end(), v.pattern) == patterns.end()) {
          patterns.push_back(v.pattern);
        }
      }
    }
  }
  // Variants numbered group by group, so each group's variants are contiguous.
  lexicon::LexiconBuilder variants("naming variants", true);
  for (const auto& [group, patterns] : groups) {
    groups_.push_back(group);
    for (const std::string& pattern : patterns) {
      const auto id =
          variants.AddCategory({group + "\x1f" + std::to_string(variants_.size()), "", "", ""}, 0);
      variants.AddEntry(pattern, {{id, 1.0}}, 0);
      variants_.push_back({group, pattern});
    }
  }
  alias_lexicon_ = std::move(aliases.Finish().lexicon);
  variant_lexicon_ = std::move(variants.Finish().lexicon);
  matcher_ = std::make_unique<lexicon::Matcher>(this->lexicons());
}

ActorMatcher::Found ActorMatcher::Find(std::span<const text::Token> tokens) const {
  const std::vector<std::vector<lexicon::Hit>> hits = matcher_->FindAllPerLexicon(tokens);
  return FromHits(hits[0], hits[1]);
}

ActorMatcher::Found ActorMatcher::FromHits(const std::vector<lexicon::Hit>& alias_hits,
                                           const std::vector<lexicon::Hit>& variant_hits) const {
  return {Mentions(alias_hits, alias_lexicon_), Mentions(variant_hits, variant_lexicon_)};
}

}  // namespace slant::score
