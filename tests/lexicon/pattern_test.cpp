#include "lexicon/pattern.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace slant::lexicon {
namespace {

TEST_CASE("ParsePattern segments and normalizes patterns like article text", "[lexicon]") {
  struct Case {
    const char* name;
    std::string pattern;
    bool wildcards;
    std::string key;  // PatternKey: tokens joined by spaces, '*' after prefixes
  };
  const Case cases[] = {
      {"one word, folded", "Regime", true, "regime"},
      {"hyphenated compound", "so-called", true, "so - called"},
      {"multiword, extra spaces", "  Kind   of ", true, "kind of"},
      {"prefix wildcard", "negotiat*", true, "negotiat*"},
      {"wildcard at the end of a compound", "pro-russia*", true, "pro - russia*"},
      {"wildcards in several words", "peace negotiat* fail*", true, "peace negotiat* fail*"},
      {"cyrillic prefix", "Київ*", true, "київ*"},
      {"curly apostrophe", "can\u2019t", true, "can't"},
      {"abbreviation", "U.S.", true, "u.s ."},
      {"without wildcards '*' is a character", ":-*", false, ": - *"},
      {"emoticon", ":)", false, ": )"},
  };
  text::Segmenter segmenter;
  for (const Case& c : cases) {
    INFO(c.name);
    const auto tokens = ParsePattern(c.pattern, c.wildcards, segmenter);
    REQUIRE(tokens.ok());
    CHECK(PatternKey(tokens.value()) == c.key);
  }
}

TEST_CASE("ParsePattern rejects patterns it cannot match", "[lexicon][errors]") {
  struct Case {
    const char* name;
    std::string pattern;
    std::string message;
  };
  const Case cases[] = {
      {"empty", "", "empty pattern"},
      {"white space only", " \t ", "empty pattern"},
      {"punctuation-free nothing", "\u200B", "empty pattern"},
      {"star alone", "*", "a wildcard needs a letter or digit before '*': '*'"},
      {"star after punctuation", ":-*", "a wildcard needs a letter or digit before '*': ':-*'"},
      {"star inside a word", "ne*go", "'*' may only end a word: 'ne*go'"},
      {"two stars", "neg**", "'*' may only end a word: 'neg**'"},
      {"invalid UTF-8", "ab\xC3(", "invalid UTF-8 at byte 2"},
      {"too long", std::string(257, 'a'), "pattern over 256 bytes"},
      {"too many tokens", "a b c d e f g h i j k l m n o p q", "pattern of 17 tokens, over 16"},
  };
  text::Segmenter segmenter;
  for (const Case& c : cases) {
    INFO(c.name);
    const auto tokens = ParsePattern(c.pattern, true, segmenter);
    REQUIRE_FALSE(tokens.ok());
    CHECK(tokens.error().ToString() == c.message);
  }
}

}  // namespace
}  // namespace slant::lexicon
