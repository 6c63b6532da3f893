#include "lexicon/json_format.h"

#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "lexicon_test_util.h"

namespace slant::lexicon {
namespace {

using namespace testing;  // NOLINT: the shared test views

const char* const kFull = R"({
  "name": "framing-demo",
  "version": "0.1",
  "description": "a hand-written example",
  "language": "en",
  "categories": [
    {"name": "label", "description": "delegitimizing labels", "group": "labels",
     "provenance": "after Recasens et al. 2013"},
    {"name": "valence"}
  ],
  "entries": [
    {"pattern": "so-called", "categories": ["label"]},
    {"pattern": "Regime", "categories": {"label": 1, "valence": -1.5}},
    {"pattern": "negotiat*", "categories": {"valence": 0.5}},
    {"pattern": "peace talks", "categories": ["valence"]},
    {"pattern": ":-*", "categories": {"valence": 2}, "literal": true}
  ],
  "modifiers": {"negators": ["not", "never"], "boosters": {"very": 0.293, "slightly": -0.293},
                "contrast": ["but"]},
  "actors": [
    {"id": "kyiv", "name": "Kyiv", "side": "ukraine", "type": "place", "aliases": ["Kyiv", "Kiev"]}
  ],
  "naming": [
    {"id": "kyiv", "description": "the capital's name",
     "variants": [{"pattern": "Kyiv", "signal": "Ukrainian transliteration"},
                  {"pattern": "Kiev", "signal": "Russian transliteration"}]}
  ]
}
)";

TEST_CASE("ReadNativeJson reads the whole model", "[lexicon]") {
  const Loaded loaded = ReadNativeJson(kFull, "demo.json", "demo");
  CHECK(Problems(loaded).empty());
  REQUIRE(loaded.ok());
  const Lexicon& lex = loaded.lexicon;
  CHECK(lex.name == "framing-demo");
  CHECK(lex.version == "0.1");
  CHECK(lex.language == "en");
  REQUIRE(lex.categories.size() == 2);
  CHECK(lex.categories[0].group == "labels");
  CHECK(lex.categories[0].provenance == "after Recasens et al. 2013");
  CHECK(lex.Key(1) == "framing-demo:valence");

  REQUIRE(lex.entries.size() == 5);
  CHECK(TokenTexts(lex.entries[0]) == Strings{"so", "-", "called"});
  CHECK(lex.entries[0].weights == std::vector<Weight>{{0, 1.0}});
  CHECK(lex.entries[0].line == 12);
  CHECK(TokenTexts(lex.entries[1]) == Strings{"regime"});
  CHECK(lex.entries[1].weights == std::vector<Weight>{{0, 1.0}, {1, -1.5}});
  CHECK(TokenTexts(lex.entries[2]) == Strings{"negotiat*"});
  CHECK(TokenTexts(lex.entries[3]) == Strings{"peace", "talks"});
  CHECK(TokenTexts(lex.entries[4]) == Strings{":", "-", "*"});  // literal: '*' is a character
  CHECK(lex.entries[4].line == 16);

  CHECK(lex.modifiers.negators == Strings{"not", "never"});
  CHECK(lex.modifiers.boosters ==
        std::vector<std::pair<std::string, double>>{{"very", 0.293}, {"slightly", -0.293}});
  CHECK(lex.modifiers.contrast == Strings{"but"});
  REQUIRE(lex.actors.size() == 1);
  CHECK(lex.actors[0] == Actor{"kyiv", "Kyiv", "ukraine", "place", {"Kyiv", "Kiev"}});
  REQUIRE(lex.naming.size() == 1);
  CHECK(lex.naming[0].variants[1] == NamingVariant{"Kiev", "Russian transliteration"});
}

TEST_CASE("WriteNativeJson writes what ReadNativeJson reads, byte-stable", "[lexicon]") {
  const Loaded first = ReadNativeJson(kFull, "demo.json", "demo");
  REQUIRE(first.ok());
  std::ostringstream once;
  WriteNativeJson(first.lexicon, once);
  const Loaded second = ReadNativeJson(once.str(), "once.json", "once");
  REQUIRE(second.ok());
  std::ostringstream twice;
  WriteNativeJson(second.lexicon, twice);
  CHECK(twice.str() == once.str());
  const Lexicon& a = first.lexicon;
  const Lexicon& b = second.lexicon;
  CHECK(b.name == a.name);
  REQUIRE(b.entries.size() == a.entries.size());
  for (std::size_t i = 0; i < a.entries.size(); ++i) {
    CHECK(b.entries[i].pattern == a.entries[i].pattern);
    CHECK(b.entries[i].tokens == a.entries[i].tokens);
    CHECK(b.entries[i].weights == a.entries[i].weights);
  }
  CHECK(b.actors == a.actors);
  CHECK(b.naming == a.naming);
  CHECK(b.modifiers.boosters == a.modifiers.boosters);
}

TEST_CASE("ReadNativeJson names the file and line of every problem", "[lexicon][errors]") {
  struct Case {
    const char* name;
    std::string json;
    Strings problems;
  };
  const Case cases[] = {
      {"not JSON",
       "{\n  \"name\": \"x\",\n  oops\n}",
       {"l.json:3: error: malformed JSON: syntax error while parsing object key - invalid "
        "literal; last read: '\"x\",<U+000A>  o'; expected string literal"}},
      {"not an object", "[1]", {"l.json:1: error: a native lexicon is a JSON object, not array"}},
      // Found by fuzzing: a number too large for a double escaped as nlohmann's out_of_range.
      {"a number too large for a double",
       "{\"categories\": [{\"name\": \"a\"}],\n \"entries\": [{\"pattern\": \"x\", "
       "\"categories\": {\"a\": 1e999}}]}",
       {"l.json:2: error: malformed JSON: number overflow parsing '1e999'"}},
      {"unknown category and no categories",
       "{\"categories\": [{\"name\": \"a\"}],\n"
       " \"entries\": [\n"
       "  {\"pattern\": \"x\", \"categories\": [\"b\"]},\n"
       "  {\"pattern\": \"y\"}\n"
       " ]}",
       {"l.json:3: error: unknown category 'b' in entry 'x'",
        "l.json:4: error: entry 'y' has no categories"}},
      {"bad wildcard and conflicting weights",
       "{\"categories\": [{\"name\": \"a\"}],\n"
       " \"entries\": [\n"
       "  {\"pattern\": \"ne*go\", \"categories\": [\"a\"]},\n"
       "  {\"pattern\": \"Kyiv\", \"categories\": {\"a\": 1}},\n"
       "  {\"pattern\": \"Kyiv\", \"categories\": {\"a\": 2}}\n"
       " ]}",
       {"l.json:3: error: '*' may only end a word: 'ne*go' in entry 'ne*go'",
        "l.json:5: error: conflicting weights for 'Kyiv' in category 'a': 1 (first at line 4) "
        "vs 2"}},
      {"case variants with different weights: the lower-case one is kept",
       "{\"categories\": [{\"name\": \"a\"}],\n"
       " \"entries\": [{\"pattern\": \"Kyiv\", \"categories\": {\"a\": 1}},\n"
       "  {\"pattern\": \"kyiv\", \"categories\": {\"a\": 2}}]}",
       {"l.json:3: warning: case variants 'kyiv' in category 'a': 1 (first at line 2) vs 2; the "
        "lower-case entry's weight is kept"}},
      {"duplicate entry is a warning",
       "{\"categories\": [{\"name\": \"a\"}],\n"
       " \"entries\": [{\"pattern\": \"x\", \"categories\": [\"a\"]},\n"
       "  {\"pattern\": \"X\", \"categories\": [\"a\"]}]}",
       {"l.json:3: warning: duplicate entry 'X' (first at line 2); categories merged"}},
      {"wrong types",
       "{\"name\": 5,\n \"categories\": {\"a\": 1},\n \"entries\": [\"x\"]}",
       {"l.json:1: error: 'name' must be a string, not number",
        "l.json:2: error: 'categories' must be an array, not object",
        "l.json:3: error: each of 'entries' must be an object, not string"}},
      {"duplicate category and unknown key",
       "{\"categoris\": [],\n \"categories\": [{\"name\": \"a\"},\n  {\"name\": \"a\"}]}",
       {"l.json:1: warning: unknown key 'categoris'", "l.json:3: error: duplicate category 'a'"}},
      {"actors and naming groups",
       "{\"actors\": [{\"id\": \"k\", \"aliases\": []}],\n"
       " \"naming\": [{\"id\": \"g\", \"variants\": [{\"pattern\": \"Kyiv\"}]}]}",
       {"l.json:1: error: actor 'k' has no aliases",
        "l.json:2: error: naming group 'g' needs at least two variants"}},
      {"invalid UTF-8", "{\"name\":\n\"\xC3(\"}", {"l.json:2: error: invalid UTF-8 at byte 10"}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const Loaded loaded = ReadNativeJson(c.json, "l.json", "l");
    CHECK(Problems(loaded) == c.problems);
  }
}

}  // namespace
}  // namespace slant::lexicon
