#ifndef SLANT_REPORT_AXIS_H_
#define SLANT_REPORT_AXIS_H_

#include <vector>

namespace slant::report {

// A linear axis whose ticks fall on "nice" steps, 1, 2 or 5 times a power of ten: the smallest
// such step for which the axis, its ends rounded outwards to multiples of the step, has at most
// eight intervals. So the axis covers the data with at most one step to spare at each end.
//   NiceAxis(0, 10)        -> 0, 2, 4, 6, 8, 10
//   NiceAxis(0.3, 7.2)     -> 0, 1, 2, ..., 8
//   NiceAxis(-6.2, 6.2)    -> -8, -6, ..., 8
//   NiceAxis(0.012, 0.047) -> 0.010, 0.015, ..., 0.050
// When all the data are one value v, the axis spans v and zero ([0, 3] for 3); for zero alone
// it is [0, 1]. Spans narrower than 1e-300 count as one value.
struct Axis {
  double min = 0;  // the first tick
  double max = 1;  // the last tick
  double step = 0.2;
  int decimals = 1;           // decimals that print every tick exactly: 1 for 0.2, 0 for 5
  std::vector<double> ticks;  // min, min + step, ..., max; each is index × step, not a sum,
                              // so 0.1 × 3 prints as 0.3; ticks that overflow are left out

  // Where `v` falls: 0 at min, 1 at max, outside [0, 1] for values beyond the ends.
  double Fraction(double v) const;

  double first_index = 0;  // min / step
  double last_index = 5;   // max / step
};

// `lo` and `hi` must be finite; they may come in either order.
Axis NiceAxis(double lo, double hi);

}  // namespace slant::report

#endif  // SLANT_REPORT_AXIS_H_
