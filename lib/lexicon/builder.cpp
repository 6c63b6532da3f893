#include "lexicon/builder.h"

#include <algorithm>
#include <sstream>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "lexicon/pattern.h"

namespace slant::lexicon {
namespace {

// No upper- or title-case letter in `s` (valid UTF-8).
bool IsLowerCase(std::string_view s) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto length = static_cast<std::int32_t>(s.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && (u_isUUppercase(c) || u_istitle(c))) return false;
  }
  return true;
}

std::string FormatWeight(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

}  // namespace

std::string Problem::ToString() const {
  std::string where;
  if (!error.source().empty()) {
    where = error.source() + (error.line() > 0 ? ":" + std::to_string(error.line()) : "") + ": ";
  }
  return where + (severity == Severity::kError ? "error: " : "warning: ") + error.message() +
         (error.byte() >= 0 ? " at byte " + std::to_string(error.byte()) : "");
}

bool Loaded::ok() const {
  return std::none_of(problems.begin(), problems.end(),
                      [](const Problem& p) { return p.severity == Problem::Severity::kError; });
}

LexiconBuilder::LexiconBuilder(std::string source, bool wildcards, Duplicates duplicates)
    : wildcards_(wildcards), duplicates_(duplicates) {
  loaded_.lexicon.source = std::move(source);
}

CategoryId LexiconBuilder::AddCategory(Category category, std::int64_t line) {
  if (category.name.empty()) {
    AddError(line, "category without a name");
  }
  if (auto existing = FindCategory(category.name)) {
    AddError(line, "duplicate category '" + category.name + "'");
    return *existing;
  }
  loaded_.lexicon.categories.push_back(std::move(category));
  return static_cast<CategoryId>(loaded_.lexicon.categories.size() - 1);
}

std::optional<CategoryId> LexiconBuilder::FindCategory(std::string_view name) const {
  return loaded_.lexicon.FindCategory(name);
}

void LexiconBuilder::AddEntry(std::string_view pattern, std::vector<Weight> weights,
                              std::int64_t line, bool literal) {
  if (++entries_written_ > max_entries_) {
    if (entries_written_ == max_entries_ + 1) {
      AddError(line, "more than " + std::to_string(max_entries_) +
                         " entries (the cap; --max-lexicon-entries raises it)");
    }
    return;
  }
  auto tokens = ParsePattern(pattern, wildcards_ && !literal, segmenter_);
  if (!tokens.ok()) {
    AddError(line, tokens.error().ToString() + " in entry '" + std::string(pattern) + "'");
    return;
  }
  std::sort(weights.begin(), weights.end(),
            [](const Weight& a, const Weight& b) { return a.category < b.category; });
  // One weight per category within an entry line: "happy 1 1" lists category 1 twice.
  for (std::size_t i = 1; i < weights.size(); ++i) {
    if (weights[i].category == weights[i - 1].category) {
      AddWarning(line, "entry '" + std::string(pattern) + "' lists category '" +
                           loaded_.lexicon.categories[weights[i].category].name + "' twice");
    }
  }
  weights.erase(
      std::unique(weights.begin(), weights.end(),
                  [](const Weight& a, const Weight& b) { return a.category == b.category; }),
      weights.end());

  const std::string key = PatternKey(tokens.value());
  const auto [it, inserted] =
      by_key_.try_emplace(key, static_cast<EntryId>(loaded_.lexicon.entries.size()));
  if (inserted) {
    loaded_.lexicon.entries.push_back(
        Entry{std::string(pattern), std::move(tokens).value(), std::move(weights), line});
    return;
  }
  Entry& first = loaded_.lexicon.entries[it->second];
  const std::string first_at =
      first.line > 0 ? " (first at line " + std::to_string(first.line) + ")" : "";
  bool conflict = false;
  for (const Weight& w : weights) {
    auto same = std::find_if(first.weights.begin(), first.weights.end(),
                             [&](const Weight& f) { return f.category == w.category; });
    if (same == first.weights.end()) {
      first.weights.push_back(w);
      continue;
    }
    if (same->value == w.value) continue;
    conflict = true;
    const std::string what = "'" + std::string(pattern) + "' in category '" +
                             loaded_.lexicon.categories[w.category].name +
                             "': " + FormatWeight(same->value) + first_at + " vs " +
                             FormatWeight(w.value);
    const bool new_lower = IsLowerCase(pattern);
    if (first.pattern != pattern && new_lower != IsLowerCase(first.pattern)) {
      // "LOL" and "lol": matching ignores case (VADER lowercases the text), so only the
      // lower-case entry's weight is ever reached in the tools these files come from.
      AddWarning(line, "case variants " + what + "; the lower-case entry's weight is kept");
      if (new_lower) {
        same->value = w.value;
        first.pattern = std::string(pattern);
      }
    } else if (duplicates_ == Duplicates::kLastWins) {
      AddWarning(line, "repeated entry " + what + "; the later weight is kept");
      same->value = w.value;
    } else {
      AddError(line, "conflicting weights for " + what);
    }
  }
  std::sort(first.weights.begin(), first.weights.end(),
            [](const Weight& a, const Weight& b) { return a.category < b.category; });
  if (!conflict) {
    AddWarning(line,
               "duplicate entry '" + std::string(pattern) + "'" + first_at + "; categories merged");
  }
}

void LexiconBuilder::CheckPattern(std::string_view pattern, std::int64_t line) {
  auto tokens = ParsePattern(pattern, wildcards_, segmenter_);
  if (!tokens.ok()) {
    AddError(line, tokens.error().ToString() + " in '" + std::string(pattern) + "'");
  }
}

void LexiconBuilder::AddError(std::int64_t line, std::string message) {
  loaded_.problems.push_back({Problem::Severity::kError,
                              Error(ErrorCode::kParse, std::move(message)).InFile(source(), line)});
}

void LexiconBuilder::AddWarning(std::int64_t line, std::string message) {
  loaded_.problems.push_back({Problem::Severity::kWarning,
                              Error(ErrorCode::kParse, std::move(message)).InFile(source(), line)});
}

Loaded LexiconBuilder::Finish() { return std::move(loaded_); }

}  // namespace slant::lexicon
