#include "report/axis.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <iterator>

namespace slant::report {
namespace {

// At most this many intervals once the ends are rounded outwards: nine tick labels fit under
// the charts' 456-unit plot with room between them.
constexpr double kMaxIntervals = 8;
// Floating-point slack: 0.1 * 3 / 0.05 is 6.000000000000001, and must count as 6 when rounding
// an end outwards, or the axis grows a needless extra interval.
constexpr double kSlack = 1e-9;

}  // namespace

double Axis::Fraction(double v) const {
  // In units of the step, so no difference of two huge values can overflow.
  return (v / step - first_index) / (last_index - first_index);
}

Axis NiceAxis(double lo, double hi) {
  if (lo > hi) std::swap(lo, hi);
  // Halves first: hi - lo overflows for hi = -lo = 1e308.
  double least = (hi / 2 - lo / 2) / (kMaxIntervals / 2);  // no step can be smaller
  if (!(least >= 1e-300)) {                                // one value: span it and zero
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);
    if (hi - lo < 1e-300) {
      lo = 0;
      hi = 1;
    }
    least = (hi / 2 - lo / 2) / (kMaxIntervals / 2);
  }
  const double exponent = std::floor(std::log10(least));
  const double base = std::pow(10.0, exponent);
  Axis axis;
  // 1, 2, 5 × base can still be too fine once the ends are rounded out; 20 × base never is
  // (at most 4 + 2 intervals), and 50 is there for rounding in log10.
  constexpr double kNice[] = {1, 2, 5, 10, 20, 50};
  constexpr int kNiceExponent[] = {0, 0, 0, 1, 1, 1};
  for (std::size_t i = 0; i < std::size(kNice); ++i) {
    const double step = kNice[i] * base;
    if (!std::isfinite(step)) break;
    axis.step = step;
    axis.decimals = static_cast<int>(std::max(0.0, -(exponent + kNiceExponent[i])));
    axis.first_index = std::floor(lo / step + kSlack);
    axis.last_index = std::ceil(hi / step - kSlack);
    if (axis.last_index - axis.first_index <= kMaxIntervals) break;
  }
  if (axis.last_index <= axis.first_index) axis.last_index = axis.first_index + 1;
  axis.min = axis.first_index * axis.step;
  axis.max = axis.last_index * axis.step;
  // Counted, not stepped: near 1e16 a double index no longer changes when 1 is added.
  const double intervals = std::min(axis.last_index - axis.first_index, 100.0);
  for (int i = 0; i <= static_cast<int>(intervals); ++i) {
    const double tick = (axis.first_index + i) * axis.step;
    if (std::isfinite(tick)) axis.ticks.push_back(tick);
  }
  return axis;
}

}  // namespace slant::report
