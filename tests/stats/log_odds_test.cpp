#include "stats/log_odds.h"

#include <cmath>
#include <cstddef>
#include <vector>

#include <catch2/catch.hpp>

namespace slant::stats {
namespace {

TEST_CASE("LogOddsWithPrior follows Monroe et al. (2008), worked by hand", "[stats]") {
  // δ = ln((y_a + α_w)/(n_a + α_0 − y_a − α_w)) − ln((y_b + α_w)/(n_b + α_0 − y_b − α_w)),
  // σ² = 1/(y_a + α_w) + 1/(y_b + α_w), z = δ/σ; natural logs, worked on a calculator.
  struct Case {
    const char* name;
    WordCounts counts;
    double alpha_w, alpha_0;
    double delta, variance, z;
  };
  const Case cases[] = {
      // ln(11/99) − ln(6/104) = −2.1972246 + 2.8526314 = 0.6554069;
      // σ² = 1/11 + 1/6 = 0.2575758; z = 0.6554069 / 0.5075193 = 1.2913932.
      {"more frequent in a", {10, 100, 5, 100}, 1, 10, 0.6554069, 0.2575758, 1.2913932},
      // ln(0.5/54.5) − ln(4.5/60.5) = −4.6913479 + 2.5985660 = −2.0927819;
      // σ² = 1/0.5 + 1/4.5 = 2.2222222; z = −2.0927819 / 1.4907120 = −1.4038808.
      {"zero count in a", {0, 50, 4, 60}, 0.5, 5, -2.0927819, 2.2222222, -1.4038808},
      // Same counts, same sizes: δ = 0, z = 0; σ² = 2/(7 + 2) = 0.2222222.
      {"identical groups", {7, 70, 7, 70}, 2, 20, 0, 0.2222222, 0},
      // Empty a: its side is the prior's log-odds ln(1/9); b: ln(7/33) = −1.5505974.
      // δ = −2.1972246 + 1.5505974 = −0.6466272; σ² = 1/1 + 1/7 = 1.1428571;
      // z = −0.6466272 / 1.0690450 = −0.6048643.
      {"empty group a", {0, 0, 6, 30}, 1, 10, -0.6466272, 1.1428571, -0.6048643},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const LogOdds got = LogOddsWithPrior(c.counts, c.alpha_w, c.alpha_0);
    CHECK(got.delta == Approx(c.delta).margin(1e-6));
    CHECK(got.variance == Approx(c.variance).margin(1e-6));
    CHECK(got.z == Approx(c.z).margin(1e-6));
  }
}

TEST_CASE("LogOddsWithPrior is antisymmetric in the groups", "[stats]") {
  const LogOdds ab = LogOddsWithPrior({10, 100, 5, 80}, 1, 10);
  const LogOdds ba = LogOddsWithPrior({5, 80, 10, 100}, 1, 10);
  CHECK(ab.delta == Approx(-ba.delta).epsilon(1e-12));
  CHECK(ab.z == Approx(-ba.z).epsilon(1e-12));
}

TEST_CASE("LogOddsWithPrior is NaN where it is undefined", "[stats][errors]") {
  struct Case {
    const char* name;
    WordCounts counts;
    double alpha_w, alpha_0;
  };
  const Case cases[] = {
      {"zero prior, zero count", {0, 10, 3, 10}, 0, 10},
      {"negative count", {-1, 10, 3, 10}, 1, 10},
      {"count above total", {11, 10, 3, 10}, 1, 10},
      {"NaN count", {kNaN, 10, 3, 10}, 1, 10},
      {"NaN prior", {1, 10, 3, 10}, kNaN, 10},
      {"alpha_0 below alpha_w", {1, 10, 3, 10}, 2, 1},
      {"word is everything, prior has nothing else", {10, 10, 3, 10}, 1, 1},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const LogOdds got = LogOddsWithPrior(c.counts, c.alpha_w, c.alpha_0);
    CHECK(std::isnan(got.delta));
    CHECK(std::isnan(got.variance));
    CHECK(std::isnan(got.z));
  }
}

TEST_CASE("DirichletPrior scales the reference shares to alpha_0", "[stats]") {
  // Pooled counts 6, 3, 1 (sum 10) scaled to α_0 = 20: 12, 6, 2.
  const std::vector<double> prior = DirichletPrior(std::vector<double>{6, 3, 1}, 20);
  CHECK(prior == std::vector<double>{12, 6, 2});
  const std::vector<double> absent = DirichletPrior(std::vector<double>{0, 4}, 2);
  CHECK(absent == std::vector<double>{0, 2});
  for (const auto& bad : {DirichletPrior(std::vector<double>{0, 0}, 10),
                          DirichletPrior(std::vector<double>{1, -1, 3}, 10),
                          DirichletPrior(std::vector<double>{1, kNaN}, 10),
                          DirichletPrior(std::vector<double>{1, 2}, 0)}) {
    for (double a : bad) CHECK(std::isnan(a));
  }
  CHECK(DirichletPrior(std::vector<double>{}, 10).empty());
}

TEST_CASE("LogOddsWithPrior over a vocabulary with the pooled-count prior", "[stats]") {
  // Group a: 4, 1, 1 of 6 tokens; group b: 2, 2, 0 of 4. Pooled 6, 3, 1 → prior 12, 6, 2
  // (α_0 = 20). By hand:
  //  w0: ln(16/10) − ln(14/10) = 0.4700036 − 0.3364722 = 0.1335314;
  //      σ² = 1/16 + 1/14 = 0.1339286; z = 0.3648772
  //  w1: ln(7/19) − ln(8/16) = −0.9985288 + 0.6931472 = −0.3053816;
  //      σ² = 1/7 + 1/8 = 0.2678571; z = −0.5900534
  //  w2: ln(3/23) − ln(2/22) = −2.0368819 + 2.3978953 = 0.3610133;
  //      σ² = 1/3 + 1/2 = 0.8333333; z = 0.3954703
  const std::vector<double> a = {4, 1, 1};
  const std::vector<double> b = {2, 2, 0};
  std::vector<double> pooled(3);
  for (std::size_t w = 0; w < 3; ++w) pooled[w] = a[w] + b[w];
  const std::vector<LogOdds> got = LogOddsWithPrior(a, 6, b, 4, DirichletPrior(pooled, 20));
  REQUIRE(got.size() == 3);
  const double delta[] = {0.1335314, -0.3053816, 0.3610133};
  const double variance[] = {0.1339286, 0.2678571, 0.8333333};
  const double z[] = {0.3648772, -0.5900534, 0.3954703};
  for (std::size_t w = 0; w < 3; ++w) {
    INFO("word " << w);
    CHECK(got[w].delta == Approx(delta[w]).margin(1e-6));
    CHECK(got[w].variance == Approx(variance[w]).margin(1e-6));
    CHECK(got[w].z == Approx(z[w]).margin(1e-6));
  }
  CHECK(LogOddsWithPrior(a, 6, std::vector<double>{1}, 4, pooled).empty());  // sizes differ
}

}  // namespace
}  // namespace slant::stats
