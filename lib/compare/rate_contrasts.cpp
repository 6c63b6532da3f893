#include "compare/rate_contrasts.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <span>

#include "stats/blocks.h"
#include "stats/clusters.h"
#include "stats/descriptive.h"
#include "stats/relabelling.h"
#include "stats/rng.h"

namespace slant::compare {
namespace {

// Everything below repeats, for many columns at once, the steps of stats::BootstrapContrast
// and stats::PermutationTest (lib/stats/bootstrap.cpp, permutation.cpp): the same random
// draws in the same order, the same sums in the same order, so each column's result is the
// same to the last bit (tests/compare/rate_contrasts_test.cpp checks it).

using stats::RatioOrNaN;

// The rows' values, one row per item, contiguous.
struct Slice {
  std::vector<double> values;  // items × width
  std::size_t width = 0;
  const double* row(std::size_t i) const { return values.data() + i * width; }
};

Slice Gather(const RateMatrix& rates, const std::vector<std::size_t>& rows) {
  Slice s;
  s.width = rates.columns();
  s.values.reserve(rows.size() * s.width);
  for (std::size_t r : rows) s.values.insert(s.values.end(), rates.row(r), rates.row(r) + s.width);
  return s;
}

// Rows' non-zero values (most rates of most articles are zero), row after row: adding only
// those gives the same sums, in the same order, at a fraction of the work.
struct SparseRows {
  std::vector<std::uint32_t> begin{0};  // row r's values are [begin[r], begin[r + 1])
  std::vector<std::uint32_t> column;
  std::vector<double> value;

  void Add(const double* row, std::size_t width) {
    for (std::size_t c = 0; c < width; ++c) {
      if (row[c] != 0) {
        column.push_back(static_cast<std::uint32_t>(c));
        value.push_back(row[c]);
      }
    }
    begin.push_back(static_cast<std::uint32_t>(column.size()));
  }
};

SparseRows Sparse(const Slice& s, std::size_t rows) {
  SparseRows out;
  for (std::size_t r = 0; r < rows; ++r) out.Add(s.row(r), s.width);
  return out;
}

// stats::ResampleSum for every column and many resamples at once, in two steps. First each
// resample's n draws, counted per row (the draws of ResampleSum, in its order).
void DrawCounts(std::size_t n, stats::Rng& rng, std::uint32_t* counts) {
  const auto count = static_cast<std::uint32_t>(n);
  std::fill(counts, counts + n, 0U);
  for (std::uint32_t i = 0; i < count; ++i) ++counts[rng.Below(count)];
}

// Then the sums: for `batch` resamples, counts[j * n + row] and sums[j * width + column]. The
// rows are read front to back, a stretch at a time, each stretch for every resample while it
// is in cache: every sum gets ResampleSum's additions in the same order, and the rows come
// from memory once per batch instead of once per resample.
void SumCounted(const SparseRows& rows, std::size_t n, std::size_t batch,
                const std::vector<std::uint32_t>& counts, std::size_t width,
                std::vector<double>& sums) {
  sums.assign(batch * width, 0.0);
  constexpr std::size_t kStretch = 1024;
  for (std::size_t first = 0; first < n; first += kStretch) {
    const std::size_t last = std::min(n, first + kStretch);
    for (std::size_t j = 0; j < batch; ++j) {
      const std::uint32_t* drawn = counts.data() + j * n;
      double* sum = sums.data() + j * width;
      for (std::size_t r = first; r < last; ++r) {
        if (drawn[r] == 0) continue;
        const auto times = static_cast<double>(drawn[r]);
        for (std::uint32_t e = rows.begin[r]; e < rows.begin[r + 1]; ++e) {
          sum[rows.column[e]] += times * rows.value[e];
        }
      }
    }
  }
}

// Resamples and relabellings are worked on in batches of this many.
constexpr std::size_t kBatch = 64;

struct ColumnsOut {
  std::vector<stats::ContrastBootstrap> bootstrap;
  std::vector<stats::PermutationResult> permutation;
  std::size_t units = 0;
};

void Bootstrap(const Slice& a, std::size_t n_a, const Slice& b, std::size_t n_b,
               const std::vector<std::int64_t>& ca, const std::vector<std::int64_t>& cb,
               const RateOptions& options, ColumnsOut& out) {
  const std::size_t w = a.width;
  const std::size_t resamples = options.resamples;
  std::vector<double> mean_a(resamples * w);  // column after column
  std::vector<double> mean_b(resamples * w);
  std::vector<stats::Rng> streams = stats::BlockStreams(options.seed, resamples);
  const std::size_t blocks = streams.size();
  if (ca.empty() && cb.empty()) {
    out.units = n_a + n_b;
    const SparseRows rows_a = Sparse(a, n_a);
    const SparseRows rows_b = Sparse(b, n_b);
    stats::ParallelFor(blocks, options.threads, [&](std::size_t k, std::size_t) {
      std::vector<std::uint32_t> counts_a;
      std::vector<std::uint32_t> counts_b;
      std::vector<double> sums_a;
      std::vector<double> sums_b;
      const stats::Block block = stats::BlockRange(k, resamples);
      for (std::size_t first = block.first; first < block.last; first += kBatch) {
        const std::size_t batch = std::min(kBatch, block.last - first);
        counts_a.resize(batch * n_a);
        counts_b.resize(batch * n_b);
        for (std::size_t j = 0; j < batch; ++j) {  // a's draws, then b's, as BootstrapContrast
          DrawCounts(n_a, streams[k], counts_a.data() + j * n_a);
          DrawCounts(n_b, streams[k], counts_b.data() + j * n_b);
        }
        SumCounted(rows_a, n_a, batch, counts_a, w, sums_a);
        SumCounted(rows_b, n_b, batch, counts_b, w, sums_b);
        for (std::size_t j = 0; j < batch; ++j) {
          for (std::size_t c = 0; c < w; ++c) {
            mean_a[c * resamples + first + j] = sums_a[j * w + c] / static_cast<double>(n_a);
            mean_b[c * resamples + first + j] = sums_b[j * w + c] / static_cast<double>(n_b);
          }
        }
      }
    });
  } else {
    std::vector<double> dummy_a(n_a, 0.0);
    std::vector<double> dummy_b(n_b, 0.0);
    // Units: per cluster, every column's sum in a and in b, and the item counts.
    const stats::Group ga{dummy_a, ca};
    const stats::Group gb{dummy_b, cb};
    const stats::ClusterIndex clusters = stats::IndexClusters(ga, &gb);
    const std::size_t stride = 2 * w + 2;
    std::vector<double> units(clusters.count * stride, 0.0);
    for (std::size_t i = 0; i < n_a; ++i) {
      double* u = units.data() + clusters.of_a[i] * stride;
      const double* row = a.row(i);
      for (std::size_t c = 0; c < w; ++c) u[c] += row[c];
      u[2 * w] += 1;
    }
    for (std::size_t i = 0; i < n_b; ++i) {
      double* u = units.data() + clusters.of_b[i] * stride;
      const double* row = b.row(i);
      for (std::size_t c = 0; c < w; ++c) u[w + c] += row[c];
      u[2 * w + 1] += 1;
    }
    out.units = clusters.count;
    const auto k = static_cast<std::uint32_t>(clusters.count);
    stats::ParallelFor(blocks, options.threads, [&](std::size_t block_index, std::size_t) {
      stats::Rng& rng = streams[block_index];
      std::vector<double> total(stride);
      const stats::Block block = stats::BlockRange(block_index, resamples);
      for (std::size_t r = block.first; r < block.last; ++r) {
        std::fill(total.begin(), total.end(), 0.0);
        for (std::uint32_t i = 0; i < k; ++i) {
          const double* u = units.data() + rng.Below(k) * stride;
          for (std::size_t c = 0; c < stride; ++c) total[c] += u[c];
        }
        for (std::size_t c = 0; c < w; ++c) {
          mean_a[c * resamples + r] = RatioOrNaN(total[c], total[2 * w]);
          mean_b[c * resamples + r] = RatioOrNaN(total[w + c], total[2 * w + 1]);
        }
      }
    });
  }
  std::vector<double> column_a(n_a);
  std::vector<double> column_b(n_b);
  std::vector<double> difference(resamples);
  std::vector<double> ratio(resamples);
  for (std::size_t c = 0; c < w; ++c) {
    stats::ContrastBootstrap& o = out.bootstrap[c];
    for (std::size_t i = 0; i < n_a; ++i) column_a[i] = a.row(i)[c];
    for (std::size_t i = 0; i < n_b; ++i) column_b[i] = b.row(i)[c];
    o.mean_a.value = stats::Mean(column_a);
    o.mean_b.value = stats::Mean(column_b);
    o.difference.value = o.mean_a.value - o.mean_b.value;
    o.ratio.value = RatioOrNaN(o.mean_a.value, o.mean_b.value);
    o.units = out.units;
    std::span<double> ra(mean_a.data() + c * resamples, resamples);
    std::span<double> rb(mean_b.data() + c * resamples, resamples);
    for (std::size_t r = 0; r < resamples; ++r) {
      difference[r] = ra[r] - rb[r];
      ratio[r] = RatioOrNaN(ra[r], rb[r]);
    }
    std::vector<double> va(ra.begin(), ra.end());
    std::vector<double> vb(rb.begin(), rb.end());
    stats::PercentileInterval(va, options.level, o.mean_a);
    stats::PercentileInterval(vb, options.level, o.mean_b);
    stats::PercentileInterval(difference, options.level, o.difference);
    stats::PercentileInterval(ratio, options.level, o.ratio);
  }
}

// The random relabellings of PermutationTest, for every column. Returns false when the test
// would enumerate instead (the caller then asks lib/stats column by column: few items).
bool Permute(const Slice& a, std::size_t n_a, const Slice& b, std::size_t n_b,
             const std::vector<std::int64_t>& ca, const std::vector<std::int64_t>& cb,
             const stats::PermutationOptions& options, std::size_t threads, ColumnsOut& out) {
  const std::size_t w = a.width;
  const bool stratified = !ca.empty() && !cb.empty();
  if (!stratified &&
      stats::Choose(n_a + n_b, std::min(n_a, n_b), options.max_exact) <= options.max_exact) {
    return false;
  }
  const auto value = [&](std::uint32_t item) {
    return item < n_a ? a.row(item) : b.row(item - n_a);
  };
  // Per column: the observed difference, the total, and the threshold of "as extreme".
  std::vector<double> total(w);
  std::vector<double> threshold(w);
  for (std::size_t col = 0; col < w; ++col) {
    double sum_a = 0;
    double sum_b = 0;
    double largest = 0;
    for (std::size_t i = 0; i < n_a; ++i) {
      sum_a += a.row(i)[col];
      largest = std::max(largest, std::fabs(a.row(i)[col]));
    }
    for (std::size_t i = 0; i < n_b; ++i) {
      sum_b += b.row(i)[col];
      largest = std::max(largest, std::fabs(b.row(i)[col]));
    }
    total[col] = sum_a + sum_b;
    const double difference = sum_a / static_cast<double>(n_a) - sum_b / static_cast<double>(n_b);
    out.permutation[col].difference = difference;
    threshold[col] = std::fabs(difference) - 1e-9 * largest;
  }
  std::vector<double> dummy_a(n_a, 0.0);
  std::vector<double> dummy_b(n_b, 0.0);
  const stats::Relabelling plan = stats::PlanRelabelling({dummy_a, ca}, {dummy_b, cb});
  std::vector<double> fixed_a(w, 0.0);
  for (std::uint32_t item : plan.fixed) {
    for (std::size_t col = 0; col < w; ++col) fixed_a[col] += value(item)[col];
  }
  // Each position's non-zero values, laid out in position order so that a relabelling reads
  // them front to back.
  SparseRows by_position;
  for (std::uint32_t item : plan.order) by_position.Add(value(item), w);
  std::vector<stats::Rng> streams = stats::BlockStreams(options.seed, options.permutations);
  const std::size_t workers = std::max<std::size_t>(threads, 1);
  std::vector<std::vector<std::size_t>> extreme_of(workers, std::vector<std::size_t>(w, 0));
  const auto na = static_cast<double>(n_a);
  const auto nb = static_cast<double>(n_b);
  // Relabellings go in batches of 64: first each one's draws (the stream's draws in the same
  // order as one at a time), marked as bit j of the drawn positions; then one pass over the
  // positions adds each drawn position's values to the sums of the relabellings that drew it.
  // Each sum gets the same additions in the same order as one relabelling at a time, but the
  // values are read once per 64 relabellings instead of once per relabelling (the values of
  // 100,000 articles do not fit in cache, and memory bandwidth was the limit).
  stats::ParallelFor(streams.size(), workers, [&](std::size_t k, std::size_t worker) {
    std::vector<std::uint64_t> drawn_by(plan.order.size(), 0);
    std::vector<double> relabelled(kBatch * w);
    std::vector<std::size_t>& extreme = extreme_of[worker];
    const stats::Block block = stats::BlockRange(k, options.permutations);
    for (std::size_t first = block.first; first < block.last; first += kBatch) {
      const std::size_t batch = std::min(kBatch, block.last - first);
      for (std::size_t j = 0; j < batch; ++j) {
        const std::uint64_t bit = std::uint64_t{1} << j;
        stats::DrawRelabelling(plan, streams[k],
                               [&](std::uint32_t p, bool) { drawn_by[p] |= bit; });
        std::copy(fixed_a.begin(), fixed_a.end(), relabelled.data() + j * w);
      }
      for (const stats::Relabelling::Stratum& s : plan.strata) {
        for (std::uint32_t p = s.begin; p < s.end; ++p) {
          const std::uint64_t mask = drawn_by[p];
          if (mask == 0) continue;
          drawn_by[p] = 0;
          const std::uint32_t* column = by_position.column.data() + by_position.begin[p];
          const double* values = by_position.value.data() + by_position.begin[p];
          const std::uint32_t n = by_position.begin[p + 1] - by_position.begin[p];
          for (std::uint64_t m = mask; m != 0; m &= m - 1) {
            double* sum = relabelled.data() + static_cast<std::size_t>(std::countr_zero(m)) * w;
            if (s.subtract) {
              for (std::uint32_t e = 0; e < n; ++e) sum[column[e]] -= values[e];
            } else {
              for (std::uint32_t e = 0; e < n; ++e) sum[column[e]] += values[e];
            }
          }
        }
      }
      for (std::size_t j = 0; j < batch; ++j) {
        const double* sums = relabelled.data() + j * w;
        for (std::size_t col = 0; col < w; ++col) {
          const double difference = sums[col] / na - (total[col] - sums[col]) / nb;
          if (std::fabs(difference) >= threshold[col]) ++extreme[col];
        }
      }
    }
  });
  std::vector<std::size_t> extreme(w, 0);
  for (const std::vector<std::size_t>& counts : extreme_of) {
    for (std::size_t col = 0; col < w; ++col) extreme[col] += counts[col];
  }
  for (std::size_t col = 0; col < w; ++col) {
    stats::PermutationResult& r = out.permutation[col];
    r.arrangements = options.permutations;
    r.p = static_cast<double>(extreme[col] + 1) / static_cast<double>(options.permutations + 1);
  }
  return true;
}

// Every column: bootstrap and permutation test.
void ContrastColumns(const RateMatrix& rates, const std::vector<std::size_t>& rows_a,
                     const std::vector<std::size_t>& rows_b, const std::vector<std::int64_t>& ca,
                     const std::vector<std::int64_t>& cb, const RateOptions& options,
                     RateContrasts& result) {
  const Slice a = Gather(rates, rows_a);
  const Slice b = Gather(rates, rows_b);
  ColumnsOut out;
  out.bootstrap.resize(a.width);
  out.permutation.resize(a.width);
  Bootstrap(a, rows_a.size(), b, rows_b.size(), ca, cb, options, out);
  stats::PermutationOptions perm;
  perm.permutations = options.resamples;
  perm.seed = options.seed;
  if (!Permute(a, rows_a.size(), b, rows_b.size(), ca, cb, perm, options.threads, out)) {
    std::vector<double> va(rows_a.size());
    std::vector<double> vb(rows_b.size());
    for (std::size_t c = 0; c < a.width; ++c) {
      for (std::size_t i = 0; i < va.size(); ++i) va[i] = a.row(i)[c];
      for (std::size_t i = 0; i < vb.size(); ++i) vb[i] = b.row(i)[c];
      out.permutation[c] = stats::PermutationTest({va, ca}, {vb, cb}, perm);
    }
  }
  result.bootstrap = std::move(out.bootstrap);
  result.permutation = std::move(out.permutation);
  result.units = out.units;
}

}  // namespace

RateContrasts ContrastRates(const RateMatrix& rates, const std::vector<std::size_t>& a,
                            const std::vector<std::size_t>& b,
                            const std::vector<std::int64_t>* clusters, const RateOptions& options) {
  RateContrasts out;
  const std::size_t columns = rates.columns();
  out.bootstrap.resize(columns);
  out.permutation.resize(columns);
  if (a.empty() || b.empty() || columns == 0 ||
      a.size() + b.size() > std::numeric_limits<std::uint32_t>::max()) {
    return out;  // all NaN, as lib/stats answers for an empty group
  }
  std::vector<std::int64_t> ca;
  std::vector<std::int64_t> cb;
  if (clusters != nullptr) {
    for (std::size_t r : a) ca.push_back((*clusters)[r]);
    for (std::size_t r : b) cb.push_back((*clusters)[r]);
  }
  ContrastColumns(rates, a, b, ca, cb, options, out);
  return out;
}

}  // namespace slant::compare
