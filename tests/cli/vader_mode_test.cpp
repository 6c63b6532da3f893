// --valence-rules vader: VADER's exact behaviour, against hand computation and, when
// ../shared/vader is present, against canonical vaderSentiment 3.3.1's own outputs; emoji
// translated by VADER's emoji lexicon, found beside the valence lexicon or named.
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "../test_files.h"
#include "lexicon/builder.h"
#include "lexicon/load.h"
#include "run_slant.h"
#include "score/vader.h"
#include "score/vader_emoji.h"

namespace slant::testing {
namespace {

// Share of the reference sentences whose figures must agree with canonical VADER's.
constexpr double kAgreement = 0.9999;

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
  auto emoji = score::VaderEmoji::Read((dir / "emoji_utf8_lexicon.txt").string());
  REQUIRE(emoji.ok());
  const score::VaderEmoji& emoji_lexicon = emoji.value();
  const score::VaderScorer vader(lexicon.lexicon, Rules(), emoji_lexicon);
  for (const char* file : {"rules.jsonl", "reference.jsonl"}) {
    INFO(file);
    std::ifstream in(dir / file);
    std::size_t n = 0, compound = 0, shares = 0, with_emoji = 0, emoji_agree = 0;
    for (std::string line; std::getline(in, line);) {
      const auto ref = nlohmann::json::parse(line);
      const std::string text = ref["text"].get<std::string>();
      const score::Valence v = vader.Score(text);
      ++n;
      const bool c = std::fabs(v.compound - ref["compound"].get<double>()) <= 0.001 + 1e-9;
      const bool s = std::fabs(v.pos - ref["pos"].get<double>()) <= 0.001 + 1e-9 &&
                     std::fabs(v.neu - ref["neu"].get<double>()) <= 0.001 + 1e-9 &&
                     std::fabs(v.neg - ref["neg"].get<double>()) <= 0.001 + 1e-9;
      compound += c;
      shares += s;
      std::string translated;
      if (emoji_lexicon.Translate(text, translated)) {
        ++with_emoji;
        emoji_agree += c && s;
        CHECK((c && s));  // every sentence with emoji agrees
      }
    }
    REQUIRE(n > 0);
    INFO(with_emoji << " sentences with emoji, " << emoji_agree << " agree");
    CHECK(static_cast<double>(compound) / static_cast<double>(n) >= kAgreement);
    CHECK(static_cast<double>(shares) / static_cast<double>(n) >= kAgreement);
  }
}

// A jsonl file of one record per text, and the compound of each record's valence.
std::vector<double> Compounds(const RunResult& run) {
  std::vector<double> out;
  for (const auto& record : JsonLines(run.out)) out.push_back(record["valence"]["compound"]);
  return out;
}

TEST_CASE("slant score --valence-rules vader finds VADER's emoji lexicon beside its lexicon",
          "[cli]") {
  TempDir dir;
  // VADER's lines for these words; the emoji lexicon's lines for 😢 and 😀.
  dir.Write("vader/vader_lexicon.txt",
            "crying\t-2.1\t0.7\t[-3, -1, -2, -2, -3, -2, -2, -2, -2, -2]\n"
            "miss\t-0.6\t1.35647\t[-1, -1, -1, -1, 2, -1, -1, -3, 2, -1]\n");
  dir.Write("vader/emoji_utf8_lexicon.txt", "\U0001F622\tcrying face\n");
  dir.Write("other.txt", "\U0001F622\thappy face\n");
  dir.Write("broken.txt", "\U0001F622\tcrying face\n\U0001F600 grinning face\n");
  dir.Write("plain/vader_lexicon.txt",
            "miss\t-0.6\t1.35647\t[-1, -1, -1, -1, 2, -1, -1, -3, 2, -1]\n");
  dir.Write("a.jsonl", "{\"id\":\"a\",\"text\":\"Miss ya Kobe\U0001F622\"}\n");
  const std::vector<std::string> vader = {"score", "--valence-rules", "vader", "-l"};
  auto run = [&](std::vector<std::string> more) {
    std::vector<std::string> args = vader;
    args.insert(args.end(), more.begin(), more.end());
    args.push_back("a.jsonl");
    return RunSlant(args, "", dir.path().string());
  };
  // "Miss ya Kobe crying face": (-0.6 - 2.1)/sqrt(2.7^2 + 15) = -0.5719.
  const RunResult beside = run({"vader/vader_lexicon.txt"});
  REQUIRE(beside.exit_code == 0);
  CHECK(beside.err.empty());
  CHECK(Compounds(beside) == std::vector<double>{-0.5719});
  // Named instead: "happy" is no word of this lexicon, so "miss" alone: -0.6/sqrt(0.36 + 15).
  const RunResult named = run({"vader/vader_lexicon.txt", "--vader-emoji", "other.txt"});
  REQUIRE(named.exit_code == 0);
  CHECK(Compounds(named) == std::vector<double>{-0.1531});
  // None: the emoji stays glued to "Kobe", again "miss" alone.
  const RunResult none = run({"vader/vader_lexicon.txt", "--vader-emoji", "none"});
  REQUIRE(none.exit_code == 0);
  CHECK(none.err.empty());
  CHECK(Compounds(none) == std::vector<double>{-0.1531});
  // No emoji lexicon beside it: emoji stay, with a note saying so.
  const RunResult absent = run({"plain/vader_lexicon.txt"});
  REQUIRE(absent.exit_code == 0);
  CHECK(Compounds(absent) == std::vector<double>{-0.1531});
  CHECK(absent.err.find("note: no emoji_utf8_lexicon.txt") != std::string::npos);
  // A malformed emoji lexicon stops the run, naming file, line and reason.
  const RunResult broken = run({"vader/vader_lexicon.txt", "--vader-emoji", "broken.txt"});
  CHECK(broken.exit_code == 2);
  CHECK(broken.err ==
        "slant score: broken.txt:2: no tab: expected an emoji, a tab and its description\n");
  // Only meaningful in VADER mode.
  const RunResult slant_rules =
      RunSlant({"score", "--vader-emoji", "other.txt", "a.jsonl"}, "", dir.path().string());
  CHECK(slant_rules.exit_code == 2);
  CHECK(slant_rules.err == "slant score: --vader-emoji needs --valence-rules vader\n");
}

TEST_CASE("slant score with VADER's own files agrees with VADER on a sentence with emoji",
          "[cli]") {
  const std::filesystem::path dir = SourceRoot() + "/../shared/vader";
  if (!std::filesystem::exists(dir / "emoji_utf8_lexicon.txt")) {
    WARN("skipped: " << dir.string() << " is absent (VADER's files live outside the project)");
    return;
  }
  TempDir work;
  // From reference.jsonl: canonical VADER gives -0.5719, "crying face" for 😢 included.
  work.Write("a.jsonl",
             "{\"id\":\"a\",\"text\":\"Miss ya Kobe. \U0001F622 #LastDance #1998Bulls #NBA "
             "pic.twitter.com/y7vHDdSNO8 \u2014 Eric Classic (@Classic1983) March 31, 2020\"}\n");
  const RunResult run = RunSlant(
      {"score", "--valence-rules", "vader", "-l", (dir / "vader_lexicon.txt").string(), "a.jsonl"},
      "", work.path().string());
  REQUIRE(run.exit_code == 0);
  CHECK(run.err.empty());
  CHECK(Compounds(run) == std::vector<double>{-0.5719});
}

}  // namespace
}  // namespace slant::testing
