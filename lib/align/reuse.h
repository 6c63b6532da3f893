#ifndef SLANT_ALIGN_REUSE_H_
#define SLANT_ALIGN_REUSE_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "align/assignment.h"
#include "text/token.h"

namespace slant::align {

// The word n-grams ("shingles") of a text: every run of `n` consecutive word and number tokens
// (in `norm` form, punctuation skipped), hashed to 64 bits; sorted, each once. A text of fewer
// than n words has none.
std::vector<std::uint64_t> WordShingles(std::span<const text::Token> tokens, std::size_t n = 5);

// Broder's containment of a in b: the share of a's shingles that b also has (0 when a has none).
double Containment(std::span<const std::uint64_t> a, std::span<const std::uint64_t> b);

// How far aligned sentence pairs keep the order of both articles: the length of the longest
// run of pairs increasing in both (a longest increasing subsequence of b's sentence indices,
// taken in a's order). `matches` must be sorted by row. 0 for no pairs.
std::size_t OrderKept(std::span<const Match> matches);

// What is measured on one pair of articles of an event.
struct ReuseEvidence {
  double cosine = 0;  // TF-IDF cosine of the two articles (idf without +1, see tfidf.h)
  // The event's typical pair: the median cosine over the event's article pairs of different
  // outlets (over all events' pairs when the event has fewer than kMinBaselinePairs);
  // unset when there are too few pairs anywhere.
  std::optional<double> baseline;
  double containment_a = 0;  // share of a's word 5-grams found in b
  double containment_b = 0;  // share of b's word 5-grams found in a
  std::size_t a_sentences = 0;
  std::size_t b_sentences = 0;
  std::size_t aligned = 0;         // aligned sentence pairs
  std::size_t near_identical = 0;  // of those, pairs with cosine ≥ ReuseRules::near_identical
  std::size_t in_order = 0;        // OrderKept of the aligned pairs

  double Ratio() const { return baseline && *baseline > 0 ? cosine / *baseline : 0; }
  double OrderShare() const {
    return aligned == 0 ? 0 : static_cast<double>(in_order) / static_cast<double>(aligned);
  }
  double NearIdenticalShare() const;  // near_identical / the shorter article's sentences
};

inline constexpr std::size_t kMinBaselinePairs = 3;

enum class ReuseStrength { kNone, kCopy, kRewrite };
std::string_view ReuseStrengthName(ReuseStrength s);  // "none", "copy", "rewrite"

// The thresholds, and why (README, "slant align"):
//  copy: most of one text is verbatim in the other: word 5-gram containment ≥ 0.5 either way,
//    or near-identical sentences (cosine ≥ 0.9) for at least half the shorter article's
//    sentences. Independent reports of one event share a few 5-grams (names, titles, quoted
//    phrases): 0–3% on slant's samples and on the real seed articles.
//  rewrite: the same story reworded sentence by sentence shares few exact phrases (the seed
//    rewrite pair: 1% of 5-grams), so it is found by what stays: the pair's cosine is at
//    least 2.5 times the event's typical pair (seed pair 4.2×, planted sample rewrite 4.7×;
//    every other pair of the samples and the seeds at most 1.6×) and at least 0.1, and its
//    aligned sentences keep their order: at least 3 aligned pairs, at least 80% of them in
//    order in both articles.
struct ReuseRules {
  double copy_containment = 0.5;
  double near_identical = 0.9;
  double copy_near_identical_share = 0.5;
  double rewrite_ratio = 2.5;
  double rewrite_min_cosine = 0.1;
  std::size_t rewrite_min_aligned = 3;
  double rewrite_order_share = 0.8;
};

ReuseStrength JudgeReuse(const ReuseEvidence& evidence, const ReuseRules& rules = {});

// Which of two dated articles came first: -1 when a did, 1 when b did, nullopt when either
// has no date, the days are the same and the times cannot be compared, or they are equal.
// Dates are ISO 8601 as the input gives them; days compare by their first 10 characters
// (YYYY-MM-DD); on the same day, two times compare only when written alike (same length and
// the same zone designator, e.g. both ending in "Z").
std::optional<int> EarlierOf(std::string_view a_date, std::string_view b_date);

}  // namespace slant::align

#endif  // SLANT_ALIGN_REUSE_H_
