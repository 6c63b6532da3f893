// slant score through the real binary: counts split by voice, hits, determinism across
// thread counts, and the signals planted in the sample corpus.
#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "../test_files.h"
#include "planted.h"
#include "run_slant.h"

namespace slant::testing {
namespace {

using Json = nlohmann::json;

TEST_CASE("slant score counts each category in the outlet's voice and in quotations", "[cli]") {
  TempDir dir;
  dir.Write("l.json", R"({"name": "t", "categories": [{"name": "label"}, {"name": "verb"}],
    "entries": [{"pattern": "regime", "categories": ["label"]},
                {"pattern": "claimed", "categories": ["verb"]}]})");
  // Ten words; "regime" twice in narration and once inside the quotation.
  dir.Write("a.jsonl",
            "{\"id\":\"a\",\"outlet\":\"o\",\"text\":\"The regime claimed: \\u201cThe regime "
            "lies.\\u201d Regime.\"}\n");
  const RunResult run =
      RunSlant({"score", "-l", "l.json", "--hits", "a.jsonl"}, "", dir.path().string());
  REQUIRE(run.exit_code == 0);
  CHECK(run.err.empty());
  const auto records = JsonLines(run.out);
  REQUIRE(records.size() == 1);
  const Json& r = records[0];
  CHECK(r["n_words"] == 7);  // The regime claimed The regime lies Regime
  CHECK(r["n_sentences"] == 2);
  CHECK(r["categories"]["t:label"] ==
        Json::parse(R"({"count": 3, "per_1k": 428.5714, "own": 2, "quoted": 1})"));
  CHECK(r["categories"]["t:verb"] ==
        Json::parse(R"({"count": 1, "per_1k": 142.8571, "own": 1, "quoted": 0})"));
  // “ and ” are 3 bytes each: "The regime claimed: " is 20 bytes, the quotation 20..42.
  // Three words and no reporting verb of an attribution.* category: a quoted term, no speaker.
  CHECK(r["quotes"] == Json::parse(R"([{"start": 20, "end": 42, "words": 3, "speaker": null,
                                        "actor": null, "verb": null, "verb_class": null,
                                        "scare": true}])"));
  CHECK(r["hits"][1] == Json::parse(R"({"category": "t:verb", "text": "claimed", "start": 11,
                                        "end": 18, "sentence": 0, "quoted": false})"));
  CHECK(r["hits"][2] == Json::parse(R"({"category": "t:label", "text": "regime", "start": 27,
                                        "end": 33, "sentence": 0, "quoted": true})"));
}

TEST_CASE("slant score gives the same bytes at one and two threads, JSON and CSV", "[cli]") {
  const std::string samples = SourceRoot() + "/samples/articles.jsonl";
  for (const char* format : {"json", "csv"}) {
    INFO(format);
    const RunResult one = RunSlant({"score", "--format", format, "--hits", "-j", "1", samples});
    const RunResult two = RunSlant({"score", "--format", format, "--hits", "-j", "2", samples});
    REQUIRE(one.exit_code == 0);
    CHECK(one.err.empty());
    CHECK(one.out == two.out);
    CHECK(std::count(one.out.begin(), one.out.end(), '\n') ==
          (format == std::string("csv") ? 21 : 20));
  }
}

TEST_CASE(
    "slant score on the samples finds every planted label, verb, hedge and name in its "
    "article",
    "[cli]") {
  const std::string samples = SourceRoot() + "/samples/articles.jsonl";
  const RunResult run = RunSlant({"score", "--hits", samples});
  REQUIRE(run.exit_code == 0);
  std::map<std::pair<std::string, std::string>, Json> scores;
  std::map<std::pair<std::string, std::string>, std::string> texts;
  for (const Json& r : JsonLines(run.out)) scores[{r["outlet"], r["event"]}] = r;
  for (const Json& a : JsonLines(ReadFile(samples))) texts[{a["outlet"], a["event"]}] = a["text"];
  REQUIRE(scores.size() == 20);

  std::size_t checked = 0;
  for (const PlantedSignal& p : PlantedSignals()) {
    const auto families = SignalCategories().find(p.signal);
    if (families == SignalCategories().end()) continue;
    const std::pair<std::string, std::string> article{p.outlet, p.event};
    INFO(p.outlet << " / " << p.event << " / " << p.signal << ": " << p.words);
    const std::string& text = texts.at(article);
    // A hit of the right family overlapping some occurrence of the planted words (a hit may
    // reach past them: "it appeared" for "appeared to", "regime’s" for "regime").
    bool found = false;
    for (std::size_t at = text.find(p.words); at != std::string::npos && !found;
         at = text.find(p.words, at + 1)) {
      for (const Json& hit : scores.at(article)["hits"]) {
        const std::size_t start = hit["start"];
        const std::size_t end = hit["end"];
        if (end <= at || start >= at + p.words.size()) continue;
        for (const std::string& prefix : families->second) {
          found =
              found || hit["category"].get<std::string>().rfind("framing-core:" + prefix, 0) == 0;
        }
      }
    }
    CHECK(found);
    ++checked;
  }
  CHECK(checked > 180);
}

TEST_CASE("On the samples, the wire is the control: the loaded signals are the other outlets'",
          "[cli]") {
  const RunResult run = RunSlant({"score", SourceRoot() + "/samples/articles.jsonl"});
  REQUIRE(run.exit_code == 0);
  std::map<std::pair<std::string, std::string>, Json> scores;
  std::set<std::string> events;
  for (const Json& r : JsonLines(run.out)) {
    scores[{r["outlet"], r["event"]}] = r;
    events.insert(r["event"]);
  }
  REQUIRE(events.size() == 5);
  auto own = [&](const std::string& outlet, const std::string& event, const std::string& key) {
    return scores.at({outlet, event})["categories"]["framing-core:" + key]["own"].get<int>();
  };
  for (const std::string& event : events) {
    INFO(event);
    // The wire (PLANTED.md: neutral labels, "said", hedges) in its own voice:
    for (const char* loaded : {"label.delegitimizing", "label.dehumanizing", "attribution.hostile",
                               "stance.booster", "affect.sensational"}) {
      INFO(loaded);
      CHECK(own("meridian-wire", event, loaded) == 0);
    }
    CHECK(own("meridian-wire", event, "stance.hedge") >= 3);
    // What each of the others was written to do.
    CHECK(own("northern-courier", event, "label.delegitimizing") >= 2);
    CHECK(own("liberty-ledger", event, "stance.booster") >= 4);
    CHECK(own("daily-blaze", event, "affect.sensational") >= 2);
    // Naming: the state outlet writes Kiev, the wire Kyiv, wherever they name the capital.
    const Json& state = scores.at({"northern-courier", event})["naming"];
    const Json& wire = scores.at({"meridian-wire", event})["naming"];
    if (state.contains("kyiv")) CHECK_FALSE(state["kyiv"].contains("Kyiv"));
    if (wire.contains("kyiv")) CHECK_FALSE(wire["kyiv"].contains("Kiev"));
  }
}

TEST_CASE("On the samples, each outlet quotes the sides PLANTED.md says it does", "[cli]") {
  const std::string lexicons = SourceRoot() + "/lexicons/";
  const RunResult run = RunSlant(
      {"score", "-l", lexicons + "framing-core.json", "-l", lexicons + "actors/russia-ukraine.json",
       "-l", lexicons + "actors/sample-cast.json", SourceRoot() + "/samples/articles.jsonl"});
  REQUIRE(run.exit_code == 0);
  std::map<std::string, Json> odesa;  // outlet -> quoted words by side, odesa-port-strike
  for (const Json& r : JsonLines(run.out)) {
    if (r["event"] == "odesa-port-strike") odesa[r["outlet"]] = r["voices"]["quoted_words_by_side"];
  }
  auto words = [&](const std::string& outlet, const std::string& side) {
    return odesa.at(outlet).contains(side) ? odesa.at(outlet)[side].get<int>() : 0;
  };
  // PLANTED.md voices: Northern Courier quotes Vetrov at length (114 words) and Bondar for 4;
  // Meridian Wire quotes Bondar 36, Vetrov 35, Okafor 29; Liberty Ledger Bondar and Okafor
  // only.
  CHECK(words("northern-courier", "russia") >= 100);
  CHECK(words("northern-courier", "ukraine") <= 5);
  CHECK(words("meridian-wire", "russia") >= 30);
  CHECK(words("meridian-wire", "ukraine") >= 30);
  CHECK(words("meridian-wire", "un") >= 25);
  CHECK(words("liberty-ledger", "russia") == 0);
  CHECK(words("liberty-ledger", "ukraine") >= 30);
}

}  // namespace
}  // namespace slant::testing
