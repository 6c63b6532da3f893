// samples/PLANTED.md lists every framing signal planted in samples/articles.jsonl with its
// exact words; later tests check that slant finds them, so the list must stay true.
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "../test_files.h"
#include "run_slant.h"

namespace slant::testing {
namespace {

std::vector<std::string> Cells(const std::string& row) {
  std::vector<std::string> cells;
  std::stringstream in(row.substr(1));  // after the leading '|'
  std::string cell;
  while (std::getline(in, cell, '|')) {
    const std::size_t first = cell.find_first_not_of(" `");
    const std::size_t last = cell.find_last_not_of(" `");
    cells.push_back(first == std::string::npos ? "" : cell.substr(first, last - first + 1));
  }
  return cells;
}

TEST_CASE("Every planted signal's exact words stand in its article", "[samples]") {
  std::map<std::pair<std::string, std::string>, std::string> articles;  // (outlet, event)
  std::istringstream jsonl(ReadFile(SourceRoot() + "/samples/articles.jsonl"));
  std::string line;
  while (std::getline(jsonl, line)) {
    const auto a = nlohmann::json::parse(line);
    articles[{a["outlet"], a["event"]}] =
        a["title"].get<std::string>() + "\n" + a["text"].get<std::string>();
  }
  REQUIRE(articles.size() == 20);

  std::istringstream planted(ReadFile(SourceRoot() + "/samples/PLANTED.md"));
  std::size_t checked = 0;
  std::map<std::string, std::size_t> per_outlet;
  while (std::getline(planted, line)) {
    if (line.rfind("|", 0) != 0) continue;
    const std::vector<std::string> cells = Cells(line);
    // Signal rows: | outlet | event | signal | exact words |
    if (cells.size() != 4) continue;
    const auto article = articles.find({cells[0], cells[1]});
    if (article == articles.end()) continue;
    const std::string& words = cells[3];
    if (words.empty() || words == "\u2014") continue;  // an omission has no words
    INFO(cells[0] << " / " << cells[1] << " / " << cells[2] << ": " << words);
    CHECK(article->second.find(words) != std::string::npos);
    ++checked;
    ++per_outlet[cells[0]];
  }
  CHECK(checked > 400);
  CHECK(per_outlet.size() == 4);
}

}  // namespace
}  // namespace slant::testing
