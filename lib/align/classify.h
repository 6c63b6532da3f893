#ifndef SLANT_ALIGN_CLASSIFY_H_
#define SLANT_ALIGN_CLASSIFY_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.h"
#include "lexicon/matcher.h"
#include "score/actor_matcher.h"
#include "text/token.h"

namespace slant::align {

// The kinds of lexicon category that tell what a wording difference is, by category name
// (in any loaded lexicon): loaded labels (label.* but the neutral label.institutional, see
// lexicon::IsLoadedLabel), attribution.* (reporting verbs), stance.hedge and
// stance.unverified (hedges), stance.booster and affect.* (intensifiers); and the naming
// variants of the actor lexicons (Kyiv / Kiev).
enum class Family : std::uint8_t {
  kLabel = 1,
  kReportingVerb = 2,
  kHedge = 4,
  kIntensifier = 8,
  kNaming = 16,
};
std::optional<Family> FamilyOf(std::string_view category_name);

// What a difference between aligned sentences is, from the lexicon hits in its words on
// either side. "added" means the second article of the pair (b) has it where the first (a)
// does not; "dropped", the reverse. A difference may carry several classes, or none.
enum class DifferenceClass : std::uint8_t {
  kLabelChange,          // a label category matches in either side's words
  kReportingVerbChange,  // a reporting verb (attribution.*) in either side's words
  kHedgeAdded,           // a hedge in b's words, none in a's
  kHedgeDropped,         // a hedge in a's words, none in b's
  kNamingChange,         // another variant of the same naming group on each side (Kiev/Kyiv)
  kIntensifierAdded,     // an intensifier in b's words, none in a's
  kIntensifierDropped,   // an intensifier in a's words, none in b's
};
// "label_change", "reporting_verb_change", "hedge_added", "hedge_dropped", "naming_change",
// "intensifier_added", "intensifier_dropped".
std::string_view DifferenceClassName(DifferenceClass c);

// One lexicon hit that classifies: tokens [first_token, first_token + token_count) of an
// article, and the category (an index into LexiconMarker::keys()).
struct Mark {
  std::size_t first_token = 0;
  std::size_t token_count = 0;
  std::uint32_t key = 0;
  Family family = Family::kLabel;
  std::uint32_t variant = 0;  // naming marks: 1 + the variant's index; else 0
};

// An article's marks (in token order) and its actor mentions.
struct ArticleMarks {
  std::vector<Mark> marks;
  std::vector<score::ActorMatcher::Mention> actors;  // index into the marker's actors
};

// The classes of one difference, with the categories behind them on each side.
struct Classification {
  std::vector<DifferenceClass> classes;  // in enum order, each once
  std::vector<std::uint32_t> a_keys;     // ascending, each once
  std::vector<std::uint32_t> b_keys;
};

// Finds the classifying hits of several lexicons (and their actors and naming variants) in one
// walk over an article's tokens. Built once, then read-only: one marker serves any number of
// threads.
class LexiconMarker {
 public:
  explicit LexiconMarker(const std::vector<lexicon::Lexicon>& lexicons);

  ArticleMarks Mark(std::span<const text::Token> tokens) const;

  // Classifies the difference between tokens [a_first, a_first + a_count) of the article
  // marked `a` and [b_first, b_first + b_count) of the one marked `b`: every mark that shares
  // a token with a side counts for that side (a multiword label partly inside counts).
  Classification Classify(const ArticleMarks& a, std::size_t a_first, std::size_t a_count,
                          const ArticleMarks& b, std::size_t b_first, std::size_t b_count) const;

  // "lexicon:category" for lexicon categories, "naming:<group>" for naming variants.
  const std::vector<std::string>& keys() const { return keys_; }
  std::size_t actor_count() const { return actors_->actors().size(); }

 private:
  std::vector<lexicon::Lexicon> lexicons_;
  // Per lexicon, per category: 1 + index into keys_ for a classifying category, else 0.
  std::vector<std::vector<std::uint32_t>> category_key_;
  std::vector<Family> key_family_;
  std::vector<std::string> keys_;
  std::vector<std::uint32_t> variant_key_;  // per naming variant: its group's key
  std::unique_ptr<score::ActorMatcher> actors_;
  std::unique_ptr<lexicon::Matcher> matcher_;
};

}  // namespace slant::align

#endif  // SLANT_ALIGN_CLASSIFY_H_
