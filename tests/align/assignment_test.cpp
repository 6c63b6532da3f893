// The exact assignment against matrices solved by hand, where greedy matching is wrong.
#include "align/assignment.h"

#include <vector>

#include <catch2/catch.hpp>

namespace slant::align {
namespace {

Eigen::MatrixXd Matrix(std::initializer_list<std::initializer_list<double>> rows) {
  Eigen::MatrixXd m(static_cast<Eigen::Index>(rows.size()),
                    static_cast<Eigen::Index>(rows.begin()->size()));
  Eigen::Index i = 0;
  for (const auto& row : rows) {
    Eigen::Index j = 0;
    for (double v : row) m(i, j++) = v;
    ++i;
  }
  return m;
}

using Pairs = std::vector<std::pair<std::size_t, std::size_t>>;

Pairs PairsOf(const std::vector<Match>& matches) {
  Pairs pairs;
  for (const Match& m : matches) pairs.emplace_back(m.row, m.col);
  return pairs;
}

TEST_CASE("The assignment maximizes the total above the threshold, where greedy does not",
          "[align]") {
  struct Case {
    const char* name;
    Eigen::MatrixXd weights;
    double threshold;
    Pairs exact;   // solved by hand: every matching enumerated
    Pairs greedy;  // best pair first
  };
  const Case cases[] = {
      // Greedy takes 0.9 and strands row 1: 0.9 + 0.5 = 1.4. Exact: 0.8 + 0.85 + 0.5 = 2.15.
      {"3x3",
       Matrix({{0.9, 0.8, 0.0}, {0.85, 0.0, 0.0}, {0.0, 0.0, 0.5}}),
       0.3,
       {{0, 1}, {1, 0}, {2, 2}},
       {{0, 0}, {2, 2}}},
      // 4 rows, 3 columns. Greedy: 0.9 (0,0), 0.7 (2,1), 0.5 (3,2) = 2.1. Exact: 0.85 (0,1) +
      // 0.8 (1,0) + 0.5 (3,2) = 2.15, row 2 unmatched.
      {"4x3",
       Matrix({{0.9, 0.85, 0.0}, {0.8, 0.0, 0.0}, {0.0, 0.7, 0.0}, {0.0, 0.0, 0.5}}),
       0.3,
       {{0, 1}, {1, 0}, {3, 2}},
       {{0, 0}, {2, 1}, {3, 2}}},
      // 3 rows, 4 columns (the transpose case): the same puzzle turned on its side.
      {"3x4",
       Matrix({{0.9, 0.8, 0.0, 0.0}, {0.85, 0.0, 0.0, 0.0}, {0.0, 0.0, 0.0, 0.5}}),
       0.3,
       {{0, 1}, {1, 0}, {2, 3}},
       {{0, 0}, {2, 3}}},
      // Below the threshold a pair does not exist: 0.29 would add to the total, but is dropped,
      // and the 0.35 pair is kept although the assignment could do without it.
      {"threshold", Matrix({{0.29, 0.0}, {0.0, 0.35}}), 0.3, {{1, 1}}, {{1, 1}}},
      {"nothing above the threshold", Matrix({{0.1, 0.2}, {0.2, 0.1}}), 0.3, {}, {}},
      // Equal weights: the pairs nearest the diagonal (identical sentences keep their order).
      {"ties keep the order",
       Matrix({{1.0, 1.0}, {1.0, 1.0}}),
       0.3,
       {{0, 0}, {1, 1}},
       {{0, 0}, {1, 1}}},
      // One row against three equal columns: the middle column is nearest (1/2 = 1.5/3).
      {"tie on a 1x3", Matrix({{0.6, 0.6, 0.6}}), 0.3, {{0, 1}}, {{0, 0}}},
      // A weight difference in the 6th decimal still decides, whatever the diagonal says.
      {"6th decimal beats the diagonal",
       Matrix({{0.500001, 0.5}, {0.5, 0.5}}),
       0.3,
       {{0, 0}, {1, 1}},
       {{0, 0}, {1, 1}}},
      {"anti-diagonal by weight",
       Matrix({{0.5, 0.500001}, {0.500001, 0.5}}),
       0.3,
       {{0, 1}, {1, 0}},
       {{0, 1}, {1, 0}}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(PairsOf(MaxWeightMatching(c.weights, c.threshold)) == c.exact);
    CHECK(PairsOf(GreedyMatching(c.weights, c.threshold)) == c.greedy);
  }
}

TEST_CASE("The assignment reports the weights of its pairs and handles empty matrices", "[align]") {
  const auto matches = MaxWeightMatching(Matrix({{0.9, 0.8}, {0.85, 0.0}}), 0.3);
  REQUIRE(matches.size() == 2);
  CHECK(matches[0] == Match{0, 1, 0.8});
  CHECK(matches[1] == Match{1, 0, 0.85});
  CHECK(MaxWeightMatching(Eigen::MatrixXd(0, 3), 0.3).empty());
  CHECK(MaxWeightMatching(Eigen::MatrixXd(3, 0), 0.3).empty());
}

}  // namespace
}  // namespace slant::align
