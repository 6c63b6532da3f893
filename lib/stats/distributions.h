#ifndef SLANT_STATS_DISTRIBUTIONS_H_
#define SLANT_STATS_DISTRIBUTIONS_H_

namespace slant::stats {

// P(X >= x) for X ~ chi-square with `df` degrees of freedom: the p-value of a G² or X²
// statistic. 1 for x <= 0, 0 for x = +inf; NaN for a NaN x or df <= 0. The regularized upper
// incomplete gamma function Q(df/2, x/2) of Boost.Math.
double ChiSquareUpperTail(double x, double df);

// P(|Z| >= |z|) for a standard normal Z: the two-sided p-value of a z-score, erfc(|z| / √2).
double NormalTwoSidedP(double z);

}  // namespace slant::stats

#endif  // SLANT_STATS_DISTRIBUTIONS_H_
