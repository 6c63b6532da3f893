// Markdown helpers: untrusted text made inert, bold that Markdown reads as bold, numbers.
#include "core/markdown.h"

#include <cmath>
#include <string>

#include <catch2/catch.hpp>

namespace slant {
namespace {

TEST_CASE("EscapeMarkdown makes text inert, also in a table cell", "[core]") {
  struct Case {
    std::string_view in;
    std::string out;
  };
  const Case cases[] = {
      {"", ""},
      {"plain words, “curly” quotes and Київ 🙂",
       "plain words, “curly” quotes and Київ 🙂"},
      {"a | b", "a \\| b"},
      {"a|b|c", "a\\|b\\|c"},
      {"**bold** _it_ `code` ~~s~~", "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~"},
      {"[link](http://x) ![img](y)", "\\[link\\](http://x) \\!\\[img\\](y)"},
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"# heading", "\\# heading"},
      {"AT&T \\ back", "AT&amp;T \\\\ back"},
      {"two\nlines\r\tand tab", "two lines  and tab"},
      {"CRLF\r\nend", "CRLF  end"},
      // What would start a list or underline a heading at the start of a line; not elsewhere.
      {"- item", "\\- item"},
      {"+ item", "\\+ item"},
      {"===", "\\==="},
      {"1. first", "1\\. first"},
      {"2024) year", "2024\\) year"},
      {"a - b + c = d 1. e", "a - b + c = d 1. e"},
      {"../../x", "../../x"},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(EscapeMarkdown(c.in) == c.out);
  }
}

TEST_CASE("StrongMarkdown keeps edge spaces outside the emphasis", "[core]") {
  CHECK(StrongMarkdown("said") == "**said**");
  CHECK(StrongMarkdown(" Kiev regime ") == " **Kiev regime** ");
  CHECK(StrongMarkdown("a*b") == "**a\\*b**");
  CHECK(StrongMarkdown("   ") == " ");
  CHECK(StrongMarkdown("") == "");
}

TEST_CASE("FixedNumber: C-locale decimals, no negative zero, a dash for no number", "[core]") {
  CHECK(FixedNumber(1.005, 1) == "1.0");
  CHECK(FixedNumber(2.5, 0) == "2");  // round half to even, as printf does
  CHECK(FixedNumber(-0.0001, 2) == "0.00");
  CHECK(FixedNumber(-0.01, 2) == "-0.01");
  CHECK(FixedNumber(NAN, 2) == "–");
  CHECK(FixedNumber(INFINITY, 2) == "–");
}

TEST_CASE("Markdown tables: header, delimiter and rows", "[core]") {
  std::string out;
  MarkdownHeader(out, {"outlet", "n"});
  MarkdownRow(out, {"a", "1"});
  CHECK(out == "| outlet | n |\n|---|---:|\n| a | 1 |\n");
  std::string text;
  MarkdownHeader(text, {"a", "b"}, false);
  CHECK(text == "| a | b |\n|---|---|\n");
}

}  // namespace
}  // namespace slant
