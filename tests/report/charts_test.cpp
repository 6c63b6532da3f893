// The report's charts: axes a reader can trust, values where the layout says, input text that
// stays text, and documents that every XML reader accepts. Each chart a test makes goes through
// Checked(), which also runs `xmllint --noout` on it when xmllint is installed.
#include "report/charts.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <regex>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <catch2/catch.hpp>

#include "../test_files.h"
#include "report/axis.h"
#include "report/label.h"
#include "report/svg.h"

namespace slant::report {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

bool HaveXmllint() {
  static const bool have = std::system("command -v xmllint >/dev/null 2>&1") == 0;
  return have;
}

std::size_t Count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + needle.size())) {
    ++n;
  }
  return n;
}

// What must hold for every chart: nothing that runs code or links out, numbers that are
// numbers, and (with xmllint) well-formed XML.
std::string Checked(std::string svg) {
  INFO(svg);
  CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"720\"", 0) ==
        0);
  CHECK(std::regex_search(svg, std::regex("<svg [^>]*viewBox=\"0 0 720 [0-9]+\"")));
  CHECK(svg.find("<title>") != std::string::npos);
  std::string lower = svg;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  CHECK(lower.find("<script") == std::string::npos);
  CHECK(lower.find("href") == std::string::npos);
  CHECK(lower.find("<style") == std::string::npos);
  CHECK(lower.find("url(") == std::string::npos);
  // Inside tags (text from input is escaped, so every '<' opens one of ours): no on...=
  // attributes, no non-numbers.
  const std::regex tag("<[^>]*>");
  for (auto it = std::sregex_iterator(lower.begin(), lower.end(), tag);
       it != std::sregex_iterator(); ++it) {
    const std::string t = it->str();
    INFO(t);
    CHECK_FALSE(std::regex_search(t, std::regex("\\son[a-z]*\\s*=")));
    CHECK_FALSE(std::regex_search(t, std::regex("nan|inf")));
  }
  if (HaveXmllint()) {
    const testing::TempDir dir;
    const std::string path = dir.Write("chart.svg", svg);
    FILE* pipe = ::popen(("xmllint --noout '" + path + "' 2>&1").c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::string messages;
    char buffer[512];
    while (std::fgets(buffer, sizeof buffer, pipe) != nullptr) messages += buffer;
    const int status = ::pclose(pipe);
    INFO(messages);
    CHECK(status == 0);
    CHECK(messages.empty());
  }
  return svg;
}

std::string Dot(const DotPlot& plot) { return Checked(RenderDotPlot(plot)); }
std::string Bars(const DivergingBars& chart) { return Checked(RenderDivergingBars(chart)); }

TEST_CASE("xmllint checks every chart when it is installed", "[report]") {
  if (!HaveXmllint()) {
    WARN(
        "skipped: xmllint not found (Debian: libxml2-utils), so charts are not checked for "
        "well-formedness");
    return;
  }
  SUCCEED("xmllint found");
}

TEST_CASE("NiceAxis puts ticks on 1, 2 or 5 times a power of ten, covering the data", "[report]") {
  struct Case {
    double lo;
    double hi;
    std::vector<std::string> ticks;  // worked out by hand from the rule in axis.h
  };
  const Case cases[] = {
      // span / 8 = 1.25: a step of 1 gives 10 intervals, 2 gives 5
      {0, 10, {"0", "2", "4", "6", "8", "10"}},
      // 0.8625: 0.5 gives 0..7.5, 15 intervals; 1 gives 0..8, 8
      {0.3, 7.2, {"0", "1", "2", "3", "4", "5", "6", "7", "8"}},
      // 0.6875: 0.5 gives -3.5..2.5, 12; 1 gives -4..3, 7
      {-3.1, 2.4, {"-4", "-3", "-2", "-1", "0", "1", "2", "3"}},
      // 0.004375: 0.002 gives 0.012..0.048, 18; 0.005 gives 0.010..0.050, 8
      {0.012,
       0.047,
       {"0.010", "0.015", "0.020", "0.025", "0.030", "0.035", "0.040", "0.045", "0.050"}},
      // 107.5: 100 gives 100..1000, 9; 200 gives 0..1000, 5
      {120, 980, {"0", "200", "400", "600", "800", "1000"}},
      // 0.25: 0.2 gives -2.6..-0.4, 11; 0.5 gives 4
      {-2.5, -0.5, {"-2.5", "-2.0", "-1.5", "-1.0", "-0.5"}},
      // 0.1 × 3 / 0.05 is 6.000000000000001: still 6, not 7
      {0, 0.1 * 3, {"0.00", "0.05", "0.10", "0.15", "0.20", "0.25", "0.30"}},
      // the bars' symmetric ranges: 0.925 -> 1; 1.55 -> 2
      {-3.7, 3.7, {"-4", "-3", "-2", "-1", "0", "1", "2", "3", "4"}},
      {-6.2, 6.2, {"-8", "-6", "-4", "-2", "0", "2", "4", "6", "8"}},
      {7.2, 0.3, {"0", "1", "2", "3", "4", "5", "6", "7", "8"}},  // either order
      {3, 3, {"0.0", "0.5", "1.0", "1.5", "2.0", "2.5", "3.0"}},  // one value: it and zero
      {-2, -2, {"-2.0", "-1.5", "-1.0", "-0.5", "0.0"}},
      {0, 0, {"0.0", "0.2", "0.4", "0.6", "0.8", "1.0"}},  // zero alone: [0, 1]
  };
  for (const Case& c : cases) {
    INFO(c.lo << " .. " << c.hi);
    const Axis axis = NiceAxis(c.lo, c.hi);
    std::vector<std::string> ticks;
    for (double t : axis.ticks) ticks.push_back(FormatNumber(t, axis.decimals));
    CHECK(ticks == c.ticks);
    CHECK(axis.min <= std::min(c.lo, c.hi));
    CHECK(axis.max >= std::max(c.lo, c.hi));
    CHECK(axis.Fraction(axis.min) == Approx(0).margin(1e-12));
    CHECK(axis.Fraction(axis.max) == Approx(1));
  }
  // The widest doubles: no overflow, every tick finite.
  const Axis wide = NiceAxis(-1e308, 1e308);
  CHECK(wide.step == 5e307);
  CHECK(wide.ticks.size() == 5);
  CHECK(wide.Fraction(0) == Approx(0.5));
}

TEST_CASE("A dot plot puts a value where the documented margins say", "[report]") {
  // Axis [2, 8] (6 / 8 = 0.75; 0.5 gives 12 intervals, 1 gives 6): x(v) = 240 + (v - 2) / 6 × 456.
  DotPlot plot{"Anger by outlet", "hits per 1,000 words", {"Wire"}, {{"anger", {{5, 2, 8}}}}};
  const std::string svg = Dot(plot);
  CHECK(svg.find("height=\"144\" viewBox=\"0 0 720 144\"") != std::string::npos);  // 44+24+52+20+4
  // One series, one row: the row is 24 high, its centre at 44 + 12 = 56.
  CHECK(svg.find("<circle cx=\"468.00\" cy=\"56.00\" r=\"4.00\"/>") != std::string::npos);
  CHECK(svg.find("<line x1=\"240.00\" y1=\"56.00\" x2=\"696.00\" y2=\"56.00\"/>") !=
        std::string::npos);  // the interval spans the whole axis
  CHECK(svg.find("<title>Wire, anger: 5.00 [2.00, 8.00]</title>") != std::string::npos);
  for (const char* tick : {">2</text>", ">4</text>", ">6</text>", ">8</text>"}) {
    CHECK(svg.find(tick) != std::string::npos);
  }
  CHECK(svg.find(">hits per 1,000 words</text>") != std::string::npos);
  CHECK(svg.find("<title>Anger by outlet</title>") != std::string::npos);
  CHECK(svg.find(" text-anchor=\"end\">anger</text>") != std::string::npos);  // row label

  // Axis [0, 10] (step 2): 2.5 sits a quarter of the way, at 240 + 114 = 354.
  DotPlot second{"t",
                 "x",
                 {"A"},
                 {{"a", {{0, kNaN, kNaN}}}, {"b", {{10, kNaN, kNaN}}}, {"c", {{2.5, kNaN, kNaN}}}}};
  const std::string svg2 = Dot(second);
  CHECK(svg2.find("<circle cx=\"354.00\" cy=\"104.00\"") != std::string::npos);  // 44 + 2.5 × 24
  CHECK(svg2.find("<circle cx=\"240.00\" cy=\"56.00\"") != std::string::npos);
  CHECK(svg2.find("<circle cx=\"696.00\" cy=\"80.00\"") != std::string::npos);
  CHECK(Count(svg2, "<line x1") == 6 + 1 + 6);  // grid, axis line, tick marks: no whiskers
}

TEST_CASE("Diverging bars grow from a zero in the middle of a symmetric axis", "[report]") {
  // Reach 3 -> NiceAxis(-3, 3) = [-3, 3] (step 1): x(0) = 468, x(3) = 696, x(-1) = 392.
  DivergingBars chart{"Distinctive words",
                      "log-odds z",
                      "more typical of Meridian Wire",
                      "more typical of Northern Courier",
                      {{"regime", 3}, {"said", -1}}};
  const std::string svg = Bars(chart);
  CHECK(svg.find("height=\"164\"") != std::string::npos);  // 44 + 2 × 22 + 52 + 20 + 4
  CHECK(svg.find("<rect x=\"468.00\" y=\"48.00\" width=\"228.00\" height=\"14.00\" "
                 "fill=\"#D55E00\">") != std::string::npos);
  CHECK(svg.find("<rect x=\"392.00\" y=\"70.00\" width=\"76.00\" height=\"14.00\" "
                 "fill=\"#0072B2\">") != std::string::npos);
  CHECK(svg.find("<title>regime: 3.00</title>") != std::string::npos);
  for (const char* tick : {">-3</text>", ">-1</text>", ">0</text>", ">1</text>", ">3</text>"}) {
    CHECK(svg.find(tick) != std::string::npos);
  }
  CHECK(svg.find(">\u2190 more typical of Meridian Wire</text>") != std::string::npos);
  CHECK(svg.find(">\u2192 more typical of Northern Courier</text>") != std::string::npos);
  CHECK(svg.find("<line x1=\"468.00\" y1=\"44.00\" x2=\"468.00\" y2=\"88.00\" "
                 "stroke=\"#000000\"") != std::string::npos);  // the zero line

  // A value that rounds to zero prints without a sign; NaN keeps its row, without a bar.
  DivergingBars small{"t", "z", "", "", {{"tiny", -0.001}, {"one", 1}, {"missing", kNaN}}};
  const std::string svg2 = Bars(small);
  CHECK(svg2.find("<title>tiny: 0.00</title>") != std::string::npos);
  CHECK(svg2.find("-0.00") == std::string::npos);
  CHECK(svg2.find(">missing</text>") != std::string::npos);
  CHECK(svg2.find("<title>missing") == std::string::npos);
  CHECK(svg2.find(">\u2190 below zero</text>") != std::string::npos);
}

TEST_CASE("Labels from the input show as text and never as markup", "[report]") {
  struct Case {
    std::string label;
    std::string shown;  // as it appears between tags
  };
  const Case cases[] = {
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"a & b", "a &amp; b"},
      {"\"quoted\"", "&quot;quoted&quot;"},
      {"../../x", "../../x"},
      {"Київ", "Київ"},
      {"👍🏽 🇺🇦", "👍🏽 🇺🇦"},
      {"bad \xC3( \xFF", "bad \xEF\xBF\xBD( \xEF\xBF\xBD"},
      {std::string("ctl\x01\x1B[31m\x00!", 11), "ctl[31m!"},
      {"onload=\"x()\"", "onload=&quot;x()&quot;"},
  };
  for (const Case& c : cases) {
    INFO(c.label);
    const DotPlot plot{c.label, c.label, {c.label}, {{c.label, {{1, 0, 2}}}}};
    const std::string dot = Dot(plot);
    CHECK(dot.find("<title>" + c.shown + "</title>") != std::string::npos);  // accessible name
    CHECK(dot.find(" text-anchor=\"end\">" + c.shown + "</text>") != std::string::npos);  // row
    CHECK(dot.find("<title>" + c.shown + ", " + c.shown + ": 1.00 [0.00, 2.00]</title>") !=
          std::string::npos);  // hover on the dot
    const DivergingBars bars{c.label, c.label, c.label, c.label, {{c.label, -2}}};
    const std::string bar = Bars(bars);
    CHECK(bar.find(" text-anchor=\"end\">" + c.shown + "</text>") != std::string::npos);
    CHECK(bar.find(">\u2190 " + c.shown + "</text>") != std::string::npos);
  }
}

TEST_CASE("Long labels are cut with an ellipsis and keep their full text for hover", "[report]") {
  struct Case {
    std::string text;
    std::size_t columns;
    std::string cut;
  };
  const Case cases[] = {
      {"abcdef", 4, "abc…"},
      {"abcd", 4, "abcd"},
      {"Київська область", 8, "Київськ…"},
      {"e\u0301e\u0301e\u0301e\u0301", 3, "e\u0301e\u0301…"},  // accents stay on their letter
      {"東京都庁舎", 6, "東京…"},                              // two columns each
      {"👍🏽👍🏽👍🏽", 4, "👍🏽…"},          // emoji and its skin tone: one
      {"🇺🇦🇺🇦🇺🇦", 2, "🇺🇦…"},                                    // a flag is never split
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(TruncateLabel(c.text, c.columns) == c.cut);
  }
  CHECK(DisplayColumns("東京 ab") == 7);

  const std::string thirty = "abcdefghijklmnopqrstuvwxyz0123";  // kRowLabelColumns exactly
  const std::string long_label = "abcdefghijklmnopqrstuvwxyz0123456789";
  const std::string svg =
      Dot({"t", "x", {"A"}, {{thirty, {{1, 0, 2}}}, {long_label, {{1, 0, 2}}}}});
  CHECK(svg.find("\">" + thirty + "</text>") != std::string::npos);
  CHECK(svg.find("<title>" + thirty + "</title>") == std::string::npos);  // not cut: no hover
  CHECK(svg.find("\"><title>" + long_label + "</title>abcdefghijklmnopqrstuvwxyz012…</text>") !=
        std::string::npos);
}

TEST_CASE("Missing values draw nothing and leave the axis alone; the legend keeps the series",
          "[report]") {
  DotPlot plot{"t", "x", {"Gone", "Here", "Short"}, {}};
  plot.rows.push_back({"r", {{kNaN, -100, 100}, {4, 3, 5}}});  // "Short" has no value at all
  plot.rows.push_back({"s", {{kInf, 0, 1}, {3.5, kNaN, 4}}});  // no interval: a bare dot
  const std::string svg = Dot(plot);
  // The axis covers 3..5 only (step 0.5), not the missing value's interval.
  CHECK(svg.find(">3.0</text>") != std::string::npos);
  CHECK(svg.find(">5.0</text>") != std::string::npos);
  CHECK(svg.find(">100</text>") == std::string::npos);
  CHECK(svg.find(">-100</text>") == std::string::npos);
  CHECK(svg.find("<title>Gone,") == std::string::npos);
  CHECK(svg.find("<title>Short,") == std::string::npos);
  CHECK(svg.find("<title>Here, r: 4.00 [3.00, 5.00]</title>") != std::string::npos);
  CHECK(svg.find("<title>Here, s: 3.50</title>") != std::string::npos);
  CHECK(Count(svg, "<circle") == 3 + 2);  // the legend's three, the two values of "Here"
  CHECK(svg.find(">Gone</text>") != std::string::npos);
  CHECK(svg.find(">Short</text>") != std::string::npos);

  // Nothing to draw at all: rows and labels stay, on a default axis.
  const std::string none = Dot({"t", "x", {"A"}, {{"r", {{kNaN, kNaN, kNaN}}}}});
  CHECK(none.find(">r</text>") != std::string::npos);
  CHECK(none.find(">1.0</text>") != std::string::npos);
}

TEST_CASE("Series take the Okabe-Ito colours, then new marker shapes", "[report]") {
  using Style = std::tuple<std::string_view, Marker, bool>;
  const auto style = [](std::size_t i) {
    const SeriesStyle s = StyleOfSeries(i);
    return Style{s.colour, s.marker, s.hollow};
  };
  CHECK(style(0) == Style{"#E69F00", Marker::kCircle, false});
  CHECK(style(6) == Style{"#CC79A7", Marker::kCircle, false});
  CHECK(style(7) == Style{"#E69F00", Marker::kSquare, false});
  CHECK(style(8) == Style{"#56B4E9", Marker::kSquare, false});
  CHECK(style(14) == Style{"#E69F00", Marker::kTriangle, false});
  CHECK(style(27) == Style{"#CC79A7", Marker::kDiamond, false});
  CHECK(style(28) == Style{"#E69F00", Marker::kCircle, true});
  std::set<Style> distinct;
  for (std::size_t i = 0; i < 56; ++i) distinct.insert(style(i));
  CHECK(distinct.size() == 56);
  for (std::size_t i = 0; i < 56; ++i) CHECK(StyleOfSeries(i).colour != "#000000");

  // One series: one legend entry, rows 24 high.
  const std::string one = Dot({"t", "x", {"Only"}, {{"a", {{1, 0, 2}}}, {"b", {{2, 1, 3}}}}});
  CHECK(one.find("height=\"168\"") != std::string::npos);  // 44 + 2 × 24 + 52 + 20 + 4
  CHECK(Count(one, "<circle") == 1 + 2);
  // The example in charts.h: 10 rows of 3 series, rows 36 high.
  DotPlot ten{"t", "x", {"A", "B", "C"}, {}};
  for (int r = 0; r < 10; ++r) ten.rows.push_back({"r" + std::to_string(r), {{1, 0, 2}}});
  CHECK(Dot(ten).find("height=\"480\"") != std::string::npos);  // 44 + 10 × 36 + 52 + 20 + 4

  // Nine series: seven circles, then squares in the first two colours; legend on three lines.
  DotPlot nine{"t", "x", {}, {{"row", {}}}};
  for (int s = 0; s < 9; ++s) {
    nine.series.push_back("S" + std::to_string(s));
    nine.rows[0].values.push_back({static_cast<double>(s), s - 0.5, s + 0.5});
  }
  const std::string svg = Dot(nine);
  CHECK(svg.find("height=\"244\"") != std::string::npos);  // 44 + 84 + 52 + 3 × 20 + 4
  CHECK(Count(svg, "<circle") == 2 * 7);
  CHECK(Count(svg, "width=\"7.00\" height=\"7.00\"/>") == 2 * 2);
  CHECK(svg.find("<g fill=\"#56B4E9\" stroke=\"#000000\" stroke-width=\"0.60\">\n"
                 "<title>S8, row: 8.00 [7.50, 8.50]</title>\n<rect") != std::string::npos);
  for (int s = 0; s < 9; ++s)
    CHECK(svg.find(">S" + std::to_string(s) + "</text>") != std::string::npos);
  // Thirty series: hollow markers appear, and the document stays well-formed.
  DotPlot thirty{"t", "x", {}, {{"row", {}}}};
  for (int s = 0; s < 30; ++s) {
    thirty.series.push_back("S" + std::to_string(s));
    thirty.rows[0].values.push_back({static_cast<double>(s), kNaN, kNaN});
  }
  CHECK(Count(Dot(thirty), "fill=\"#FFFFFF\"") == 2 * 2);
}

TEST_CASE("Empty input gives a small valid chart that says there is no data", "[report]") {
  const std::string dot = Dot({"Anger <by> outlet", "x", {"A", "B"}, {}});
  const std::string bars = Bars({"Words", "z", "left", "right", {}});
  for (const std::string& svg : {dot, bars}) {
    CHECK(svg.find("width=\"720\" height=\"96\"") != std::string::npos);
    CHECK(svg.find(">No data</text>") != std::string::npos);
  }
  CHECK(dot.find("<title>Anger &lt;by&gt; outlet</title>") != std::string::npos);
  CHECK(Dot({}).find(">No data</text>") != std::string::npos);
}

TEST_CASE("The same input gives the same bytes, and extreme values stay on the chart", "[report]") {
  DotPlot plot{"t",
               "x",
               {"A", "B"},
               {{"r", {{1e308, -1e308, 1e308}, {-1e308, kNaN, kNaN}}},
                {"s", {{4.9e-324, 0, 1e-320}, {1, 1, 1}}}}};
  const std::string first = Dot(plot);
  CHECK(first == RenderDotPlot(plot));
  CHECK(first.find("<circle cx=\"696.00\"") != std::string::npos);
  CHECK(first.find("<circle cx=\"240.00\"") != std::string::npos);
  DivergingBars bars{"t", "z", "l", "r", {{"big", 1e308}, {"tiny", 1e-310}, {"neg", -kInf}}};
  const std::string b = Bars(bars);
  CHECK(b == RenderDivergingBars(bars));
  // Rows hold only data that cannot be placed: default axes, still valid.
  Bars({"t", "z", "l", "r", {{"a", kNaN}, {"b", 0}}});
  Bars({"t", "z", "l", "r", {{"a", 1e-310}}});
}

}  // namespace
}  // namespace slant::report
