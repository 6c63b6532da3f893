// The many-column contrasts must be, column by column, exactly what lib/stats gives for that
// column alone: the same draws, summed in the same order.
#include "compare/rate_contrasts.h"

#include <cmath>

#include <catch2/catch.hpp>

#include "stats/rng.h"

namespace slant::compare {
namespace {

bool Same(double x, double y) { return (std::isnan(x) && std::isnan(y)) || x == y; }

bool Same(const stats::Estimate& x, const stats::Estimate& y) {
  return Same(x.value, y.value) && Same(x.lower, y.lower) && Same(x.upper, y.upper) &&
         x.defined_resamples == y.defined_resamples;
}

TEST_CASE("ContrastRates equals lib/stats column by column, with and without events", "[compare]") {
  struct Case {
    const char* name;
    std::size_t n_a;
    std::size_t n_b;
    bool events;
    std::size_t threads;
  };
  const Case cases[] = {
      {"articles, random permutations", 40, 30, false, 1},
      {"articles, two threads", 40, 30, false, 2},
      {"few articles: exact permutations", 5, 4, false, 1},
      {"events", 40, 30, true, 1},
      {"events, three threads", 25, 35, true, 3},
      {"odd sizes", 7, 13, false, 2},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    // Rates with zeros and repeats, as category rates have; events shared by both groups,
    // some articles in events of their own group only.
    const std::size_t columns = 5;
    RateMatrix rates(c.n_a + c.n_b, columns);
    std::vector<std::int64_t> clusters(c.n_a + c.n_b);
    stats::Rng rng(99);
    for (std::size_t r = 0; r < rates.rows(); ++r) {
      for (std::size_t col = 0; col < columns; ++col) {
        const std::uint32_t draw = rng.Below(10);
        rates.at(r, col) = draw < 4 ? 0.0 : static_cast<double>(draw * (col + 1)) / 3.0;
      }
      clusters[r] = static_cast<std::int64_t>(r % 9 == 0 ? 100 + r : rng.Below(6));
    }
    std::vector<std::size_t> a;
    std::vector<std::size_t> b;
    for (std::size_t r = 0; r < rates.rows(); ++r) (r < c.n_a ? a : b).push_back(r);
    RateOptions options;
    options.resamples = 2100;  // three blocks (the last one short), partial batches
    options.seed = 5;
    options.threads = c.threads;
    const RateContrasts got = ContrastRates(rates, a, b, c.events ? &clusters : nullptr, options);
    REQUIRE(got.bootstrap.size() == columns);
    for (std::size_t col = 0; col < columns; ++col) {
      INFO("column " << col);
      std::vector<double> va;
      std::vector<double> vb;
      std::vector<std::int64_t> ca;
      std::vector<std::int64_t> cb;
      for (std::size_t r : a) va.push_back(rates.at(r, col));
      for (std::size_t r : b) vb.push_back(rates.at(r, col));
      if (c.events) {
        for (std::size_t r : a) ca.push_back(clusters[r]);
        for (std::size_t r : b) cb.push_back(clusters[r]);
      }
      stats::BootstrapOptions boot;
      boot.resamples = 2100;
      boot.seed = 5;
      const stats::ContrastBootstrap want = stats::BootstrapContrast({va, ca}, {vb, cb}, boot);
      const stats::ContrastBootstrap& have = got.bootstrap[col];
      CHECK(Same(have.mean_a, want.mean_a));
      CHECK(Same(have.mean_b, want.mean_b));
      CHECK(Same(have.difference, want.difference));
      CHECK(Same(have.ratio, want.ratio));
      CHECK(have.units == want.units);
      stats::PermutationOptions perm;
      perm.permutations = 2100;
      perm.seed = 5;
      const stats::PermutationResult p = stats::PermutationTest({va, ca}, {vb, cb}, perm);
      CHECK(Same(got.permutation[col].p, p.p));
      CHECK(Same(got.permutation[col].difference, p.difference));
      CHECK(got.permutation[col].exact == p.exact);
    }
  }
}

}  // namespace
}  // namespace slant::compare
