#include "align/assignment.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <tuple>

namespace slant::align {
namespace {

// Weight in millionths, 0 below the threshold.
std::int64_t Quantized(double weight, double threshold) {
  if (!(weight >= threshold)) return 0;  // also NaN
  return std::llround(std::min(weight, 1.0) * 1e6);
}

}  // namespace

std::vector<Match> MaxWeightMatching(const Eigen::MatrixXd& weights, double threshold) {
  const bool transposed = weights.rows() > weights.cols();
  // n rows ≤ m columns after transposing.
  const auto n = static_cast<std::size_t>(transposed ? weights.cols() : weights.rows());
  const auto m = static_cast<std::size_t>(transposed ? weights.rows() : weights.cols());
  if (n == 0) return {};
  auto weight_at = [&](std::size_t i, std::size_t j) {
    return transposed ? weights(static_cast<Eigen::Index>(j), static_cast<Eigen::Index>(i))
                      : weights(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j));
  };
  // Integer weights: quantized weight × scale + a bonus in [0, kBonus] for closeness to the
  // diagonal. n pairs of bonus sum to at most n·kBonus < scale, so the bonus decides only
  // between matchings whose quantized totals are equal.
  constexpr std::int64_t kBonus = 1000;
  const std::int64_t scale = kBonus * static_cast<std::int64_t>(n) + 1;
  const auto dn = static_cast<double>(n);
  const auto dm = static_cast<double>(m);
  std::vector<std::int64_t> cost(n * m);  // to minimize: -(integer weight)
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < m; ++j) {
      const std::int64_t q = Quantized(weight_at(i, j), threshold);
      if (q == 0) continue;
      const double distance = std::abs((static_cast<double>(i) + 0.5) / dn -
                                       (static_cast<double>(j) + 0.5) / dm);  // in [0, 1)
      const auto bonus =
          kBonus - std::llround(distance * static_cast<double>(kBonus));  // in [0, kBonus]
      cost[i * m + j] = -(q * scale + bonus);
    }
  }

  // The Hungarian method with potentials, rows added one at a time (1-based; column 0 is a
  // sentinel): u, v are the dual potentials, p[j] the row assigned to column j.
  constexpr std::int64_t kInfinity = std::numeric_limits<std::int64_t>::max() / 4;
  std::vector<std::int64_t> u(n + 1, 0);
  std::vector<std::int64_t> v(m + 1, 0);
  std::vector<std::size_t> p(m + 1, 0);
  std::vector<std::size_t> way(m + 1, 0);
  std::vector<std::int64_t> min_slack(m + 1);
  std::vector<char> used(m + 1);
  for (std::size_t i = 1; i <= n; ++i) {
    p[0] = i;
    std::size_t j0 = 0;
    std::fill(min_slack.begin(), min_slack.end(), kInfinity);
    std::fill(used.begin(), used.end(), 0);
    do {
      used[j0] = 1;
      const std::size_t i0 = p[j0];
      std::int64_t delta = kInfinity;
      std::size_t j1 = 0;
      for (std::size_t j = 1; j <= m; ++j) {
        if (used[j] != 0) continue;
        const std::int64_t slack = cost[(i0 - 1) * m + (j - 1)] - u[i0] - v[j];
        if (slack < min_slack[j]) {
          min_slack[j] = slack;
          way[j] = j0;
        }
        if (min_slack[j] < delta) {
          delta = min_slack[j];
          j1 = j;
        }
      }
      for (std::size_t j = 0; j <= m; ++j) {
        if (used[j] != 0) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          min_slack[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] != 0);
    do {
      const std::size_t j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 != 0);
  }

  std::vector<Match> matches;
  for (std::size_t j = 1; j <= m; ++j) {
    if (p[j] == 0) continue;
    const std::size_t i = p[j] - 1;
    if (cost[i * m + (j - 1)] == 0) continue;  // below the threshold
    const double w = weight_at(i, j - 1);
    matches.push_back(transposed ? Match{j - 1, i, w} : Match{i, j - 1, w});
  }
  std::sort(matches.begin(), matches.end(),
            [](const Match& a, const Match& b) { return a.row < b.row; });
  return matches;
}

std::vector<Match> GreedyMatching(const Eigen::MatrixXd& weights, double threshold) {
  std::vector<Match> candidates;
  for (Eigen::Index i = 0; i < weights.rows(); ++i) {
    for (Eigen::Index j = 0; j < weights.cols(); ++j) {
      if (weights(i, j) >= threshold) {
        candidates.push_back(
            {static_cast<std::size_t>(i), static_cast<std::size_t>(j), weights(i, j)});
      }
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const Match& a, const Match& b) {
    return std::tie(b.weight, a.row, a.col) < std::tie(a.weight, b.row, b.col);
  });
  std::vector<char> row_used(static_cast<std::size_t>(weights.rows()));
  std::vector<char> col_used(static_cast<std::size_t>(weights.cols()));
  std::vector<Match> matches;
  for (const Match& c : candidates) {
    if (row_used[c.row] != 0 || col_used[c.col] != 0) continue;
    row_used[c.row] = 1;
    col_used[c.col] = 1;
    matches.push_back(c);
  }
  std::sort(matches.begin(), matches.end(),
            [](const Match& a, const Match& b) { return a.row < b.row; });
  return matches;
}

}  // namespace slant::align
