#include "align/classify.h"

#include <algorithm>

namespace slant::align {
namespace {

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// The marks sharing a token with [first, first + count); an empty range (an insertion's empty
// side) has none.
std::uint8_t Collect(const ArticleMarks& marks, std::size_t first, std::size_t count,
                     std::vector<std::uint32_t>& keys,
                     std::vector<std::pair<std::uint32_t, std::uint32_t>>& variants) {
  std::uint8_t families = 0;
  if (count == 0) return families;
  for (const Mark& m : marks.marks) {
    if (m.first_token >= first + count) break;  // marks are in token order
    if (m.first_token + m.token_count <= first) continue;
    families = static_cast<std::uint8_t>(families | static_cast<std::uint8_t>(m.family));
    keys.push_back(m.key);
    if (m.variant != 0) variants.emplace_back(m.key, m.variant);
  }
  std::sort(variants.begin(), variants.end());
  variants.erase(std::unique(variants.begin(), variants.end()), variants.end());
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return families;
}

}  // namespace

std::optional<Family> FamilyOf(std::string_view name) {
  // Neutral institutional labels ("spokesman", "ministry") are the baseline, not a label
  // choice: a difference is a label change when a loaded label is in it.
  if (StartsWith(name, "label.")) {
    return lexicon::IsLoadedLabel(name) ? std::optional(Family::kLabel) : std::nullopt;
  }
  if (StartsWith(name, "attribution.")) return Family::kReportingVerb;
  if (name == "stance.hedge" || name == "stance.unverified") return Family::kHedge;
  if (name == "stance.booster" || StartsWith(name, "affect.")) return Family::kIntensifier;
  return std::nullopt;
}

std::string_view DifferenceClassName(DifferenceClass c) {
  switch (c) {
    case DifferenceClass::kLabelChange:
      return "label_change";
    case DifferenceClass::kReportingVerbChange:
      return "reporting_verb_change";
    case DifferenceClass::kHedgeAdded:
      return "hedge_added";
    case DifferenceClass::kHedgeDropped:
      return "hedge_dropped";
    case DifferenceClass::kNamingChange:
      return "naming_change";
    case DifferenceClass::kIntensifierAdded:
      return "intensifier_added";
    case DifferenceClass::kIntensifierDropped:
      return "intensifier_dropped";
  }
  return "";
}

LexiconMarker::LexiconMarker(const std::vector<lexicon::Lexicon>& lexicons) : lexicons_(lexicons) {
  std::vector<const lexicon::Lexicon*> pointers;
  for (const lexicon::Lexicon& lex : lexicons_) {
    std::vector<std::uint32_t>& table = category_key_.emplace_back(lex.categories.size(), 0);
    for (std::size_t c = 0; c < lex.categories.size(); ++c) {
      const std::optional<Family> family = FamilyOf(lex.categories[c].name);
      if (!family) continue;
      keys_.push_back(lex.Key(static_cast<lexicon::CategoryId>(c)));
      key_family_.push_back(*family);
      table[c] = static_cast<std::uint32_t>(keys_.size());
    }
    pointers.push_back(&lex);
  }
  actors_ = std::make_unique<score::ActorMatcher>(pointers);
  const std::vector<std::string>& groups = actors_->groups();
  std::vector<std::uint32_t> group_key;
  for (const std::string& group : groups) {
    group_key.push_back(static_cast<std::uint32_t>(keys_.size()));
    keys_.push_back("naming:" + group);
    key_family_.push_back(Family::kNaming);
  }
  for (const score::ActorMatcher::Variant& v : actors_->variants()) {
    const auto it = std::find(groups.begin(), groups.end(), v.group);
    variant_key_.push_back(group_key[static_cast<std::size_t>(it - groups.begin())]);
  }
  for (const lexicon::Lexicon* actor_lexicon : actors_->lexicons()) {
    pointers.push_back(actor_lexicon);
  }
  matcher_ = std::make_unique<lexicon::Matcher>(pointers);
}

ArticleMarks LexiconMarker::Mark(std::span<const text::Token> tokens) const {
  ArticleMarks out;
  const std::vector<std::vector<lexicon::Hit>> hits = matcher_->FindAllPerLexicon(tokens);
  for (std::size_t l = 0; l < lexicons_.size(); ++l) {
    for (const lexicon::Hit& hit : hits[l]) {
      for (const lexicon::Weight& w : lexicons_[l].entries[hit.entry].weights) {
        const std::uint32_t key = category_key_[l][w.category];
        if (key == 0) continue;
        out.marks.push_back({hit.first_token, hit.token_count, key - 1, key_family_[key - 1]});
      }
    }
  }
  const std::size_t n = lexicons_.size();
  const score::ActorMatcher::Found found = actors_->FromHits(hits[n], hits[n + 1]);
  for (const score::ActorMatcher::Mention& v : found.variants) {
    out.marks.push_back({v.first_token, v.token_count, variant_key_[v.index], Family::kNaming,
                         static_cast<std::uint32_t>(v.index + 1)});
  }
  out.actors = found.actors;
  std::stable_sort(out.marks.begin(), out.marks.end(),
                   [](const auto& x, const auto& y) { return x.first_token < y.first_token; });
  return out;
}

Classification LexiconMarker::Classify(const ArticleMarks& a, std::size_t a_first,
                                       std::size_t a_count, const ArticleMarks& b,
                                       std::size_t b_first, std::size_t b_count) const {
  Classification out;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> va;  // (group key, variant)
  std::vector<std::pair<std::uint32_t, std::uint32_t>> vb;
  const std::uint8_t fa = Collect(a, a_first, a_count, out.a_keys, va);
  const std::uint8_t fb = Collect(b, b_first, b_count, out.b_keys, vb);
  // A naming change: some group named on both sides, by variants not all the same.
  bool naming = false;
  for (const auto& [group, variant] : va) {
    for (const auto& [other_group, other_variant] : vb) {
      if (group == other_group && variant != other_variant) naming = true;
    }
  }
  auto has = [](std::uint8_t families, Family f) {
    return (families & static_cast<std::uint8_t>(f)) != 0;
  };
  const auto either = static_cast<std::uint8_t>(fa | fb);
  if (has(either, Family::kLabel)) out.classes.push_back(DifferenceClass::kLabelChange);
  if (has(either, Family::kReportingVerb)) {
    out.classes.push_back(DifferenceClass::kReportingVerbChange);
  }
  if (has(fb, Family::kHedge) && !has(fa, Family::kHedge)) {
    out.classes.push_back(DifferenceClass::kHedgeAdded);
  }
  if (has(fa, Family::kHedge) && !has(fb, Family::kHedge)) {
    out.classes.push_back(DifferenceClass::kHedgeDropped);
  }
  if (naming) out.classes.push_back(DifferenceClass::kNamingChange);
  if (has(fb, Family::kIntensifier) && !has(fa, Family::kIntensifier)) {
    out.classes.push_back(DifferenceClass::kIntensifierAdded);
  }
  if (has(fa, Family::kIntensifier) && !has(fb, Family::kIntensifier)) {
    out.classes.push_back(DifferenceClass::kIntensifierDropped);
  }
  return out;
}

}  // namespace slant::align
