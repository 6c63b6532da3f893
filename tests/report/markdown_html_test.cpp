// GFM to HTML: tables keep their shape, nothing in the Markdown becomes script, text passes
// byte for byte, and the page inlines the charts it is given. Expected HTML is written from
// the GFM spec and cmark's safe-mode rules, not from the code's output.
#include "report/markdown_html.h"

#include <map>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "report/html_check.h"

namespace slant::report {
namespace {

using testing::kGfmAttributes;
using testing::kGfmElements;
using testing::ParseHtmlShape;
using testing::RaggedRows;
using testing::UnsafeOrUnexpected;

TEST_CASE("RenderGfm keeps every table row as wide as its header", "[report]") {
  struct Case {
    const char* name;
    std::string markdown;
    std::size_t header;
    std::vector<std::size_t> rows;
    std::string cell;  // a cell the HTML must contain
  };
  const Case cases[] = {
      {"plain", "| a | b |\n|---|---|\n| 1 | 2 |\n", 2, {2}, "<td>2</td>"},
      {"escaped pipe", "| a | b |\n|---|---|\n| a\\|b | c |\n", 2, {2}, "<td>a|b</td>"},
      {"escaped pipe in code",
       "| a | b |\n|---|---|\n| `x\\|y` | z |\n",
       2,
       {2},
       "<td><code>x|y</code></td>"},
      {"two escaped pipes, no outer pipes",
       "a | b | c\n--|--|--\n\\|\\| | 2 | 3\n",
       3,
       {3},
       "<td>||</td>"},
      {"short row filled, long row cut",
       "| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |\n",
       2,
       {2, 2},
       "<td></td>"},
      {"alignment", "| a | b |\n|:--|--:|\n| 1 | 2 |\n", 2, {2}, "<td align=\"right\">2</td>"},
      {"crlf", "| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n| 3 | 4 |\r\n", 2, {2, 2}, "<td>4</td>"},
      {"cyrillic",
       "| Видання | Частка |\n|---|---:|\n| Київ\\|Post | 12% |\n",
       2,
       {2},
       "<td>Київ|Post</td>"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const std::string html = RenderGfm(c.markdown);
    const testing::HtmlShape shape = ParseHtmlShape(html);
    REQUIRE(shape.tables.size() == 1);
    CHECK(shape.tables[0].header_cells == c.header);
    CHECK(shape.tables[0].body_row_cells == c.rows);
    CHECK(RaggedRows(shape).empty());
    CHECK(UnsafeOrUnexpected(shape, kGfmElements, kGfmAttributes).empty());
    CHECK(html.find(c.cell) != std::string::npos);
  }
}

TEST_CASE("A document using every GFM construct stays in the allowed vocabulary, all of it used",
          "[report]") {
  const std::string markdown =
      "# h1\n## h2\n### h3\n#### h4\n##### h5\n###### h6\n\n"
      "*em* **strong** ~~del~~ `code` [a](https://example.org \"title\") ![img](c.png)\\\n"
      "after a hard break\n\n"
      "> quoted\n\n"
      "- item\n\n"
      "3. third\n\n"
      "```python\nprint(1)\n```\n\n"
      "---\n\n"
      "| a | b |\n|:-:|---|\n| 1 | 2 |\n";
  const testing::HtmlShape shape = ParseHtmlShape(RenderGfm(markdown));
  CHECK(shape.elements == kGfmElements);
  CHECK(shape.attributes == kGfmAttributes);
  CHECK(shape.urls == std::vector<std::string>{"https://example.org", "c.png"});
  CHECK(UnsafeOrUnexpected(shape, kGfmElements, kGfmAttributes).empty());
}

TEST_CASE("RenderGfm never turns Markdown into script, event handlers or script URLs", "[report]") {
  struct Case {
    std::string markdown;
    std::string html;
  };
  const Case cases[] = {
      // An HTML block (type 1, and type 7 for a lone tag) goes whole.
      {"<script>alert(1)</script>", "<!-- raw HTML omitted -->\n"},
      {"<img src=x onerror=alert(1)>", "<!-- raw HTML omitted -->\n"},
      {"<svg onload=alert(1)>", "<!-- raw HTML omitted -->\n"},
      // Inline tags go; the text between them stays text.
      {"see <img src=x onerror=alert(1)> here", "<p>see <!-- raw HTML omitted --> here</p>\n"},
      {"a <script>alert(1)</script> b",
       "<p>a <!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted --> b</p>\n"},
      {"<b onclick=alert(1)>bold</b>",
       "<p><!-- raw HTML omitted -->bold<!-- raw HTML omitted --></p>\n"},
      // Script URLs lose their destination, however they are spelled.
      {"[x](javascript:alert(1))", "<p><a href=\"\">x</a></p>\n"},
      {"[x](JaVaScRiPt:alert(1))", "<p><a href=\"\">x</a></p>\n"},
      {"[x](java&#115;cript:alert(1))", "<p><a href=\"\">x</a></p>\n"},
      {"[x](vbscript:msgbox)", "<p><a href=\"\">x</a></p>\n"},
      {"[x](data:text/html;base64,PHNjcmlwdD4=)", "<p><a href=\"\">x</a></p>\n"},
      {"![x](javascript:alert(1))", "<p><img src=\"\" alt=\"x\" /></p>\n"},
      {"<javascript:alert(1)>", "<p><a href=\"\">javascript:alert(1)</a></p>\n"},
      {"[x][r]\n\n[r]: javascript:alert(1)", "<p><a href=\"\">x</a></p>\n"},
      // Escaped markup stays text; an ordinary link stays a link, its & escaped.
      {"&lt;script&gt;", "<p>&lt;script&gt;</p>\n"},
      {"\\<script>", "<p>&lt;script&gt;</p>\n"},
      {"[x](https://example.org/?a=1&b=2)",
       "<p><a href=\"https://example.org/?a=1&amp;b=2\">x</a></p>\n"},
  };
  for (const Case& c : cases) {
    INFO(c.markdown);
    const std::string html = RenderGfm(c.markdown);
    CHECK(html == c.html);
    CHECK(UnsafeOrUnexpected(ParseHtmlShape(html), kGfmElements, kGfmAttributes).empty());
  }
}

TEST_CASE("RenderGfm reads CRLF and CR as LF and keeps UTF-8 byte for byte", "[report]") {
  struct Case {
    const char* name;
    std::string markdown;
    std::string html;
  };
  const Case cases[] = {
      {"crlf", "# Title\r\n\r\nline one\r\nline two\r\n",
       "<h1>Title</h1>\n<p>line one\nline two</p>\n"},
      {"cr", "one\rtwo\r\rthree", "<p>one\ntwo</p>\n<p>three</p>\n"},
      {"cyrillic and emoji",
       "Київ заявив «ні» 👍🏽 — 🇺🇦 👨‍👩‍👧",
       "<p>Київ заявив «ні» 👍🏽 — 🇺🇦 👨‍👩‍👧</p>\n"},
      {"cyrillic heading and emphasis", "## Заголовок\n\n*курсив* **жирний** ~~ні~~",
       "<h2>Заголовок</h2>\n<p><em>курсив</em> <strong>жирний</strong> <del>ні</del></p>\n"},
      {"no smart quotes", "He said \"no\" -- then...",
       "<p>He said &quot;no&quot; -- then...</p>\n"},
      {"no autolinks", "see www.example.org and https://example.org",
       "<p>see www.example.org and https://example.org</p>\n"},
      {"ill-formed UTF-8 becomes U+FFFD",
       "a\xFF"
       "b",
       "<p>a\xEF\xBF\xBD"
       "b</p>\n"},
      {"empty", "", ""},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(RenderGfm(c.markdown) == c.html);
  }
}

// What a page holds beyond GFM: its head, and the test charts' own elements.
std::set<std::string> PageElements() {
  std::set<std::string> e = kGfmElements;
  e.insert({"html", "head", "meta", "title", "style", "body", "main", "svg", "rect", "g"});
  return e;
}
std::set<std::string> PageAttributes() {
  std::set<std::string> a = kGfmAttributes;
  a.insert({"lang", "charset", "name", "content", "http-equiv", "role", "aria-label", "aria-hidden",
            "xmlns", "viewbox", "width", "height"});
  return a;
}

const char kChart[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
    "<rect width=\"10\" height=\"5\"/></svg>\n";

TEST_CASE("HtmlPage is one self-contained page that says slant made it", "[report]") {
  const std::string page = HtmlPage("Outlets <b>&\"", "# Report\n\nText.\n", {});
  CHECK(page.starts_with("<!DOCTYPE html>\n"));
  CHECK(page.find("<meta charset=\"utf-8\">") != std::string::npos);
  CHECK(page.find("<meta name=\"generator\" content=\"slant report\">") != std::string::npos);
  CHECK(page.find("<title>Outlets &lt;b&gt;&amp;&quot;</title>") != std::string::npos);
  CHECK(page.find("<h1>Report</h1>\n<p>Text.</p>\n") != std::string::npos);
  CHECK(page.find("<style>") != std::string::npos);
  CHECK(page.ends_with("</html>\n"));
  const testing::HtmlShape shape = ParseHtmlShape(page);
  CHECK(shape.urls.empty());  // nothing to fetch: no src, no href
  CHECK(page.find("url(") == std::string::npos);
  CHECK(page.find("@import") == std::string::npos);
  CHECK(UnsafeOrUnexpected(shape, PageElements(), PageAttributes()).empty());
}

TEST_CASE("HtmlPage inlines the SVG of each image it is given and leaves the others", "[report]") {
  struct Case {
    const char* name;
    std::string markdown;
    std::map<std::string, std::string> svgs;
    std::vector<std::string> contains;
    std::vector<std::string> absent;
  };
  const std::string inlined =
      "<svg role=\"img\" aria-label=\"Share of “crisis” by outlet\" "
      "xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><title>Share of “crisis” by "
      "outlet</title><rect width=\"10\" height=\"5\"/></svg>";
  const Case cases[] = {
      {"a chart and a picture",
       "![Share of “crisis” by outlet](r_files/chart-share.svg)\n\n![photo](other.png)\n",
       {{"r_files/chart-share.svg", kChart}},
       {"<p>" + inlined + "</p>\n", "<p><img src=\"other.png\" alt=\"photo\" /></p>\n"},
       {"<?xml", "r_files/chart-share.svg"}},
      {"the same chart twice, the title dropped",
       "![Share of “crisis” by outlet](r_files/chart-share.svg \"tip\") and "
       "![Share of “crisis” by outlet](r_files/chart-share.svg)",
       {{"r_files/chart-share.svg", kChart}},
       {"<p>" + inlined + " and " + inlined + "</p>\n"},
       {"tip"}},
      {"in a table cell, self-closing",
       "| chart |\n|---|\n| ![a](c.svg) |\n",
       {{"c.svg", "<svg viewBox=\"0 0 1 1\"/>"}},
       {"<td><svg role=\"img\" aria-label=\"a\" viewBox=\"0 0 1 1\"><title>a</title></svg></td>"},
       {"<img"}},
      {"empty alt hides it from screen readers",
       "![](c.svg)",
       {{"c.svg", "<svg><g/></svg>"}},
       {"<p><svg aria-hidden=\"true\"><g/></svg></p>"},
       {"aria-label", "role=", "<title></title>"}},
      {"alt text from markup, escaped",
       "![a *b* & <c>](c.svg)",
       {{"c.svg", "<svg><g/></svg>"}},
       {"<svg role=\"img\" aria-label=\"a b &amp; &lt;c&gt;\"><title>a b &amp; &lt;c&gt;"
        "</title><g/></svg>"},
       {}},
      {"destination read as the parser reads it",
       "![a](<my report_files/c.svg>) ![b](r&#95;files/c.svg)",
       {{"my report_files/c.svg", "<svg><g/></svg>"}, {"r_files/c.svg", "<svg><rect/></svg>"}},
       {"<svg role=\"img\" aria-label=\"a\"><title>a</title><g/></svg>",
        "<svg role=\"img\" aria-label=\"b\"><title>b</title><rect/></svg>"},
       {"<img"}},
      {"a value that is no SVG stays an image",
       "![a](c.svg)",
       {{"c.svg", "<html>not a chart</html>"}},
       {"<p><img src=\"c.svg\" alt=\"a\" /></p>"},
       {"<svg"}},
      {"an image named like the internal marker stays itself",
       "![z](slant-inline-svg-0) ![a](c.svg)",
       {{"c.svg", "<svg><g/></svg>"}},
       {"<img src=\"slant-inline-svg-0\" alt=\"z\" /> <svg role=\"img\" aria-label=\"a\">"
        "<title>a</title><g/></svg>"},
       {}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const std::string page = HtmlPage("t", c.markdown, c.svgs);
    for (const std::string& s : c.contains) CHECK(page.find(s) != std::string::npos);
    for (const std::string& s : c.absent) CHECK(page.find(s) == std::string::npos);
    CHECK(UnsafeOrUnexpected(ParseHtmlShape(page), PageElements(), PageAttributes()).empty());
  }
}

TEST_CASE("The HTML check finds ragged tables and live script", "[report]") {
  // The checker itself, on HTML no renderer of ours would write.
  const testing::HtmlShape shape = ParseHtmlShape(
      "<table><thead><tr><th>a</th><th>b</th></tr></thead>"
      "<tbody><tr><td>1</td></tr><tr><td>1</td><td>2</td></tr></tbody></table>"
      "<p onclick=\"x\"><a HREF=\" java&#x73;cript:x\">y</a><a href='&colon;'>z</a></p>"
      "<iframe src=\"data:text/html,x\"></iframe><img src=\"data:image/png;base64,AA\">");
  REQUIRE(shape.tables.size() == 1);
  CHECK(shape.tables[0].header_cells == 2);
  CHECK(shape.tables[0].body_row_cells == std::vector<std::size_t>{1, 2});
  CHECK(RaggedRows(shape) == std::vector<std::string>{"table 1 row 1 has 1 cells, its header 2"});
  const std::vector<std::string> problems = UnsafeOrUnexpected(shape, kGfmElements, kGfmAttributes);
  const std::vector<std::string> expected = {
      "unknown character reference &colon; in \"&colon;\"",
      "element <iframe>",
      "event attribute onclick",
      "URL  javascript:x",
      "URL data:text/html,x",
  };
  CHECK(problems == expected);
}

}  // namespace
}  // namespace slant::report
