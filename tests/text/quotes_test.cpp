#include "text/quotes.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace slant::text {
namespace {

struct Expected {
  std::size_t begin;
  std::size_t end;
  std::size_t quotation;
  int depth;
  friend bool operator==(const Expected&, const Expected&) = default;
};

std::vector<Expected> Find(std::string_view text) {
  std::vector<Expected> out;
  for (const Quote& q : FindQuotes(text)) out.push_back({q.begin, q.end, q.quotation, q.depth});
  return out;
}

TEST_CASE("FindQuotes finds quotations of every mark style with byte offsets", "[text]") {
  struct Case {
    const char* name;
    std::string input;
    std::vector<Expected> quotes;
  };
  // Byte counts: “ ” ‘ ’ „ are 3 bytes each, « » 2, Cyrillic letters 2.
  const Case cases[] = {
      {"empty", "", {}},
      {"curly double", "\u201CStop,\u201D he said.", {{0, 11, 0, 0}}},
      {"straight double", "He said \"no\" twice.", {{8, 12, 0, 0}}},
      {"guillemets", "\u00ABНет\u00BB", {{0, 10, 0, 0}}},
      {"german low-high", "\u201EJa\u201C sagte er", {{0, 8, 0, 0}}},
      {"single inside double",
       "\u201CHe said \u2018no\u2019 to me\u201D",
       {{0, 28, 0, 0}, {11, 19, 1, 1}}},
      {"apostrophes are not quotes", "Ukraine\u2019s army didn\u2019t move", {}},
      {"an elided year is not a quote", "the \u201890s were loud", {}},
      {"an unclosed quote at a paragraph end is dropped",
       "\u201CIt was bad, he said.\n\nNext paragraph.",
       {}},
      {"a quote continued in the next paragraph is one quotation",
       "\u201CFirst part.\n\n\u201CSecond part.\u201D he said",
       {{0, 14, 0, 0}, {16, 34, 0, 0}}},
      {"continuation across CRLF", "\u201COne\r\n\u201CTwo\u201D", {{0, 6, 0, 0}, {8, 17, 0, 0}}},
      {"inch mark is not a quote", "He is 5'10\" tall and \"fine\".", {{21, 27, 0, 0}}},
      {"two quotations are numbered in order",
       "\u201CA,\u201D she said, \u201Cb.\u201D",
       {{0, 8, 0, 0}, {19, 27, 1, 0}}},
      {"scare quotes around one word", "the so-called \u201Cpeacekeepers\u201D", {{14, 32, 0, 0}}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(Find(c.input) == c.quotes);
  }
}

TEST_CASE("FindQuotes reports what stands between the marks", "[text]") {
  const std::string text = "\u201CStop,\u201D he said.";
  const auto quotes = FindQuotes(text);
  REQUIRE(quotes.size() == 1);
  CHECK(text.substr(quotes[0].inner_begin, quotes[0].inner_end - quotes[0].inner_begin) == "Stop,");
}

}  // namespace
}  // namespace slant::text
