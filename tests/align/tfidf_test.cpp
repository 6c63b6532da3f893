// TF-IDF terms, the event IDF formula, vectors and cosines, against values worked out by hand.
#include "align/tfidf.h"

#include <cmath>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "text/segmenter.h"

namespace slant::align {
namespace {

std::vector<std::string> Terms(std::string_view text) {
  text::Segmenter segmenter;
  auto segmented = segmenter.Segment(text);
  REQUIRE(segmented.ok());
  std::vector<std::string> terms;
  for (const text::Token& token : segmented.value().tokens) {
    const std::string_view term = TermOf(token);
    if (!term.empty()) terms.emplace_back(term);
  }
  return terms;
}

TEST_CASE("Terms are words and numbers in matching form, without stop words or punctuation",
          "[align]") {
  struct Case {
    const char* name;
    std::string_view text;
    std::vector<std::string> terms;
  };
  const Case cases[] = {
      {"empty", "", {}},
      {"stop words and punctuation dropped",
       "The strike hit the port, and it burned.",
       {"strike", "hit", "port", "burned"}},
      {"possessive and curly apostrophe",
       "Ukraine’s grid and Ukraine's plant",
       {"ukraine", "grid", "ukraine", "plant"}},
      {"numbers kept, case folded",
       "About 600,000 HOMES lost power",
       {"600,000", "homes", "lost", "power"}},
      {"curly quotes are punctuation",
       "a so-called “civilian” terminal",
       {"called", "civilian", "terminal"}},  // "so" is a stop word; "-" is punctuation
      {"cyrillic", "Київ заявив про удар", {"київ", "заявив", "про", "удар"}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(Terms(c.text) == c.terms);
  }
}

TEST_CASE("IsStopWord knows function words only", "[align]") {
  CHECK(IsStopWord("the"));
  CHECK(IsStopWord("would"));
  CHECK(IsStopWord("yours"));
  CHECK_FALSE(IsStopWord("said"));
  CHECK_FALSE(IsStopWord("regime"));
  CHECK_FALSE(IsStopWord(""));
}

TEST_CASE("Document frequency counts each document once per term", "[align]") {
  DocumentFrequency df;
  df.Add({0, 0, 1});
  df.Add({1, 2});
  df.Add({});
  CHECK(df.documents() == 3);
  CHECK(df[0] == 1);  // twice in one document
  CHECK(df[1] == 2);
  CHECK(df[2] == 1);
  CHECK(df[7] == 0);  // never seen
}

TEST_CASE("Event IDF is ln((2Ne+1)/(df_e + Ne·df_c/Nc + 1))", "[align]") {
  // Corpus of 4 articles, the event is the first 2. Term 0 is in all four, term 1 only in the
  // first, term 2 only in the last two (another event), term 3 nowhere.
  DocumentFrequency event;
  event.Add({0, 1});
  event.Add({0});
  DocumentFrequency corpus;
  corpus.Add({0, 1});
  corpus.Add({0});
  corpus.Add({0, 2});
  corpus.Add({0, 2});
  const std::vector<double> idf = EventIdf(event, corpus, 4);
  REQUIRE(idf.size() == 4);
  CHECK(idf[0] == Approx(0.0).margin(1e-12));  // ln(5 / (2 + 2·4/4 + 1)) = ln 1
  CHECK(idf[1] == Approx(std::log(2.0)));      // ln(5 / (1 + 2·1/4 + 1)) = ln(5/2.5)
  CHECK(idf[2] == Approx(std::log(2.5)));      // ln(5 / (0 + 2·2/4 + 1)) = ln(5/2)
  CHECK(idf[3] == Approx(std::log(5.0)));      // ln(5 / 1)
}

TEST_CASE("TF-IDF rows are raw counts times idf (+ offset), unit length", "[align]") {
  const std::vector<double> idf = {0.0, std::log(2.0), std::log(2.5)};
  const std::vector<TermBag> docs = {{1, 1, 2}, {0, 0}, {}};
  SECTION("article weights: idf as is") {
    const SparseRows rows = TfIdfRows(docs, idf, 0.0);
    REQUIRE(rows.rows() == 3);
    // (2·ln2, ln2.5) / |·|: |·|² = 4·ln²2 + ln²2.5
    const double norm =
        std::sqrt(4 * std::log(2.0) * std::log(2.0) + std::log(2.5) * std::log(2.5));
    CHECK(rows.coeff(0, 1) == Approx(2 * std::log(2.0) / norm));
    CHECK(rows.coeff(0, 2) == Approx(std::log(2.5) / norm));
    CHECK(rows.row(1).nonZeros() == 0);  // only weight-0 terms: a zero row
    CHECK(rows.row(2).nonZeros() == 0);  // no terms
  }
  SECTION("sentence weights: idf + 1") {
    const SparseRows rows = TfIdfRows(docs, idf, 1.0);
    CHECK(rows.coeff(1, 0) == Approx(1.0));  // (2·1) / 2
    const double a = 2 * (std::log(2.0) + 1);
    const double b = std::log(2.5) + 1;
    CHECK(rows.coeff(0, 1) == Approx(a / std::sqrt(a * a + b * b)));
  }
}

TEST_CASE("Cosine matrix of unit rows", "[align]") {
  const std::vector<double> idf = {1.0, 1.0, 1.0};
  // "a b" · "b c": (1,1,0)/√2 · (0,1,1)/√2 = 1/2; "a b" · "a b" = 1; anything · zero row = 0.
  const SparseRows left = TfIdfRows(std::vector<TermBag>{{0, 1}, {}}, idf, 0.0);
  const SparseRows right = TfIdfRows(std::vector<TermBag>{{1, 2}, {0, 1}}, idf, 0.0);
  const Eigen::MatrixXd cos = CosineMatrix(left, right);
  REQUIRE(cos.rows() == 2);
  REQUIRE(cos.cols() == 2);
  CHECK(cos(0, 0) == Approx(0.5));
  CHECK(cos(0, 1) == Approx(1.0));
  CHECK(cos(1, 0) == 0.0);
  CHECK(cos(1, 1) == 0.0);
}

}  // namespace
}  // namespace slant::align
