#include "report/report_files.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "core/atomic_file.h"
#include "report/markdown_html.h"

namespace slant::report {
namespace {

namespace fs = std::filesystem;

// The generator meta of HtmlPage, as it appears in the page.
constexpr std::string_view kHtmlMarker = "<meta name=\"generator\" content=\"slant report\">";

Status WriteFile(const std::string& path, const std::string& text) {
  auto file = AtomicFile::Create(path);
  if (!file.ok()) return std::move(file.error());
  file.value().stream() << text;
  return file.value().Commit();
}

// Chart files slant writes: categories.svg and vocabulary-<n>.svg.
bool IsChartName(const std::string& name) {
  return name == "categories.svg" || (name.rfind("vocabulary-", 0) == 0 && name.size() > 15 &&
                                      name.substr(name.size() - 4) == ".svg");
}

}  // namespace

std::string ChartsDirectory(const std::string& path) {
  const fs::path p(path);
  // Letters, digits, '.', '-' and '_' only: the name goes into Markdown links as it is.
  std::string stem = p.stem().string();
  for (char& ch : stem) {
    const bool safe = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                      (ch >= '0' && ch <= '9') || ch == '.' || ch == '-' || ch == '_';
    if (!safe) ch = '_';
  }
  return (p.parent_path() / (stem + "_files")).string();
}

Status CheckReplaceable(const std::string& path, ReportFormat format, bool force) {
  std::error_code error;
  // Its folder must exist, as for every other command's -o: a mistyped path is refused
  // before the work, not created.
  const fs::path folder = fs::path(path).parent_path();
  if (!folder.empty() && !fs::is_directory(folder, error)) {
    return Error(ErrorCode::kIo, "cannot write: No such file or directory").InFile(path);
  }
  if (force || !fs::exists(path, error)) return Ok{};
  if (fs::is_directory(path, error)) {
    return Error(ErrorCode::kIo, "is a directory, not a report file").InFile(path);
  }
  std::ifstream in(path, std::ios::binary);
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  const bool ours = format == ReportFormat::kMarkdown
                        ? head.rfind(std::string(kMarkdownMarker) + "\n", 0) == 0
                        : head.find(kHtmlMarker) != std::string::npos;
  if (ours) return Ok{};
  return Error(ErrorCode::kIo,
               "exists and is not a slant report; not overwritten (give --force to replace it)")
      .InFile(path);
}

Status WriteReport(const Report& report, const std::string& title, const std::string& path,
                   ReportFormat format) {
  if (format == ReportFormat::kHtml) {
    std::map<std::string, std::string> inline_svgs;
    const std::string dir = fs::path(ChartsDirectory(path)).filename().string();
    for (const Chart& chart : report.charts) inline_svgs[dir + "/" + chart.file_name] = chart.svg;
    return WriteFile(path, HtmlPage(title, report.markdown, inline_svgs));
  }
  const std::string dir = ChartsDirectory(path);
  std::error_code error;
  fs::create_directory(dir, error);
  if (error) return Error(ErrorCode::kIo, "cannot create: " + error.message()).InFile(dir);
  std::set<std::string> written;
  for (const Chart& chart : report.charts) {
    if (Status s = WriteFile((fs::path(dir) / chart.file_name).string(), chart.svg); !s.ok()) {
      return s;
    }
    written.insert(chart.file_name);
  }
  for (const auto& entry : fs::directory_iterator(dir, error)) {
    const std::string name = entry.path().filename().string();
    if (IsChartName(name) && written.count(name) == 0) fs::remove(entry.path(), error);
  }
  return WriteFile(path, report.markdown);
}

}  // namespace slant::report
