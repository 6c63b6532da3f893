#include "compare/rate_contrasts.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>
#include <thread>

#include "stats/clusters.h"
#include "stats/descriptive.h"
#include "stats/rng.h"

namespace slant::compare {
namespace {

// Everything below repeats, for many columns at once, the steps of stats::BootstrapContrast
// and stats::PermutationTest (lib/stats/bootstrap.cpp, permutation.cpp): the same random
// draws in the same order, the same sums in the same order, so each column's result is the
// same to the last bit (tests/compare/rate_contrasts_test.cpp checks it).

using stats::RatioOrNaN;

// The columns [first, last) of the rows, one row of values per item, contiguous.
struct Slice {
  std::vector<double> values;  // items × width
  std::size_t width = 0;
  const double* row(std::size_t i) const { return values.data() + i * width; }
};

Slice Gather(const RateMatrix& rates, const std::vector<std::size_t>& rows, std::size_t first,
             std::size_t last) {
  Slice s;
  s.width = last - first;
  s.values.reserve(rows.size() * s.width);
  for (std::size_t r : rows) {
    const double* row = rates.row(r);
    s.values.insert(s.values.end(), row + first, row + last);
  }
  return s;
}

// ResampleSum for every column: n draws with replacement, four running sums per column.
void ResampleSums(const Slice& s, std::size_t n, stats::Rng& rng, std::vector<double>& lanes,
                  double* out) {
  const std::size_t w = s.width;
  lanes.assign(4 * w, 0.0);
  const auto count = static_cast<std::uint32_t>(n);
  std::uint32_t i = 0;
  for (; i + 4 <= count; i += 4) {
    for (std::size_t lane = 0; lane < 4; ++lane) {
      const double* row = s.row(rng.Below(count));
      double* sum = lanes.data() + lane * w;
      for (std::size_t c = 0; c < w; ++c) sum[c] += row[c];
    }
  }
  for (; i < count; ++i) {
    const double* row = s.row(rng.Below(count));
    for (std::size_t c = 0; c < w; ++c) lanes[c] += row[c];
  }
  for (std::size_t c = 0; c < w; ++c) {
    out[c] = (lanes[c] + lanes[w + c]) + (lanes[2 * w + c] + lanes[3 * w + c]);
  }
}

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
  stats::Rng rng(options.seed);
  std::vector<double> sums_a(w);
  std::vector<double> sums_b(w);
  if (ca.empty() && cb.empty()) {
    out.units = n_a + n_b;
    std::vector<double> lanes;
    for (std::size_t r = 0; r < resamples; ++r) {
      ResampleSums(a, n_a, rng, lanes, sums_a.data());
      ResampleSums(b, n_b, rng, lanes, sums_b.data());
      for (std::size_t c = 0; c < w; ++c) {
        mean_a[c * resamples + r] = sums_a[c] / static_cast<double>(n_a);
        mean_b[c * resamples + r] = sums_b[c] / static_cast<double>(n_b);
      }
    }
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
    std::vector<double> total(stride);
    for (std::size_t r = 0; r < resamples; ++r) {
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

struct Stratum {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t take = 0;
};

// The random relabellings of PermutationTest, for every column. Returns false when the test
// would enumerate instead (the caller then asks lib/stats column by column: few items).
bool Permute(const Slice& a, std::size_t n_a, const Slice& b, std::size_t n_b,
             const std::vector<std::int64_t>& ca, const std::vector<std::int64_t>& cb,
             const stats::PermutationOptions& options, ColumnsOut& out) {
  const std::size_t w = a.width;
  // Where each item sits in the working array: indices into a (0 .. n_a) then b (n_a ..).
  std::vector<std::uint32_t> work;
  std::vector<Stratum> strata;
  std::vector<double> fixed_a(w, 0.0);
  const auto value = [&](std::uint32_t item) {
    return item < n_a ? a.row(item) : b.row(item - n_a);
  };
  const bool stratified = !ca.empty() && !cb.empty();
  if (!stratified) {
    const std::size_t k = std::min(n_a, n_b);
    if (stats::Choose(n_a + n_b, k, options.max_exact) <= options.max_exact) return false;
    work.resize(n_a + n_b);
    for (std::size_t i = 0; i < work.size(); ++i) work[i] = static_cast<std::uint32_t>(i);
    strata.push_back({0, static_cast<std::uint32_t>(work.size()), static_cast<std::uint32_t>(n_a)});
  } else {
    std::vector<double> dummy_a(n_a, 0.0);
    std::vector<double> dummy_b(n_b, 0.0);
    const stats::Group ga{dummy_a, ca};
    const stats::Group gb{dummy_b, cb};
    const stats::ClusterIndex index = stats::IndexClusters(ga, &gb);
    std::vector<std::uint32_t> size(index.count, 0);
    std::vector<std::uint32_t> take(index.count, 0);
    for (std::uint32_t c : index.of_a) ++size[c], ++take[c];
    for (std::uint32_t c : index.of_b) ++size[c];
    std::vector<std::uint32_t> next(index.count, 0);
    std::uint32_t begin = 0;
    for (std::size_t c = 0; c < index.count; ++c) {
      next[c] = begin;
      if (take[c] != size[c] && take[c] > 0) strata.push_back({begin, begin + size[c], take[c]});
      begin += size[c];
    }
    work.resize(begin);
    for (std::size_t i = 0; i < n_a; ++i) {
      const std::uint32_t c = index.of_a[i];
      work[next[c]++] = static_cast<std::uint32_t>(i);
      if (take[c] == size[c]) {
        for (std::size_t col = 0; col < w; ++col) fixed_a[col] += a.row(i)[col];
      }
    }
    for (std::size_t i = 0; i < n_b; ++i) {
      work[next[index.of_b[i]]++] = static_cast<std::uint32_t>(n_a + i);
    }
  }
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
  // Each item's non-zero values (most rates of most articles are zero): adding only those
  // gives the same sums, in the same order, at a fraction of the work.
  std::vector<std::uint32_t> nonzero_begin(n_a + n_b + 1, 0);
  std::vector<std::uint32_t> nonzero_column;
  std::vector<double> nonzero_value;
  for (std::uint32_t item = 0; item < n_a + n_b; ++item) {
    const double* row = value(item);
    for (std::size_t col = 0; col < w; ++col) {
      if (row[col] != 0) {
        nonzero_column.push_back(static_cast<std::uint32_t>(col));
        nonzero_value.push_back(row[col]);
      }
    }
    nonzero_begin[item + 1] = static_cast<std::uint32_t>(nonzero_column.size());
  }
  stats::Rng rng(options.seed);
  std::vector<std::size_t> extreme(w, 0);
  std::vector<double> relabelled(w);
  const auto na = static_cast<double>(n_a);
  const auto nb = static_cast<double>(n_b);
  for (std::size_t m = 0; m < options.permutations; ++m) {
    relabelled = fixed_a;
    for (const Stratum& s : strata) {
      for (std::uint32_t i = s.begin; i < s.begin + s.take; ++i) {
        const std::uint32_t j = i + rng.Below(s.end - i);
        std::swap(work[i], work[j]);
        const std::uint32_t item = work[i];
        for (std::uint32_t k = nonzero_begin[item]; k < nonzero_begin[item + 1]; ++k) {
          relabelled[nonzero_column[k]] += nonzero_value[k];
        }
      }
    }
    for (std::size_t col = 0; col < w; ++col) {
      const double difference = relabelled[col] / na - (total[col] - relabelled[col]) / nb;
      if (std::fabs(difference) >= threshold[col]) ++extreme[col];
    }
  }
  for (std::size_t col = 0; col < w; ++col) {
    stats::PermutationResult& r = out.permutation[col];
    r.arrangements = options.permutations;
    r.p = static_cast<double>(extreme[col] + 1) / static_cast<double>(options.permutations + 1);
  }
  return true;
}

// The columns [first, last): bootstrap and permutation test.
void ContrastColumns(const RateMatrix& rates, const std::vector<std::size_t>& rows_a,
                     const std::vector<std::size_t>& rows_b, const std::vector<std::int64_t>& ca,
                     const std::vector<std::int64_t>& cb, const RateOptions& options,
                     std::size_t first, std::size_t last, RateContrasts& result) {
  const Slice a = Gather(rates, rows_a, first, last);
  const Slice b = Gather(rates, rows_b, first, last);
  ColumnsOut out;
  out.bootstrap.resize(last - first);
  out.permutation.resize(last - first);
  Bootstrap(a, rows_a.size(), b, rows_b.size(), ca, cb, options, out);
  stats::PermutationOptions perm;
  perm.permutations = options.resamples;
  perm.seed = options.seed;
  if (!Permute(a, rows_a.size(), b, rows_b.size(), ca, cb, perm, out)) {
    std::vector<double> va(rows_a.size());
    std::vector<double> vb(rows_b.size());
    for (std::size_t c = 0; c < a.width; ++c) {
      for (std::size_t i = 0; i < va.size(); ++i) va[i] = a.row(i)[c];
      for (std::size_t i = 0; i < vb.size(); ++i) vb[i] = b.row(i)[c];
      out.permutation[c] = stats::PermutationTest({va, ca}, {vb, cb}, perm);
    }
  }
  for (std::size_t c = first; c < last; ++c) {
    result.bootstrap[c] = out.bootstrap[c - first];
    result.permutation[c] = out.permutation[c - first];
  }
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
  // Each thread takes a share of the columns and makes the same draws: the result does not
  // depend on the number of threads.
  const std::size_t threads = std::clamp<std::size_t>(options.threads, 1, columns);
  if (threads == 1) {
    ContrastColumns(rates, a, b, ca, cb, options, 0, columns, out);
    return out;
  }
  std::vector<std::thread> pool;
  std::vector<RateContrasts> parts(threads, out);
  for (std::size_t t = 0; t < threads; ++t) {
    const std::size_t first = columns * t / threads;
    const std::size_t last = columns * (t + 1) / threads;
    pool.emplace_back([&, t, first, last] {
      ContrastColumns(rates, a, b, ca, cb, options, first, last, parts[t]);
    });
  }
  for (std::thread& thread : pool) thread.join();
  for (std::size_t t = 0; t < threads; ++t) {
    const std::size_t first = columns * t / threads;
    const std::size_t last = columns * (t + 1) / threads;
    for (std::size_t c = first; c < last; ++c) {
      out.bootstrap[c] = parts[t].bootstrap[c];
      out.permutation[c] = parts[t].permutation[c];
    }
    out.units = parts[t].units;
  }
  return out;
}

}  // namespace slant::compare
