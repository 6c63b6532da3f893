#ifndef SLANT_REPORT_CHARTS_H_
#define SLANT_REPORT_CHARTS_H_

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace slant::report {

// Charts for `slant report`, each a standalone SVG 1.1 document (no XML declaration, so it can
// be inlined in HTML as it is, or saved as a .svg file). Nothing in them fetches or runs
// anything: no scripts, links, CSS, external fonts or images; text is sans-serif. The same
// input always gives the same bytes. Every piece of text from the input is cleaned and escaped
// (report/svg.h), so a label cannot break the document.
//
// The charts' first child is <title> with the chart's full title (the accessible name; most
// browsers show it on hover), then a <desc> saying what the marks mean. Empty input (no rows,
// no bars) gives a small valid chart with the title and a "No data" note.

// One value with its interval; NaN value = missing (drawn as nothing, legend still lists it).
// Infinite values count as missing too. An interval end that is not finite leaves the interval
// out (the dot is drawn); lower and upper may come in either order.
struct PointEstimate {
  double value;
  double lower;
  double upper;
};

// Rows (e.g. categories) × series (e.g. outlets): a dot per series on each row, whiskers for
// the interval. Title, x-axis label; series names in the legend.
struct DotPlot {
  std::string title;
  std::string x_label;              // e.g. "hits per 1,000 words"
  std::vector<std::string> series;  // legend entries, in order
  struct Row {
    std::string label;
    std::vector<PointEstimate> values;  // one per series; missing trailing ones count as NaN,
                                        // extra ones are ignored
  };
  std::vector<Row> rows;
};
std::string RenderDotPlot(const DotPlot& plot);

// Signed bars around zero (e.g. log-odds z of distinctive words: right = more typical of A).
struct DivergingBars {
  std::string title;
  std::string x_label;      // e.g. "log-odds z"
  std::string left_label;   // what negative means, e.g. "more typical of Meridian Wire"
  std::string right_label;  // what positive means
  struct Bar {
    std::string label;
    double value;  // NaN or infinite: the row is kept with its label and no bar
  };
  std::vector<Bar> bars;  // drawn in the order given, top to bottom
};
std::string RenderDivergingBars(const DivergingBars& chart);

// The colour-blind-safe palette (Okabe & Ito 2008), in order. Series take the first seven;
// black is kept for text and axes, where it cannot be mistaken for a series.
inline constexpr std::array<std::string_view, 8> kOkabeIto = {
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"};
inline constexpr std::size_t kSeriesColours = 7;
// Diverging bars: negative (left) bars blue, positive (right) bars vermillion.
inline constexpr std::string_view kNegativeColour = "#0072B2";
inline constexpr std::string_view kPositiveColour = "#D55E00";

enum class Marker { kCircle, kSquare, kTriangle, kDiamond };

// How series `index` (0-based) is drawn: colour index % 7, and the marker shape changes each
// time the colours come round again (0-6 circles, 7-13 squares, 14-20 triangles, 21-27
// diamonds), so 28 series all look different; series 28-55 repeat those with hollow markers
// (white inside, outlined in the colour). Filled markers have a thin black outline, which keeps
// the yellow visible on white.
struct SeriesStyle {
  std::string_view colour;
  Marker marker;
  bool hollow;
};
SeriesStyle StyleOfSeries(std::size_t index);

// Layout, in SVG user units (CSS pixels at the chart's natural size), for whoever embeds or
// tests the charts. Every chart is kChartWidth wide and scales (viewBox is set). The plot spans
// x from kPlotLeft to kPlotRight, so a value v on an axis from a to b (report/axis.h, NiceAxis
// over the data) sits at x = kPlotLeft + (v - a) / (b - a) * (kPlotRight - kPlotLeft).
inline constexpr double kChartWidth = 720;
inline constexpr double kPlotLeft = 240;
inline constexpr double kPlotRight = 696;
inline constexpr double kPlotTop = 44;  // below the title
// Dot plot rows are max(24, 12 + 8 × series) high, series 8 apart within a row; bar rows are 22
// high with 14-high bars. Below the plot: 52 for the tick labels and the axis label, then the
// legend, 20 a line (three series a line in the dot plot, the two meanings on one line for the
// bars), then 4. So a dot plot of 10 rows and 3 series is 44 + 10 × 36 + 52 + 20 + 4 = 480
// high. The "No data" chart is kChartWidth × 96.
inline constexpr double kNoDataHeight = 96;

// Text is cut (report/label.h: "…" at the end, columns counted by grapheme, two for wide
// characters) to these many columns; a cut label carries the full text in a <title> child,
// shown on hover. Row labels: 30 columns right-aligned against the plot (about 200 units of the
// 232 left of it). Title: 76 (15-unit bold text). Axis label: 70, centred under the plot.
// Legend entries: 28 (dot plot), 46 (bars).
inline constexpr std::size_t kRowLabelColumns = 30;
inline constexpr std::size_t kTitleColumns = 76;
inline constexpr std::size_t kAxisLabelColumns = 70;
inline constexpr std::size_t kLegendColumns = 28;
inline constexpr std::size_t kBarsLegendColumns = 46;

}  // namespace slant::report

#endif  // SLANT_REPORT_CHARTS_H_
