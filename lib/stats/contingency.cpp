#include "stats/contingency.h"

#include <cmath>
#include <vector>

#include "stats/distributions.h"

namespace slant::stats {

GTest GTestOfIndependence(std::span<const double> table, std::size_t rows, std::size_t columns) {
  if (rows == 0 || columns == 0 || table.size() / rows != columns || table.size() % rows != 0) {
    return {};
  }
  std::vector<double> row_total(rows, 0);
  std::vector<double> column_total(columns, 0);
  for (std::size_t i = 0; i < rows; ++i) {
    for (std::size_t j = 0; j < columns; ++j) {
      const double o = table[i * columns + j];
      if (!(o >= 0) || std::isinf(o)) return {};
      row_total[i] += o;
      column_total[j] += o;
    }
  }
  double n = 0;
  std::size_t used_rows = 0;
  std::size_t used_columns = 0;
  for (double r : row_total) {
    n += r;
    if (r > 0) ++used_rows;
  }
  for (double c : column_total) {
    if (c > 0) ++used_columns;
  }
  if (used_rows < 2) return {};
  GTest out;
  out.df = (used_rows - 1) * (used_columns - 1);
  double sum = 0;
  for (std::size_t i = 0; i < rows; ++i) {
    for (std::size_t j = 0; j < columns; ++j) {
      const double o = table[i * columns + j];
      if (o > 0) sum += o * std::log(o * n / (row_total[i] * column_total[j]));
    }
  }
  out.g2 = sum > 0 ? 2 * sum : 0;  // rounding can leave a tiny negative sum at independence
  out.p = out.df == 0 ? 1 : ChiSquareUpperTail(out.g2, static_cast<double>(out.df));
  return out;
}

}  // namespace slant::stats
