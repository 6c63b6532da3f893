#include "lexicon/liwc_format.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <map>
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

// Runs of characters between spaces and tabs.
std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while ((i = s.find_first_not_of(kBlank, i)) != std::string_view::npos) {
    const std::size_t end = std::min(s.find_first_of(kBlank, i), s.size());
    words.push_back(s.substr(i, end - i));
    i = end;
  }
  return words;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A LIWC category id: digits only, leading zeros allowed ("02" is 2), above 0.
std::optional<std::uint64_t> ParseCategoryId(std::string_view s) {
  std::uint64_t id = 0;
  if (!AllDigits(s)) return std::nullopt;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), id);
  if (ec != std::errc() || end != s.data() + s.size() || id == 0) return std::nullopt;
  return id;
}

// A word of LIWC2007's conditional syntax: "(02", "134)125/464", "<of>131/125". An emoticon
// such as ":(" is not one: its bracket is followed by nothing.
bool IsConditional(std::string_view word) {
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    const bool next_digit = i + 1 < word.size() && word[i + 1] >= '0' && word[i + 1] <= '9';
    const bool next_alnum = next_digit || (i + 1 < word.size() &&
                                           std::isalpha(static_cast<unsigned char>(word[i + 1])));
    if (c == '/' || ((c == '(' || c == '<') && next_alnum) ||
        ((c == ')' || c == '>') && next_digit)) {
      return true;
    }
  }
  return false;
}

class DicReader {
 public:
  explicit DicReader(LexiconBuilder& builder) : builder_(builder) {}

  void Read(std::string_view text) {
    const std::vector<std::string_view> lines = SplitLines(text);
    std::size_t open = 0;
    while (open < lines.size() && Trim(lines[open]).empty()) ++open;
    if (open == lines.size()) {
      builder_.AddError(0, "empty file");
      return;
    }
    const std::size_t first = open;
    while (open < lines.size() && Trim(lines[open]) != "%") ++open;
    if (open == lines.size()) {
      builder_.AddError(Line(first),
                        "no '%' line: a .dic file starts with its category block between two "
                        "'%' lines");
      return;
    }
    if (open != first) {
      builder_.AddError(Line(first),
                        "text before the category block: a .dic file starts with a '%' line");
    }
    std::size_t close = open + 1;
    while (close < lines.size() && Trim(lines[close]) != "%") ++close;
    if (close == lines.size()) {
      builder_.AddError(Line(open), "the category block opened here has no closing '%' line");
      return;
    }
    for (std::size_t i = open + 1; i < close; ++i) {
      if (!Trim(lines[i]).empty()) ReadCategory(Trim(lines[i]), Line(i));
    }
    if (by_id_.empty()) {
      builder_.AddError(Line(close), "no categories between the '%' lines");
      return;
    }
    for (std::size_t i = close + 1; i < lines.size(); ++i) {
      if (!Trim(lines[i]).empty()) ReadEntry(Trim(lines[i]), Line(i));
    }
  }

 private:
  static std::int64_t Line(std::size_t index) { return static_cast<std::int64_t>(index) + 1; }

  // "<id> <name> [description]"; a description in parentheses loses them.
  void ReadCategory(std::string_view line, std::int64_t number) {
    const std::vector<std::string_view> words = Words(line);
    const auto id = ParseCategoryId(words[0]);
    if (!id) {
      builder_.AddError(number, "category id " + Quoted(words[0]) + " is not a positive integer");
      return;
    }
    if (words.size() < 2) {
      builder_.AddError(number, "category " + Quoted(words[0]) + " has no name");
      return;
    }
    if (const auto seen = by_id_.find(*id); seen != by_id_.end()) {
      builder_.AddError(number, "duplicate category id " + Quoted(words[0]) + " (first at line " +
                                    std::to_string(seen->second.second) + ")");
      return;
    }
    const std::string_view name = words[1];
    std::string_view description =
        Trim(line.substr(static_cast<std::size_t>(name.data() + name.size() - line.data())));
    if (description.size() >= 2 && description.front() == '(' && description.back() == ')') {
      description = Trim(description.substr(1, description.size() - 2));
    }
    Category category;
    category.name = std::string(name);
    category.description = std::string(description);
    // A duplicate name is reported by the builder, which returns the first category: entries
    // that use either id then count there instead of failing a second time.
    by_id_[*id] = {builder_.AddCategory(std::move(category), number), number};
  }

  bool IsCategoryRef(std::string_view word) const {
    return AllDigits(word) || IsConditional(word) || builder_.FindCategory(word).has_value();
  }

  void ReadEntry(std::string_view line, std::int64_t number) {
    std::string pattern;
    std::vector<std::string_view> refs;
    if (const std::size_t tab = line.find('\t'); tab != std::string_view::npos) {
      pattern = std::string(Trim(line.substr(0, tab)));
      refs = Words(line.substr(tab + 1));
    } else {  // the trailing run of ids and names are categories; the rest is the pattern
      const std::vector<std::string_view> words = Words(line);
      std::size_t k = words.size();
      while (k > 1 && IsCategoryRef(words[k - 1])) --k;
      for (std::size_t i = 0; i < k; ++i) pattern += (i > 0 ? " " : "") + std::string(words[i]);
      refs.assign(words.begin() + static_cast<std::ptrdiff_t>(k), words.end());
    }
    const auto first = std::find_if(refs.begin(), refs.end(), IsConditional);
    if (first != refs.end()) {
      const auto last = std::find_if(refs.rbegin(), refs.rend(), IsConditional);
      const std::string_view span(
          first->data(), static_cast<std::size_t>(last->data() + last->size() - first->data()));
      builder_.AddError(number, "conditional categories " + Quoted(span) + " in entry " +
                                    Quoted(pattern) + " are not supported (LIWC2007 syntax)");
      return;
    }
    std::vector<Weight> weights;
    bool unknown = false;
    for (const std::string_view ref : refs) {
      std::optional<CategoryId> category;
      if (AllDigits(ref)) {
        const auto id = ParseCategoryId(ref);
        const auto it = id ? by_id_.find(*id) : by_id_.end();
        if (it != by_id_.end()) category = it->second.first;
      } else {
        category = builder_.FindCategory(ref);
      }
      if (!category) {
        builder_.AddError(number,
                          "unknown category " + Quoted(ref) + " in entry " + Quoted(pattern));
        unknown = true;
        continue;
      }
      weights.push_back(Weight{*category, 1.0});
    }
    if (weights.empty()) {
      if (!unknown) builder_.AddError(number, "entry " + Quoted(pattern) + " has no category");
      return;
    }
    builder_.AddEntry(pattern, std::move(weights), number);
  }

  LexiconBuilder& builder_;
  std::map<std::uint64_t, std::pair<CategoryId, std::int64_t>> by_id_;  // id -> category, line
};

}  // namespace

Loaded ReadLiwcDic(std::string_view bytes, const std::string& source, const std::string& name,
                   std::size_t max_entries) {
  LexiconBuilder builder(source, true);
  builder.LimitEntries(max_entries);
  builder.lexicon().name = name;
  const auto text = CheckedText(bytes, builder);
  if (!text) return builder.Finish();
  DicReader(builder).Read(*text);
  return builder.Finish();
}

Loaded ReadLiwcDicx(std::string_view bytes, const std::string& source, const std::string& name,
                    std::size_t max_entries) {
  LexiconBuilder builder(source, true);
  builder.LimitEntries(max_entries);
  builder.lexicon().name = name;
  const auto text = CheckedText(bytes, builder);
  if (!text) return builder.Finish();
  const std::optional<std::vector<Row>> table = ReadTable(*text, builder);
  if (!table) return builder.Finish();
  const std::vector<Row>& rows = *table;
  const Row& header = rows.front();
  const std::vector<std::optional<CategoryId>> columns =
      HeaderCategories(TrimmedFields(header.fields), header.line, builder);
  const auto& categories = builder.lexicon().categories;
  const std::string expectation = "the header has " + std::to_string(header.fields.size());
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const Row& row = rows[r];
    const std::vector<std::string_view> cells = TrimmedFields(row.fields);
    const auto entry = RowEntry(cells, header.fields.size(), expectation, row.line, builder);
    if (!entry) continue;
    const std::string_view pattern = *entry;
    std::vector<Weight> weights;
    bool bad = false;
    for (std::size_t j = 1; j < cells.size(); ++j) {
      const std::string_view cell = cells[j];
      if (cell.empty() || !columns[j]) continue;
      if (cell == "X" || cell == "x") {
        weights.push_back(Weight{*columns[j], 1.0});
      } else if (const auto value = ParseNumber(cell)) {
        weights.push_back(Weight{*columns[j], *value});
      } else {
        builder.AddError(row.line, "cell " + Quoted(cell) + " in column " +
                                       Quoted(categories[*columns[j]].name) + " of entry " +
                                       Quoted(pattern) + " is neither 'X' nor a number");
        bad = true;
      }
    }
    if (weights.empty()) {
      if (!bad) builder.AddWarning(row.line, "entry " + Quoted(pattern) + " has no category");
      continue;
    }
    builder.AddEntry(pattern, std::move(weights), row.line);
  }
  return builder.Finish();
}

}  // namespace slant::lexicon
