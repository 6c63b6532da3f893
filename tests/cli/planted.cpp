#include "planted.h"

#include <set>
#include <sstream>

#include "../test_files.h"
#include "run_slant.h"

namespace slant::testing {

std::vector<PlantedSignal> PlantedSignals() {
  static const std::set<std::string> kOutlets = {"northern-courier", "meridian-wire", "daily-blaze",
                                                 "liberty-ledger"};
  std::vector<PlantedSignal> out;
  std::istringstream planted(ReadFile(SourceRoot() + "/samples/PLANTED.md"));
  for (std::string line; std::getline(planted, line);) {
    if (line.rfind("|", 0) != 0) continue;
    std::vector<std::string> cells;
    std::stringstream row(line.substr(1));  // after the leading '|'
    for (std::string cell; std::getline(row, cell, '|');) {
      const std::size_t first = cell.find_first_not_of(" `");
      const std::size_t last = cell.find_last_not_of(" `");
      cells.push_back(first == std::string::npos ? "" : cell.substr(first, last - first + 1));
    }
    if (cells.size() != 4 || kOutlets.count(cells[0]) == 0) continue;
    out.push_back({cells[0], cells[1], cells[2], cells[3]});
  }
  return out;
}

const std::map<std::string, std::vector<std::string>>& SignalCategories() {
  static const std::map<std::string, std::vector<std::string>> kCategories = {
      {"label", {"label."}},
      {"so-called", {"label."}},
      {"reporting verb", {"attribution."}},
      {"hedging", {"stance.hedge", "stance.unverified", "attribution.doubt", "attribution.vague"}},
      {"certainty", {"stance.booster"}},
  };
  return kCategories;
}

}  // namespace slant::testing
