#include "lexicon/table_format.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "lexicon_test_util.h"

namespace slant::lexicon {
namespace {

using namespace testing;  // NOLINT: the shared test views

TEST_CASE("ReadWeightedTsv reads AFINN's entry<TAB>weight lines into one category", "[lexicon]") {
  const Loaded loaded =
      ReadWeightedTsv("abandon\t-2\ncan't stand\t-3\nwin\t+4\nf**k\t-4\n\nApplause\t2",
                      "AFINN-165.txt", "AFINN-165");
  CHECK(Problems(loaded).empty());
  REQUIRE(loaded.ok());
  const Lexicon& lex = loaded.lexicon;
  CHECK(lex.name == "AFINN-165");
  REQUIRE(CategoryNames(lex) == Strings{"weight"});
  CHECK(lex.categories[0].description == "weight from a two-column TSV (AFINN: -5..+5)");
  CHECK(lex.Key(0) == "AFINN-165:weight");
  CheckEntries(lex, {
                        {"abandon", {"abandon"}, {{0, -2.0}}, 1},
                        {"can't stand", {"can't", "stand"}, {{0, -3.0}}, 2},
                        {"win", {"win"}, {{0, 4.0}}, 3},
                        {"f**k", {"f", "*", "*", "k"}, {{0, -4.0}}, 4},  // no wildcards
                        {"Applause", {"applause"}, {{0, 2.0}}, 6},
                    });
}

TEST_CASE("ReadWeightedTsv reads VADER's mean rating and checks the other columns", "[lexicon]") {
  const char* const vader =
      ":)\t2.0\t1.18322\t[2, 2, 1, 1, 1, 1, 4, 3, 4, 1]\n"
      "#-)\t1.3\t1.1\t[2, 2, 1, 3, 2, 0, 0, 1, 1, 1]\n"  // not a comment: VADER has such entries
      ":-*\t1.7\t0.64031\t[2, 1, 2, 1, 2, 2, 2, 2, 1, 2]\n"
      "good\t1.9\t0.9434\t[2, 2, 1, 3, 2, 4, 2, 1, 1, 1]\n"
      "dreadful\t-2.9\t0.53852\t[-3, -3, -2, -4, -3, -3, -3, -2, -3, -3]\n";
  const Loaded loaded = ReadWeightedTsv(vader, "vader_lexicon.txt", "vader_lexicon");
  CHECK(Problems(loaded).empty());
  REQUIRE(loaded.ok());
  const Lexicon& lex = loaded.lexicon;
  REQUIRE(CategoryNames(lex) == Strings{"valence"});
  CHECK(lex.categories[0].description == "VADER mean valence rating (-4..+4)");
  CheckEntries(lex, {
                        {":)", {":", ")"}, {{0, 2.0}}, 1},
                        {"#-)", {"#", "-", ")"}, {{0, 1.3}}, 2},
                        {":-*", {":", "-", "*"}, {{0, 1.7}}, 3},
                        {"good", {"good"}, {{0, 1.9}}, 4},
                        {"dreadful", {"dreadful"}, {{0, -2.9}}, 5},
                    });
}

TEST_CASE("ReadWeightedTsv reads a table with a header line, one category per column",
          "[lexicon]") {
  const char* const nrc_vad =
      "\xEF\xBB\xBF"
      "Word\tValence\tArousal\tDominance\r\n"  // 1
      "aaaaaaah\t0.479\t0.606\t0.291\r\n"      // 2
      "calm\t0.8\t\t0.5\r\n"                   // 3: an empty cell is no weight
      "long time\t0.5\t0.3\t0.4\r\n"           // 4
      "none\t\t\t\r\n";                        // 5
  const Loaded loaded = ReadWeightedTsv(nrc_vad, "vad.tsv", "vad");
  CHECK(Problems(loaded) == Strings{"vad.tsv:5: warning: entry 'none' has no category"});
  REQUIRE(loaded.ok());
  const Lexicon& lex = loaded.lexicon;
  CHECK(CategoryNames(lex) == Strings{"Valence", "Arousal", "Dominance"});
  CheckEntries(lex, {
                        {"aaaaaaah", {"aaaaaaah"}, {{0, 0.479}, {1, 0.606}, {2, 0.291}}, 2},
                        {"calm", {"calm"}, {{0, 0.8}, {2, 0.5}}, 3},
                        {"long time", {"long", "time"}, {{0, 0.5}, {1, 0.3}, {2, 0.4}}, 4},
                    });
}

TEST_CASE("ReadWeightedCsv keeps numeric columns and ignores a text column with a warning",
          "[lexicon]") {
  const char* const csv =
      "word,care_p,note,fairness_p\n"         // 1
      "kindness,0.4,\"a virtue, mostly\",\n"  // 2
      "cheat,,vice,0.7\n"                     // 3
      "harm,0.2,,-1e-1\n"                     // 4
      "\"New York\",,place,\n";               // 5
  const Loaded loaded = ReadWeightedCsv(csv, "w.csv", "w");
  CHECK(Problems(loaded) ==
        Strings{"w.csv:1: warning: column 'note' is not numeric ('a virtue, mostly' at line 2); "
                "ignored",
                "w.csv:5: warning: entry 'New York' has no category"});
  REQUIRE(loaded.ok());
  const Lexicon& lex = loaded.lexicon;
  CHECK(lex.name == "w");
  CHECK(CategoryNames(lex) == Strings{"care_p", "fairness_p"});
  CheckEntries(lex, {
                        {"kindness", {"kindness"}, {{0, 0.4}}, 2},
                        {"cheat", {"cheat"}, {{1, 0.7}}, 3},
                        {"harm", {"harm"}, {{0, 0.2}, {1, -0.1}}, 4},
                    });
}

TEST_CASE("ReadWeightedTsv reports every bad line and keeps the good ones", "[lexicon][errors]") {
  const Loaded loaded = ReadWeightedTsv("good\t3\nbad\t-x\nugly\t-2\t1\nnice\t2\n", "a.tsv", "a");
  CHECK(Problems(loaded) ==
        Strings{"a.tsv:2: error: weight '-x' of entry 'bad' is not a number",
                "a.tsv:3: error: 3 fields where an AFINN line has 2 (entry, weight)"});
  CHECK_FALSE(loaded.ok());
  CheckEntries(loaded.lexicon, {
                                   {"good", {"good"}, {{0, 3.0}}, 1},
                                   {"nice", {"nice"}, {{0, 2.0}}, 4},
                               });
}

TEST_CASE("ReadWeightedTsv and ReadWeightedCsv report malformed files with their lines",
          "[lexicon][errors]") {
  struct Case {
    const char* name;
    bool csv;
    std::string input;
    Strings problems;
  };
  const Case cases[] = {
      {"empty TSV", false, "\n\r\n", {"x.tsv: error: empty file"}},
      {"layout unknown",
       false,
       "word\t0.5\t0.2\n",
       {"x.tsv:1: error: cannot tell the layout from a line of 3 fields: expected "
        "entry<TAB>weight (AFINN), VADER's four columns or a header line"}},
      {"AFINN lines that do not fit",
       false,
       "good\t3\nbad\t-x\nugly\t-2\t1\n\t2\n",
       {"x.tsv:2: error: weight '-x' of entry 'bad' is not a number",
        "x.tsv:3: error: 3 fields where an AFINN line has 2 (entry, weight)",
        "x.tsv:4: error: empty entry in the first column"}},
      {"numbers that are not finite decimals",
       false,
       "a\t1\nb\tinf\nc\t1e999\nd\t0x10\ne\t1.5.2\nf\t+-1\n",
       {"x.tsv:2: error: weight 'inf' of entry 'b' is not a number",
        "x.tsv:3: error: weight '1e999' of entry 'c' is not a number",
        "x.tsv:4: error: weight '0x10' of entry 'd' is not a number",
        "x.tsv:5: error: weight '1.5.2' of entry 'e' is not a number",
        "x.tsv:6: error: weight '+-1' of entry 'f' is not a number"}},
      {"VADER lines that do not fit",
       false,
       "good\t1.9\t0.9434\t[2, 2]\nbad\tnan\tx\t[1, a]\nmeh\t0.1\nsad\t-1\t0.5\t[]\n",
       {"x.tsv:2: error: mean 'nan' of entry 'bad' is not a number",
        "x.tsv:2: error: standard deviation 'x' of entry 'bad' is not a number",
        "x.tsv:2: error: ratings '[1, a]' of entry 'bad' are not a bracketed list of integers",
        "x.tsv:3: error: 2 fields where a VADER line has 4 (entry, mean, std, ratings)",
        "x.tsv:4: error: ratings '[]' of entry 'sad' are not a bracketed list of integers"}},
      {"header table with an unnamed column and bad cells",
       false,
       "Word\tValence\t\nfoo\tx\t\nbar\t0.1\n",
       {"x.tsv:1: error: column 3 of the header has no category name",
        "x.tsv:2: error: 'x' in column 'Valence' of entry 'foo' is not a number",
        "x.tsv:3: error: 2 fields where the header has 3"}},
      {"invalid UTF-8 in TSV",
       false,
       "ok\t1\nn\xC3\xA9\xC3\t2\n",
       {"x.tsv:2: error: invalid UTF-8 at byte 8"}},
      {"empty CSV", true, "", {"x.csv: error: empty file"}},
      {"CSV header without categories",
       true,
       "word\nkind\n",
       {"x.csv:1: error: the header has no category columns"}},
      {"no numeric column",
       true,
       "word,note\nkind,nice\n",
       {"x.csv:1: warning: column 'note' is not numeric ('nice' at line 2); ignored",
        "x.csv:1: error: no numeric category column"}},
      {"unnamed column",
       true,
       "word,,care\nkind,1,2\n",
       {"x.csv:1: error: column 2 of the header has no category name"}},
      {"CSV rows that do not fit",
       true,
       "word,care\nkind,0.5,extra\n,0.2\n",
       {"x.csv:2: error: 3 fields where the header has 2",
        "x.csv:3: error: empty entry in the first column"}},
      {"conflicting weights",
       true,
       "word,care\nkind,0.5\nkind,0.6\n",
       {"x.csv:3: error: conflicting weights for 'kind' in category 'care': 0.5 (first at line 2) "
        "vs 0.6"}},
      {"stray quote",
       true,
       "word,care\nki\"nd,1\n",
       {"x.csv:2: error: a quote inside an unquoted field"}},
      {"invalid UTF-8 after a BOM",
       true,
       "\xEF\xBB\xBF"
       "word,care\n\xFF,1\n",
       {"x.csv:2: error: invalid UTF-8 at byte 13"}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const Loaded loaded =
        c.csv ? ReadWeightedCsv(c.input, "x.csv", "x") : ReadWeightedTsv(c.input, "x.tsv", "x");
    CHECK(Problems(loaded) == c.problems);
    CHECK_FALSE(loaded.ok());
  }
}

TEST_CASE("A TSV lexicon keeps a repeated entry's later weight and a lower-case variant's weight",
          "[lexicon]") {
  // As canonical VADER's lexicon does: "lol" twice with two means, "LMAO" before "lmao".
  const Loaded loaded = ReadWeightedTsv(
      "lol\t2.9\t0.8\t[4, 2]\n"
      "LMAO\t2.0\t0.9\t[2, 2]\n"
      "lmao\t2.9\t0.5\t[3, 3]\n"
      "XD\t2.7\t0.5\t[3, 3]\n"
      "xd\t2.7\t0.5\t[3, 3]\n"
      "lol\t1.8\t1.4\t[1, 3]\n",
      "v.txt", "v");
  REQUIRE(loaded.ok());
  CHECK(
      Problems(loaded) ==
      Strings{"v.txt:3: warning: case variants 'lmao' in category 'valence': 2 (first at line 2) "
              "vs 2.9; the lower-case entry's weight is kept",
              "v.txt:5: warning: duplicate entry 'xd' (first at line 4); categories merged",
              "v.txt:6: warning: repeated entry 'lol' in category 'valence': 2.9 (first at line 1) "
              "vs 1.8; the later weight is kept"});
  const Lexicon& lex = loaded.lexicon;
  REQUIRE(lex.entries.size() == 3);
  CHECK(lex.entries[0].pattern == "lol");
  CHECK(lex.entries[0].weights == Weights{{0, 1.8}});
  CHECK(lex.entries[1].pattern == "lmao");
  CHECK(lex.entries[1].weights == Weights{{0, 2.9}});
  CHECK(lex.entries[2].weights == Weights{{0, 2.7}});
}

}  // namespace
}  // namespace slant::lexicon
