// slant lexicon check / stats / convert / match through the real binary.
#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "../test_files.h"
#include "run_slant.h"

namespace slant::testing {
namespace {

// A LIWC dictionary with multiword and wildcard entries, and a category given by name.
const char* const kDic =
    "%\n"
    "1\tlabel\n"
    "2\tverb\n"
    "3\thedge\n"
    "%\n"
    "so-called\t1\n"
    "regime*\t1\n"
    "claim*\t2\n"
    "said\t2\n"
    "kind of\t3\n"
    "critics say\t2\t3\n"
    "may\thedge\n";

// Counted by hand: byte offsets of each hit in kText ("’" is 3 bytes), the entry it matches
// and its categories. "regime’s" and "regimes" both fall under regime*, "Critics say" is one
// two-word hit in two categories, and "officials", "it", "be", "over", "the" match nothing.
const char* const kText =
    "Critics say the so-called regime\u2019s officials claimed it may be kind of over, the "
    "regimes said.";
const char* const kHits =
    "0\t11\tCritics say\tcritics say\ttest:verb=1 test:hedge=1\n"
    "16\t25\tso-called\tso-called\ttest:label=1\n"
    "26\t36\tregime\u2019s\tregime*\ttest:label=1\n"
    "47\t54\tclaimed\tclaim*\ttest:verb=1\n"
    "58\t61\tmay\tmay\ttest:hedge=1\n"
    "65\t72\tkind of\tkind of\ttest:hedge=1\n"
    "83\t90\tregimes\tregime*\ttest:label=1\n"
    "91\t95\tsaid\tsaid\ttest:verb=1\n";

TEST_CASE("A LIWC .dic, converted to JSON, finds exactly the hits counted by hand", "[cli]") {
  TempDir dir;
  dir.Write("test.dic", kDic);
  const std::string cwd = dir.path().string();

  const RunResult direct = RunSlant({"lexicon", "match", "-l", "test.dic", kText}, "", cwd);
  CHECK(direct.exit_code == 0);
  CHECK(direct.err.empty());
  CHECK(direct.out == kHits);

  const RunResult convert =
      RunSlant({"lexicon", "convert", "test.dic", "-o", "test.json"}, "", cwd);
  REQUIRE(convert.exit_code == 0);
  const RunResult converted = RunSlant({"lexicon", "match", "-l", "test.json", "-"}, kText, cwd);
  CHECK(converted.exit_code == 0);
  CHECK(converted.out == kHits);

  // Native to native is an identity.
  const RunResult again = RunSlant({"lexicon", "convert", "test.json"}, "", cwd);
  CHECK(again.out == ReadFile(dir.path() / "test.json"));

  const RunResult stats = RunSlant({"lexicon", "stats", "test.json"}, "", cwd);
  CHECK(stats.exit_code == 0);
  CHECK(stats.out.find("entries     7\n") != std::string::npos);
  CHECK(stats.out.find("multi-token 3 (42.9%)\n") != std::string::npos);  // so-called too
  CHECK(stats.out.find("wildcard    2 (28.6%)\n") != std::string::npos);
  CHECK(stats.out.find("        3  test:verb\n") != std::string::npos);
}

TEST_CASE("slant lexicon check reports every problem with file and line and exits 2",
          "[cli][errors]") {
  TempDir dir;
  dir.Write("good.json", R"({"name": "g", "categories": [{"name": "a"}],
    "entries": [{"pattern": "x", "categories": ["a"]}]})");
  dir.Write("bad.json",
            "{\"categories\": [{\"name\": \"a\"}],\n"
            " \"entries\": [{\"pattern\": \"x*y\", \"categories\": [\"a\"]},\n"
            "  {\"pattern\": \"z\", \"categories\": [\"nope\"]}]}\n");
  dir.Write("lexicon.yaml", "a: 1\n");
  const std::string cwd = dir.path().string();
  struct Case {
    const char* name;
    std::vector<std::string> args;
    int exit_code;
    std::string out;
    std::string err;
  };
  const Case cases[] = {
      {"a good lexicon",
       {"lexicon", "check", "good.json"},
       0,
       "good.json: ok: 'g', 1 categories, 1 entries\n",
       ""},
      {"every problem of a bad one",
       {"lexicon", "check", "good.json", "bad.json"},
       2,
       "good.json: ok: 'g', 1 categories, 1 entries\n",
       "slant lexicon check: bad.json:2: error: '*' may only end a word: 'x*y' in entry 'x*y'\n"
       "slant lexicon check: bad.json:3: error: unknown category 'nope' in entry 'z'\n"},
      {"unknown extension",
       {"lexicon", "check", "lexicon.yaml"},
       2,
       "",
       "slant lexicon check: lexicon.yaml: error: cannot tell the lexicon format from the "
       "extension '.yaml' (name it .json, .dic, .dicx, .tsv, .txt or .csv; slant lexicon also "
       "takes --format)\n"},
      {"missing file",
       {"lexicon", "check", "none.json"},
       2,
       "",
       "slant lexicon check: none.json: error: cannot open: No such file or directory\n"},
      {"unknown format name",
       {"lexicon", "check", "--format", "xml", "good.json"},
       2,
       "",
       "slant lexicon check: unknown --format 'xml' (json, dic, dicx, tsv, csv)\n"},
      {"convert refuses a lexicon with errors",
       {"lexicon", "convert", "bad.json", "-o", "o.json"},
       2,
       "",
       "slant lexicon convert: bad.json:2: error: '*' may only end a word: 'x*y' in entry 'x*y'\n"
       "slant lexicon convert: bad.json:3: error: unknown category 'nope' in entry 'z'\n"},
      {"match needs a lexicon",
       {"lexicon", "match", "text"},
       2,
       "",
       "slant lexicon match: -l FILE is required\n"},
      {"match with invalid UTF-8 text",
       {"lexicon", "match", "-l", "good.json", "a\xC3("},
       2,
       "",
       "slant lexicon match: text: invalid UTF-8 at byte 1\n"},
      {"unknown subcommand",
       {"lexicon", "frob"},
       2,
       "",
       "slant lexicon: unknown subcommand 'frob' (check, stats, convert, match)\n"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const RunResult run = RunSlant(c.args, "", cwd);
    CHECK(run.exit_code == c.exit_code);
    CHECK(run.out == c.out);
    CHECK(run.err == c.err);
  }
  CHECK_FALSE(std::filesystem::exists(dir.path() / "o.json"));
}

TEST_CASE("Only slant lexicon check lists warnings; the other commands count them", "[cli]") {
  TempDir dir;
  dir.Write("v.tsv", "lol\t2.9\t0.8\t[4, 2]\nlol\t1.8\t1.4\t[1, 3]\n");
  const std::string cwd = dir.path().string();
  const RunResult match = RunSlant({"lexicon", "match", "-l", "v.tsv", "LOL"}, "", cwd);
  CHECK(match.exit_code == 0);
  CHECK(match.out == "0\t3\tLOL\tlol\tv:valence=1.8\n");
  CHECK(match.err ==
        "slant lexicon match: v.tsv: 1 warning (slant lexicon check v.tsv lists them)\n");
  const RunResult check = RunSlant({"lexicon", "check", "v.tsv"}, "", cwd);
  CHECK(check.exit_code == 0);
  CHECK(check.err ==
        "slant lexicon check: v.tsv:2: warning: repeated entry 'lol' in category 'valence': 2.9 "
        "(first at line 1) vs 1.8; the later weight is kept\n");
}

}  // namespace
}  // namespace slant::testing
