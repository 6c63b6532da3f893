#include "corpus/line_reader.h"

#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace slant::corpus {
namespace {

using Status = LineReader::Status;

struct Read {
  Status status;
  std::string line;
  std::int64_t number;
  friend bool operator==(const Read&, const Read&) = default;
};

std::vector<Read> ReadAll(const std::string& input, std::size_t cap) {
  std::istringstream in(input);
  LineReader reader(in, cap);
  std::vector<Read> out;
  std::string line;
  while (true) {
    const Status status = reader.Next(line);
    if (status == Status::kEnd) break;
    out.push_back({status, line, reader.line_number()});
  }
  return out;
}

TEST_CASE("LineReader splits lines, drops CR and a leading BOM, and skips long lines", "[corpus]") {
  struct Case {
    const char* name;
    std::string input;
    std::size_t cap;
    std::vector<Read> lines;
  };
  const Case cases[] = {
      {"empty", "", 100, {}},
      {"no final newline", "a\nb", 100, {{Status::kLine, "a", 1}, {Status::kLine, "b", 2}}},
      {"CRLF", "a\r\nb\r\n", 100, {{Status::kLine, "a", 1}, {Status::kLine, "b", 2}}},
      {"blank lines are lines",
       "\n\nx\n",
       100,
       {{Status::kLine, "", 1}, {Status::kLine, "", 2}, {Status::kLine, "x", 3}}},
      {"BOM at the start only",
       "\xEF\xBB\xBFx\n\xEF\xBB\xBFy\n",
       100,
       {{Status::kLine, "x", 1}, {Status::kLine, "\xEF\xBB\xBFy", 2}}},
      {"a line over the cap is skipped, the next is read",
       "12345\nok\n",
       4,
       {{Status::kTooLong, "", 1}, {Status::kLine, "ok", 2}}},
      {"a line exactly at the cap is fine", "1234\n", 4, {{Status::kLine, "1234", 1}}},
      {"a long last line without newline",
       "ok\n123456789",
       4,
       {{Status::kLine, "ok", 1}, {Status::kTooLong, "", 2}}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(ReadAll(c.input, c.cap) == c.lines);
  }
}

TEST_CASE("LineReader reads lines longer than its chunk and skips huge ones in bounded memory",
          "[corpus]") {
  const std::string big(200000, 'x');  // three 64 KiB chunks
  auto lines = ReadAll(big + "\nend\n", 300000);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].line == big);
  CHECK(lines[1].line == "end");

  std::istringstream in(std::string(5'000'000, 'y') + "\nafter\n");
  LineReader reader(in, 1000);
  std::string line;
  CHECK(reader.Next(line) == Status::kTooLong);
  CHECK(reader.skipped_bytes() == 5'000'000);
  CHECK(reader.Next(line) == Status::kLine);
  CHECK(line == "after");
}

}  // namespace
}  // namespace slant::corpus
