#include "report/charts.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "report/axis.h"
#include "report/label.h"
#include "report/svg.h"

namespace slant::report {
namespace {

constexpr double kMargin = 16;  // left edge of the title and the legend
constexpr double kTitleBaseline = 28;
constexpr double kBelowPlot = 52;  // tick labels and the axis label
constexpr double kLegendLine = 20;
constexpr double kBottom = 4;
constexpr double kSeriesStep = 8;  // dot plot: series apart within a row
constexpr double kBarRow = 22;
constexpr double kBarHeight = 14;
constexpr std::size_t kLegendPerLine = 3;
constexpr double kLegendWidth = 232;  // one dot plot legend entry
constexpr double kBarsLegendWidth = 348;
constexpr std::string_view kBand = "#F2F2F2";  // every other row, so a label leads to its dots
constexpr std::string_view kGrid = "#D9D9D9";
constexpr std::string_view kZeroGrid = "#7F7F7F";
constexpr std::string_view kNote = "#595959";

double RowHeight(std::size_t series) {
  return std::max(24.0, 12 + kSeriesStep * static_cast<double>(series));
}

// x of `v`, kept inside the plot: values sit within the axis up to rounding slack.
double X(const Axis& axis, double v) {
  return kPlotLeft + std::clamp(axis.Fraction(v), 0.0, 1.0) * (kPlotRight - kPlotLeft);
}

SvgWriter NewChart(double height) {
  return SvgWriter(kChartWidth, height, {{"font-family", "sans-serif"}, {"font-size", "12"}});
}

// Input text, cleaned and cut to `columns`; when cut, the full text goes in a <title> child.
void Label(SvgWriter& svg, std::initializer_list<Attribute> attributes, std::string_view raw,
           std::size_t columns) {
  const std::string clean = CleanXmlText(raw);
  const std::string shown = TruncateLabel(clean, columns);
  svg.Open("text", attributes);
  if (shown != clean) svg.Open("title").Text(clean).Close();
  svg.Text(shown).Close();
}

// The accessible name and description, then the visible title.
void Heading(SvgWriter& svg, std::string_view title, std::string_view description) {
  svg.Open("title").Text(title).Close();
  svg.Open("desc").Text(description).Close();
  Label(svg, {{"x", kMargin}, {"y", kTitleBaseline}, {"font-size", "15"}, {"font-weight", "bold"}},
        title, kTitleColumns);
}

std::string NoData(std::string_view title) {
  SvgWriter svg = NewChart(kNoDataHeight);
  Heading(svg, title, "No data to show.");
  svg.Open("text",
           {{"x", kChartWidth / 2}, {"y", 64.0}, {"text-anchor", "middle"}, {"fill", kNote}})
      .Text("No data")
      .Close();
  return std::move(svg).Finish();
}

void Bands(SvgWriter& svg, std::size_t rows, double row_height) {
  for (std::size_t r = 1; r < rows; r += 2) {
    svg.Leaf("rect", {{"x", 0.0},
                      {"y", kPlotTop + static_cast<double>(r) * row_height},
                      {"width", kChartWidth},
                      {"height", row_height},
                      {"fill", kBand}});
  }
}

void Grid(SvgWriter& svg, const Axis& axis, double bottom) {
  for (double tick : axis.ticks) {
    const double x = X(axis, tick);
    svg.Leaf("line", {{"x1", x},
                      {"y1", kPlotTop},
                      {"x2", x},
                      {"y2", bottom},
                      {"stroke", tick == 0 ? kZeroGrid : kGrid},
                      {"stroke-width", 1.0}});
  }
}

void XAxis(SvgWriter& svg, const Axis& axis, double bottom, std::string_view label) {
  svg.Leaf("line", {{"x1", kPlotLeft},
                    {"y1", bottom},
                    {"x2", kPlotRight},
                    {"y2", bottom},
                    {"stroke", kOkabeIto[7]},
                    {"stroke-width", 1.0}});
  for (double tick : axis.ticks) {
    const double x = X(axis, tick);
    svg.Leaf("line", {{"x1", x},
                      {"y1", bottom},
                      {"x2", x},
                      {"y2", bottom + 5},
                      {"stroke", kOkabeIto[7]},
                      {"stroke-width", 1.0}});
    svg.Open("text", {{"x", x}, {"y", bottom + 18}, {"text-anchor", "middle"}})
        .Text(FormatNumber(tick, axis.decimals))
        .Close();
  }
  Label(svg, {{"x", (kPlotLeft + kPlotRight) / 2}, {"y", bottom + 38}, {"text-anchor", "middle"}},
        label, kAxisLabelColumns);
}

std::string Points(std::initializer_list<std::pair<double, double>> points) {
  std::string s;
  for (const auto& [x, y] : points) {
    if (!s.empty()) s += ' ';
    s += FormatNumber(x, 2) + ',' + FormatNumber(y, 2);
  }
  return s;
}

void Shape(SvgWriter& svg, Marker marker, double x, double y) {
  switch (marker) {
    case Marker::kCircle:
      svg.Leaf("circle", {{"cx", x}, {"cy", y}, {"r", 4.0}});
      return;
    case Marker::kSquare:
      svg.Leaf("rect", {{"x", x - 3.5}, {"y", y - 3.5}, {"width", 7.0}, {"height", 7.0}});
      return;
    case Marker::kTriangle:
      svg.Leaf("polygon",
               {{"points", Points({{x, y - 4.5}, {x + 4.5, y + 3.5}, {x - 4.5, y + 3.5}})}});
      return;
    case Marker::kDiamond:
      svg.Leaf("polygon", {{"points", Points({{x, y - 5}, {x + 5, y}, {x, y + 5}, {x - 5, y}})}});
      return;
  }
}

// A series marker centred on (x, y), with `hover` as its <title> unless empty.
void DrawMarker(SvgWriter& svg, const SeriesStyle& style, double x, double y,
                std::string_view hover) {
  svg.Open("g", {{"fill", style.hollow ? std::string_view("#FFFFFF") : style.colour},
                 {"stroke", style.hollow ? style.colour : kOkabeIto[7]},
                 {"stroke-width", style.hollow ? 1.5 : 0.6}});
  if (!hover.empty()) svg.Open("title").Text(hover).Close();
  Shape(svg, style.marker, x, y);
  svg.Close();
}

// The interval as a line with end caps, in the series' colour.
void DrawWhisker(SvgWriter& svg, std::string_view colour, double x1, double x2, double y) {
  svg.Open("g", {{"stroke", colour}, {"stroke-width", 1.5}});
  svg.Leaf("line", {{"x1", x1}, {"y1", y}, {"x2", x2}, {"y2", y}});
  svg.Leaf("line", {{"x1", x1}, {"y1", y - 3}, {"x2", x1}, {"y2", y + 3}});
  svg.Leaf("line", {{"x1", x2}, {"y1", y - 3}, {"x2", x2}, {"y2", y + 3}});
  svg.Close();
}

bool HasInterval(const PointEstimate& p) {
  return std::isfinite(p.lower) && std::isfinite(p.upper);
}

// Hover text shows one decimal more than the ticks, and at least two.
int HoverDecimals(const Axis& axis) { return std::max(2, axis.decimals + 1); }

// The data range: every value that is drawn and the ends of its interval.
Axis DotPlotAxis(const DotPlot& plot) {
  bool any = false;
  double lo = 0;
  double hi = 0;
  const auto include = [&](double v) {
    lo = any ? std::min(lo, v) : v;
    hi = any ? std::max(hi, v) : v;
    any = true;
  };
  for (const DotPlot::Row& row : plot.rows) {
    const std::size_t n = std::min(plot.series.size(), row.values.size());
    for (std::size_t s = 0; s < n; ++s) {
      const PointEstimate& p = row.values[s];
      if (!std::isfinite(p.value)) continue;
      include(p.value);
      if (HasInterval(p)) {
        include(p.lower);
        include(p.upper);
      }
    }
  }
  return any ? NiceAxis(lo, hi) : NiceAxis(0, 1);
}

void DotPlotRow(SvgWriter& svg, const DotPlot& plot, const DotPlot::Row& row, const Axis& axis,
                double center) {
  Label(svg, {{"x", kPlotLeft - 8}, {"y", center + 4}, {"text-anchor", "end"}}, row.label,
        kRowLabelColumns);
  const std::size_t n = plot.series.size();
  for (std::size_t s = 0; s < n && s < row.values.size(); ++s) {
    const PointEstimate& p = row.values[s];
    if (!std::isfinite(p.value)) continue;
    const SeriesStyle style = StyleOfSeries(s);
    const double y =
        center + (static_cast<double>(s) - static_cast<double>(n - 1) / 2) * kSeriesStep;
    const int decimals = HoverDecimals(axis);
    std::string hover = plot.series[s] + ", " + row.label + ": " + FormatNumber(p.value, decimals);
    if (HasInterval(p)) {
      const double lower = std::min(p.lower, p.upper);
      const double upper = std::max(p.lower, p.upper);
      DrawWhisker(svg, style.colour, X(axis, lower), X(axis, upper), y);
      hover += " [" + FormatNumber(lower, decimals) + ", " + FormatNumber(upper, decimals) + "]";
    }
    DrawMarker(svg, style, X(axis, p.value), y, hover);
  }
}

}  // namespace

SeriesStyle StyleOfSeries(std::size_t index) {
  const std::size_t round = index / kSeriesColours;
  return {kOkabeIto[index % kSeriesColours], static_cast<Marker>(round % 4), (round / 4) % 2 == 1};
}

std::string RenderDotPlot(const DotPlot& plot) {
  if (plot.rows.empty()) return NoData(plot.title);
  const std::size_t n = plot.series.size();
  const Axis axis = DotPlotAxis(plot);
  const double row_height = RowHeight(n);
  const double bottom = kPlotTop + static_cast<double>(plot.rows.size()) * row_height;
  const double legend_top = bottom + kBelowPlot;
  const std::size_t legend_lines = (n + kLegendPerLine - 1) / kLegendPerLine;
  const double height = legend_top + static_cast<double>(legend_lines) * kLegendLine + kBottom;

  SvgWriter svg = NewChart(height);
  Heading(svg, plot.title,
          "Dot plot: each row shows one marker per series at its value, with a line across its "
          "interval. The legend names the series.");
  Bands(svg, plot.rows.size(), row_height);
  Grid(svg, axis, bottom);
  for (std::size_t r = 0; r < plot.rows.size(); ++r) {
    const double center = kPlotTop + (static_cast<double>(r) + 0.5) * row_height;
    DotPlotRow(svg, plot, plot.rows[r], axis, center);
  }
  XAxis(svg, axis, bottom, plot.x_label);
  for (std::size_t s = 0; s < n; ++s) {
    const double x = kMargin + static_cast<double>(s % kLegendPerLine) * kLegendWidth;
    const double y =
        legend_top + static_cast<double>(s / kLegendPerLine) * kLegendLine + kLegendLine / 2;
    DrawMarker(svg, StyleOfSeries(s), x + 6, y, "");
    Label(svg, {{"x", x + 16}, {"y", y + 4}}, plot.series[s], kLegendColumns);
  }
  return std::move(svg).Finish();
}

std::string RenderDivergingBars(const DivergingBars& chart) {
  if (chart.bars.empty()) return NoData(chart.title);
  // Symmetric around zero: zero sits mid-plot, and bar lengths compare across the sides.
  double reach = 0;
  for (const DivergingBars::Bar& bar : chart.bars) {
    if (std::isfinite(bar.value)) reach = std::max(reach, std::abs(bar.value));
  }
  if (!(reach >= 1e-300)) reach = 1;
  const Axis axis = NiceAxis(-reach, reach);
  const double bottom = kPlotTop + static_cast<double>(chart.bars.size()) * kBarRow;
  const double legend_top = bottom + kBelowPlot;
  const double height = legend_top + kLegendLine + kBottom;

  SvgWriter svg = NewChart(height);
  const std::string left = chart.left_label.empty() ? "below zero" : chart.left_label;
  const std::string right = chart.right_label.empty() ? "above zero" : chart.right_label;
  Heading(
      svg, chart.title,
      "Bars from zero: to the left (blue) " + left + "; to the right (vermillion) " + right + ".");
  Bands(svg, chart.bars.size(), kBarRow);
  Grid(svg, axis, bottom);
  const double zero = X(axis, 0);
  const int decimals = HoverDecimals(axis);
  for (std::size_t r = 0; r < chart.bars.size(); ++r) {
    const DivergingBars::Bar& bar = chart.bars[r];
    const double center = kPlotTop + (static_cast<double>(r) + 0.5) * kBarRow;
    Label(svg, {{"x", kPlotLeft - 8}, {"y", center + 4}, {"text-anchor", "end"}}, bar.label,
          kRowLabelColumns);
    if (!std::isfinite(bar.value) || bar.value == 0) continue;
    const double x = X(axis, bar.value);
    svg.Open("rect", {{"x", std::min(zero, x)},
                      {"y", center - kBarHeight / 2},
                      {"width", std::abs(x - zero)},
                      {"height", kBarHeight},
                      {"fill", bar.value < 0 ? kNegativeColour : kPositiveColour}});
    svg.Open("title").Text(bar.label + ": " + FormatNumber(bar.value, decimals)).Close();
    svg.Close();
  }
  svg.Leaf("line", {{"x1", zero},
                    {"y1", kPlotTop},
                    {"x2", zero},
                    {"y2", bottom},
                    {"stroke", kOkabeIto[7]},
                    {"stroke-width", 1.0}});
  XAxis(svg, axis, bottom, chart.x_label);
  const double y = legend_top + kLegendLine / 2;
  svg.Leaf(
      "rect",
      {{"x", kMargin}, {"y", y - 5}, {"width", 10.0}, {"height", 10.0}, {"fill", kNegativeColour}});
  Label(svg, {{"x", kMargin + 16}, {"y", y + 4}}, "\u2190 " + left, kBarsLegendColumns);
  svg.Leaf("rect", {{"x", kMargin + kBarsLegendWidth},
                    {"y", y - 5},
                    {"width", 10.0},
                    {"height", 10.0},
                    {"fill", kPositiveColour}});
  Label(svg, {{"x", kMargin + kBarsLegendWidth + 16}, {"y", y + 4}}, "\u2192 " + right,
        kBarsLegendColumns);
  return std::move(svg).Finish();
}

}  // namespace slant::report
