#include "stats/bootstrap.h"

#include <cmath>
#include <cstdint>
#include <vector>

#include <catch2/catch.hpp>

namespace slant::stats {
namespace {

// How the expected intervals are known: the resample mean of a tiny sample has a distribution
// we can write down, and with 10,000 resamples the type-7 quantiles at 2.5% and 97.5% (sorted
// positions 249.975 and 9749.025, 0-based) fall many standard deviations inside one atom of
// it. E.g. for {0, 1}: the mean is 0, 0.5, 1 with probability 1/4, 1/2, 1/4; about 2,500
// resamples (sd 43) are 0, so positions 249 and 250 hold 0 and the 2.5% quantile is 0.

Group Values(const std::vector<double>& values) { return {values, {}}; }

TEST_CASE("BootstrapMean intervals on samples whose resample means are known", "[stats]") {
  struct Case {
    const char* name;
    std::vector<double> values;
    double level;
    double mean, lower, upper;
  };
  const Case cases[] = {
      {"constant sample: degenerate interval", {2, 2, 2, 2}, 0.95, 2, 2, 2},
      // {0, 1}: 95% spans the atoms 0 and 1.
      {"two points, 95%", {0, 1}, 0.95, 0.5, 0, 1},
      // 20% interval: quantiles 0.4 and 0.6 both fall in the atom 0.5 (cumulative 0.25, 0.75).
      {"two points, 20%", {0, 1}, 0.2, 0.5, 0.5, 0.5},
      // Five 0s, five 1s: 10 × mean ~ Binomial(10, 1/2). P(X <= 1) = 11/1024 = 0.0107 and
      // P(X <= 2) = 56/1024 = 0.0547, so the 2.5% quantile is 2/10 (about 107 resamples, sd 10,
      // lie below 0.2 and 547, sd 23, at or below); the 97.5% quantile is 8/10 by symmetry.
      {"binomial(10, 1/2)", {0, 0, 0, 0, 0, 1, 1, 1, 1, 1}, 0.95, 0.5, 0.2, 0.8},
      // {0, 0, 3}: the mean is the number of 3s drawn, Binomial(3, 1/3): P(0) = 8/27 = 0.296,
      // P(3) = 1/27 = 0.037 (370 resamples, sd 19; position 9749 needs only 251): [0, 3].
      {"binomial(3, 1/3)", {0, 0, 3}, 0.95, 1, 0, 3},
      {"one item", {7}, 0.95, 7, 7, 7},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    BootstrapOptions options;
    options.level = c.level;
    const MeanBootstrap got = BootstrapMean(Values(c.values), options);
    CHECK(got.mean.value == Approx(c.mean).epsilon(1e-12));
    CHECK(got.mean.lower == Approx(c.lower).margin(1e-12));
    CHECK(got.mean.upper == Approx(c.upper).margin(1e-12));
    CHECK(got.mean.defined_resamples == 10000);
    CHECK(got.units == c.values.size());
  }
}

TEST_CASE("BootstrapMean resamples clusters when items carry cluster ids", "[stats]") {
  // Two events of five articles each, all 0 in one and all 1 in the other. Resampling events:
  // the mean is 0, 0.5 or 1 (1/4, 1/2, 1/4): 95% interval [0, 1]. Resampling the ten articles
  // instead gives Binomial(10, 1/2)/10: [0.2, 0.8] (see above).
  const std::vector<double> values = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1};
  const std::vector<std::int64_t> events = {4, 4, 4, 4, 4, 9, 9, 9, 9, 9};
  const MeanBootstrap by_event = BootstrapMean({values, events});
  CHECK(by_event.units == 2);
  CHECK(by_event.mean.value == 0.5);
  CHECK(by_event.mean.lower == 0);
  CHECK(by_event.mean.upper == 1);
  const MeanBootstrap by_article = BootstrapMean({values, {}});
  CHECK(by_article.units == 10);
  CHECK(by_article.mean.lower == Approx(0.2).margin(1e-12));
  CHECK(by_article.mean.upper == Approx(0.8).margin(1e-12));

  // Clusters of unequal size: the mean is over items. Event 1: {0}; event 2: {1, 1, 1}.
  // Value 3/4. Resamples: {1,1} → 0/2 = 0, {1,2} or {2,1} → 3/4, {2,2} → 1: [0, 1].
  const MeanBootstrap unequal =
      BootstrapMean({std::vector<double>{0, 1, 1, 1}, std::vector<std::int64_t>{1, 2, 2, 2}});
  CHECK(unequal.mean.value == 0.75);
  CHECK(unequal.mean.lower == 0);
  CHECK(unequal.mean.upper == 1);
  BootstrapOptions narrow;
  narrow.level = 0.2;  // quantiles 0.4 and 0.6 fall in the atom 3/4 (cumulative 1/4 .. 3/4)
  const MeanBootstrap middle = BootstrapMean(
      {std::vector<double>{0, 1, 1, 1}, std::vector<std::int64_t>{1, 2, 2, 2}}, narrow);
  CHECK(middle.mean.lower == 0.75);
  CHECK(middle.mean.upper == 0.75);
}

TEST_CASE("BootstrapMean with one cluster gives a degenerate interval", "[stats]") {
  const MeanBootstrap got =
      BootstrapMean({std::vector<double>{1, 2, 6}, std::vector<std::int64_t>{7, 7, 7}});
  CHECK(got.units == 1);
  CHECK(got.mean.value == 3);
  CHECK(got.mean.lower == 3);
  CHECK(got.mean.upper == 3);
}

TEST_CASE("BootstrapMean is NaN for empty or invalid input", "[stats][errors]") {
  const std::vector<double> with_nan = {1, kNaN, 3};
  const std::vector<double> with_inf = {1, INFINITY};
  const std::vector<double> three = {1, 2, 3};
  const std::vector<std::int64_t> two_ids = {1, 2};
  for (const Group& g : {Group{std::vector<double>{}, {}}, Group{with_nan, {}}, Group{with_inf, {}},
                         Group{three, two_ids}}) {
    const MeanBootstrap got = BootstrapMean(g);
    CHECK(std::isnan(got.mean.value));
    CHECK(std::isnan(got.mean.lower));
    CHECK(std::isnan(got.mean.upper));
    CHECK(got.mean.defined_resamples == 0);
  }
  BootstrapOptions bad_level;
  bad_level.level = 1;
  const MeanBootstrap got = BootstrapMean({three, {}}, bad_level);
  CHECK(got.mean.value == 2);
  CHECK(std::isnan(got.mean.lower));
  BootstrapOptions none;
  none.resamples = 0;
  CHECK(std::isnan(BootstrapMean({three, {}}, none).mean.upper));
}

TEST_CASE("BootstrapMean: same seed, same interval; another seed, another", "[stats]") {
  std::vector<double> values;
  for (int i = 0; i < 40; ++i) values.push_back(std::sin(i * 1.3) * 10 + i * 0.25);
  BootstrapOptions options;
  options.seed = 99;
  const MeanBootstrap first = BootstrapMean({values, {}}, options);
  const MeanBootstrap again = BootstrapMean({values, {}}, options);
  CHECK(first.mean.lower == again.mean.lower);
  CHECK(first.mean.upper == again.mean.upper);
  options.seed = 100;
  const MeanBootstrap other = BootstrapMean({values, {}}, options);
  // Continuous data: 10,000 fresh resample means almost surely move both quantiles.
  CHECK(first.mean.lower != other.mean.lower);
  CHECK(first.mean.upper != other.mean.upper);
  CHECK(first.mean.value == other.mean.value);
}

TEST_CASE("BootstrapContrast: means, difference and ratio from the same resamples", "[stats]") {
  // a = {0, 1}: mean 0, 0.5, 1 (1/4, 1/2, 1/4); b = {0.5, 0.5}: always 0.5. So the difference
  // is −0.5, 0, 0.5 and the ratio 0, 1, 2 with those probabilities.
  const std::vector<double> a = {0, 1};
  const std::vector<double> b = {0.5, 0.5};
  const ContrastBootstrap got = BootstrapContrast({a, {}}, {b, {}});
  CHECK(got.units == 4);
  CHECK(got.mean_a.value == 0.5);
  CHECK(got.mean_b.value == 0.5);
  CHECK(got.difference.value == 0);
  CHECK(got.ratio.value == 1);
  CHECK(got.mean_a.lower == 0);
  CHECK(got.mean_a.upper == 1);
  CHECK(got.mean_b.lower == 0.5);
  CHECK(got.mean_b.upper == 0.5);
  CHECK(got.difference.lower == -0.5);
  CHECK(got.difference.upper == 0.5);
  CHECK(got.ratio.lower == 0);
  CHECK(got.ratio.upper == 2);
  CHECK(got.ratio.defined_resamples == 10000);

  BootstrapOptions narrow;
  narrow.level = 0.2;
  const ContrastBootstrap middle = BootstrapContrast({a, {}}, {b, {}}, narrow);
  CHECK(middle.difference.lower == 0);
  CHECK(middle.difference.upper == 0);
  CHECK(middle.ratio.lower == 1);
  CHECK(middle.ratio.upper == 1);
}

TEST_CASE("BootstrapContrast leaves out resamples where the ratio is undefined", "[stats]") {
  // a = {1, 1}; b = {0, 1}: mean(b) is 0 in a quarter of the resamples (about 2,500, sd 43),
  // where the ratio is undefined. Otherwise it is 1/0.5 = 2 (2/3 of the defined) or 1/1 = 1
  // (1/3): interval [1, 2]. The difference is defined throughout: 1, 0.5, 0 → [0, 1].
  const ContrastBootstrap got =
      BootstrapContrast({std::vector<double>{1, 1}, {}}, {std::vector<double>{0, 1}, {}});
  CHECK(got.ratio.value == 2);
  CHECK(got.ratio.defined_resamples > 7000);
  CHECK(got.ratio.defined_resamples < 8000);
  CHECK(got.ratio.lower == 1);
  CHECK(got.ratio.upper == 2);
  CHECK(got.difference.defined_resamples == 10000);
  CHECK(got.difference.lower == 0);
  CHECK(got.difference.upper == 1);
}

TEST_CASE("BootstrapContrast resamples shared events jointly", "[stats]") {
  // Both outlets covered events 1 and 2 and scored 0 on event 1 and 1 on event 2. Drawing
  // events draws both outlets' articles together, so the difference is 0 in every resample.
  const std::vector<double> values = {0, 1};
  const std::vector<std::int64_t> events = {1, 2};
  const ContrastBootstrap joint = BootstrapContrast({values, events}, {values, events});
  CHECK(joint.units == 2);
  CHECK(joint.difference.value == 0);
  CHECK(joint.difference.lower == 0);
  CHECK(joint.difference.upper == 0);
  CHECK(joint.mean_a.lower == 0);  // each mean alone still varies with the events drawn
  CHECK(joint.mean_a.upper == 1);
  // Resampled as independent articles, the difference of the same data varies: a and b each
  // take 0, 0.5, 1, so the difference reaches ±1 with probability 1/16 each: 95% [−1, 1]
  // (625 resamples expected at −1, sd 24; position 249 needs 250).
  const ContrastBootstrap independent = BootstrapContrast({values, {}}, {values, {}});
  CHECK(independent.difference.lower == -1);
  CHECK(independent.difference.upper == 1);
}

TEST_CASE("BootstrapContrast: a resample can miss a group's events", "[stats]") {
  // Outlet a covered only event 1 (value 2), outlet b only event 2 (value 1). Drawing two
  // events: {1, 1} has no b article, {2, 2} no a article (1/4 each); the other half have
  // both, and the difference is exactly 2 − 1 = 1.
  const ContrastBootstrap got =
      BootstrapContrast({std::vector<double>{2}, std::vector<std::int64_t>{1}},
                        {std::vector<double>{1}, std::vector<std::int64_t>{2}});
  CHECK(got.units == 2);
  CHECK(got.difference.value == 1);
  CHECK(got.difference.defined_resamples > 4500);
  CHECK(got.difference.defined_resamples < 5500);
  CHECK(got.difference.lower == 1);
  CHECK(got.difference.upper == 1);
  CHECK(got.mean_a.defined_resamples > 7000);  // a is missing from about 1/4
  CHECK(got.mean_a.lower == 2);
}

TEST_CASE("BootstrapContrast edge cases", "[stats][errors]") {
  const std::vector<double> some = {1, 2, 3};
  const std::vector<double> none;
  const std::vector<double> with_nan = {1, kNaN};
  for (const auto& [a, b] :
       {std::pair{Group{none, {}}, Group{some, {}}}, std::pair{Group{some, {}}, Group{none, {}}},
        std::pair{Group{with_nan, {}}, Group{some, {}}}}) {
    const ContrastBootstrap got = BootstrapContrast(a, b);
    CHECK(std::isnan(got.difference.value));
    CHECK(std::isnan(got.difference.lower));
    CHECK(std::isnan(got.ratio.upper));
    CHECK(std::isnan(got.mean_a.value));
  }
  // Identical groups: the difference is 0 and the ratio 1 as values; b's mean of 0 leaves the
  // ratio undefined.
  const ContrastBootstrap same = BootstrapContrast({some, {}}, {some, {}});
  CHECK(same.difference.value == 0);
  CHECK(same.ratio.value == 1);
  CHECK(same.difference.lower < 0);
  CHECK(same.difference.upper > 0);
  const std::vector<double> zeros = {0, 0};
  CHECK(std::isnan(BootstrapContrast({some, {}}, {zeros, {}}).ratio.value));
  CHECK(BootstrapContrast({some, {}}, {zeros, {}}).ratio.defined_resamples == 0);
}

}  // namespace
}  // namespace slant::stats
