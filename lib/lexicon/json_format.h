#ifndef SLANT_LEXICON_JSON_FORMAT_H_
#define SLANT_LEXICON_JSON_FORMAT_H_

#include <ostream>
#include <string>
#include <string_view>

#include "lexicon/builder.h"

namespace slant::lexicon {

// slant's native lexicon format: the whole model as one JSON object. The schema is
// lexicons/lexicon.schema.json, documented in lexicons/README.md. Problems name the line of
// the offending element. `default_name` (the file's stem) is used when there is no "name".
Loaded ReadNativeJson(std::string_view bytes, const std::string& source,
                      const std::string& default_name,
                      std::size_t max_entries = kDefaultMaxLexiconEntries);

// Writes `lexicon` as native JSON, one category, entry, actor or naming group per line, in
// model order, so that reading the output and writing it again gives the same bytes.
void WriteNativeJson(const Lexicon& lexicon, std::ostream& out);

}  // namespace slant::lexicon

#endif  // SLANT_LEXICON_JSON_FORMAT_H_
