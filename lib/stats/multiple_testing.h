#ifndef SLANT_STATS_MULTIPLE_TESTING_H_
#define SLANT_STATS_MULTIPLE_TESTING_H_

#include <span>
#include <vector>

namespace slant::stats {

// Benjamini–Hochberg (1995) adjusted p-values ("q-values" of the step-up procedure), as R's
// p.adjust(p, "BH"): with the m valid p-values sorted ascending, p_(1) <= ... <= p_(m),
//   q_(k) = min over l >= k of min(1, m p_(l) / l),
// so q is monotone in p and capped at 1; rejecting every q <= α controls the false discovery
// rate at α. Returned in the order given. A NaN p-value, or one outside [0, 1], is missing: its
// q is NaN and it does not count in m (as R does with NA). Tied p-values get the same q,
// whatever their order; the result does not depend on the input order.
std::vector<double> BenjaminiHochberg(std::span<const double> p_values);

}  // namespace slant::stats

#endif  // SLANT_STATS_MULTIPLE_TESTING_H_
