#include "lexicon/liwc_format.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "lexicon_test_util.h"

namespace slant::lexicon {
namespace {

using namespace testing;  // NOLINT: the shared test views

// A byte-order mark, CRLF line ends, a blank line before the block, categories with and
// without a description, entries with tabs and with spaces, by id and by name.
const char* const kDic =
    "\xEF\xBB\xBF\r\n"                   // 1
    "%\r\n"                              // 2
    "1\tposemo\t(Positive Emotion)\r\n"  // 3
    "2\tnegemo\r\n"                      // 4
    "125 affect\r\n"                     // 5
    "%\r\n"                              // 6
    "happy\t1\t125\r\n"                  // 7
    "negotiat*\t125\r\n"                 // 8
    "kind of\t2\r\n"                     // 9
    "sort of negemo 125\r\n"             // 10: no tab, the trailing ids and names are categories
    "\r\n"                               // 11
    "Hate*  negemo\r\n"                  // 12
    "so-called 02\r\n"                   // 13: "02" is id 2
    "top 10\t1\r\n"                      // 14: with a tab, a pattern may end in a number
    ":( 2\r\n";                          // 15: an emoticon is not conditional syntax

TEST_CASE("ReadLiwcDic reads categories by id and entries by id or name", "[lexicon]") {
  const Loaded loaded = ReadLiwcDic(kDic, "liwc.dic", "liwc");
  CHECK(Problems(loaded).empty());
  REQUIRE(loaded.ok());
  const Lexicon& lex = loaded.lexicon;
  CHECK(lex.name == "liwc");
  CHECK(lex.source == "liwc.dic");
  CHECK(CategoryNames(lex) == Strings{"posemo", "negemo", "affect"});
  CHECK(lex.categories[0].description == "Positive Emotion");
  CHECK(lex.categories[1].description.empty());
  CheckEntries(lex, {
                        {"happy", {"happy"}, {{0, 1.0}, {2, 1.0}}, 7},
                        {"negotiat*", {"negotiat*"}, {{2, 1.0}}, 8},
                        {"kind of", {"kind", "of"}, {{1, 1.0}}, 9},
                        {"sort of", {"sort", "of"}, {{1, 1.0}, {2, 1.0}}, 10},
                        {"Hate*", {"hate*"}, {{1, 1.0}}, 12},
                        {"so-called", {"so", "-", "called"}, {{1, 1.0}}, 13},
                        {"top 10", {"top", "10"}, {{0, 1.0}}, 14},
                        {":(", {":", "("}, {{1, 1.0}}, 15},
                    });
}

TEST_CASE("ReadLiwcDic reports every bad line and keeps the good ones", "[lexicon][errors]") {
  const Loaded loaded = ReadLiwcDic(
      "%\n1 posemo\n2 negemo\n%\nhappy\t1\nglad\t7\nsad 2\nlike\t(02 134)125/464\nHAPPY 2\n",
      "x.dic", "x");
  CHECK(Problems(loaded) ==
        Strings{"x.dic:6: error: unknown category '7' in entry 'glad'",
                "x.dic:8: error: conditional categories '(02 134)125/464' in entry 'like' are not "
                "supported (LIWC2007 syntax)",
                "x.dic:9: warning: duplicate entry 'HAPPY' (first at line 5); categories merged"});
  CHECK_FALSE(loaded.ok());
  CheckEntries(loaded.lexicon, {
                                   {"happy", {"happy"}, {{0, 1.0}, {1, 1.0}}, 5},
                                   {"sad", {"sad"}, {{1, 1.0}}, 7},
                               });
}

TEST_CASE("ReadLiwcDicx reads marked and weighted cells", "[lexicon]") {
  const char* const dicx =
      "\xEF\xBB\xBF"
      "DicTerm,posemo,negemo,intensity\r\n"  // 1
      "happy,X,,\r\n"                        // 2
      "hate*,,x,2.5\r\n"                     // 3
      "\"kind of\",X,, \r\n"                 // 4: a blank cell is no membership
      "\"well, actually\",,X,\r\n"           // 5
      "meh,,,\r\n"                           // 6
      "so-called , , X ,-1\r\n";             // 7: cells are trimmed
  const Loaded loaded = ReadLiwcDicx(dicx, "l.dicx", "l");
  CHECK(Problems(loaded) == Strings{"l.dicx:6: warning: entry 'meh' has no category"});
  REQUIRE(loaded.ok());
  const Lexicon& lex = loaded.lexicon;
  CHECK(lex.name == "l");
  CHECK(CategoryNames(lex) == Strings{"posemo", "negemo", "intensity"});
  CheckEntries(lex, {
                        {"happy", {"happy"}, {{0, 1.0}}, 2},
                        {"hate*", {"hate*"}, {{1, 1.0}, {2, 2.5}}, 3},
                        {"kind of", {"kind", "of"}, {{0, 1.0}}, 4},
                        {"well, actually", {"well", ",", "actually"}, {{1, 1.0}}, 5},
                        {"so-called", {"so", "-", "called"}, {{1, 1.0}, {2, -1.0}}, 7},
                    });
}

TEST_CASE("ReadLiwcDic and ReadLiwcDicx report malformed files with their lines",
          "[lexicon][errors]") {
  struct Case {
    const char* name;
    bool dicx;
    std::string input;
    Strings problems;
  };
  const Case cases[] = {
      {"empty .dic", false, "", {"x.dic: error: empty file"}},
      {"blank .dic", false, "\n \r\n", {"x.dic: error: empty file"}},
      {"no category block",
       false,
       "happy\t1\n",
       {"x.dic:1: error: no '%' line: a .dic file starts with its category block between two "
        "'%' lines"}},
      {"text before the block",
       false,
       "My dictionary\n%\n1 a\n%\nx 1\n",
       {"x.dic:1: error: text before the category block: a .dic file starts with a '%' line"}},
      {"unterminated block",
       false,
       "\n%\n1\tposemo\nhappy\t1\n",
       {"x.dic:2: error: the category block opened here has no closing '%' line"}},
      {"bad category lines",
       false,
       "%\nposemo 1\n2\n0 zero\n3 negemo\n%\nsad 3\n",
       {"x.dic:2: error: category id 'posemo' is not a positive integer",
        "x.dic:3: error: category '2' has no name",
        "x.dic:4: error: category id '0' is not a positive integer"}},
      {"no categories at all",
       false,
       "%\n%\nhappy 1\n",
       {"x.dic:2: error: no categories between the '%' lines"}},
      {"duplicate category id and name",
       false,
       "%\n1 posemo\n1 negemo\n2 posemo\n%\nhappy 1\n",
       {"x.dic:3: error: duplicate category id '1' (first at line 2)",
        "x.dic:4: error: duplicate category 'posemo'"}},
      {"unknown category by id and by name",
       false,
       "%\n1 posemo\n%\nhappy\t9\nglad\tjoy posemo\n",
       {"x.dic:4: error: unknown category '9' in entry 'happy'",
        "x.dic:5: error: unknown category 'joy' in entry 'glad'"}},
      {"entry without categories",
       false,
       "%\n1 posemo\n%\nhappy\nvery happy joy\n",
       {"x.dic:4: error: entry 'happy' has no category",
        "x.dic:5: error: entry 'very happy joy' has no category"}},
      {"LIWC2007 conditional entry",
       false,
       "%\n2 funct\n134 verb\n125 affect\n464 posemo\n%\nlike (02 134)125/464 253\n",
       {"x.dic:7: error: conditional categories '(02 134)125/464' in entry 'like' are not "
        "supported (LIWC2007 syntax)"}},
      {"bad wildcard",
       false,
       "%\n1 a\n%\nne*go 1\n",
       {"x.dic:4: error: '*' may only end a word: 'ne*go' in entry 'ne*go'"}},
      {"invalid UTF-8 in .dic",
       false,
       "%\n1 a\n%\nh\xC3(\t1\n",
       {"x.dic:4: error: invalid UTF-8 at byte 9"}},
      {"empty .dicx", true, "", {"x.dicx: error: empty file"}},
      {"header without categories",
       true,
       "DicTerm\nhappy\n",
       {"x.dicx:1: error: the header has no category columns"}},
      {"unnamed and duplicate columns",
       true,
       "DicTerm,a,,a\nhappy,X,X,X\n",
       {"x.dicx:1: error: column 3 of the header has no category name",
        "x.dicx:1: error: duplicate category 'a'"}},
      {"bad cell and short row",
       true,
       "DicTerm,a,b\nhappy,yes,\nsad,X\nglad,,X\n",
       {"x.dicx:2: error: cell 'yes' in column 'a' of entry 'happy' is neither 'X' nor a number",
        "x.dicx:3: error: 2 fields where the header has 3"}},
      {"empty entry",
       true,
       "DicTerm,a\n,X\n",
       {"x.dicx:2: error: empty entry in the first column"}},
      {"unterminated quote",
       true,
       "DicTerm,a\nhappy,X\n\"sad,X\nglad,X\n",
       {"x.dicx:3: error: unterminated quoted field"}},
      {"invalid UTF-8 in .dicx",
       true,
       "DicTerm,a\n\xFF,X\n",
       {"x.dicx:2: error: invalid UTF-8 at byte 10"}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const Loaded loaded =
        c.dicx ? ReadLiwcDicx(c.input, "x.dicx", "x") : ReadLiwcDic(c.input, "x.dic", "x");
    CHECK(Problems(loaded) == c.problems);
    CHECK_FALSE(loaded.ok());
  }
}

}  // namespace
}  // namespace slant::lexicon
