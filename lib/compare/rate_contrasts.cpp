#include "compare/rate_contrasts.h"

namespace slant::compare {

RateContrasts ContrastRates(const RateMatrix& rates, const std::vector<std::size_t>& a,
                            const std::vector<std::size_t>& b,
                            const std::vector<std::int64_t>* clusters, const RateOptions& options) {
  RateContrasts out;
  std::vector<std::int64_t> clusters_a;
  std::vector<std::int64_t> clusters_b;
  if (clusters != nullptr) {
    for (std::size_t r : a) clusters_a.push_back((*clusters)[r]);
    for (std::size_t r : b) clusters_b.push_back((*clusters)[r]);
  }
  stats::BootstrapOptions boot;
  boot.resamples = options.resamples;
  boot.seed = options.seed;
  boot.level = options.level;
  stats::PermutationOptions perm;
  perm.permutations = options.resamples;
  perm.seed = options.seed;
  std::vector<double> va(a.size());
  std::vector<double> vb(b.size());
  for (std::size_t c = 0; c < rates.columns(); ++c) {
    for (std::size_t i = 0; i < a.size(); ++i) va[i] = rates.at(a[i], c);
    for (std::size_t i = 0; i < b.size(); ++i) vb[i] = rates.at(b[i], c);
    const stats::Group ga{va, clusters_a};
    const stats::Group gb{vb, clusters_b};
    out.bootstrap.push_back(stats::BootstrapContrast(ga, gb, boot));
    out.permutation.push_back(stats::PermutationTest(ga, gb, perm));
    out.units = out.bootstrap.back().units;
  }
  return out;
}

}  // namespace slant::compare
