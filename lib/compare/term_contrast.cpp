#include "compare/term_contrast.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "stats/keyness.h"
#include "stats/log_odds.h"
#include "stats/multiple_testing.h"

namespace slant::compare {

TermContrast ContrastTerms(const TermMap& a, std::uint64_t total_a, const TermMap& b,
                           std::uint64_t total_b, const TermMap* background,
                           const CompareOptions& options, bool b_is_all_but_a) {
  TermContrast out;
  out.available = true;
  out.total_a = total_a;
  out.total_b = b_is_all_but_a ? total_b - total_a : total_b;
  // The vocabulary: every term of either group; tested when frequent enough.
  std::vector<std::string_view> tested;
  std::vector<double> ca;
  std::vector<double> cb;
  std::vector<double> reference;
  double reference_total = 0;
  const auto count_in = [](const TermMap& m, const std::string& term) -> std::uint64_t {
    const auto it = m.find(term);
    return it == m.end() ? 0 : it->second;
  };
  const auto add_term = [&](const std::string& term, std::uint64_t x, std::uint64_t y) {
    double ref = static_cast<double>(x + y);
    if (background != nullptr) ref += static_cast<double>(count_in(*background, term));
    reference_total += ref;
    if (x + y < options.min_count || x + y == 0) return;
    tested.push_back(term);
    ca.push_back(static_cast<double>(x));
    cb.push_back(static_cast<double>(y));
    reference.push_back(ref);
  };
  for (const auto& [term, x] : a) {
    add_term(term, x, b_is_all_but_a ? count_in(b, term) - x : count_in(b, term));
  }
  for (const auto& [term, y] : b) {
    if (a.find(term) == a.end()) add_term(term, 0, y);
  }
  if (background != nullptr) {
    // Background terms neither group uses still belong to the reference corpus's size.
    for (const auto& [term, n] : *background) {
      if (a.find(term) == a.end() && b.find(term) == b.end()) {
        reference_total += static_cast<double>(n);
      }
    }
  }
  out.tested = tested.size();
  if (tested.empty() || reference_total <= 0) return out;
  const double alpha_0 = options.prior_size > 0 ? options.prior_size : reference_total;
  std::vector<double> prior(reference.size());
  for (std::size_t i = 0; i < reference.size(); ++i) {
    prior[i] = alpha_0 * reference[i] / reference_total;
  }
  // LogOddsWithPrior takes α_0 as the sum of the priors given; ours is over the whole
  // reference vocabulary, untested terms included, so call the per-word form.
  std::vector<TermResult> results(tested.size());
  std::vector<double> p(tested.size());
  for (std::size_t i = 0; i < tested.size(); ++i) {
    const stats::WordCounts counts{ca[i], static_cast<double>(out.total_a), cb[i],
                                   static_cast<double>(out.total_b)};
    const stats::LogOdds lo = stats::LogOddsWithPrior(counts, prior[i], alpha_0);
    const stats::Keyness k = stats::ComputeKeyness(counts);
    TermResult& r = results[i];
    r.term = std::string(tested[i]);
    r.count_a = static_cast<std::uint64_t>(ca[i]);
    r.count_b = static_cast<std::uint64_t>(cb[i]);
    r.delta = lo.delta;
    r.z = lo.z;
    r.g2 = k.g2;
    r.p = k.p;
    r.log_ratio = k.log_ratio;
    p[i] = k.p;
  }
  const std::vector<double> q = stats::BenjaminiHochberg(p);
  for (std::size_t i = 0; i < results.size(); ++i) results[i].q = q[i];
  // Top k each way, by z; ties by term so the order never depends on hashing.
  const auto by_z = [](const TermResult& x, const TermResult& y) {
    if (x.z != y.z) return x.z > y.z;
    return x.term < y.term;
  };
  std::vector<TermResult> positive;
  std::vector<TermResult> negative;
  for (TermResult& r : results) {
    if (r.z > 0) positive.push_back(std::move(r));
    if (r.z < 0) negative.push_back(std::move(r));
  }
  const std::size_t k_a = std::min(options.top, positive.size());
  std::partial_sort(positive.begin(), positive.begin() + static_cast<std::ptrdiff_t>(k_a),
                    positive.end(), by_z);
  positive.resize(k_a);
  const std::size_t k_b = std::min(options.top, negative.size());
  std::partial_sort(negative.begin(), negative.begin() + static_cast<std::ptrdiff_t>(k_b),
                    negative.end(), [&](const TermResult& x, const TermResult& y) {
                      if (x.z != y.z) return x.z < y.z;
                      return x.term < y.term;
                    });
  negative.resize(k_b);
  out.top_a = std::move(positive);
  out.top_b = std::move(negative);
  return out;
}

}  // namespace slant::compare
