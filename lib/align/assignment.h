#ifndef SLANT_ALIGN_ASSIGNMENT_H_
#define SLANT_ALIGN_ASSIGNMENT_H_

#include <cstddef>
#include <vector>

#include <Eigen/Core>

namespace slant::align {

struct Match {
  std::size_t row = 0;
  std::size_t col = 0;
  double weight = 0;
  friend bool operator==(const Match&, const Match&) = default;
};

// The one-to-one matching of rows to columns of `weights` (any shape) that maximizes the
// total weight over pairs whose weight is at least `threshold` (> 0): an exact assignment by
// the Hungarian method (Kuhn 1955, Munkres 1957) in O(n²·m) for n ≤ m, run on the matrix with
// every weight below the threshold set to 0, and the pairs at 0 left out. Greedy matching
// (best pair first) is not exact: with rows (0.9 0.8) and (0.85 0), greedy takes 0.9 and
// leaves the second row unmatched (0.9), the assignment takes 0.8 + 0.85.
//
// The assignment runs in exact integer arithmetic, so the result does not depend on rounding:
// weights count to 6 decimal places (ones equal to 6 places are ties), and among matchings of
// equal total the one whose pairs lie nearest the diagonal wins (row i of n and column j of m
// close in relative position, i/n ≈ j/m: two identical sentences match in the order they come).
// Any tie left resolves the same way on every run.
//
// Returns the pairs by row, ascending. Weights above 1 count as 1; NaN counts as 0.
std::vector<Match> MaxWeightMatching(const Eigen::MatrixXd& weights, double threshold);

// Best pair first, each row and column used once, pairs below `threshold` left out; ties by
// row, then column. Not exact (see above): for matrices too large for the assignment.
std::vector<Match> GreedyMatching(const Eigen::MatrixXd& weights, double threshold);

}  // namespace slant::align

#endif  // SLANT_ALIGN_ASSIGNMENT_H_
