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

  // Which categories count for each kind of planted signal (by name prefix).
  const std::map<std::string, std::vector<std::string>> wanted = {
      {"label", {"label."}},
      {"so-called", {"label."}},
      {"reporting verb", {"attribution."}},
      {"hedging", {"stance.hedge", "stance.unverified", "attribution.doubt", "attribution.vague"}},
      {"certainty", {"stance.booster"}},
  };
  std::istringstream planted(ReadFile(SourceRoot() + "/samples/PLANTED.md"));
  std::map<std::string, std::size_t> checked;
  for (std::string line; std::getline(planted, line);) {
    if (line.rfind("| ", 0) != 0) continue;
    std::vector<std::string> cells;
    std::stringstream row(line.substr(1));
    for (std::string cell; std::getline(row, cell, '|');) {
      const auto first = cell.find_first_not_of(" `");
      const auto last = cell.find_last_not_of(" `");
      cells.push_back(first == std::string::npos ? "" : cell.substr(first, last - first + 1));
    }
    if (cells.size() != 4 || cells[1].find('-') == std::string::npos) continue;
    const std::string& signal = cells[2];
    const std::string& words = cells[3];
    INFO(cells[0] << " / " << cells[1] << " / " << signal << ": " << words);
    if (signal == "naming variant") {
      CHECK_FALSE(HitCategories(names, words).empty());
      ++checked[signal];
      continue;
    }
    const auto families = wanted.find(signal);
    if (families == wanted.end()) continue;
    bool found = false;
    for (const std::string& category : HitCategories(framing.lexicon, words)) {
      for (const std::string& prefix : families->second) {
        found = found || category.rfind(prefix, 0) == 0;
      }
    }
    CHECK(found);
    ++checked[signal];
  }
  CHECK(checked["label"] >= 40);
  CHECK(checked["reporting verb"] >= 80);
  CHECK(checked["hedging"] >= 20);
  CHECK(checked["certainty"] >= 20);
  CHECK(checked["naming variant"] >= 60);
}

}  // namespace
}  // namespace slant::testing
