#include "corpus/csv.h"

#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace slant::corpus {
namespace {

using Row = std::vector<std::string>;

TEST_CASE("CsvReader reads RFC 4180 records", "[corpus]") {
  struct Case {
    const char* name;
    std::string input;
    std::vector<Row> rows;
  };
  const Case cases[] = {
      {"plain", "path,outlet\na.txt,wire\n", {{"path", "outlet"}, {"a.txt", "wire"}}},
      {"quoted comma and quote", "\"a, b\",\"say \"\"hi\"\"\"\n", {{"a, b", "say \"hi\""}}},
      {"empty fields", ",x,\n", {{"", "x", ""}}},
      {"line break inside quotes", "\"one\ntwo\",3\r\n", {{"one\ntwo", "3"}}},
      {"blank lines between records", "a\n\nb\n", {{"a"}, {"b"}}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    std::istringstream in(c.input);
    LineReader lines(in, 1000);
    CsvReader csv(lines);
    std::vector<Row> rows;
    while (true) {
      auto row = csv.Next();
      REQUIRE(row.ok());
      if (row.value().empty()) break;
      rows.push_back(row.value());
    }
    CHECK(rows == c.rows);
  }
}

TEST_CASE("CsvReader rejects broken quoting", "[corpus][errors]") {
  struct Case {
    const char* input;
    const char* message;
  };
  const Case cases[] = {
      {"\"open\n", "unterminated quoted field"},
      {"ab\"c\n", "a quote inside an unquoted field"},
      {"\"a\"b\n", "unexpected character after a closing quote"},
  };
  for (const Case& c : cases) {
    INFO(c.input);
    std::istringstream in(c.input);
    LineReader lines(in, 1000);
    CsvReader csv(lines);
    auto row = csv.Next();
    REQUIRE_FALSE(row.ok());
    CHECK(row.error().ToString() == c.message);
  }
}

}  // namespace
}  // namespace slant::corpus
