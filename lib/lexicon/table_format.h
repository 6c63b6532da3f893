#ifndef SLANT_LEXICON_TABLE_FORMAT_H_
#define SLANT_LEXICON_TABLE_FORMAT_H_

#include <string>
#include <string_view>

#include "lexicon/builder.h"

namespace slant::lexicon {

// Tab-separated weights: `entry<TAB>weight` (AFINN), VADER's four columns, or a table whose
// first line is a header.
Loaded ReadWeightedTsv(std::string_view bytes, const std::string& source, const std::string& name);

// CSV with a header: first column the entry, every numeric column a category weight.
Loaded ReadWeightedCsv(std::string_view bytes, const std::string& source, const std::string& name);

}  // namespace slant::lexicon

#endif  // SLANT_LEXICON_TABLE_FORMAT_H_
