#ifndef SLANT_REPORT_PAGE_STYLE_H_
#define SLANT_REPORT_PAGE_STYLE_H_

#include <string_view>

namespace slant::report {

// The stylesheet embedded in every HTML report (no external fonts or files: the page must
// read the same offline, mailed, or archived). Light only: the charts draw dark ink on a
// transparent background. Tables scroll sideways inside their own box on a narrow screen
// rather than widening the page, as on GitHub; on paper they print whole. Right-aligned
// (number) columns do not wrap, so "4.1 [2.0, 6.3]" stays on one line.
inline constexpr std::string_view kPageStyle = R"css(html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: #1f2328; background: #fff;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans",
    Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji";
  overflow-wrap: break-word;
}
main { max-width: 64rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
p, li, blockquote { max-width: 46rem; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.5em 0 0.5em; }
h1 { font-size: 2em; border-bottom: 1px solid #d1d9e0; padding-bottom: 0.3em; }
h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: 0.3em; }
h3 { font-size: 1.25em; }
a { color: #0969da; }
hr { border: 0; border-top: 1px solid #d1d9e0; margin: 1.5em 0; }
blockquote { margin: 1em 0; padding: 0 1em; color: #59636e; border-left: 0.25em solid #d1d9e0; }
code, pre {
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
  font-size: 0.875em;
}
code { background: #eff1f3; padding: 0.1em 0.3em; border-radius: 4px; }
pre { background: #f6f8fa; padding: 0.75em 1em; overflow-x: auto; border-radius: 6px; }
pre code { background: none; padding: 0; font-size: 1em; }
table {
  display: block; width: max-content; max-width: 100%; overflow-x: auto;
  border-collapse: collapse; border-spacing: 0; margin: 1em 0; font-variant-numeric: tabular-nums;
}
th, td { border: 1px solid #d1d9e0; padding: 0.3em 0.7em; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
td[align="right"], th[align="right"] { white-space: nowrap; }
tbody tr:nth-child(even) { background: #f6f8fa; }
img, svg:not(svg svg) { display: block; max-width: 100%; height: auto; margin: 1em 0; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; }
  table { display: table; width: auto; overflow: visible; }
  tbody tr:nth-child(even) { background: #f3f3f3; print-color-adjust: exact; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; }
  tr, img, svg, pre, blockquote { break-inside: avoid; }
}
)css";

}  // namespace slant::report

#endif  // SLANT_REPORT_PAGE_STYLE_H_
