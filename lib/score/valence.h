#ifndef SLANT_SCORE_VALENCE_H_
#define SLANT_SCORE_VALENCE_H_

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lexicon/lexicon.h"

namespace slant::score {

// VADER's published constants (Hutto & Gilbert 2014; vaderSentiment 3.3.1).
inline constexpr double kBoosterIncrement = 0.293;  // B_INCR; diminishers are -0.293
inline constexpr double kCapsIncrement = 0.733;     // C_INCR: an ALL-CAPS word in mixed case
inline constexpr double kNegationScalar = -0.74;    // N_SCALAR
inline constexpr double kCompoundAlpha = 15.0;      // compound = s / sqrt(s^2 + alpha)

// Valence of a stretch of text: VADER's four figures.
struct Valence {
  double compound = 0;  // -1 .. +1
  double pos = 0;       // shares of the text's sentiment mass; pos + neu + neg = 1
  double neu = 0;
  double neg = 0;
};

// The modifier words the rules look for, in matching form (text::NormalizeForMatching).
// Multiword boosters ("kind of") are kept with their tokens joined by single spaces.
struct ValenceRules {
  std::unordered_set<std::string> negators;
  std::unordered_map<std::string, double> boosters;  // > 0 boosts, < 0 dampens
  std::unordered_set<std::string> contrast;

  static ValenceRules FromModifiers(const lexicon::Modifiers& modifiers);
  bool empty() const { return negators.empty() && boosters.empty() && contrast.empty(); }

  // Whether `norm` could be a modifier of any kind: its first byte and length occur among
  // the modifiers. Rules out most words without hashing them (FromModifiers fills it;
  // rules filled by hand leave it open, so every word is looked up).
  bool MayBeModifier(const std::string& norm) const {
    if (!filtered) return true;
    if (norm.empty()) return false;
    const std::uint64_t bit = std::uint64_t{1} << std::min<std::size_t>(norm.size(), 63);
    return (first_byte_lengths[static_cast<unsigned char>(norm[0])] & bit) != 0;
  }
  bool filtered = false;
  std::array<std::uint64_t, 256> first_byte_lengths{};  // bit n: a modifier of n bytes
};

// One item of a sentence as the rules see it: a word, or a multiword lexicon match taken as one.
struct ValenceItem {
  std::string norm;       // matching form; for a multiword match, its tokens joined by spaces
  bool all_caps = false;  // written in capitals (and has at least one letter)
  bool has_valence = false;
  double valence = 0;  // the lexicon weight, before the rules
};

// Scores one sentence by VADER's rules (slant's own application of them):
//  - an ALL-CAPS item with valence, in a sentence that also has non-capital words, moves 0.733
//    further from zero;
//  - a booster or diminisher among the three items before a valenced item adds ±0.293 with the
//    valence's sign, scaled 1, 0.95, 0.9 by distance (and 0.733 more if the booster is in caps);
//  - a negator among the three items before it multiplies the valence by -0.74;
//  - the first contrast word ("but"): items before it count ×0.5, items after ×1.5;
//  - '!' (up to four) adds 0.292 each, '?' adds 0.18 each (2–3) or 0.96 (4+), away from zero;
//  - compound = s / sqrt(s² + 15); pos, neu and neg are VADER's shares (each valenced item
//    counts its |valence| + 1, each other item 1 toward neu).
// `exclamations` and `questions` are the sentence's counts of '!' and '?'.
Valence ScoreSentence(std::span<const ValenceItem> items, const ValenceRules& rules,
                      int exclamations, int questions);

}  // namespace slant::score

#endif  // SLANT_SCORE_VALENCE_H_
