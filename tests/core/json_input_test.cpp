// The nesting cap and the wording of JSON errors every reader of untrusted JSON shares.
#include "core/json_input.h"

#include <string>

#include <catch2/catch.hpp>

namespace slant {
namespace {

TEST_CASE("JsonNestingDepth counts objects and arrays, not brackets inside strings",
          "[json_input]") {
  struct Case {
    const char* json;
    int depth;
  };
  const Case cases[] = {
      {"", 0},
      {"42", 0},
      {"{}", 1},
      {"{\"a\":[1,{\"b\":[]}]}", 4},
      {"[[],[],[]]", 2},                   // siblings do not add up
      {"{\"text\":\"[[[{{{\"}", 1},        // brackets in a string
      {"{\"t\":\"a \\\" [[[ \\\\\"}", 1},  // an escaped quote does not end the string; \\ does
      {"[\"Київ [1]\", [\"😀{\"]]", 2},     // Cyrillic and emoji around brackets in strings
      {"{\"a\":1", 1},                     // truncated: the depth reached still counts
  };
  for (const Case& c : cases) {
    INFO(c.json);
    CHECK(JsonNestingDepth(c.json) == c.depth);
  }
}

TEST_CASE("JsonTooDeep allows 64 levels and refuses 65", "[json_input]") {
  const auto nested = [](int depth) {
    return std::string(static_cast<std::size_t>(depth), '[') +
           std::string(static_cast<std::size_t>(depth), ']');
  };
  CHECK_FALSE(JsonTooDeep(nested(64)).has_value());
  REQUIRE(JsonTooDeep(nested(65)).has_value());
  CHECK(*JsonTooDeep(nested(65)) == "JSON nested deeper than 64 levels");
}

// What DescribeJsonError says of parsing `json` and, when that works, reading it as an int.
std::string ErrorOf(const std::string& json, bool with_byte = true) {
  try {
    const int value = nlohmann::json::parse(json).get<int>();
    return "(parsed " + std::to_string(value) + ")";
  } catch (const nlohmann::json::exception& e) {
    return DescribeJsonError(e, with_byte);
  }
}

TEST_CASE("DescribeJsonError words nlohmann's errors for a user", "[json_input]") {
  // nlohmann's byte is 1-based and counts the '}' that made "tru" invalid (index 9); ours is
  // that index. Its "last read" is its own: what it read since the last complete token.
  CHECK(ErrorOf("{\"a\": tru}") ==
        "malformed JSON at byte 9: syntax error while parsing value - invalid literal; "
        "last read: '\"a\": tru}'");
  CHECK(ErrorOf("{\"a\": tru}", false) ==
        "malformed JSON: syntax error while parsing value - invalid literal; last read: "
        "'\"a\": tru}'");
  CHECK(ErrorOf("[1e999]") == "malformed JSON: number overflow parsing '1e999'");
  CHECK(ErrorOf("\"x\"") == "type must be number, but is string");
  CHECK(ErrorOf("7") == "(parsed 7)");
}

TEST_CASE("A cut-off string is quoted by its last 40 bytes, starting on a whole character",
          "[json_input]") {
  // The string read so far is its opening quote, 30 letters and 10 Cyrillic letters of 2
  // bytes: 51 bytes. The last 40 begin at byte 11, letter 10 ('k'). The error is at byte 56,
  // the end of the text ({"t":" is 6 bytes).
  const std::string letters = "abcdefghijklmnopqrstuvwxyzABCD";
  const std::string d10 = "ДДДДДДДДДД";
  CHECK(ErrorOf("{\"t\":\"" + letters + d10) ==
        "malformed JSON at byte 56: syntax error while parsing value - invalid string: missing "
        "closing quote; last read: '…klmnopqrstuvwxyzABCD" +
            d10 + "'");
  // A quote, "abcde", 20 Д and "x": 47 bytes, so the last 40 begin at byte 7, the second byte
  // of the first Д; the excerpt starts at the next whole character, the second Д.
  const std::string d20 = d10 + d10;
  CHECK(ErrorOf("{\"t\":\"abcde" + d20 + "x") ==
        "malformed JSON at byte 52: syntax error while parsing value - invalid string: missing "
        "closing quote; last read: '…" +
            d20.substr(2) + "x'");
}

}  // namespace
}  // namespace slant
