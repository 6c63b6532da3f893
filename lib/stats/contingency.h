#ifndef SLANT_STATS_CONTINGENCY_H_
#define SLANT_STATS_CONTINGENCY_H_

#include <cstddef>
#include <span>

#include "stats/descriptive.h"

namespace slant::stats {

// The G-test of independence (log-likelihood ratio test) of an r×c table of counts, e.g. naming
// variants (columns) by outlet (rows), or reporting-verb classes by outlet:
//   E_ij = R_i C_j / N,   G² = 2 Σ_ij O_ij ln(O_ij / E_ij)   (O = 0 contributes 0),
//   df = (r' − 1)(c' − 1),  p = P(chi-square with df >= G²),
// where r' and c' count the rows and columns whose totals are not zero: an outlet that used no
// variant of the group tells nothing about the shares and is left out.
struct GTest {
  double g2 = kNaN;
  std::size_t df = 0;
  double p = kNaN;
};

// `table` holds rows × columns counts, row after row. Counts may be fractional; they must be
// finite and >= 0. Fewer than two non-empty rows: nothing to compare, all NaN (df 0). Two or
// more non-empty rows but only one non-empty column (every row chose the same variant): the
// rows do not differ, G² = 0, df = 0, p = 1. NaN also for a bad count or a size mismatch.
GTest GTestOfIndependence(std::span<const double> table, std::size_t rows, std::size_t columns);

}  // namespace slant::stats

#endif  // SLANT_STATS_CONTINGENCY_H_
