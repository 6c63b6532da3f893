#include "lexicon/reader_util.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>

#include "core/utf8.h"
#include "corpus/csv.h"
#include "corpus/line_reader.h"

namespace slant::lexicon {

std::string_view Trim(std::string_view s) {
  const std::size_t begin = s.find_first_not_of(kBlank);
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(kBlank) - begin + 1);
}

std::string Quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

std::string Fields(std::size_t n) { return std::to_string(n) + (n == 1 ? " field" : " fields"); }

// Nothing but a byte-order mark, spaces and line breaks.
bool IsBlank(std::string_view bytes) {
  bytes.remove_prefix(Utf8BomLength(bytes));
  return bytes.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Lines without their '\n' or "\r\n"; line i of the result is line i + 1 of the file.
std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    begin = end + 1;
  }
  return lines;
}

std::optional<std::string_view> CheckedText(std::string_view bytes, LexiconBuilder& builder) {
  if (const auto bad = FindInvalidUtf8(bytes)) {
    builder.AddError(
        1 + std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(*bad), '\n'),
        "invalid UTF-8 at byte " + std::to_string(*bad));
    return std::nullopt;
  }
  return bytes.substr(Utf8BomLength(bytes));
}

// A finite decimal number with an optional sign ("+1", "-0.5", "2e-3"); no spaces, no junk.
std::optional<double> ParseNumber(std::string_view s) {
  if (!s.empty() && s.front() == '+') {
    s.remove_prefix(1);
    if (!s.empty() && s.front() == '-') return std::nullopt;
  }
  double value = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

// Every CSV record but blank ones; malformed records are reported and left out.
std::vector<Row> ReadCsvRows(std::string_view bytes, LexiconBuilder& builder) {
  std::istringstream in{std::string(bytes)};
  corpus::LineReader lines(in, bytes.size() + 1);  // the whole file is already in memory
  corpus::CsvReader csv(lines);
  std::vector<Row> rows;
  while (true) {
    auto record = csv.Next();
    if (!record.ok()) {
      builder.AddError(csv.record_line(), record.error().message());
      continue;
    }
    if (record.value().empty()) break;
    const auto& fields = record.value();
    if (std::all_of(fields.begin(), fields.end(),
                    [](const std::string& f) { return Trim(f).empty(); })) {
      continue;  // a line of blanks or bare commas
    }
    rows.push_back(Row{csv.record_line(), std::move(record).value()});
  }
  return rows;
}

std::optional<std::vector<Row>> ReadTable(std::string_view bytes, LexiconBuilder& builder) {
  std::vector<Row> rows = ReadCsvRows(bytes, builder);
  if (rows.empty()) {  // blank, or only malformed records (reported)
    if (IsBlank(bytes)) builder.AddError(0, "empty file");
    return std::nullopt;
  }
  if (rows.front().fields.size() < 2) {
    builder.AddError(rows.front().line, "the header has no category columns");
    return std::nullopt;
  }
  return rows;
}

std::vector<std::string_view> TrimmedFields(const std::vector<std::string>& fields) {
  std::vector<std::string_view> out;
  out.reserve(fields.size());
  for (const std::string& f : fields) out.push_back(Trim(f));
  return out;
}

std::vector<std::optional<CategoryId>> HeaderCategories(
    const std::vector<std::string_view>& header, std::int64_t line, LexiconBuilder& builder,
    const std::function<bool(std::size_t column, std::string_view name)>& keep) {
  std::vector<std::optional<CategoryId>> columns(header.size());
  for (std::size_t j = 1; j < header.size(); ++j) {
    if (header[j].empty()) {
      builder.AddError(line,
                       "column " + std::to_string(j + 1) + " of the header has no category name");
      continue;
    }
    if (keep && !keep(j, header[j])) continue;
    const std::size_t before = builder.lexicon().categories.size();
    Category category;
    category.name = std::string(header[j]);
    const CategoryId id = builder.AddCategory(std::move(category), line);
    if (builder.lexicon().categories.size() > before) columns[j] = id;
  }
  return columns;
}

std::optional<std::string_view> RowEntry(const std::vector<std::string_view>& fields,
                                         std::size_t expected, const std::string& expectation,
                                         std::int64_t line, LexiconBuilder& builder) {
  if (fields.size() != expected) {
    builder.AddError(line, Fields(fields.size()) + " where " + expectation);
    return std::nullopt;
  }
  if (fields[0].empty()) {
    builder.AddError(line, "empty entry in the first column");
    return std::nullopt;
  }
  return fields[0];
}

}  // namespace slant::lexicon
