#ifndef SLANT_LEXICON_BUILDER_H_
#define SLANT_LEXICON_BUILDER_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/error.h"
#include "lexicon/lexicon.h"
#include "text/segmenter.h"

namespace slant::lexicon {

// More entries than this in one lexicon file are refused (README, "Limits"): the largest
// published word lists hold a few hundred thousand, and each entry costs ~400 bytes loaded.
// The command line raises it with --max-lexicon-entries.
inline constexpr std::size_t kDefaultMaxLexiconEntries = 1'000'000;

// A problem found while reading a lexicon, with the file and line it concerns.
struct Problem {
  enum class Severity { kError, kWarning };
  Severity severity = Severity::kError;
  Error error;
  std::string ToString() const;  // "x.dic:12: error: ..." / "x.dic:3: warning: ..."
};

// A lexicon as read from a file, with every problem found on the way. Readers go on after a
// problem where they can, so `slant lexicon check` reports all of them at once; the lexicon
// is usable only when ok().
struct Loaded {
  Lexicon lexicon;
  std::vector<Problem> problems;
  bool ok() const;
};

// What every format reader shares: categories by name, entries whose patterns are parsed and
// merged, and problems recorded with their line.
//
// Entries whose patterns normalize to the same tokens are one entry:
//  - written the same, the second is merged into the first with a warning ("duplicate
//    entry"); if it gives a category another weight, that is an error ("conflicting
//    weights"), or with Duplicates::kLastWins a warning and the later weight is kept (VADER
//    reads its lexicon into a dictionary, so its later lines win);
//  - but when the two are written in different case ("LOL", "lol") and give a category
//    different weights, the lower-case entry's weight is kept, with a warning: matching
//    ignores case (VADER lowercases the text), so that is the weight those tools reach.
class LexiconBuilder {
 public:
  enum class Duplicates { kConflictIsError, kLastWins };

  // `source` names the file in problems; `wildcards` says whether '*' ends a prefix.
  LexiconBuilder(std::string source, bool wildcards,
                 Duplicates duplicates = Duplicates::kConflictIsError);

  Lexicon& lexicon() { return loaded_.lexicon; }
  const std::string& source() const { return loaded_.lexicon.source; }

  // Adds a category; a second one with the same name is an error and returns the first.
  CategoryId AddCategory(Category category, std::int64_t line);
  std::optional<CategoryId> FindCategory(std::string_view name) const;

  // Adds an entry with its weights (category ids from AddCategory). `literal` turns wildcards
  // off for this pattern alone (a VADER emoticon such as ":-*" kept in a native file).
  void AddEntry(std::string_view pattern, std::vector<Weight> weights, std::int64_t line,
                bool literal = false);

  // Past `max` entries (counted as written, duplicates included), AddEntry records one error
  // and ignores the rest, so an oversized file costs reading, not segmenting every pattern.
  void LimitEntries(std::size_t max) { max_entries_ = max; }

  void AddError(std::int64_t line, std::string message);
  void AddWarning(std::int64_t line, std::string message);

  // Checks a pattern (of a modifier, actor alias or naming variant) without adding an entry.
  void CheckPattern(std::string_view pattern, std::int64_t line);

  Loaded Finish();

 private:
  Loaded loaded_;
  bool wildcards_;
  Duplicates duplicates_;
  std::size_t max_entries_ = kDefaultMaxLexiconEntries;
  std::size_t entries_written_ = 0;
  text::Segmenter segmenter_;
  std::unordered_map<std::string, EntryId> by_key_;  // PatternKey -> entry
};

}  // namespace slant::lexicon

#endif  // SLANT_LEXICON_BUILDER_H_
