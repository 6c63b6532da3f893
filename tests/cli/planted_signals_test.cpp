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
#include "planted.h"
#include "run_slant.h"

namespace slant::testing {
namespace {

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

  std::size_t checked = 0;
  std::map<std::string, std::size_t> per_outlet;
  for (const PlantedSignal& p : PlantedSignals()) {
    const auto article = articles.find({p.outlet, p.event});
    REQUIRE(article != articles.end());
    if (p.words.empty() || p.words == "\u2014") continue;  // an omission has no words
    INFO(p.outlet << " / " << p.event << " / " << p.signal << ": " << p.words);
    CHECK(article->second.find(p.words) != std::string::npos);
    ++checked;
    ++per_outlet[p.outlet];
  }
  CHECK(checked > 400);
  CHECK(per_outlet.size() == 4);
}

}  // namespace
}  // namespace slant::testing
