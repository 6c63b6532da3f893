#include "core/json_writer.h"

#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace slant {
namespace {

std::string WriteDouble(double x) {
  std::string out;
  JsonWriter(out).Number(x);
  return out;
}

std::string WriteString(std::string_view s) {
  std::string out;
  JsonWriter(out).String(s);
  return out;
}

TEST_CASE("JsonWriter prints numbers as JSON readers and nlohmann's dump expect", "[core]") {
  struct Case {
    double value;
    const char* expected;  // by hand, from the rules in json_writer.h
  };
  const Case cases[] = {
      {0.0, "0.0"},
      {-0.0, "-0.0"},
      {12.0, "12.0"},
      {12.5, "12.5"},
      {-0.3, "-0.3"},
      {0.0001, "0.0001"},  // exponent -4: still plain
      {0.00001, "1e-05"},  // below: scientific, two exponent digits
      {0.1234, "0.1234"},
      {1e14, "100000000000000.0"},  // 15 digits before the point: plain
      {1e15, "1e+15"},              // 16: scientific
      {123456.789, "123456.789"},
      {2.5e-300, "2.5e-300"},
      {std::numeric_limits<double>::quiet_NaN(), "null"},
      {std::numeric_limits<double>::infinity(), "null"},
  };
  for (const Case& c : cases) {
    INFO(c.expected);
    CHECK(WriteDouble(c.value) == c.expected);
    CHECK(WriteDouble(c.value) == nlohmann::json(c.value).dump());
  }
  // Every figure slant writes is rounded to four decimals: for those, the same bytes as
  // nlohmann's serializer.
  std::mt19937_64 random(20261123);
  for (int i = 0; i < 20000; ++i) {
    const auto k = static_cast<std::int64_t>(random() % 20000001) - 10000000;
    const double x = std::round(static_cast<double>(k) / 1e4 * 1e4) / 1e4;
    INFO(k);
    REQUIRE(WriteDouble(x) == nlohmann::json(x).dump());
  }
  // Any double reads back to itself, in no more characters than nlohmann uses (whose
  // Grisu2 digits are not always the shortest: 3.2916152086571793e+210 for
  // 3.291615208657179e+210).
  for (int i = 0; i < 20000; ++i) {
    const std::uint64_t bits = random();
    double x = 0;
    std::memcpy(&x, &bits, sizeof x);
    if (!std::isfinite(x)) continue;
    INFO(bits);
    const std::string written = WriteDouble(x);
    REQUIRE(nlohmann::json::parse(written).get<double>() == x);
    REQUIRE(written.size() <= nlohmann::json(x).dump().size());
  }
}

TEST_CASE("JsonWriter escapes strings as nlohmann's dump does", "[core]") {
  struct Case {
    std::string input;
    const char* expected;
  };
  const Case cases[] = {
      {"", R"("")"},
      {"plain", R"("plain")"},
      {"say \"no\"", R"("say \"no\"")"},
      {"back\\slash", R"("back\\slash")"},
      {"CRLF\r\n\ttab", R"("CRLF\r\n\ttab")"},
      {std::string("nul\0x", 5), R"("nul\u0000x")"},
      {"\x01\x1f\x7f", "\"\\u0001\\u001f\x7f\""},  // DEL is not a control JSON escapes
      {"\u201CKyiv\u201D \u041A\u0438\u0457\u0432 \U0001F621",
       "\"\u201CKyiv\u201D \u041A\u0438\u0457\u0432 \U0001F621\""},
  };
  for (const Case& c : cases) {
    INFO(c.expected);
    CHECK(WriteString(c.input) == c.expected);
    CHECK(WriteString(c.input) == nlohmann::json(c.input).dump());
  }
}

TEST_CASE("JsonWriter nests objects and arrays with commas in the right places", "[core]") {
  std::string out;
  JsonWriter json(out);
  json.BeginObject()
      .Field("id", "a1")
      .Field("n", std::size_t{3})
      .Field("ok", true)
      .Key("none")
      .Null()
      .Key("empty_object")
      .BeginObject()
      .EndObject()
      .Key("empty_array")
      .BeginArray()
      .EndArray()
      .Key("list")
      .BeginArray()
      .Number(std::int64_t{-1})
      .BeginObject()
      .Field("x", 0.5)
      .EndObject()
      .StringOrNull("")
      .StringOrNull("s")
      .EndArray()
      .EndObject();
  CHECK(out == R"({"id":"a1","n":3,"ok":true,"none":null,"empty_object":{},"empty_array":[],)"
               R"("list":[-1,{"x":0.5},null,"s"]})");
}

}  // namespace
}  // namespace slant
