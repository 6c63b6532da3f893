#include "align/events.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace slant::align {
namespace {

std::size_t Find(std::vector<std::size_t>& parent, std::size_t x) {
  while (parent[x] != x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}

bool ParseDigits(std::string_view s, int& out) {
  out = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  return !s.empty();
}

}  // namespace

std::optional<std::int64_t> DaysFromIsoDate(std::string_view date) {
  if (date.size() < 10 || date[4] != '-' || date[7] != '-') return std::nullopt;
  int y = 0;
  int m = 0;
  int d = 0;
  if (!ParseDigits(date.substr(0, 4), y) || !ParseDigits(date.substr(5, 2), m) ||
      !ParseDigits(date.substr(8, 2), d) || m < 1 || m > 12 || d < 1 || d > 31) {
    return std::nullopt;
  }
  // Howard Hinnant's days_from_civil.
  const std::int64_t year = y - (m <= 2 ? 1 : 0);
  const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
  const std::int64_t yoe = year - era * 400;
  const std::int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::vector<std::size_t> ClusterEvents(std::span<const EventDocument> documents,
                                       std::size_t vocabulary_size, double threshold,
                                       std::optional<int> window_days) {
  const std::size_t n = documents.size();
  DocumentFrequency df;
  std::vector<TermBag> weighted(n);
  for (std::size_t i = 0; i < n; ++i) {
    const EventDocument& d = documents[i];
    TermBag& bag = weighted[i];
    for (int k = 0; k < 3; ++k) bag.insert(bag.end(), d.title.begin(), d.title.end());
    for (int k = 0; k < 2; ++k) bag.insert(bag.end(), d.lede.begin(), d.lede.end());
    bag.insert(bag.end(), d.body.begin(), d.body.end());
    df.Add(bag);
  }
  std::vector<double> idf(vocabulary_size);
  for (std::size_t t = 0; t < vocabulary_size; ++t) {
    const std::size_t d = df[static_cast<std::uint32_t>(t)];
    idf[t] =
        d < 2 ? 0.0 : std::log((1.0 + static_cast<double>(n)) / (1.0 + static_cast<double>(d)));
  }
  const SparseRows rows = TfIdfRows(weighted, idf, 0.0);
  std::vector<std::optional<std::int64_t>> days(n);
  for (std::size_t i = 0; i < n; ++i) days[i] = DaysFromIsoDate(documents[i].date);

  std::vector<std::size_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  // Blocks of rows against all rows keep the dense product small.
  constexpr std::size_t kBlock = 256;
  for (std::size_t first = 0; first < n; first += kBlock) {
    const std::size_t count = std::min(kBlock, n - first);
    const SparseRows block =
        rows.middleRows(static_cast<std::int64_t>(first), static_cast<std::int64_t>(count));
    const Eigen::MatrixXd cos = CosineMatrix(block, rows);
    for (std::size_t r = 0; r < count; ++r) {
      const std::size_t i = first + r;
      for (std::size_t j = i + 1; j < n; ++j) {
        if (documents[i].outlet == documents[j].outlet) continue;
        if (cos(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(j)) < threshold) continue;
        if (window_days && days[i] && days[j] && std::abs(*days[i] - *days[j]) > *window_days) {
          continue;
        }
        const std::size_t ri = Find(parent, i);
        const std::size_t rj = Find(parent, j);
        if (ri != rj) parent[std::max(ri, rj)] = std::min(ri, rj);
      }
    }
  }
  // Number the groups by their first article.
  std::vector<std::size_t> number(n, n);
  std::vector<std::size_t> out(n);
  std::size_t next = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t root = Find(parent, i);
    if (number[root] == n) number[root] = next++;
    out[i] = number[root];
  }
  return out;
}

}  // namespace slant::align
