// The lexicons slant ships: they load cleanly, and they find the framing signals planted in
// the sample corpus (samples/PLANTED.md).
#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "../test_files.h"
#include "lexicon/builder.h"
#include "lexicon/load.h"
#include "lexicon/matcher.h"
#include "planted.h"
#include "run_slant.h"
#include "text/segmenter.h"

namespace slant::testing {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> ShippedLexicons() {
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(SourceRoot() + "/lexicons")) {
    if (entry.path().extension() == ".json" && entry.path().filename() != "lexicon.schema.json") {
      files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST_CASE("slant lexicon check passes every shipped lexicon with no warnings", "[cli]") {
  const std::vector<std::string> files = ShippedLexicons();
  REQUIRE(files.size() >= 4);  // framing-core, valence-core, two actor domains
  std::vector<std::string> args = {"lexicon", "check"};
  args.insert(args.end(), files.begin(), files.end());
  // As `slant lexicon check lexicons/**/*.json` would: the schema beside them is skipped.
  const std::string schema = SourceRoot() + "/lexicons/lexicon.schema.json";
  args.push_back(schema);
  const RunResult run = RunSlant(args);
  CHECK(run.exit_code == 0);
  CHECK(run.err.empty());
  CHECK(run.out.find(schema + ": skipped: a JSON Schema, not a lexicon\n") != std::string::npos);
  CHECK(std::count(run.out.begin(), run.out.end(), '\n') ==
        static_cast<std::ptrdiff_t>(files.size() + 1));
}

// A lexicon whose entries are every actor alias and naming variant of the actor lexicons.
lexicon::Lexicon ActorNames(const std::vector<std::string>& files) {
  lexicon::LexiconBuilder builder("actor names", true);
  const auto category = builder.AddCategory({"name", "", "", ""}, 0);
  for (const std::string& file : files) {
    const auto loaded = lexicon::LoadLexicon(file);
    for (const auto& actor : loaded.lexicon.actors) {
      for (const std::string& alias : actor.aliases) builder.AddEntry(alias, {{category, 1}}, 0);
    }
    for (const auto& group : loaded.lexicon.naming) {
      for (const auto& variant : group.variants) {
        builder.AddEntry(variant.pattern, {{category, 1}}, 0);
      }
    }
  }
  return builder.Finish().lexicon;
}

// The category names of every hit of `lexicon` in `text`.
std::set<std::string> HitCategories(const lexicon::Lexicon& lexicon, const std::string& text) {
  text::Segmenter segmenter;
  const auto segmented = segmenter.Segment(text);
  std::set<std::string> out;
  if (!segmented.ok()) return out;
  for (const auto& hit : lexicon::Matcher(lexicon).FindAll(segmented.value().tokens)) {
    for (const auto& w : lexicon.entries[hit.entry].weights) {
      out.insert(lexicon.categories[w.category].name);
    }
  }
  return out;
}

TEST_CASE("The shipped lexicons find every label, verb, hedge and naming signal in PLANTED.md",
          "[cli]") {
  const auto framing = lexicon::LoadLexicon(SourceRoot() + "/lexicons/framing-core.json");
  REQUIRE(framing.ok());
  std::vector<std::string> actor_files;
  for (const std::string& f : ShippedLexicons()) {
    if (f.find("/actors/") != std::string::npos) actor_files.push_back(f);
  }
  const lexicon::Lexicon names = ActorNames(actor_files);

  std::map<std::string, std::size_t> checked;
  for (const PlantedSignal& p : PlantedSignals()) {
    INFO(p.outlet << " / " << p.event << " / " << p.signal << ": " << p.words);
    if (p.signal == "naming variant") {
      CHECK_FALSE(HitCategories(names, p.words).empty());
      ++checked[p.signal];
      continue;
    }
    const auto families = SignalCategories().find(p.signal);
    if (families == SignalCategories().end()) continue;
    bool found = false;
    for (const std::string& category : HitCategories(framing.lexicon, p.words)) {
      for (const std::string& prefix : families->second) {
        found = found || category.rfind(prefix, 0) == 0;
      }
    }
    CHECK(found);
    ++checked[p.signal];
  }
  CHECK(checked["label"] >= 40);
  CHECK(checked["reporting verb"] >= 80);
  CHECK(checked["hedging"] >= 20);
  CHECK(checked["certainty"] >= 20);
  CHECK(checked["naming variant"] >= 60);
}

}  // namespace
}  // namespace slant::testing
