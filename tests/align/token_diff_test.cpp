// Token diffs of hand-made sentence pairs: runs, token ranges and byte offsets.
#include "align/token_diff.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "text/segmenter.h"

namespace slant::align {
namespace {

// A run as the words it covers: "=Mayor Mykola" "~said|admitted" "+A brutal" "-on Wednesday".
std::string Show(const DiffRun& run, std::string_view a, std::string_view b) {
  const std::string a_text(a.substr(run.a.begin, run.a.end - run.a.begin));
  const std::string b_text(b.substr(run.b.begin, run.b.end - run.b.begin));
  switch (run.op) {
    case DiffOp::kEqual:
      return "=" + a_text;
    case DiffOp::kSubstitute:
      return "~" + a_text + "|" + b_text;
    case DiffOp::kInsert:
      return "+" + b_text;
    case DiffOp::kDelete:
      return "-" + a_text;
  }
  return "?";
}

std::vector<std::string> Diff(std::string_view a, std::string_view b) {
  text::Segmenter segmenter;
  auto sa = segmenter.Segment(a);
  auto sb = segmenter.Segment(b);
  REQUIRE(sa.ok());
  REQUIRE(sb.ok());
  std::vector<std::string> shown;
  for (const DiffRun& run : DiffTokens(sa.value().tokens, sb.value().tokens)) {
    shown.push_back(Show(run, a, b));
  }
  return shown;
}

TEST_CASE("Token diffs of hand-made sentence pairs", "[align]") {
  struct Case {
    const char* name;
    std::string_view a;
    std::string_view b;
    std::vector<std::string> runs;
  };
  const Case cases[] = {
      {"both empty", "", "", {}},
      {"identical",
       "Repairs could take weeks.",
       "Repairs could take weeks.",
       {"=Repairs could take weeks."}},
      {"empty against text", "", "Two dockworkers were killed.", {"+Two dockworkers were killed."}},
      {"text against empty", "Two dockworkers were killed.", "", {"-Two dockworkers were killed."}},
      // The planted rewrite: two word swaps; ’ and ' are the same key.
      {"verb and word swapped",
       "Mayor Mykola Hrytsenko said the plant’s turbine hall had been badly damaged.",
       "Mayor Mykola Hrytsenko admitted the plant's turbine hall had been badly smashed.",
       {"=Mayor Mykola Hrytsenko", "~said|admitted", "=the plant’s turbine hall had been badly",
        "~damaged|smashed", "=."}},
      {"words added at the front",
       "Russian strike overnight",
       "A brutal Russian strike overnight",
       {"+A brutal", "=Russian strike overnight"}},
      {"words dropped in the middle",
       "officials said on Wednesday, as temperatures dropped",
       "officials said, as temperatures dropped",
       {"=officials said", "-on Wednesday", "=, as temperatures dropped"}},
      {"case does not count", "KYIV said", "Kyiv said", {"=KYIV said"}},
      {"curly and straight double quotes are the same",
       "the so-called “civilian” terminal",
       "the so-called \"civilian\" terminal",
       {"=the so-called “civilian” terminal"}},
      {"scare quotes added",
       "the civilian terminal",
       "the “civilian” terminal",
       {"=the", "+“", "=civilian", "+”", "=terminal"}},
      {"cyrillic",
       "Київ заявив про удар",
       "Киев заявил про удар",
       {"~Київ заявив|Киев заявил", "=про удар"}},
      // Two LCS of length 1 ("x" or "y"): a's first token is dropped first, so "y" is kept.
      {"ties drop a's token first", "x y", "y x", {"-x", "=y", "+x"}},
      {"substitution at the end",
       "power was cut",
       "power was restored",
       {"=power was", "~cut|restored"}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(Diff(c.a, c.b) == c.runs);
  }
}

TEST_CASE("Token diff runs carry token ranges and empty spans where the other side goes",
          "[align]") {
  text::Segmenter segmenter;
  const std::string_view a = "officials said on Wednesday";
  const std::string_view b = "A brutal officials said";
  auto sa = segmenter.Segment(a);
  auto sb = segmenter.Segment(b);
  REQUIRE(sa.ok());
  REQUIRE(sb.ok());
  const std::vector<DiffRun> runs = DiffTokens(sa.value().tokens, sb.value().tokens);
  const std::vector<DiffRun> expected = {
      // "A brutal" is inserted before a's first token: an empty span at a's byte 0.
      {DiffOp::kInsert, 0, 0, 0, 2, {0, 0}, {0, 8}},
      {DiffOp::kEqual, 0, 2, 2, 2, {0, 14}, {9, 23}},
      // "on Wednesday" is deleted after b's last token, "said" ending at byte 23.
      {DiffOp::kDelete, 2, 2, 4, 0, {15, 27}, {23, 23}},
  };
  CHECK(runs == expected);
}

TEST_CASE("Token diff keys quote marks together and keeps other punctuation", "[align]") {
  text::Segmenter segmenter;
  auto s = segmenter.Segment("“a” «b» \"c\" 'd' !");
  REQUIRE(s.ok());
  std::vector<std::string> keys;
  for (const text::Token& token : s.value().tokens) keys.push_back(DiffKey(token));
  CHECK(keys == std::vector<std::string>{"\"", "a", "\"", "\"", "b", "\"", "\"", "c", "\"", "'",
                                         "d", "'", "!"});
}

}  // namespace
}  // namespace slant::align
