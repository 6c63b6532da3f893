#ifndef SLANT_COMPARE_COMPARE_H_
#define SLANT_COMPARE_COMPARE_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "compare/stats_file.h"
#include "core/error.h"
#include "stats/bootstrap.h"
#include "stats/contingency.h"
#include "stats/descriptive.h"
#include "stats/rng.h"

namespace slant::compare {

struct CompareOptions {
  std::string by = "outlet";  // the article field that makes the groups
  // Both or neither: compare group `a` with group `b` only. Neither: each group against the
  // rest of the corpus, then every pair.
  std::string a;
  std::string b;
  // With more than two groups and neither a nor b: every pair of groups as well as each
  // against the rest. Pairs grow as the groups squared (141 AllSides outlets make 9,870); the
  // report reads only the contrasts against the rest, so it turns them off.
  bool pairs = true;
  std::uint64_t seed = stats::kDefaultSeed;  // every resampling draws from this seed
  std::size_t resamples = 10000;             // bootstrap resamples, and permutations
  double level = 0.95;                       // of every interval
  std::uint64_t min_count = 5;               // a term is tested when count_a + count_b >= this
  std::size_t top = 20;                      // distinctive terms shown in each direction
  std::size_t actors = 20;                   // actors portrayed (the most mentioned)
  // The Dirichlet prior's reference counts: empty = the two groups' pooled counts; else a
  // background corpus (pooled with the two groups, so no term has a zero prior).
  const TermCounts* background = nullptr;
  double prior_size = 0;    // α_0; 0 = the reference corpus's own size (α_w = its count of w)
  std::size_t threads = 1;  // for the resampling; the result is the same at any count
};

// A group with fewer articles than this is reported as descriptive: too few to generalize.
inline constexpr std::size_t kMinArticlesForInference = 5;

struct GroupSummary {
  std::string name;
  std::size_t articles = 0;  // with at least one word (the rest are left out)
  std::size_t events = 0;    // distinct event ids among them
  std::uint64_t words = 0;
  bool descriptive = false;  // fewer than kMinArticlesForInference articles
};

// One category in one voice, a against b: per-article rates per 1,000 words (own voice: per
// 1,000 words of the article's narration), each group's mean with its percentile-bootstrap
// interval, their difference and ratio with intervals (all from the same resamples; events
// resampled when articles carry event ids), a two-sided permutation p (labels permuted within
// events when both groups carry event ids) and the Benjamini–Hochberg q across every category
// and voice of the contrast.
struct CategoryContrast {
  std::string category;  // "lexicon:category"
  std::string voice;     // "own" or "all"
  stats::ContrastBootstrap bootstrap;
  double p = stats::kNaN;
  double q = stats::kNaN;
};

// One word or phrase, a against b.
struct TermResult {
  std::string term;
  std::uint64_t count_a = 0;
  std::uint64_t count_b = 0;
  double delta = stats::kNaN;  // log-odds ratio with informative Dirichlet prior (natural log)
  double z = stats::kNaN;
  double g2 = stats::kNaN;         // Dunning's G², the four-cell form (G-test of the 2×2 table)
  double p = stats::kNaN;          // of G², chi-square with 1 df
  double q = stats::kNaN;          // Benjamini–Hochberg over every term tested in this contrast
  double log_ratio = stats::kNaN;  // Hardie's Log Ratio (binary log)
};

struct TermContrast {
  bool available = false;     // false when the statistics count terms by another field
  std::uint64_t total_a = 0;  // words (or word pairs) in group a: the corpus sizes
  std::uint64_t total_b = 0;
  std::size_t tested = 0;         // terms with count_a + count_b >= min_count
  std::vector<TermResult> top_a;  // most typical of a: z descending, at most `top`
  std::vector<TermResult> top_b;  // most typical of b: z ascending
};

struct Contrast {
  std::string a;
  std::string b;  // a group, or "(rest)" for every group but a
  bool b_is_rest = false;
  std::size_t n_a = 0;
  std::size_t n_b = 0;
  std::size_t units = 0;     // what the bootstrap resampled: events, or articles without ids
  bool descriptive = false;  // a group has fewer than kMinArticlesForInference articles
  std::vector<CategoryContrast> categories;  // every category, own voice then all
  TermContrast words;
  TermContrast phrases;
};

// A table of counts: one row per group, one column per label (naming variants, verb classes,
// sides), with the G-test of independence across the groups.
struct CountTable {
  std::vector<std::string> columns;
  std::vector<std::vector<std::uint64_t>> rows;  // rows[g][c], g in Comparison::groups order
  stats::GTest test;
};

struct NamingGroupResult {
  std::string group;  // naming group id ("kyiv")
  CountTable table;
};

struct VoicesResult {
  CountTable by_side;   // quoted words by the speaker's side; "unattributed" last
  CountTable by_actor;  // quoted words by actor (actors quoted somewhere), "unattributed" last
  CountTable verbs;     // reporting-verb classes of quotations and paraphrases, G-tested
  std::map<std::string, CountTable> verbs_by_side;  // the same for the speakers of one side
};

// One actor's portrayal in one group: over the articles that mention it, the mean of their
// valence around it (mean compound of the sentences that mention it) and of its loaded-label
// rate (loaded labels per sentence that mentions it), each with a bootstrap interval.
struct Portrayal {
  std::size_t articles = 0;
  std::uint64_t mentions = 0;
  stats::MeanBootstrap valence;
  stats::MeanBootstrap loaded_rate;
};

struct ActorResult {
  std::string id;
  std::string side;
  std::uint64_t mentions = 0;
  std::vector<Portrayal> groups;  // in Comparison::groups order
};

struct Comparison {
  std::string by;
  std::uint64_t seed = 0;
  std::size_t resamples = 0;
  double level = 0;
  std::uint64_t min_count = 0;
  double prior_size = 0;  // 0: each contrast's reference size
  bool background = false;
  std::vector<std::string> notes;    // what the reader must know (a section left out, and why)
  std::vector<GroupSummary> groups;  // in name order (or a, b)
  std::vector<Contrast> contrasts;
  std::vector<NamingGroupResult> naming;  // by G² descending
  VoicesResult voices;
  std::vector<ActorResult> actors;  // by mentions descending
};

// Compares the groups of `corpus` (articles grouped by options.by, in id order) with the
// statistics above. Deterministic: the same corpus, options and seed give the same result, at
// any thread count. Errors (kInvalidArgument): no article has the --by field; fewer than two
// groups; --a or --b names no group; only one of them given.
Result<Comparison> Compare(const CorpusStats& corpus, const CompareOptions& options);

}  // namespace slant::compare

#endif  // SLANT_COMPARE_COMPARE_H_
