// Statistics files: written and read back unchanged, merged from shards, refused with a message
// that names the file and line when they do not fit together.
#include "compare/stats_file.h"

#include <sstream>

#include <catch2/catch.hpp>

#include "../test_files.h"
#include "compare_test_util.h"

namespace slant::compare {
namespace {

using testing::Extract;
using testing::MakeArticle;
using testing::TinyScorer;

CorpusStats Corpus(const std::vector<corpus::Article>& articles) {
  const score::Scorer scorer = TinyScorer();
  CorpusStats stats;
  stats.categories = scorer.category_keys();
  for (const corpus::Article& a : articles) {
    TermCounts terms;
    ArticleStats s = Extract(scorer, a, &terms);
    stats.Add(std::move(s), terms);
  }
  return stats;
}

std::vector<corpus::Article> Articles() {
  corpus::Article third = MakeArticle("c", "Courier", "", "Vetrov claimed that Kiev said so.");
  third.lang = "en";
  return {MakeArticle("b", "Wire", "e1",
                      "Bondar said the regime lies.\n\n\xE2\x80\x9CThe government hid it,"
                      "\xE2\x80\x9D Vetrov said."),
          MakeArticle("a", "Courier", "e1", "The Kiev regime lies, Vetrov claimed that Kyiv lies."),
          third};
}

std::string Write(const CorpusStats& stats) {
  std::ostringstream out;
  WriteStats(stats, out);
  return out.str();
}

TEST_CASE("A statistics file reads back to the same statistics", "[compare]") {
  CorpusStats stats = Corpus(Articles());
  REQUIRE(stats.articles.size() == 3);
  REQUIRE(stats.terms.size() == 2);  // Courier and Wire
  const std::string bytes = Write(stats);
  // One header, three articles, two term lines.
  CHECK(std::count(bytes.begin(), bytes.end(), '\n') == 6);
  CHECK(bytes.rfind("{\"slant_stats\":1,\"categories\":[\"t:label.delegitimizing\",", 0) == 0);

  std::istringstream in(bytes);
  CorpusStats read;
  bool have_header = false;
  const Status status = ReadStats(in, "s.jsonl", read, have_header);
  REQUIRE(status.ok());
  CHECK(read.categories == stats.categories);
  CHECK(read.terms_by == "outlet");
  CHECK(read.articles == stats.articles);
  CHECK(read.terms == stats.terms);
  CHECK(Write(read) == bytes);
}

TEST_CASE("Merging shard files gives the statistics of the whole corpus", "[compare]") {
  const std::vector<corpus::Article> all = Articles();
  CorpusStats whole = Corpus(all);
  whole.SortArticles();
  ::slant::testing::TempDir dir;
  const std::string one = dir.Write("one.jsonl", Write(Corpus({all[0]})));
  const std::string two = dir.Write("two.jsonl", Write(Corpus({all[1], all[2]})));
  for (const auto& order : {std::vector{one, two}, std::vector{two, one}}) {
    auto merged = ReadStatsFiles(order);
    REQUIRE(merged.ok());
    CHECK(merged.value().articles == whole.articles);  // id order: a, b, c
    CHECK(merged.value().terms == whole.terms);
    CHECK(Write(merged.value()) == Write(whole));
  }
  CHECK(whole.articles[0].id == "a");
  CHECK(whole.terms.at("Courier").unigrams.at("lies") == 2);
  CHECK(whole.terms.at("Wire").unigrams.at("lies") == 1);
}

TEST_CASE("Statistics files that do not fit are refused with file and line", "[compare][errors]") {
  ::slant::testing::TempDir dir;
  const std::string good = dir.Write("good.jsonl", Write(Corpus(Articles())));
  std::string other = Write(Corpus(Articles()));
  other.replace(other.find("t:label.institutional"), 21, "t:label.other");
  struct Case {
    const char* name;
    std::string second;  // the second file's bytes, read after good.jsonl
    std::string message;
  };
  const Case cases[] = {
      {"other lexicons", other,
       "bad.jsonl:1: scored with other lexicons than the files before it (key 2 is "
       "'t:label.other', not 't:label.institutional'); score every shard with the same -l "
       "options"},
      {"not a stats file", "{\"id\": \"x\", \"text\": \"y\"}\n",
       "bad.jsonl:1: not a slant statistics file (the first line has no \"slant_stats\"; write "
       "one with slant score --stats-out)"},
      {"future version", "{\"slant_stats\": 2}\n",
       "bad.jsonl:1: statistics format version 2 is not supported (this slant reads version 1)"},
      {"empty", "", "bad.jsonl: empty: not a slant statistics file"},
      {"wrong category count",
       Write(Corpus({})) + "\n{\"article\": {\"id\": \"x\", \"outlet\": "
                           "\"o\", \"n_words\": 1, \"narration_words\": 1, "
                           "\"categories\": [], \"valence\": 0}}\n",
       "bad.jsonl:3: 'categories' must hold 5 [own, quoted] pairs, as the header's keys"},
      {"negative count",
       Write(Corpus({})) + "{\"terms\": {\"group\": \"o\", \"words\": -1, \"pairs\": 0, "
                           "\"unigrams\": {}, \"bigrams\": {}}}\n",
       "bad.jsonl:2: a count must be a whole number >= 0, not -1"},
  };
  for (const Case& c : cases) {
    for (std::size_t threads : {std::size_t{1}, std::size_t{3}}) {  // lines parsed in parallel
      INFO(c.name << ", threads " << threads);
      const std::string bad = dir.Write("bad.jsonl", c.second);
      auto merged = ReadStatsFiles({good, bad}, threads);
      REQUIRE_FALSE(merged.ok());
      const std::string message = merged.error().ToString();
      CHECK(message == dir.path().string() + "/" + c.message);
    }
  }
  // With two bad lines, the first one in the file is reported, whatever thread reads it.
  std::string two_bad = Write(Corpus({}));
  for (int i = 0; i < 5000; ++i) {  // more lines than one parallel chunk (4,096)
    two_bad += i == 4500 || i == 4999
                   ? "[1]\n"
                   : "{\"terms\": {\"group\": \"o\", \"words\": 1, \"pairs\": 0, "
                     "\"unigrams\": {}, \"bigrams\": {}}}\n";
  }
  const std::string path = dir.Write("two.jsonl", two_bad);
  for (std::size_t threads : {std::size_t{1}, std::size_t{2}}) {
    auto merged = ReadStatsFiles({path}, threads);
    REQUIRE_FALSE(merged.ok());
    CHECK(merged.error().ToString() ==
          path + ":4502: each line must be a JSON object");  // after the header and 4,500 lines
  }
  auto missing = ReadStatsFiles({(dir.path() / "missing.jsonl").string()});
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().ToString() ==
        (dir.path() / "missing.jsonl").string() + ": cannot open statistics file");
}

}  // namespace
}  // namespace slant::compare
