// The SVG writer: input text made inert XML, numbers in fixed bytes, names that cannot run code.
#include "report/svg.h"

#include <limits>
#include <stdexcept>
#include <string>

#include <catch2/catch.hpp>

namespace slant::report {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

TEST_CASE("EscapeXml makes any bytes safe character data and attribute values", "[report]") {
  struct Case {
    const char* name;
    std::string in;
    std::string out;  // by hand, from the rules in svg.h
  };
  const Case cases[] = {
      {"empty", "", ""},
      {"plain", "Meridian Wire", "Meridian Wire"},
      {"script tag", "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"ampersand", "a & b", "a &amp; b"},
      {"double quotes", "\"quoted\"", "&quot;quoted&quot;"},
      {"single quotes", "it's", "it&apos;s"},
      {"an entity stays text", "&amp;", "&amp;amp;"},
      {"path", "../../x", "../../x"},
      {"cyrillic", "Київ", "Київ"},
      {"emoji with a skin tone and a flag", "👍🏽 🇺🇦", "👍🏽 🇺🇦"},
      {"tab, line feed, carriage return", "a\tb\nc\rd", "a&#9;b&#10;c&#13;d"},
      {"C0 controls dropped",
       std::string("a\x01"
                   "b\x1F"
                   "c\x00"
                   "d",
                   7),
       "abcd"},
      {"DEL and C1 controls are XML characters",
       "a\x7F"
       "b\xC2\x85",
       "a\x7F"
       "b\xC2\x85"},
      {"U+FFFE and U+FFFF dropped",
       "a\xEF\xBF\xBE"
       "b\xEF\xBF\xBF",
       "ab"},
      {"lone lead byte", "ab\xC3(", "ab\xEF\xBF\xBD("},
      {"bytes never in UTF-8", "\xFF\xFE", "\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"truncated sequence at the end: one replacement", "x\xE2\x82", "x\xEF\xBF\xBD"},
      {"overlong slash: two", "\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"surrogate: three", "\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"stray continuation byte", "a\x80<", "a\xEF\xBF\xBD&lt;"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(EscapeXml(c.in) == c.out);
  }
}

TEST_CASE("CleanXmlText repairs without escaping, and a second pass changes nothing", "[report]") {
  const std::string dirty = std::string("<a> & \x01\xFF\tКиїв");
  const std::string clean = CleanXmlText(dirty);
  CHECK(clean == "<a> & \xEF\xBF\xBD\tКиїв");
  CHECK(CleanXmlText(clean) == clean);
  CHECK(EscapeXml(clean) == EscapeXml(dirty));
}

TEST_CASE("FormatNumber writes fixed decimals, rounded to nearest, with no negative zero",
          "[report]") {
  struct Case {
    double value;
    int decimals;
    const char* out;
  };
  const Case cases[] = {
      {0.0, 2, "0.00"},
      {-0.0, 2, "0.00"},
      {-0.004, 2, "0.00"},  // rounds to zero: no sign
      {-1e-7, 2, "0.00"},
      {-0.0, 0, "0"},
      {-0.4, 0, "0"},
      {-0.006, 2, "-0.01"},
      {1.005, 2, "1.00"},  // 1.005 is stored as 1.00499999999999989...
      {2.5, 0, "2"},       // an exact tie goes to even, as printf does
      {3.5, 0, "4"},
      {720.0, 0, "720"},
      {468.0, 2, "468.00"},
      {-3.0, 0, "-3"},
      {1234567.891, 2, "1234567.89"},
      {0.1 * 3, 1, "0.3"},
      {1e21, 0, "1000000000000000000000"},  // never an exponent
      {kNaN, 2, "0"},
      {kInf, 2, "0"},
      {-kInf, 0, "0"},
  };
  for (const Case& c : cases) {
    INFO(c.out);
    CHECK(FormatNumber(c.value, c.decimals) == c.out);
  }
  // The largest double with many decimals still fits; decimals stop at 340.
  CHECK(FormatNumber(std::numeric_limits<double>::max(), 340).size() == 309 + 1 + 340);
  CHECK(FormatNumber(-std::numeric_limits<double>::denorm_min(), 320) ==
        "0." + std::string(320, '0'));
  CHECK(FormatNumber(1, 400) == "1." + std::string(340, '0'));
}

TEST_CASE("SvgWriter writes the root, nests elements and escapes everything from input",
          "[report]") {
  SvgWriter svg(10, 20.4, {{"font-family", "sans-serif"}});
  svg.Open("g", {{"fill", "#E69F00"}});
  svg.Open("text", {{"x", 1.5}, {"y", -0.001}}).Open("title").Text("full <name>").Close();
  svg.Text("a&b").Close();
  svg.Leaf("circle", {{"cx", 2.0}, {"cy", 3.0}, {"r", 4.0}, {"data-label", "\"><script>"}});
  const std::string document = std::move(svg).Finish();  // closes the <g>
  CHECK(document ==
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"10\" height=\"20\" "
        "viewBox=\"0 0 10 20\" font-family=\"sans-serif\">\n"
        "<g fill=\"#E69F00\">\n"
        "<text x=\"1.50\" y=\"0.00\"><title>full &lt;name&gt;</title>a&amp;b</text>\n"
        "<circle cx=\"2.00\" cy=\"3.00\" r=\"4.00\" data-label=\"&quot;&gt;&lt;script&gt;\"/>\n"
        "</g>\n"
        "</svg>\n");
}

TEST_CASE("SvgWriter refuses names that could run code, link out or style", "[report][errors]") {
  const char* elements[] = {"script", "SCRIPT", "foreignObject", "a",   "use",
                            "image",  "iframe", "style",         "svg", "",
                            "g x",    "1g",     "text>"};
  for (const char* element : elements) {
    INFO(element);
    SvgWriter svg(1, 1);
    CHECK_THROWS_AS(svg.Open(element), std::invalid_argument);
    CHECK_THROWS_AS(svg.Leaf(element, {}), std::invalid_argument);
  }
  const char* attributes[] = {"onload",  "onclick", "OnMouseOver", "href", "xlink:href", "style",
                              "x=\"1\"", "",        "a b"};
  for (const char* attribute : attributes) {
    INFO(attribute);
    SvgWriter svg(1, 1);
    CHECK_THROWS_AS(svg.Leaf("rect", {{attribute, "1"}}), std::invalid_argument);
    CHECK_THROWS_AS(SvgWriter(1, 1, {{attribute, "1"}}), std::invalid_argument);
  }
  SvgWriter svg(1, 1);
  CHECK_THROWS_AS(svg.Close(), std::logic_error);  // the root is Finish's to close
  CHECK_NOTHROW(svg.Leaf("polygon", {{"points", "0,0 1,1"}, {"stroke-width", 1.0}}));
}

}  // namespace
}  // namespace slant::report
