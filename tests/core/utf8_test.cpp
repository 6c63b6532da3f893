#include "core/utf8.h"

#include <optional>
#include <string>

#include <catch2/catch.hpp>

namespace slant {
namespace {

TEST_CASE("FindInvalidUtf8 gives the offset of the first ill-formed sequence", "[core][errors]") {
  struct Case {
    const char* name;
    std::string bytes;
    std::optional<std::size_t> bad;
  };
  const Case cases[] = {
      {"empty", "", std::nullopt},
      {"ascii", "Kyiv", std::nullopt},
      {"cyrillic and emoji", "Київ \xF0\x9F\x98\xA1", std::nullopt},
      {"NUL is well-formed", std::string("a\0b", 3), std::nullopt},
      {"lead byte followed by ASCII", "ab\xC3(", 2},
      {"lone continuation byte", "ok\x80", 2},
      {"byte FF", "\xC3\xA9\xFF", 2},
      {"overlong slash", "\xC0\xAF", 0},
      {"UTF-16 surrogate D800", "x\xED\xA0\x80", 1},
      {"above U+10FFFF", "\xF4\x90\x80\x80", 0},
      {"truncated at the end", "abc\xE2\x82", 3},
      {"BOM is well-formed", "\xEF\xBB\xBFhi", std::nullopt},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(FindInvalidUtf8(c.bytes) == c.bad);
  }
}

TEST_CASE("FindInvalidUtf8 finds a bad byte at every offset of a long ASCII run",
          "[core][errors]") {
  // ASCII is checked eight bytes at a time: a bad byte (or a valid multi-byte character)
  // must be seen wherever it falls relative to those blocks.
  for (std::size_t at = 0; at < 40; ++at) {
    INFO("offset " << at);
    std::string text(40, 'a');
    text[at] = '\xFF';
    CHECK(FindInvalidUtf8(text) == at);
    std::string valid = std::string(at, 'a') + "\u2019" + std::string(40 - at, 'b');
    CHECK(FindInvalidUtf8(valid) == std::nullopt);
    std::string cut = std::string(at, 'a') + "\xE2\x80";  // a sequence the text cuts short
    CHECK(FindInvalidUtf8(cut) == at);
  }
}

TEST_CASE("Utf8BomLength recognizes only a leading byte-order mark", "[core]") {
  CHECK(Utf8BomLength("\xEF\xBB\xBF{}") == 3);
  CHECK(Utf8BomLength("{}") == 0);
  CHECK(Utf8BomLength("\xEF\xBB") == 0);
  CHECK(Utf8BomLength("") == 0);
}

}  // namespace
}  // namespace slant
