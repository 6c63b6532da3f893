#include "stats/multiple_testing.h"

#include <cmath>
#include <cstddef>
#include <vector>

#include <catch2/catch.hpp>

#include "stats/descriptive.h"

namespace slant::stats {
namespace {

void CheckQ(const std::vector<double>& got, const std::vector<double>& expected) {
  REQUIRE(got.size() == expected.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    INFO("index " << i);
    if (std::isnan(expected[i])) {
      CHECK(std::isnan(got[i]));
    } else {
      CHECK(got[i] == Approx(expected[i]).margin(1e-9));
    }
  }
}

TEST_CASE("BenjaminiHochberg on the 15 p-values of Benjamini & Hochberg (1995)", "[stats]") {
  // The paper's worked example of 15 p-values: at q* = 0.05 the procedure rejects the
  // four smallest. q_(k) = min over l >= k of 15 p_(l) / l, by hand:
  //   15 p/k: 0.0015 0.003 0.0095 0.035625 0.0603 0.0695 0.0638571 0.0645 0.0765 0.486
  //           0.5811818 0.714875 0.7532308 0.8132143 1
  //   running minimum from the top changes only rank 6 (0.0695 → 0.0638571).
  const std::vector<double> p = {0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344,
                                 0.0459, 0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.000};
  const std::vector<double> q = {0.0015,    0.003,     0.0095,    0.035625,  0.0603,
                                 0.0638571, 0.0638571, 0.0645,    0.0765,    0.486,
                                 0.5811818, 0.714875,  0.7532308, 0.8132143, 1};
  const std::vector<double> got = BenjaminiHochberg(p);
  REQUIRE(got.size() == q.size());
  int rejected = 0;
  for (std::size_t i = 0; i < q.size(); ++i) {
    CHECK(got[i] == Approx(q[i]).margin(1e-7));
    rejected += got[i] <= 0.05 ? 1 : 0;
  }
  CHECK(rejected == 4);

  // The same p-values reversed give the same q-values, reversed.
  const std::vector<double> reversed(p.rbegin(), p.rend());
  const std::vector<double> got_reversed = BenjaminiHochberg(reversed);
  for (std::size_t i = 0; i < q.size(); ++i) CHECK(got_reversed[i] == got[q.size() - 1 - i]);
}

TEST_CASE("BenjaminiHochberg: order, ties, cap, missing values; worked by hand", "[stats]") {
  struct Case {
    const char* name;
    std::vector<double> p;
    std::vector<double> q;
  };
  const Case cases[] = {
      // Sorted 0.01 0.03 0.04 0.2 → 4p/k 0.04 0.06 0.0533333 0.2 → minima from the top
      // 0.04 0.0533333 0.0533333 0.2, given back in input order.
      {"input order kept", {0.01, 0.04, 0.03, 0.2}, {0.04, 0.0533333333, 0.0533333333, 0.2}},
      // 3p/k: 0.06 0.03 0.04 → ties get the same q.
      {"ties", {0.02, 0.04, 0.02}, {0.03, 0.04, 0.03}},
      // 2p/k: 1.8 0.95 → capped at 1 then monotone: 0.95 0.95.
      {"capped at 1", {0.9, 0.95}, {0.95, 0.95}},
      // NaN and out-of-range values are missing: m = 2 for 0.01 and 0.04 → 0.02 0.04.
      {"missing", {0.01, kNaN, 0.04, -0.1, 1.5}, {0.02, kNaN, 0.04, kNaN, kNaN}},
      {"one p-value", {0.3}, {0.3}},
      {"nothing", {}, {}},
      {"all missing", {kNaN}, {kNaN}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CheckQ(BenjaminiHochberg(c.p), c.q);
  }
}

}  // namespace
}  // namespace slant::stats
