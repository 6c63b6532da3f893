// slant compare through the real binary: the planted differences of the samples come out on
// top between the outlets they were planted in; statistics files of shards merge to exactly
// the result of one run; bad input is refused with a message and no output file.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "../test_files.h"
#include "run_slant.h"

namespace slant::testing {
namespace {

using Json = nlohmann::json;

std::vector<std::string> Lexicons() {
  const std::string dir = SourceRoot() + "/lexicons/";
  return {"-l", dir + "framing-core.json",          "-l", dir + "valence-core.json",
          "-l", dir + "actors/russia-ukraine.json", "-l", dir + "actors/sample-cast.json"};
}

std::string Samples() { return SourceRoot() + "/samples/articles.jsonl"; }

Json RunCompare(std::vector<std::string> args) {
  std::vector<std::string> all = {"compare"};
  for (const std::string& l : Lexicons()) all.push_back(l);
  all.insert(all.end(), args.begin(), args.end());
  const RunResult run = RunSlant(all);
  REQUIRE(run.exit_code == 0);
  CHECK(run.err.empty());
  return Json::parse(run.out);
}

const Json& FindContrast(const Json& c, const std::string& a, const std::string& b) {
  for (const Json& k : c["contrasts"]) {
    if (k["a"] == a && k["b"] == b) return k;
  }
  FAIL("no contrast " << a << " vs " << b);
  return c;
}

std::vector<std::string> Terms(const Json& list, std::size_t n) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < std::min(n, list.size()); ++i) out.push_back(list[i]["term"]);
  return out;
}

bool Contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// The rank (0 = first) of a category in one voice among the contrast's ranked categories.
std::size_t Rank(const Json& contrast, const std::string& category, const std::string& voice) {
  const Json& categories = contrast["categories"];
  for (std::size_t i = 0; i < categories.size(); ++i) {
    if (categories[i]["category"] == "framing-core:" + category &&
        categories[i]["voice"] == voice) {
      return i;
    }
  }
  return categories.size();
}

double Difference(const Json& contrast, const std::string& category, const std::string& voice) {
  return contrast["categories"][Rank(contrast, category, voice)]["difference"]["value"];
}

TEST_CASE("On the samples, the planted labels, verbs and names top the state outlet vs the wire",
          "[cli]") {
  const Json c = RunCompare({"--a", "northern-courier", "--b", "meridian-wire", Samples()});
  REQUIRE(c["contrasts"].size() == 1);
  const Json& k = c["contrasts"][0];
  CHECK(k["n_a"] == 5);
  CHECK(k["n_b"] == 5);
  CHECK(k["units"] == 5);  // the five events, resampled jointly
  CHECK(k["descriptive"] == false);
  // PLANTED.md: Northern Courier writes "the Kiev regime" and "stated/noted/emphasized" for
  // its own side; the wire writes "Kyiv" and "said".
  const auto words_a = Terms(k["words"]["top_a"], 6);
  for (const char* w : {"kiev", "regime", "noted", "stated"}) {
    INFO(w);
    CHECK(Contains(words_a, w));
  }
  CHECK(k["words"]["top_a"][0]["term"] == "kiev");
  CHECK(k["words"]["top_a"][0]["count_b"] == 0);
  CHECK(k["words"]["top_b"][0]["term"] == "said");
  CHECK(Contains(Terms(k["phrases"]["top_a"], 3), "kiev regime"));
  // Categories: delegitimizing labels and endorsing verbs in the courier's own voice, neutral
  // attribution in the wire's, among the clearest differences.
  CHECK(Rank(k, "label.delegitimizing", "own") < 8);
  CHECK(Rank(k, "attribution.endorsing", "own") < 8);
  CHECK(Rank(k, "attribution.neutral", "own") < 8);
  CHECK(Difference(k, "label.delegitimizing", "own") > 10);
  CHECK(Difference(k, "attribution.neutral", "own") < -10);
  // Naming: Kiev/Kharkov/Odessa against Kyiv/Kharkiv/Odesa, each outlet one spelling only.
  std::vector<std::string> top_naming;
  for (std::size_t i = 0; i < 4; ++i) top_naming.push_back(c["naming"][i]["group"]);
  for (const char* g : {"kyiv", "kharkiv", "odesa"}) {
    INFO(g);
    CHECK(Contains(top_naming, g));
  }
  const Json& kyiv = c["naming"][0];
  CHECK(kyiv["group"] == "kyiv");
  CHECK(kyiv["variants"]["columns"] == Json::parse(R"(["Kiev", "Kyiv"])"));
  CHECK(kyiv["variants"]["shares"]["northern-courier"] == Json::parse("[1.0, 0.0]"));
  CHECK(kyiv["variants"]["shares"]["meridian-wire"] == Json::parse("[0.0, 1.0]"));
  CHECK(kyiv["variants"]["p"].get<double>() < 0.001);
  // Verbs: the courier's most common class is endorsing, the wire's neutral.
  const Json& verbs = c["voices"]["verb_classes"];
  const auto top_class = [&](const std::string& outlet) {
    const Json& row = verbs["counts"][outlet];
    const auto most = std::max_element(row.begin(), row.end());
    return verbs["columns"][static_cast<std::size_t>(most - row.begin())].get<std::string>();
  };
  CHECK(top_class("northern-courier") == "endorsing");
  CHECK(top_class("meridian-wire") == "neutral");
  CHECK(verbs["p"].get<double>() < 0.001);
  // Voices: the courier quotes the Russian side, the wire both (PLANTED.md voices).
  const Json& sides = c["voices"]["quoted_words_by_side"];
  const auto share = [&](const std::string& outlet, const std::string& side) {
    const auto& columns = sides["columns"];
    const auto it = std::find(columns.begin(), columns.end(), side);
    REQUIRE(it != columns.end());
    return sides["shares"][outlet][static_cast<std::size_t>(it - columns.begin())].get<double>();
  };
  CHECK(share("northern-courier", "russia") > 0.6);
  CHECK(share("meridian-wire", "ukraine") > 0.2);
}

TEST_CASE("On the samples, each outlet's planted style tops its contrast with the rest", "[cli]") {
  const Json c = RunCompare({Samples()});
  CHECK(c["groups"].size() == 4);
  CHECK(c["contrasts"].size() == 10);  // four against the rest, six pairs
  struct Case {
    const char* outlet;
    const char* category;  // own voice, more frequent in the outlet (PLANTED.md)
    const char* word;      // among its six most distinctive words
  };
  for (const Case& x : {Case{"daily-blaze", "affect.sensational", "thugs"},
                        {"liberty-ledger", "stance.booster", "mistake"},
                        {"meridian-wire", "attribution.neutral", "said"},
                        {"northern-courier", "label.delegitimizing", "kiev"}}) {
    INFO(x.outlet);
    const Json& k = FindContrast(c, x.outlet, "(rest)");
    CHECK(Rank(k, x.category, "own") < 6);
    CHECK(Difference(k, x.category, "own") > 0);
    CHECK(Contains(Terms(k["words"]["top_a"], 6), x.word));
  }
  CHECK(c["voices"]["verb_classes"]["p"].get<double>() < 0.001);

  // --no-pairs: the four against the rest alone, each the same as with the pairs (every
  // contrast draws from the seed on its own).
  const Json rest_only = RunCompare({"--no-pairs", Samples()});
  REQUIRE(rest_only["contrasts"].size() == 4);
  for (const Json& k : rest_only["contrasts"]) {
    INFO(k["a"]);
    CHECK(k["b"] == "(rest)");
    CHECK(k == FindContrast(c, k["a"].get<std::string>(), "(rest)"));
  }
}

TEST_CASE("slant compare is reproducible for a seed, and the seed moves only the intervals",
          "[cli]") {
  const std::vector<std::string> args = {"--a",         "daily-blaze", "--b",    "liberty-ledger",
                                         "--resamples", "500",         Samples()};
  const Json one = RunCompare(args);
  const Json two = RunCompare(args);
  CHECK(one == two);
  std::vector<std::string> seeded = args;
  seeded.insert(seeded.begin(), {"--seed", "7"});
  const Json other = RunCompare(seeded);
  CHECK(other["seed"] == 7);
  const Json& a = one["contrasts"][0]["categories"];
  const Json& b = other["contrasts"][0]["categories"];
  bool interval_moved = false;
  for (const Json& x : a) {
    for (const Json& y : b) {
      if (x["category"] != y["category"] || x["voice"] != y["voice"]) continue;
      CHECK(x["mean_a"]["value"] == y["mean_a"]["value"]);
      interval_moved = interval_moved || x["difference"]["lower"] != y["difference"]["lower"];
    }
  }
  CHECK(interval_moved);
}

TEST_CASE("Statistics of shards, scored apart and merged, compare exactly as one run", "[cli]") {
  TempDir dir;
  // Two shards: the samples' lines split unevenly, the second shard first in the merge.
  const std::string all = ReadFile(Samples());
  std::string first;
  std::string second;
  std::size_t line = 0;
  for (std::size_t at = 0; at < all.size();) {
    const std::size_t end = all.find('\n', at);
    const std::string record = all.substr(at, end - at + 1);
    (line++ % 3 == 0 ? first : second) += record;
    at = end + 1;
  }
  dir.Write("one.jsonl", first);
  dir.Write("two.jsonl", second);
  const auto score = [&](const std::string& input, const std::string& stats) {
    std::vector<std::string> args = {"score"};
    for (const std::string& l : Lexicons()) args.push_back(l);
    for (const std::string& a :
         {std::string("--stats-out"), stats, std::string("-o"), stats + ".scores", input}) {
      args.push_back(a);
    }
    const RunResult run = RunSlant(args, "", dir.path().string());
    REQUIRE(run.exit_code == 0);
  };
  score("one.jsonl", "one.stats");
  score("two.jsonl", "two.stats");
  score(Samples(), "all.stats");
  for (const char* format : {"json", "md"}) {
    INFO(format);
    const auto compare = [&](std::vector<std::string> inputs) {
      std::vector<std::string> args = {"compare", "--format", format, "--resamples", "300"};
      args.insert(args.end(), inputs.begin(), inputs.end());
      const RunResult run = RunSlant(args, "", dir.path().string());
      REQUIRE(run.exit_code == 0);
      return run.out;
    };
    const std::string merged = compare({"--stats", "two.stats", "one.stats"});
    CHECK(merged == compare({"--stats", "all.stats"}));
    std::vector<std::string> from_articles = Lexicons();
    from_articles.push_back(Samples());
    CHECK(merged == compare(from_articles));
  }
}

TEST_CASE("slant compare refuses bad input with a message and leaves no output file",
          "[cli][errors]") {
  TempDir dir;
  dir.Write("one-outlet.jsonl",
            "{\"id\": \"x\", \"outlet\": \"solo\", \"text\": \"Words here.\"}\n"
            "{\"id\": \"y\", \"outlet\": \"solo\", \"text\": \"More words.\"}\n");
  dir.Write("not-stats.jsonl", "{\"id\": \"x\", \"text\": \"y\"}\n");
  struct Case {
    const char* name;
    std::vector<std::string> args;
    std::string message;
  };
  const std::string out = (dir.path() / "out.json").string();
  const Case cases[] = {
      {"unknown --by field",
       {"--by", "desk", Samples()},
       "slant compare: no article has the field 'desk' to group by (fields: outlet, event, id, "
       "date)\n"},
      {"a single group",
       {"one-outlet.jsonl"},
       "slant compare: only one group ('solo') by outlet: nothing to compare\n"},
      {"an unknown group",
       {"--a", "nobody", "--b", "meridian-wire", Samples()},
       "slant compare: no articles with outlet 'nobody' (groups: daily-blaze, liberty-ledger, "
       "meridian-wire, northern-courier)\n"},
      {"--a without --b",
       {"--a", "daily-blaze", Samples()},
       "slant compare: give both --a and --b, or neither\n"},
      {"an unreadable statistics file",
       {"--stats", "missing.stats"},
       "slant compare: missing.stats: cannot open statistics file\n"},
      {"not a statistics file",
       {"--stats", "not-stats.jsonl"},
       "slant compare: not-stats.jsonl:1: not a slant statistics file (the first line has no "
       "\"slant_stats\"; write one with slant score --stats-out)\n"},
      {"articles and statistics",
       {Samples(), "--stats", "x.stats"},
       "slant compare: give articles or --stats files, not both\n"},
      {"a bad format",
       {"--format", "html", Samples()},
       "slant compare: --format must be 'json' or 'md', not 'html'\n"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    std::vector<std::string> args = {"compare", "-o", out};
    args.insert(args.end(), c.args.begin(), c.args.end());
    const RunResult run = RunSlant(args, "", dir.path().string());
    CHECK(run.exit_code == 2);
    CHECK(run.err == c.message);
    CHECK(run.out.empty());
    CHECK_FALSE(std::filesystem::exists(out));
  }
}

TEST_CASE("slant compare --format md escapes names that Markdown would read as syntax", "[cli]") {
  TempDir dir;
  dir.Write("a.jsonl",
            "{\"id\": \"1\", \"outlet\": \"The *Star* | <b>\", \"text\": \"The regime said so.\"}\n"
            "{\"id\": \"2\", \"outlet\": \"[Wire](x)\", \"text\": \"The government said so.\"}\n");
  const RunResult run = RunSlant({"compare", "--format", "md", "--resamples", "100", "a.jsonl"}, "",
                                 dir.path().string());
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("The \\*Star\\* \\| &lt;b&gt;") != std::string::npos);
  CHECK(run.out.find("\\[Wire\\](x)") != std::string::npos);
  CHECK(run.out.find("*Star*") == std::string::npos);
  CHECK(run.out.find("<b>") == std::string::npos);
  CHECK(run.out.find("Fewer than 5 articles in a group: descriptive only") != std::string::npos);
}

}  // namespace
}  // namespace slant::testing
