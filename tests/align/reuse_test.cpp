// Reuse evidence (5-gram containment, order kept), the copy/rewrite rules and the direction
// from dates, against values worked out by hand.
#include "align/reuse.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "text/segmenter.h"

namespace slant::align {
namespace {

std::vector<std::uint64_t> Shingles(std::string_view text, std::size_t n = 5) {
  text::Segmenter segmenter;
  auto segmented = segmenter.Segment(text);
  REQUIRE(segmented.ok());
  return WordShingles(segmented.value().tokens, n);
}

TEST_CASE("Word 5-grams skip punctuation, fold case and count each 5-gram once", "[align]") {
  CHECK(Shingles("").empty());
  CHECK(Shingles("one two three four").empty());  // fewer than 5 words
  CHECK(Shingles("one two three four five").size() == 1);
  // 7 words: 3 five-grams; punctuation and case do not count.
  CHECK(Shingles("One, two three — four five six seven.") ==
        Shingles("one two three four five six seven"));
  CHECK(Shingles("one two three four five six seven").size() == 3);
  // "a b a b a b": 5-grams "a b a b a" and "b a b a b", each once.
  CHECK(Shingles("a b a b a b").size() == 2);
  // Curly and straight apostrophes are one word form.
  CHECK(Shingles("Ukraine’s second largest city lost power") ==
        Shingles("Ukraine's second largest city lost power"));
}

TEST_CASE("Containment is the share of a's 5-grams found in b", "[align]") {
  // a: w1..w8 = 4 five-grams; b holds w3..w9 = 3 five-grams, 2 of them a's (w3-w7, w4-w8).
  const auto a = Shingles("w1 w2 w3 w4 w5 w6 w7 w8");
  const auto b = Shingles("w3 w4 w5 w6 w7 w8 w9");
  CHECK(Containment(a, b) == Approx(2.0 / 4));
  CHECK(Containment(b, a) == Approx(2.0 / 3));
  CHECK(Containment({}, b) == 0.0);
  CHECK(Containment(a, {}) == 0.0);
}

TEST_CASE("Order kept is the longest run of aligned pairs increasing in both articles", "[align]") {
  using M = std::vector<Match>;
  CHECK(OrderKept(M{}) == 0);
  CHECK(OrderKept(M{{0, 0, 1}, {1, 1, 1}, {2, 2, 1}}) == 3);
  // Columns 2 0 1 3 in row order: 0 1 3 is the longest increasing run.
  CHECK(OrderKept(M{{0, 2, 1}, {1, 0, 1}, {2, 1, 1}, {3, 3, 1}}) == 3);
  // Reversed: one pair at a time.
  CHECK(OrderKept(M{{0, 3, 1}, {1, 2, 1}, {2, 1, 1}, {3, 0, 1}}) == 1);
}

TEST_CASE("Copy and rewrite rules", "[align]") {
  auto evidence = [](double cosine, std::optional<double> baseline, double containment,
                     std::size_t aligned, std::size_t in_order, std::size_t near) {
    ReuseEvidence e;
    e.cosine = cosine;
    e.baseline = baseline;
    e.containment_a = containment;
    e.containment_b = containment / 2;
    e.a_sentences = 10;
    e.b_sentences = 12;
    e.aligned = aligned;
    e.in_order = in_order;
    e.near_identical = near;
    return e;
  };
  struct Case {
    const char* name;
    ReuseEvidence e;
    ReuseStrength expected;
  };
  const Case cases[] = {
      {"half the 5-grams verbatim: copy", evidence(0.3, 0.1, 0.5, 10, 10, 0), ReuseStrength::kCopy},
      {"just under half: not a copy, and not far above the typical pair",
       evidence(0.2, 0.1, 0.49, 10, 10, 0), ReuseStrength::kNone},
      // 5 near-identical sentences of the shorter article's 10.
      {"half the sentences near-identical: copy", evidence(0.3, 0.1, 0.0, 8, 8, 5),
       ReuseStrength::kCopy},
      {"4 of 10 near-identical: not a copy", evidence(0.2, 0.1, 0.0, 8, 8, 4),
       ReuseStrength::kNone},
      // 0.25 / 0.1 = 2.5, 3 aligned, 3 in order.
      {"2.5x the typical pair, in order: rewrite", evidence(0.25, 0.1, 0.01, 3, 3, 0),
       ReuseStrength::kRewrite},
      {"2.4x: no", evidence(0.24, 0.1, 0.01, 3, 3, 0), ReuseStrength::kNone},
      {"only 2 aligned sentences: no", evidence(0.25, 0.1, 0.01, 2, 2, 0), ReuseStrength::kNone},
      // 4 of 5 in order = 0.8.
      {"80% in order: rewrite", evidence(0.3, 0.1, 0.0, 5, 4, 0), ReuseStrength::kRewrite},
      {"75% in order: no", evidence(0.3, 0.1, 0.0, 4, 3, 0), ReuseStrength::kNone},
      {"far above a tiny baseline but under 0.1: no", evidence(0.09, 0.01, 0.0, 5, 5, 0),
       ReuseStrength::kNone},
      {"no baseline: no rewrite", evidence(0.5, std::nullopt, 0.0, 5, 5, 0), ReuseStrength::kNone},
      {"no baseline, but a copy is still a copy", evidence(0.9, std::nullopt, 0.8, 5, 5, 0),
       ReuseStrength::kCopy},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(JudgeReuse(c.e) == c.expected);
  }
}

TEST_CASE("The earlier of two dates, when it can be told", "[align]") {
  struct Case {
    std::string_view a;
    std::string_view b;
    std::optional<int> expected;
  };
  const Case cases[] = {
      {"2026-03-18", "2026-03-19", -1},
      {"2026-03-19", "2026-03-18", 1},
      {"2026-03-18", "2026-03-18", std::nullopt},
      {"", "2026-03-18", std::nullopt},
      {"2026-03-18", "", std::nullopt},
      {"2026-03-18T09:00Z", "2026-03-18T11:30Z", -1},
      {"2026-03-18T11:30Z", "2026-03-18T09:00Z", 1},
      {"2026-03-18T09:00Z", "2026-03-18", std::nullopt},              // one has no time
      {"2026-03-18T09:00+02:00", "2026-03-18T08:00Z", std::nullopt},  // zones differ
      {"2026-03-18T23:00Z", "2026-03-19T01:00+03:00", -1},            // days differ: day decides
      {"2026-03", "2026-04", -1},
      {"2026", "2026-03-18", std::nullopt},
  };
  for (const Case& c : cases) {
    INFO(c.a << " vs " << c.b);
    CHECK(EarlierOf(c.a, c.b) == c.expected);
  }
}

}  // namespace
}  // namespace slant::align
