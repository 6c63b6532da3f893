#ifndef SLANT_REPORT_REPORT_FILES_H_
#define SLANT_REPORT_REPORT_FILES_H_

#include <string>

#include "core/error.h"
#include "report/report.h"

namespace slant::report {

enum class ReportFormat { kMarkdown, kHtml };

// Where a report's charts go: beside `path`, in "<stem>_files" (reports/samples.md ->
// reports/samples_files), the stem's characters other than letters, digits, . - _ made '_'
// (the name is linked from the Markdown as it is). Only the user's -o path names files; input
// text never does.
std::string ChartsDirectory(const std::string& path);

// Whether the file at `path` may be replaced: it does not exist, or slant wrote it (a Markdown
// report's first line is kMarkdownMarker; an HTML report carries the generator meta), or
// `force`. Otherwise an error naming the file and saying how to proceed. A path whose folder
// does not exist is refused whatever `force` says.
Status CheckReplaceable(const std::string& path, ReportFormat format, bool force);

// Writes the report: Markdown, with every chart as its own SVG file in ChartsDirectory(path)
// (charts of an earlier run that this one no longer makes are removed); or one HTML page with
// the charts inline. Each file is written to a temporary file and renamed into place, the
// report itself last, so a failed run never leaves a report that links missing charts.
Status WriteReport(const Report& report, const std::string& title, const std::string& path,
                   ReportFormat format);

}  // namespace slant::report

#endif  // SLANT_REPORT_REPORT_FILES_H_
