#include "lexicon/table_format.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/utf8.h"
#include "lexicon/reader_util.h"

namespace slant::lexicon {
namespace {

// VADER's raw ratings: "[2, 2, 1, 3]", one or more integers.
bool IsRatingList(std::string_view s) {
  if (s.size() < 2 || s.front() != '[' || s.back() != ']') return false;
  s = s.substr(1, s.size() - 2);
  while (true) {
    const std::size_t comma = std::min(s.find(','), s.size());
    std::string_view item = Trim(s.substr(0, comma));
    if (!item.empty() && (item.front() == '-' || item.front() == '+')) item.remove_prefix(1);
    if (item.empty() ||
        !std::all_of(item.begin(), item.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return false;
    }
    if (comma == s.size()) return true;
    s.remove_prefix(comma + 1);
  }
}

// Tab-separated fields, each without surrounding spaces.
std::vector<std::string_view> TabFields(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t begin = 0;
  while (true) {
    const std::size_t tab = std::min(line.find('\t', begin), line.size());
    fields.push_back(Trim(line.substr(begin, tab - begin)));
    if (tab == line.size()) return fields;
    begin = tab + 1;
  }
}

class TsvReader {
 public:
  explicit TsvReader(LexiconBuilder& builder) : builder_(builder) {}

  void Read(std::string_view text) {
    const std::vector<std::string_view> lines = SplitLines(text);
    std::size_t first = 0;
    while (first < lines.size() && Trim(lines[first]).empty()) ++first;
    if (first == lines.size()) {
      builder_.AddError(0, "empty file");
      return;
    }
    const std::vector<std::string_view> fields = TabFields(lines[first]);
    std::size_t start = first;
    if (fields.size() >= 2 && !ParseNumber(fields[1])) {
      layout_ = Layout::kHeader;
      ReadHeader(fields, Line(first));
      ++start;
    } else if (fields.size() == 2) {
      layout_ = Layout::kAfinn;
      AddCategory("weight", "weight from a two-column TSV (AFINN: -5..+5)", 2);
    } else if (fields.size() == 4) {
      layout_ = Layout::kVader;
      AddCategory("valence", "VADER mean valence rating (-4..+4)", 4);
    } else {
      builder_.AddError(Line(first), "cannot tell the layout from a line of " +
                                         Fields(fields.size()) +
                                         ": expected entry<TAB>weight (AFINN), VADER's four "
                                         "columns or a header line");
      return;
    }
    for (std::size_t i = start; i < lines.size(); ++i) {
      if (!Trim(lines[i]).empty()) ReadLine(TabFields(lines[i]), Line(i));
    }
  }

 private:
  enum class Layout { kHeader, kAfinn, kVader };

  static std::int64_t Line(std::size_t index) { return static_cast<std::int64_t>(index) + 1; }

  // The one category of an AFINN or VADER file, whose lines have `field_count` fields.
  void AddCategory(std::string name, std::string description, std::size_t field_count) {
    Category category;
    category.name = std::move(name);
    category.description = std::move(description);
    columns_.assign(field_count, std::nullopt);
    columns_[1] = builder_.AddCategory(std::move(category), 0);
  }

  void ReadHeader(const std::vector<std::string_view>& header, std::int64_t line) {
    columns_ = HeaderCategories(header, line, builder_);
  }

  void ReadLine(const std::vector<std::string_view>& fields, std::int64_t line) {
    const auto entry = RowEntry(fields, columns_.size(), Expected(), line, builder_);
    if (!entry) return;
    const std::string_view pattern = *entry;
    const std::string of_entry = " of entry " + Quoted(pattern);
    if (layout_ == Layout::kAfinn || layout_ == Layout::kVader) {
      const std::string what = layout_ == Layout::kAfinn ? "weight " : "mean ";
      const auto value = ParseNumber(fields[1]);
      if (!value) builder_.AddError(line, what + Quoted(fields[1]) + of_entry + " is not a number");
      if (layout_ == Layout::kVader && !ParseNumber(fields[2])) {
        builder_.AddError(
            line, "standard deviation " + Quoted(fields[2]) + of_entry + " is not a number");
      }
      if (layout_ == Layout::kVader && !IsRatingList(fields[3])) {
        builder_.AddError(line, "ratings " + Quoted(fields[3]) + of_entry +
                                    " are not a bracketed list of integers");
      }
      if (value) builder_.AddEntry(pattern, {Weight{*columns_[1], *value}}, line);
      return;
    }
    std::vector<Weight> weights;
    bool bad = false;
    for (std::size_t j = 1; j < fields.size(); ++j) {
      if (fields[j].empty() || !columns_[j]) continue;
      if (const auto value = ParseNumber(fields[j])) {
        weights.push_back(Weight{*columns_[j], *value});
      } else {
        builder_.AddError(line, Quoted(fields[j]) + " in column " +
                                    Quoted(builder_.lexicon().categories[*columns_[j]].name) +
                                    of_entry + " is not a number");
        bad = true;
      }
    }
    if (weights.empty()) {
      if (!bad) builder_.AddWarning(line, "entry " + Quoted(pattern) + " has no category");
      return;
    }
    builder_.AddEntry(pattern, std::move(weights), line);
  }

  std::string Expected() const {
    switch (layout_) {
      case Layout::kAfinn:
        return "an AFINN line has 2 (entry, weight)";
      case Layout::kVader:
        return "a VADER line has 4 (entry, mean, std, ratings)";
      case Layout::kHeader:
        break;
    }
    return "the header has " + std::to_string(columns_.size());
  }

  LexiconBuilder& builder_;
  Layout layout_ = Layout::kHeader;
  // One per field: its category, or nullopt (the entry, VADER std and ratings, unnamed columns).
  std::vector<std::optional<CategoryId>> columns_;
};

}  // namespace

Loaded ReadWeightedTsv(std::string_view bytes, const std::string& source, const std::string& name,
                       std::size_t max_entries) {
  // These files are read into dictionaries by the tools that made them (VADER, AFINN), where a
  // repeated entry's later line wins; canonical VADER repeats "lol" and "sob" with new weights.
  LexiconBuilder builder(source, false, LexiconBuilder::Duplicates::kLastWins);
  builder.LimitEntries(max_entries);
  builder.lexicon().name = name;
  const auto text = CheckedText(bytes, builder);
  if (!text) return builder.Finish();
  TsvReader(builder).Read(*text);
  return builder.Finish();
}

Loaded ReadWeightedCsv(std::string_view bytes, const std::string& source, const std::string& name,
                       std::size_t max_entries) {
  LexiconBuilder builder(source, false);
  builder.LimitEntries(max_entries);
  builder.lexicon().name = name;
  const auto text = CheckedText(bytes, builder);
  if (!text) return builder.Finish();
  const std::optional<std::vector<Row>> table = ReadTable(*text, builder);
  if (!table) return builder.Finish();
  const std::vector<Row>& rows = *table;
  const Row& header = rows.front();
  const auto fits = [&](const Row& row) { return row.fields.size() == header.fields.size(); };
  // A column is a category when every non-empty cell of it is a number.
  const std::vector<std::optional<CategoryId>> columns = HeaderCategories(
      TrimmedFields(header.fields), header.line, builder,
      [&](std::size_t j, std::string_view column) {
        const auto wordy = std::find_if(rows.begin() + 1, rows.end(), [&](const Row& row) {
          return fits(row) && !Trim(row.fields[j]).empty() && !ParseNumber(Trim(row.fields[j]));
        });
        if (wordy == rows.end()) return true;
        builder.AddWarning(header.line, "column " + Quoted(column) + " is not numeric (" +
                                            Quoted(Trim(wordy->fields[j])) + " at line " +
                                            std::to_string(wordy->line) + "); ignored");
        return false;
      });
  if (std::none_of(columns.begin(), columns.end(), [](const auto& c) { return c.has_value(); })) {
    builder.AddError(header.line, "no numeric category column");
    return builder.Finish();
  }
  const std::string expectation = "the header has " + std::to_string(header.fields.size());
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const Row& row = rows[r];
    const auto entry =
        RowEntry(TrimmedFields(row.fields), header.fields.size(), expectation, row.line, builder);
    if (!entry) continue;
    const std::string_view pattern = *entry;
    std::vector<Weight> weights;
    for (std::size_t j = 1; j < row.fields.size(); ++j) {
      const std::string_view cell = Trim(row.fields[j]);
      if (columns[j] && !cell.empty()) weights.push_back(Weight{*columns[j], *ParseNumber(cell)});
    }
    if (weights.empty()) {
      builder.AddWarning(row.line, "entry " + Quoted(pattern) + " has no category");
      continue;
    }
    builder.AddEntry(pattern, std::move(weights), row.line);
  }
  return builder.Finish();
}

}  // namespace slant::lexicon
