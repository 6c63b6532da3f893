#ifndef SLANT_COMPARE_RATE_CONTRASTS_H_
#define SLANT_COMPARE_RATE_CONTRASTS_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "stats/bootstrap.h"
#include "stats/permutation.h"

namespace slant::compare {

// Per-article values, one row per article and one column per statistic (a category's rate in
// one voice), stored row after row so that one drawn article brings all its columns at once.
class RateMatrix {
 public:
  RateMatrix(std::size_t rows, std::size_t columns)
      : rows_(rows), columns_(columns), data_(rows * columns, 0.0) {}
  double& at(std::size_t row, std::size_t column) { return data_[row * columns_ + column]; }
  double at(std::size_t row, std::size_t column) const { return data_[row * columns_ + column]; }
  const double* row(std::size_t r) const { return data_.data() + r * columns_; }
  std::size_t rows() const { return rows_; }
  std::size_t columns() const { return columns_; }

 private:
  std::size_t rows_;
  std::size_t columns_;
  std::vector<double> data_;
};

struct RateOptions {
  std::size_t resamples = 10000;  // bootstrap resamples, and random permutations
  std::uint64_t seed = stats::kDefaultSeed;
  double level = 0.95;
  std::size_t threads = 1;  // blocks of resamples are shared out (stats/blocks.h); the result
                            // is the same at any count
};

struct RateContrasts {
  std::vector<stats::ContrastBootstrap> bootstrap;    // one per column
  std::vector<stats::PermutationResult> permutation;  // one per column
  std::size_t units = 0;  // what the bootstrap resampled (as ContrastBootstrap::units)
};

// Every column of the rows `a` against the rows `b` (indices into `rates`), with
// `clusters[row]` the row's event (nullptr: no events). Column by column, the result is
// exactly what stats::BootstrapContrast and stats::PermutationTest give for that column's
// values with the same options and seed (the same draws, summed in the same order); the draws
// are made once for all columns, which is what makes thousands of articles times dozens of
// categories affordable.
RateContrasts ContrastRates(const RateMatrix& rates, const std::vector<std::size_t>& a,
                            const std::vector<std::size_t>& b,
                            const std::vector<std::int64_t>* clusters, const RateOptions& options);

}  // namespace slant::compare

#endif  // SLANT_COMPARE_RATE_CONTRASTS_H_
