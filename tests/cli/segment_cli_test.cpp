// slant segment on the sample corpus and on small inputs, through the real binary.
#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "../test_files.h"
#include "run_slant.h"
#include "text/normalize.h"

namespace slant::testing {
namespace {

using Json = nlohmann::json;

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

TEST_CASE("slant segment on the samples: one record per article, offsets that cut true words",
          "[cli]") {
  const std::string samples = SourceRoot() + "/samples/articles.jsonl";
  const std::vector<Json> articles = JsonLines(ReadFile(samples));
  REQUIRE(articles.size() >= 20);

  const RunResult run = RunSlant({"segment", samples});
  REQUIRE(run.exit_code == 0);
  CHECK(run.err.empty());
  const std::vector<Json> records = JsonLines(run.out);
  REQUIRE(records.size() == articles.size());

  std::size_t quotes = 0;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const Json& record = records[i];
    const std::string text = articles[i]["text"];
    INFO(articles[i]["id"]);
    REQUIRE(record["id"] == articles[i]["id"]);  // input order
    CHECK(record["outlet"] == articles[i]["outlet"]);
    CHECK(record["event"] == articles[i]["event"]);

    for (const Json& token : record["tokens"]) {
      const std::size_t start = token["start"];
      const std::size_t end = token["end"];
      REQUIRE(start < end);
      REQUIRE(end <= text.size());
      const std::string surface = text.substr(start, end - start);
      CHECK(surface.find_first_of(" \t\r\n") == std::string::npos);
      CHECK(token["norm"] == text::NormalizeForMatching(surface));
    }
    const auto& sentences = record["sentences"];
    REQUIRE_FALSE(sentences.empty());
    for (const Json& sentence : sentences) {
      const std::size_t start = sentence["start"];
      const std::size_t end = sentence["end"];
      const std::string s = text.substr(start, end - start);
      for (const char* abbreviation : {" U.S.", "Mr.", "Sen.", "Gen.", "Rep.", "No.", "Jan."}) {
        INFO(s);
        CHECK_FALSE(EndsWith(s, abbreviation));
      }
    }
    for (const Json& quote : record["quotes"]) {
      const std::size_t start = quote["start"];
      const std::size_t end = quote["end"];
      REQUIRE(end <= text.size());
      const std::string mark = text.substr(start, 1);
      CHECK((mark == "\"" || text.compare(start, 3, "\u201C") == 0 ||
             text.compare(start, 3, "\u2018") == 0));
      ++quotes;
    }
  }
  CHECK(quotes > 100);
}

TEST_CASE("slant segment output is the same bytes on every run", "[cli]") {
  const std::string samples = SourceRoot() + "/samples/articles.jsonl";
  const RunResult first = RunSlant({"segment", samples});
  const RunResult second = RunSlant({"segment", samples});
  REQUIRE(first.exit_code == 0);
  CHECK(first.out == second.out);
}

TEST_CASE("slant segment reads stdin, .txt files, directories and manifests", "[cli]") {
  TempDir dir;
  dir.Write("corpus/wire/a.txt", "Kyiv said.");
  dir.Write("corpus/tabloid/b.txt", "\u201CNo!\u201D");
  dir.Write("m.csv", "path,outlet,event\ncorpus/wire/a.txt,Meridian Wire,e1\n");

  const RunResult from_dir = RunSlant({"segment", "corpus"}, "", dir.path().string());
  REQUIRE(from_dir.exit_code == 0);
  const auto records = JsonLines(from_dir.out);
  REQUIRE(records.size() == 2);
  CHECK(records[0]["id"] == "corpus/tabloid/b.txt");
  CHECK(records[0]["outlet"] == "tabloid");
  // “No!” is 3 + 3 + 3 bytes.
  CHECK(records[0]["quotes"] == Json::parse(R"([{"start":0,"end":9,"quotation":0,"depth":0}])"));
  CHECK(records[1]["outlet"] == "wire");

  const RunResult from_manifest =
      RunSlant({"segment", "--manifest", "m.csv"}, "", dir.path().string());
  REQUIRE(from_manifest.exit_code == 0);
  const auto listed = JsonLines(from_manifest.out);
  REQUIRE(listed.size() == 1);
  CHECK(listed[0]["outlet"] == "Meridian Wire");
  CHECK(listed[0]["event"] == "e1");

  const RunResult from_stdin = RunSlant({"segment"}, "{\"text\":\"Hi.\",\"outlet\":\"x\"}\r\n");
  REQUIRE(from_stdin.exit_code == 0);
  CHECK(from_stdin.out ==
        R"({"id":"-:1","outlet":"x","event":"","sentences":[{"start":0,"end":3}],)"
        R"("tokens":[{"start":0,"end":2,"norm":"hi","kind":"word","sentence":0},)"
        R"({"start":2,"end":3,"norm":".","kind":"punct","sentence":0}],"quotes":[]})"
        "\n");
}

}  // namespace
}  // namespace slant::testing

namespace slant::testing {
namespace {

TEST_CASE("Warnings do not stop a run, and only the first 20 are shown", "[cli]") {
  std::string input = "{\"id\":\"same\",\"text\":\"a\"}\n{\"id\":\"same\",\"text\":\"b\"}\n";
  for (int i = 0; i < 24; ++i) input += "{\"text\":\" \"}\n";
  const RunResult run = RunSlant({"segment"}, input);
  CHECK(run.exit_code == 0);
  std::string expected = "slant segment: warning: -:2: duplicate id 'same'\n";
  for (int line = 3; line <= 21; ++line) {
    expected += "slant segment: warning: -:" + std::to_string(line) +
                ": article '-:" + std::to_string(line) + "' has no text\n";
  }
  expected += "slant segment: 5 more warnings not shown\n";
  CHECK(run.err == expected);
  CHECK(std::count(run.out.begin(), run.out.end(), '\n') == 26);  // every record still out
}

}  // namespace
}  // namespace slant::testing
