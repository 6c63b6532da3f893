#ifndef SLANT_LEXICON_LIWC_FORMAT_H_
#define SLANT_LEXICON_LIWC_FORMAT_H_

#include <string>
#include <string_view>

#include "lexicon/builder.h"

namespace slant::lexicon {

// LIWC .dic: categories between two '%' lines, then one entry per line.
Loaded ReadLiwcDic(std::string_view bytes, const std::string& source, const std::string& name);

// LIWC-22 .dicx: CSV, first column the entry, one column per category, marked cells.
Loaded ReadLiwcDicx(std::string_view bytes, const std::string& source, const std::string& name);

}  // namespace slant::lexicon

#endif  // SLANT_LEXICON_LIWC_FORMAT_H_
