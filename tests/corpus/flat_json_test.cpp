#include "corpus/flat_json.h"

#include <random>
#include <string>

#include <catch2/catch.hpp>

#include "core/limits.h"

namespace slant::corpus {
namespace {

using Json = nlohmann::ordered_json;

TEST_CASE("ParseFlatJsonObject reads flat records exactly as nlohmann does", "[corpus]") {
  const char* accepted[] = {
      R"({})",
      R"(  { "id" : "a1" , "text":"x" }  )",
      "{\"text\":\"line one\\nline two\\r\\n\\ttab \\\"quoted\\\" back\\\\slash \\/\"}",
      R"({"text":"Kyiv\u2019s \u201Cwords\u201D \ud83d\ude21 \u0000 \u00e9"})",
      "{\"text\":\"raw UTF-8: \xE2\x80\x9CKyiv\xE2\x80\x9D \xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2 "
      "\xF0\x9F\x98\xA1\"}",
      R"({"id":42,"rank":-3,"score":0.25,"big":1e300,"neg":-0.0,"ok":true,"no":false,"none":null})",
      "{\"text\":\"\"}\r",
      R"({"tags":["a","b]"],"meta":{"source":{"name":"x}","n":[1,2,{"k":null}]}},"text":"x"})",
      R"({"empty":[],"also":{}})",
  };
  for (const char* record : accepted) {
    INFO(record);
    const auto flat = ParseFlatJsonObject(record);
    REQUIRE(flat.has_value());
    const Json expected = Json::parse(record);
    CHECK(*flat == expected);
    CHECK(flat->dump() == expected.dump());  // same keys in the same order, same types
  }
}

TEST_CASE("ParseFlatJsonObject leaves everything else to the full parser", "[corpus]") {
  const char* declined[] = {
      "",
      "[]",
      "\"text\"",
      R"({"text":"x",})",                   // trailing comma
      R"({"text":"x"} extra)",              // trailing bytes
      R"({"text":"x")",                     // unterminated object
      R"({"text":"x)",                      // unterminated string
      "{\"text\":\"raw\ttab\"}",            // control character inside a string
      R"({"text":"\x41"})",                 // unknown escape
      R"({"text":"\ud83d"})",               // high surrogate alone
      R"({"text":"\ude21"})",               // low surrogate alone
      R"({"text":"\u12g4"})",               // bad hex
      R"({"text":"a","text":"b"})",         // duplicate key
      R"({"tags":["a","b",],"text":"x"})",  // a nested array nlohmann rejects
      R"({"meta":{"a":1},"text":"x")",      // unterminated after a nested object
      R"({"meta":{"a":1)",                  // unterminated nested object
      R"({"n":01})",                        // not a JSON number
      R"({"n":1.})",
      R"({"ok":tru})",
      R"({'text':'x'})",
  };
  for (const char* record : declined) {
    INFO(record);
    CHECK_FALSE(ParseFlatJsonObject(record).has_value());
  }
  // Nesting as deep as the reader allows is read; one level more is declined (the reader
  // then refuses it with its own message).
  const auto nested = [](int levels) {
    return "{\"m\":" + std::string(static_cast<std::size_t>(levels), '[') +
           std::string(static_cast<std::size_t>(levels), ']') + "}";
  };
  CHECK(ParseFlatJsonObject(nested(kMaxJsonDepth - 1)).has_value());
  CHECK_FALSE(ParseFlatJsonObject(nested(kMaxJsonDepth)).has_value());
}

TEST_CASE("ParseFlatJsonObject agrees with nlohmann on random flat records", "[corpus]") {
  // Values drawn from pieces that stress escaping: quotes, backslashes, every control
  // character, multi-byte UTF-8 and astral code points, which nlohmann's dump escapes or
  // keeps; the parse of the dump must come back identical.
  const std::string pieces[] = {"a",
                                "\"",
                                "\\",
                                "/",
                                "\n",
                                "\r",
                                "\t",
                                "\x01",
                                "\x1f",
                                " ",
                                "\xE2\x80\x99",
                                "\xD0\x9A",
                                "\xF0\x9F\x98\xA1",
                                "e\xCC\x81"};
  std::mt19937 random(20261123);
  for (int round = 0; round < 2000; ++round) {
    Json object = Json::object();
    const int fields = static_cast<int>(random() % 6);
    for (int f = 0; f < fields; ++f) {
      std::string value;
      for (auto k = random() % 12; k > 0; --k) value += pieces[random() % std::size(pieces)];
      switch (random() % 5) {
        case 0:
          object["f" + std::to_string(f)] = value;
          break;
        case 1:
          object["f" + std::to_string(f)] = static_cast<int>(random() % 2001) - 1000;
          break;
        case 2:
          object["f" + std::to_string(f)] = static_cast<double>(random() % 10000) / 7.0;
          break;
        case 3:
          object["k" + value] = nullptr;  // keys need the same unescaping
          break;
        default:
          object["n" + std::to_string(f)] = {{"inner", value}, {"list", {1, value, nullptr}}};
      }
    }
    const std::string line = object.dump();
    INFO(line);
    const auto flat = ParseFlatJsonObject(line);
    REQUIRE(flat.has_value());
    CHECK(*flat == Json::parse(line));
  }
}

}  // namespace
}  // namespace slant::corpus
