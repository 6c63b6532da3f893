// --valence-rules vader: VADER's exact behaviour, against hand computation and, when
// ../shared/vader is present, against canonical vaderSentiment 3.3.1's own outputs.
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "lexicon/builder.h"
#include "lexicon/load.h"
#include "run_slant.h"
#include "score/vader.h"

namespace slant::testing {
namespace {

lexicon::Lexicon Rules() {
  auto loaded = lexicon::LoadLexicon(SourceRoot() + "/lexicons/vader/vader-rules.json");
  REQUIRE(loaded.ok());
  return std::move(loaded.lexicon);
}

lexicon::Lexicon Tiny() {
  lexicon::LexiconBuilder builder("tiny", false);
  const auto valence = builder.AddCategory({"valence", "", "", ""}, 0);
  builder.AddEntry("good", {{valence, 1.9}}, 1);
  builder.AddEntry("bad", {{valence, -2.5}}, 2);
  builder.AddEntry("no", {{valence, -1.2}}, 3);
  return std::move(builder.Finish().lexicon);
}

TEST_CASE("VADER mode reproduces VADER's quirks, computed by hand from its published code",
          "[score]") {
  const score::VaderScorer vader(Tiny(), Rules());
  struct Case {
    const char* name;
    const char* text;
    double compound, pos, neu, neg;
  };
  const Case cases[] = {
      // good 1.9; "so" boosts +0.293 = 2.193; "never so" ×1.25 (two back) and "so" right
      // before ×1.25 again (three back) = 3.4265625; 3.4266/sqrt(3.4266^2+15) = 0.6626;
      // pos (3.4266+1)/(4.4266+4 neutral) = 0.525.
      {"never so good", "It was never so good.", 0.6626, 0.525, 0.475, 0},
      // "not" right before: 1.9 × -0.74 = -1.406 -> -0.3412; neg 2.406/(2.406+4) = 0.376.
      {"negation", "The food was not good.", -0.3412, 0, 0.624, 0.376},
      // Punctuation is stripped from words but counts: "!!!" adds 3 × 0.292; the caps word in
      // a mixed-case sentence adds 0.733: 1.9 + 0.733 + 0.876 = 3.509 -> 0.6714.
      {"caps and exclamation", "The food was GOOD!!!", 0.6714, 0.6, 0.4, 0},
      // "no" before a lexicon word is not its own sentiment (0) and negates the next:
      // bad -2.5 × -0.74 = 1.85 -> 1.85/sqrt(1.85^2+15) = 0.4310.
      {"the no rule", "No bad news.", 0.4310, 2.85 / 4.85, 2.0 / 4.85, 0},
      // Words that strip to two characters or fewer keep their punctuation: ":)" is a word.
      {"empty text", "", 0, 0, 0, 0},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const score::Valence v = vader.Score(c.text);
    CHECK(v.compound == Approx(c.compound).margin(1e-4));
    CHECK(v.pos == Approx(c.pos).margin(1e-3));
    CHECK(v.neu == Approx(c.neu).margin(1e-3));
    CHECK(v.neg == Approx(c.neg).margin(1e-3));
  }
}

TEST_CASE("VADER mode agrees with canonical vaderSentiment on its reference sentences", "[score]") {
  const std::filesystem::path dir = SourceRoot() + "/../shared/vader";
  if (!std::filesystem::exists(dir / "reference.jsonl")) {
    WARN("skipped: " << dir.string()
                     << " is absent (VADER's reference outputs live outside "
                        "the project)");
    return;
  }
  auto lexicon = lexicon::LoadLexicon((dir / "vader_lexicon.txt").string());
  REQUIRE(lexicon.ok());
  const score::VaderScorer vader(lexicon.lexicon, Rules());
  for (const char* file : {"rules.jsonl", "reference.jsonl"}) {
    INFO(file);
    std::ifstream in(dir / file);
    std::size_t n = 0, compound = 0, shares = 0;
    for (std::string line; std::getline(in, line);) {
      const auto ref = nlohmann::json::parse(line);
      const score::Valence v = vader.Score(ref["text"].get<std::string>());
      ++n;
      compound += std::fabs(v.compound - ref["compound"].get<double>()) <= 0.001 + 1e-9;
      shares += std::fabs(v.pos - ref["pos"].get<double>()) <= 0.001 + 1e-9 &&
                std::fabs(v.neu - ref["neu"].get<double>()) <= 0.001 + 1e-9 &&
                std::fabs(v.neg - ref["neg"].get<double>()) <= 0.001 + 1e-9;
    }
    REQUIRE(n > 0);
    CHECK(static_cast<double>(compound) / static_cast<double>(n) >= 0.995);
    CHECK(static_cast<double>(shares) / static_cast<double>(n) >= 0.99);
  }
}

}  // namespace
}  // namespace slant::testing
