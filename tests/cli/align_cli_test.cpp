// slant align on the samples (the planted rewrite, omissions and substitutions, from
// samples/PLANTED.md) and, when ../shared is present, on the real seed articles.
#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "../test_files.h"
#include "planted.h"
#include "run_slant.h"

namespace slant::testing {
namespace {

using nlohmann::json;

json AlignSamples() {
  static const json kAligned = [] {
    const RunResult run = RunSlant({"align", SourceRoot() + "/samples/articles.jsonl"});
    REQUIRE(run.exit_code == 0);
    CHECK(run.err.empty());
    return json::parse(run.out);
  }();
  return kAligned;
}

// Every flagged pair: (event, a, b, strength).
std::vector<std::vector<std::string>> SharedSources(const json& aligned) {
  std::vector<std::vector<std::string>> out;
  for (const json& event : aligned["events"]) {
    for (const json& s : event["shared_source"]) {
      out.push_back({event["event"], s["a"], s["b"], s["strength"]});
    }
  }
  return out;
}

TEST_CASE("On the samples, the planted rewrite is the one pair flagged as shared source",
          "[align]") {
  const json aligned = AlignSamples();
  const auto shared = SharedSources(aligned);
  REQUIRE(shared.size() == 1);
  CHECK(shared[0][0] == "kharkiv-blackout");
  CHECK(shared[0][1] == "kharkiv-blackout-meridian-wire");
  CHECK(shared[0][2] == "kharkiv-blackout-daily-blaze");
  CHECK((shared[0][3] == "copy" || shared[0][3] == "rewrite"));
  // The wire is dated 2026-03-18, the tabloid 2026-03-19.
  const json* pair = nullptr;
  for (const json& event : aligned["events"]) {
    for (const json& s : event["shared_source"]) pair = &s;
  }
  REQUIRE(pair != nullptr);
  CHECK((*pair)["likely_source"] == "kharkiv-blackout-meridian-wire");
  // PLANTED.md: 232 of the wire's 435 word 5-grams survive in the tabloid (≈53%).
  CHECK((*pair)["evidence"]["containment_5gram"]["a_in_b"].get<double>() ==
        Approx(232.0 / 435).margin(0.02));

  // Each planted rewrite sentence is aligned with its wire original.
  std::vector<std::string> tabloid_aligned;
  for (const json& event : aligned["events"]) {
    for (const json& p : event["pairs"]) {
      if (p["b"] != "kharkiv-blackout-daily-blaze" || p["a"] != "kharkiv-blackout-meridian-wire")
        continue;
      for (const json& s : p["aligned"]) tabloid_aligned.push_back(s["b"]["text"]);
    }
  }
  for (const PlantedSignal& p : PlantedSignals()) {
    if (p.signal != "rewrite") continue;
    INFO(p.words);
    CHECK(std::any_of(tabloid_aligned.begin(), tabloid_aligned.end(),
                      [&](const std::string& t) { return t.find(p.words) != std::string::npos; }));
  }
}

TEST_CASE("On the samples, each planted omission is listed for the outlet that omits it",
          "[align]") {
  const json aligned = AlignSamples();
  // The key fact of an event in the words of the outlets that report it (PLANTED.md lists
  // them as omission rows of those outlets, "stated, not omitted"); the omitting outlet is
  // the event's one outlet without such a row.
  std::map<std::string, std::vector<std::string>> key_fact;  // event -> exact words
  std::map<std::string, std::set<std::string>> reporting;    // event -> outlets
  for (const PlantedSignal& p : PlantedSignals()) {
    if (p.signal != "omission" || p.outlet == "northern-courier") continue;
    key_fact[p.event].push_back(p.words);
    reporting[p.event].insert(p.outlet);
  }
  REQUIRE(key_fact.size() == 3);  // odesa-port-strike, istanbul-prisoner-talks, staroluzhne
  for (const auto& [event_id, words] : key_fact) {
    INFO(event_id);
    const json* event = nullptr;
    for (const json& e : aligned["events"]) {
      if (e["event"] == event_id) event = &e;
    }
    REQUIRE(event != nullptr);
    auto tells_key_fact = [&](const json& omission) {
      for (const json& s : omission["reported_by"]) {
        for (const std::string& w : words) {
          if (s["text"].get<std::string>().find(w) != std::string::npos) return true;
        }
      }
      return false;
    };
    bool listed = false;
    for (const json& omission : (*event)["omissions"]) {
      if (!tells_key_fact(omission)) continue;
      // Listed for the outlet that omits it, and for no outlet that reports it.
      INFO("omitted by " << omission["outlet"]);
      CHECK(reporting[event_id].count(omission["outlet"]) == 0);
      if (omission["outlet"] == "northern-courier") listed = true;
    }
    CHECK(listed);
  }
}

TEST_CASE("On the samples, the planted label and verb substitutions are in the wording table",
          "[align]") {
  const json aligned = AlignSamples();
  struct Row {
    std::string a_writes;  // daily-blaze (the rewrite)
    std::string b_writes;  // meridian-wire (the wire)
    std::string needed_class;
  };
  // PLANTED.md, kharkiv-blackout rewrite pairs; the table orders outlets by name, so the
  // tabloid (daily-blaze) is outlet_a.
  const Row rows[] = {
      {"admitted", "said", "reporting_verb_change"},
      {"warned", "said", "reporting_verb_change"},
      {"boasted", "said", "reporting_verb_change"},
      {"crowed kremlin mouthpiece", "ministry spokesman", "label_change"},
      {"smashed", "damaged", "intensifier_dropped"},
      {"blackout", "outage", ""},
      {"biggest", "largest", ""},
      {"plunged", "dropped", ""},
  };
  for (const Row& row : rows) {
    INFO(row.a_writes << " / " << row.b_writes);
    const json* found = nullptr;
    for (const json& w : aligned["wording"]) {
      if (w["outlet_a"] == "daily-blaze" && w["outlet_b"] == "meridian-wire" &&
          w["a_writes"] == row.a_writes && w["b_writes"] == row.b_writes) {
        found = &w;
      }
    }
    REQUIRE(found != nullptr);
    if (!row.needed_class.empty()) {
      const std::vector<std::string> classes = (*found)["classes"];
      CHECK(std::find(classes.begin(), classes.end(), row.needed_class) != classes.end());
    }
    // The example shows the words as written, cut from the articles.
    const json& example = (*found)["example"];
    CHECK(example["event"] == "kharkiv-blackout");
    CHECK(example["a"]["id"] == "kharkiv-blackout-daily-blaze");
    const std::string written = example["a"]["words"]["text"];
    CHECK(example["a"]["text"].get<std::string>().find(written) != std::string::npos);
  }
}

TEST_CASE("On the seed articles, 000 and 001 are the one rewrite pair", "[align]") {
  const std::filesystem::path seeds = SourceRoot() + "/../shared/seeds/articles.jsonl";
  if (!std::filesystem::exists(seeds)) {
    WARN("skipped: " << seeds.string()
                     << " is absent (the real seed articles live outside the project)");
    return;
  }
  const RunResult run = RunSlant({"align", seeds.string()});
  REQUIRE(run.exit_code == 0);
  const json aligned = json::parse(run.out);
  const auto shared = SharedSources(aligned);
  REQUIRE(shared.size() == 1);
  CHECK(shared[0][1].substr(0, 4) == "000_");
  CHECK(shared[0][2].substr(0, 4) == "001_");
  CHECK(shared[0][3] == "rewrite");
  // A rewrite, not a copy: few exact phrases (the issue: about 1% of word 5-grams).
  for (const json& s : aligned["events"][0]["shared_source"]) {
    CHECK(s["evidence"]["containment_5gram"]["a_in_b"].get<double>() < 0.05);
    CHECK(s["likely_source"].is_null());  // the seeds carry no dates
  }
}

TEST_CASE("slant align --format md shows the planted rewrite side by side", "[align]") {
  TempDir dir;
  const std::string out = (dir.path() / "align.md").string();
  const RunResult run =
      RunSlant({"align", "--format", "md", "-o", out, SourceRoot() + "/samples/articles.jsonl"});
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.empty());
  const std::string md = ReadFile(out);
  CHECK(md.rfind("## Alignment\n", 0) == 0);
  CHECK(md.find("**Shared source**") != std::string::npos);
  CHECK(md.find("kharkiv-blackout-meridian-wire ↔ kharkiv-blackout-daily-blaze | copy") !=
        std::string::npos);
  CHECK(md.find("Mayor Mykola Hrytsenko **admitted** the plant’s turbine hall") !=
        std::string::npos);
  CHECK(md.find("reporting verb: *said* → *admitted*") != std::string::npos);
  CHECK(md.find("- **northern-courier** leaves out (3 outlets report it)") != std::string::npos);
  CHECK(md.find("### Wording across events") != std::string::npos);
}

TEST_CASE("slant align groups articles by text with --auto-events", "[align]") {
  const RunResult run =
      RunSlant({"align", "--auto-events", SourceRoot() + "/samples/articles.jsonl"});
  REQUIRE(run.exit_code == 0);
  const json aligned = json::parse(run.out);
  CHECK(aligned["events_from"] == "text (--auto-events)");
  // The five sample events, four articles each, found from the text alone.
  REQUIRE(aligned["events"].size() == 5);
  for (const json& event : aligned["events"]) {
    std::set<std::string> given;
    for (const json& a : event["articles"]) given.insert(a["given_event"]);
    CHECK(given.size() == 1);
    CHECK(event["articles"].size() == 4);
  }
}

TEST_CASE("slant align notes what it cannot align and rejects bad options", "[align]") {
  TempDir dir;
  const std::string input = dir.Write(
      "a.jsonl",
      "{\"id\": \"1\", \"outlet\": \"x\", \"event\": \"e\", \"text\": \"Only one outlet.\"}\n"
      "{\"id\": \"2\", \"outlet\": \"y\", \"text\": \"No event at all.\"}\n");
  const RunResult run = RunSlant({"align", input});
  REQUIRE(run.exit_code == 0);
  const json aligned = json::parse(run.out);
  REQUIRE(aligned["notes"].size() == 1);
  CHECK(aligned["notes"][0].get<std::string>().find("1 of 2 articles have no event id") !=
        std::string::npos);
  CHECK(aligned["events"][0]["note"].get<std::string>().find("only one outlet (x)") !=
        std::string::npos);

  struct Bad {
    std::vector<std::string> args;
    std::string message;
  };
  const Bad bad[] = {
      {{"align", "--threshold", "0", input}, "--threshold must be above 0"},
      {{"align", "--threshold", "1.5", input}, "--threshold must be above 0"},
      {{"align", "--format", "xml", input}, "--format must be 'json' or 'md'"},
      {{"align", "--event-window", "3", input}, "need --auto-events"},
      {{"align", "--auto-events", "--event-window", "-1", input}, "--event-window must be"},
  };
  for (const Bad& b : bad) {
    INFO(b.message);
    const RunResult r = RunSlant(b.args);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(b.message) != std::string::npos);
  }
}

}  // namespace
}  // namespace slant::testing
