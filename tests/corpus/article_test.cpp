#include <string>

#include <catch2/catch.hpp>

#include "corpus/jsonl_reader.h"

namespace slant::corpus {
namespace {

TEST_CASE("ParseArticleRecord reads the known fields and keeps the others", "[corpus]") {
  const auto article = ParseArticleRecord(
      R"({"id":"a1","outlet":"Meridian Wire","event":"e1","date":"2026-03-04","title":"T",)"
      R"("text":"Body.","url":"https://x.test/1","lang":"en","section":"world","rank":3})");
  REQUIRE(article.ok());
  const Article& a = article.value();
  CHECK(a.id == "a1");
  CHECK(a.outlet == "Meridian Wire");
  CHECK(a.event == "e1");
  CHECK(a.date == "2026-03-04");
  CHECK(a.title == "T");
  CHECK(a.text == "Body.");
  CHECK(a.url == "https://x.test/1");
  CHECK(a.lang == "en");
  CHECK(a.extra.dump() == R"({"section":"world","rank":3})");
}

TEST_CASE("ParseArticleRecord fills defaults", "[corpus]") {
  const auto article = ParseArticleRecord(R"({"text":"x","outlet":"","id":42,"event":null})");
  REQUIRE(article.ok());
  CHECK(article.value().outlet == "unknown");
  CHECK(article.value().id == "42");
  CHECK(article.value().event.empty());
}

TEST_CASE("ParseArticleRecord says exactly what is wrong with a bad record", "[corpus][errors]") {
  struct Case {
    const char* name;
    std::string line;
    std::string message;
  };
  const Case cases[] = {
      {"not JSON", "{bad",
       "malformed JSON at byte 1: syntax error while parsing object key - "
       "invalid literal; last read: '{b'; expected string literal"},
      {"truncated", R"({"text":"abc)",
       "malformed JSON at byte 12: syntax error while parsing value - invalid string: missing "
       "closing quote; last read: '\"abc'"},
      {"not an object", "[1,2]", "record must be a JSON object, not array"},
      {"missing text", R"({"id":"x"})", "missing required field 'text'"},
      {"text is null", R"({"text":null})", "missing required field 'text'"},
      {"text not a string", R"({"text":5})", "field 'text' must be a string, not number"},
      {"outlet not a string", R"({"text":"x","outlet":["a"]})",
       "field 'outlet' must be a string, not array"},
      {"id a float", R"({"text":"x","id":1.5})",
       "field 'id' must be a string or an integer, not number"},
      {"bad date", R"({"text":"x","date":"5 March"})",
       "field 'date' is not an ISO 8601 date (YYYY-MM-DD): '5 March'"},
      {"invalid UTF-8", "{\"text\":\"ab\xC3(\"}", "invalid UTF-8 at byte 11 of the line"},
      {"too deep", std::string(100, '[') + std::string(100, ']'),
       "JSON nested deeper than 64 levels"},
      {"lone surrogate escape", R"({"text":"\ud800"})",
       "malformed JSON at byte 15: syntax error while parsing value - invalid string: surrogate "
       "U+D800..U+DBFF must be followed by U+DC00..U+DFFF; last read: '\"\\ud800\"'"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const auto article = ParseArticleRecord(c.line);
    REQUIRE_FALSE(article.ok());
    CHECK(article.error().ToString() == c.message);
  }
}

TEST_CASE("IsIsoDate accepts ISO 8601 dates and rejects the rest", "[corpus]") {
  for (const char* good : {"2026", "2026-03", "2026-03-04", "2026-03-04T09:30:00Z",
                           "2026-12-31 23:59", "2026-03-04T09:30+02:00"}) {
    INFO(good);
    CHECK(IsIsoDate(good));
  }
  for (const char* bad : {"", "26-03-04", "2026-13-01", "2026-00-10", "2026-02-32", "2026/03/04",
                          "March 4", "2026-03T10:00", "2026-03-04T"}) {
    INFO(bad);
    CHECK_FALSE(IsIsoDate(bad));
  }
}

}  // namespace
}  // namespace slant::corpus
