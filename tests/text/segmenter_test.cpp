#include "text/segmenter.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace slant::text {
namespace {

using Strings = std::vector<std::string>;

// One string per element: `field` applied to each token or span.
template <typename T, typename Field>
Strings Each(const std::vector<T>& items, Field field) {
  Strings out;
  for (const T& item : items) out.emplace_back(field(item));
  return out;
}

// What the author wrote at an element's offsets.
template <typename T>
Strings Cut(std::string_view text, const std::vector<T>& items) {
  return Each(items, [&](const T& i) { return text.substr(i.begin, i.end - i.begin); });
}

TEST_CASE("Segment cuts words, numbers, punctuation and symbols with byte offsets", "[text]") {
  struct Case {
    const char* name;
    std::string input;
    Strings surfaces;
    Strings norms;
    Strings kinds;
  };
  const Case cases[] = {
      {"empty", "", {}, {}, {}},
      {"white space only", " \t\n\r\n  ", {}, {}, {}},
      {"curly quotes",
       "\u201CNo,\u201D she said",
       {"\u201C", "No", ",", "\u201D", "she", "said"},
       {"\u201C", "no", ",", "\u201D", "she", "said"},
       {"punct", "word", "punct", "punct", "word", "word"}},
      {"apostrophes stay inside words",
       "Ukraine\u2019s troops didn't",
       {"Ukraine\u2019s", "troops", "didn't"},
       {"ukraine's", "troops", "didn't"},
       {"word", "word", "word"}},
      {"cyrillic", "Київ заявив", {"Київ", "заявив"}, {"київ", "заявив"}, {"word", "word"}},
      {"turkish",
       "Türkiye İSTANBUL",
       {"Türkiye", "İSTANBUL"},
       {"türkiye", "istanbul"},
       {"word", "word"}},
      {"sharp s", "Straße", {"Straße"}, {"strasse"}, {"word"}},
      {"emoji and a flag are symbols",
       "Lights out 😡🇺🇦",
       {"Lights", "out", "😡", "🇺🇦"},
       {"lights", "out", "😡", "🇺🇦"},
       {"word", "word", "symbol", "symbol"}},
      {"hyphenated compounds are three tokens",
       "so-called pro\u2011Russian",
       {"so", "-", "called", "pro", "\u2011", "Russian"},
       {"so", "-", "called", "pro", "-", "russian"},
       {"word", "punct", "word", "word", "punct", "word"}},
      {"numbers and symbols",
       "$48 billion, 40,000 tonnes at \u22129\u00B0C",
       {"$", "48", "billion", ",", "40,000", "tonnes", "at", "\u2212", "9", "\u00B0", "C"},
       {"$", "48", "billion", ",", "40,000", "tonnes", "at", "\u2212", "9", "\u00B0", "c"},
       {"symbol", "number", "word", "punct", "number", "word", "word", "symbol", "number", "symbol",
        "word"}},
      {"abbreviation with inner periods",
       "the U.S. Senate",
       {"the", "U.S", ".", "Senate"},
       {"the", "u.s", ".", "senate"},
       {"word", "word", "punct", "word"}},
      {"BOM is not a token", "\xEF\xBB\xBFHello", {"Hello"}, {"hello"}, {"word"}},
      {"NUL is not a token", std::string("a\0b", 3), {"a", "b"}, {"a", "b"}, {"word", "word"}},
      {"CRLF",
       "One.\r\nTwo.",
       {"One", ".", "Two", "."},
       {"one", ".", "two", "."},
       {"word", "punct", "word", "punct"}},
  };
  Segmenter segmenter;
  for (const Case& c : cases) {
    INFO(c.name);
    const auto result = segmenter.Segment(c.input);
    REQUIRE(result.ok());
    const std::vector<Token>& tokens = result.value().tokens;
    CHECK(Cut(c.input, tokens) == c.surfaces);
    CHECK(Each(tokens, [](const Token& t) { return t.norm; }) == c.norms);
    CHECK(Each(tokens, [](const Token& t) { return TokenKindName(t.kind); }) == c.kinds);
  }
}

TEST_CASE("Segment gives byte offsets, and the possessive-stripped form", "[text]") {
  Segmenter segmenter;
  // "Київ" is 8 bytes; "’s" adds 4 more.
  const std::string text =
      "Київ\u2019s \xEF\xBB\xBF"
      "day";
  const auto result = segmenter.Segment(text);
  REQUIRE(result.ok());
  const auto& tokens = result.value().tokens;
  REQUIRE(tokens.size() == 2);
  CHECK(tokens[0].begin == 0);
  CHECK(tokens[0].end == 12);
  CHECK(tokens[0].norm == "київ's");
  CHECK(tokens[0].bare == "київ");
  CHECK(tokens[1].bare.empty());
  // A BOM mid-text attaches to the space before it (UAX #29 WB4): "day" is bytes 16-19.
  CHECK(tokens[1].begin == 16);
  CHECK(tokens[1].end == 19);
  CHECK(tokens[1].norm == "day");
}

TEST_CASE("Segment rejects invalid UTF-8 with the offset of the bad byte", "[text][errors]") {
  Segmenter segmenter;
  const auto result = segmenter.Segment("ab\xC3(");
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code() == ErrorCode::kInvalidUtf8);
  CHECK(result.error().byte() == 2);
  CHECK(result.error().ToString() == "invalid UTF-8 at byte 2");
}

TEST_CASE("Sentences do not end at news abbreviations and do end at line breaks", "[text]") {
  struct Case {
    const char* name;
    std::string input;
    Strings sentences;
  };
  const Case cases[] = {
      {"U.S. before a capital (ICU alone breaks here)",
       "U.S. President Joe Biden spoke. Mr. Lavrov replied.",
       {"U.S. President Joe Biden spoke.", "Mr. Lavrov replied."}},
      {"the U.S. mid-sentence",
       "On Wednesday the U.S. Senate voted 68 to 31. It passed.",
       {"On Wednesday the U.S. Senate voted 68 to 31.", "It passed."}},
      {"titles and states",
       "Sen. Margaret Holloway (D-Ore.) Wednesday said it passed. Rep. Luis Carrera agreed.",
       {"Sen. Margaret Holloway (D-Ore.) Wednesday said it passed.", "Rep. Luis Carrera agreed."}},
      {"single initial", "John F. Kennedy spoke. He left.", {"John F. Kennedy spoke.", "He left."}},
      {"ranks, numbers and months",
       "Plant No. 3 was hit on Jan. 5 as Gen. Vetrov said. Power is out.",
       {"Plant No. 3 was hit on Jan. 5 as Gen. Vetrov said.", "Power is out."}},
      {"a dateline stays with its sentence",
       "MOSCOW, September 5 \u2014 Officials said the talks failed. They will resume.",
       {"MOSCOW, September 5 \u2014 Officials said the talks failed.", "They will resume."}},
      {"blank line ends a sentence without a period",
       "First paragraph without a period\n\nSecond paragraph.",
       {"First paragraph without a period", "Second paragraph."}},
      {"single line break ends a sentence", "Line one\nLine two", {"Line one", "Line two"}},
      {"closing quote stays with its sentence",
       "\u201CIt is over.\u201D Then he left.",
       {"\u201CIt is over.\u201D", "Then he left."}},
      {"trade-off: an abbreviation that really ends a sentence keeps it open",
       "Sanctions came from the U.S. The move surprised no one.",
       {"Sanctions came from the U.S. The move surprised no one."}},
      {"lower-case ill. still ends a sentence",
       "He was ill. Then he recovered.",
       {"He was ill.", "Then he recovered."}},
  };
  Segmenter segmenter;
  for (const Case& c : cases) {
    INFO(c.name);
    const auto result = segmenter.Segment(c.input);
    REQUIRE(result.ok());
    CHECK(Cut(c.input, result.value().sentences) == c.sentences);
  }
}

TEST_CASE("Every token carries the index of the sentence it stands in", "[text]") {
  Segmenter segmenter;
  const std::string text = "One two.\r\nThree.";
  const auto result = segmenter.Segment(text);
  REQUIRE(result.ok());
  std::vector<std::size_t> sentence_of;
  for (const Token& t : result.value().tokens) sentence_of.push_back(t.sentence);
  CHECK(sentence_of == std::vector<std::size_t>{0, 0, 0, 1, 1});
  CHECK(result.value().sentences == std::vector<Span>{{0, 8}, {10, 16}});
}

TEST_CASE("Segment handles a 1 MB line in one sentence", "[text]") {
  std::string text;
  for (int i = 0; i < 200000; ++i) text += "word ";  // 1,000,000 bytes, no period
  Segmenter segmenter;
  const auto result = segmenter.Segment(text);
  REQUIRE(result.ok());
  CHECK(result.value().tokens.size() == 200000);
  CHECK(result.value().sentences == std::vector<Span>{{0, 999999}});
  CHECK(result.value().tokens.back().begin == 999995);
}

}  // namespace
}  // namespace slant::text
