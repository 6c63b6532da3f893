#include "stats/contingency.h"

#include <cmath>
#include <vector>

#include <catch2/catch.hpp>

namespace slant::stats {
namespace {

TEST_CASE("GTestOfIndependence matches published G-tests", "[stats]") {
  // Apache Commons Math, GTestTest.testGTestIndependance1..3 (gDataSetsComparison, i.e. the
  // G-test of independence of a 2×k table).
  struct Case {
    const char* name;
    std::vector<double> table;
    std::size_t columns;
    double g2, g2_tolerance;
    std::size_t df;
    double p, p_tolerance;
  };
  const Case cases[] = {
      {"2×3 (1)", {268, 199, 42, 807, 759, 184}, 3, 7.3008170, 1e-6, 2, 0.0259805, 1e-6},
      {"2×3 (2)", {127, 99, 264, 116, 67, 161}, 3, 6.227288, 1e-6, 2, 0.04443, 1e-5},
      {"2×2", {190, 149, 42, 49}, 2, 2.8187, 1e-4, 1, 0.09317325, 1e-6},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const GTest got = GTestOfIndependence(c.table, c.table.size() / c.columns, c.columns);
    CHECK(got.g2 == Approx(c.g2).margin(c.g2_tolerance));
    CHECK(got.df == c.df);
    CHECK(got.p == Approx(c.p).margin(c.p_tolerance));
  }
}

TEST_CASE("GTestOfIndependence of outlets by variants, worked by hand", "[stats]") {
  // Two outlets, two naming variants, one outlet that used neither (left out: df = 1).
  //   [10 0; 0 10; 0 0]: every expected count is 10 × 10 / 20 = 5, so
  //   G² = 2 (10 ln 2 + 10 ln 2) = 40 ln 2 = 27.7258872; p = erfc(sqrt(13.8629436)) = 1.3978e-7.
  const std::vector<double> table = {10, 0, 0, 10, 0, 0};
  const GTest got = GTestOfIndependence(table, 3, 2);
  CHECK(got.g2 == Approx(27.7258872).margin(1e-6));
  CHECK(got.df == 1);
  CHECK(got.p == Approx(1.3977963e-7).epsilon(1e-6));

  // 3 outlets × 3 verb classes with identical mixes (each row proportional to 1:2:3): G² = 0.
  const GTest same = GTestOfIndependence(std::vector<double>{1, 2, 3, 2, 4, 6, 10, 20, 30}, 3, 3);
  CHECK(same.g2 == 0);
  CHECK(same.df == 4);
  CHECK(same.p == 1);
}

TEST_CASE("GTestOfIndependence edge cases", "[stats][errors]") {
  // Every outlet used the same single variant: no difference, df 0, p 1.
  const GTest one_column = GTestOfIndependence(std::vector<double>{0, 5, 0, 7}, 2, 2);
  CHECK(one_column.g2 == 0);
  CHECK(one_column.df == 0);
  CHECK(one_column.p == 1);
  // Only one outlet used any variant: nothing to compare.
  const GTest one_row = GTestOfIndependence(std::vector<double>{3, 5, 0, 0}, 2, 2);
  CHECK(std::isnan(one_row.g2));
  CHECK(std::isnan(one_row.p));
  CHECK(std::isnan(GTestOfIndependence(std::vector<double>{}, 0, 0).g2));
  CHECK(std::isnan(GTestOfIndependence(std::vector<double>{1, 2, 3}, 2, 2).g2));  // size
  CHECK(std::isnan(GTestOfIndependence(std::vector<double>{1, -2, 3, 4}, 2, 2).g2));
  CHECK(std::isnan(GTestOfIndependence(std::vector<double>{1, kNaN, 3, 4}, 2, 2).g2));
}

}  // namespace
}  // namespace slant::stats
