#ifndef SLANT_LEXICON_LOAD_H_
#define SLANT_LEXICON_LOAD_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "lexicon/builder.h"

namespace slant::lexicon {

enum class Format {
  kAuto,  // by extension: .json .dic .dicx .tsv/.txt .csv
  kJson,  // slant's native JSON
  kDic,   // LIWC .dic
  kDicx,  // LIWC-22 .dicx (CSV)
  kTsv,   // entry<TAB>weight (AFINN), VADER's four columns, or a TSV table with a header
  kCsv,   // CSV with a header: entry column, then numeric category columns
};

// "json", "dic", "dicx", "tsv", "csv" (and "auto"); nullopt for anything else.
std::optional<Format> ParseFormat(std::string_view name);

// Lexicon files larger than this are refused rather than read.
inline constexpr std::size_t kMaxLexiconBytes = std::size_t{256} << 20;

// Reads a lexicon file in any supported format. The lexicon's name is its "name" field (native
// JSON) or the file's stem ("AFINN-111" for AFINN-111.txt); its categories are keyed
// "<name>:<category>" in every output.
Loaded LoadLexicon(const std::string& path, Format format = Format::kAuto,
                   std::size_t max_entries = kDefaultMaxLexiconEntries);

}  // namespace slant::lexicon

#endif  // SLANT_LEXICON_LOAD_H_
