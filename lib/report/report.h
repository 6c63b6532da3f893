#ifndef SLANT_REPORT_REPORT_H_
#define SLANT_REPORT_REPORT_H_

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "align/aligner.h"
#include "compare/compare.h"
#include "corpus/article.h"
#include "score/scorer.h"

namespace slant::report {

// The first line of every Markdown report slant writes: how `slant report` recognises its own
// file before overwriting it (an HTML comment, invisible when rendered).
inline constexpr std::string_view kMarkdownMarker = "<!-- slant report -->";

struct ReportOptions {
  std::string title = "How the outlets word the same events";
  std::string charts_dir;  // where the Markdown links its charts: "NAME_files"
  std::string command;     // the exact command that reproduces the report
  std::string slant_version;
  std::size_t max_findings = 10;
  double alpha = 0.05;  // a category difference is a finding when its q is below this
};

// One chart: a file name inside charts_dir (never derived from input text), its alternative
// text, and the SVG document.
struct Chart {
  std::string file_name;
  std::string alt;
  std::string svg;
};

struct Report {
  std::string markdown;
  std::vector<Chart> charts;
};

// What the report is made from: the articles (in input order: the alignment's indices refer to
// them), their comparison and alignment, and the scorer that measured them (for excerpts and
// the lexicons' names and versions).
struct ReportInputs {
  std::span<const corpus::Article> articles;
  const compare::Comparison& comparison;
  const align::AlignResult& alignment;
  const align::AlignOptions& align_options;
  const score::Scorer& scorer;
};

// The whole report: summary, key findings, loaded language, distinctive vocabulary, naming,
// voices, actor portrayal, same events in different words, method and caveats. Every piece of
// input text is escaped for Markdown; chart files are named by section and index only.
// Deterministic: the same inputs give the same bytes.
Report BuildReport(const ReportInputs& inputs, const ReportOptions& options);

}  // namespace slant::report

#endif  // SLANT_REPORT_REPORT_H_
