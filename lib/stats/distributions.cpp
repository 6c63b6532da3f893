#include "stats/distributions.h"

#include <cmath>
#include <numbers>

#include <boost/math/special_functions/gamma.hpp>

namespace slant::stats {

double ChiSquareUpperTail(double x, double df) {
  if (std::isnan(x) || !(df > 0) || std::isinf(df)) return std::nan("");
  if (x <= 0) return 1;
  if (std::isinf(x)) return 0;
  // One degree of freedom (every 2x2 keyness test): exact via erfc, no series needed.
  if (df == 1) return std::erfc(std::sqrt(x / 2));
  return boost::math::gamma_q(df / 2, x / 2);
}

double NormalTwoSidedP(double z) {
  if (std::isnan(z)) return z;
  return std::erfc(std::fabs(z) / std::numbers::sqrt2);
}

}  // namespace slant::stats
