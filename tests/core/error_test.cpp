#include "core/error.h"

#include <catch2/catch.hpp>

namespace slant {
namespace {

TEST_CASE("Error::ToString says what went wrong and where, leaving out what is unknown",
          "[core][errors]") {
  struct Case {
    const char* name;
    Error error;
    std::string expected;
  };
  const Case cases[] = {
      {"message only", Error(ErrorCode::kParse, "bad"), "bad"},
      {"file", Error(ErrorCode::kIo, "cannot open").InFile("a.jsonl"), "a.jsonl: cannot open"},
      {"file and line", Error(ErrorCode::kParse, "bad").InFile("a.jsonl", 12), "a.jsonl:12: bad"},
      {"file, line and byte",
       Error(ErrorCode::kInvalidUtf8, "invalid UTF-8").InFile("a.txt", 3).AtByte(40),
       "a.txt:3: invalid UTF-8 at byte 40"},
      {"line without file", Error(ErrorCode::kParse, "bad").AtLine(7), "line 7: bad"},
      {"byte zero is a position", Error(ErrorCode::kInvalidUtf8, "x").AtByte(0), "x at byte 0"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(c.error.ToString() == c.expected);
  }
}

TEST_CASE("Result holds either a value or an error", "[core]") {
  Result<int> good = 7;
  REQUIRE(good.ok());
  CHECK(good.value() == 7);
  Result<int> bad = Error(ErrorCode::kNotFound, "none");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().code() == ErrorCode::kNotFound);
}

}  // namespace
}  // namespace slant
