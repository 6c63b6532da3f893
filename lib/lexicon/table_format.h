#ifndef SLANT_LEXICON_TABLE_FORMAT_H_
#define SLANT_LEXICON_TABLE_FORMAT_H_

#include <string>
#include <string_view>

#include "lexicon/builder.h"

namespace slant::lexicon {

// Both readers: wildcards are off ('*' is an ordinary character, as in ":-*"). The file is
// UTF-8 (else one error "invalid UTF-8 at byte N" and nothing else), a byte-order mark is
// skipped, CRLF line ends are accepted, blank lines are skipped, and cells are trimmed of
// spaces. There is no comment syntax: VADER has entries such as "#-)". A number is a finite
// decimal as std::from_chars reads it, with an optional leading '+' ("+4", "-0.5", "2e-3");
// "nan", "inf", "0x10", "1,5" and trailing text are errors. The lexicon is named `name`;
// problems carry `source` and a 1-based line, and reading goes on after each one.

// Tab-separated weights. The first non-blank line decides the layout:
//  - its second field is not a number: it is a header. The first column holds the entry, every
//    other column is a category named by the header (NRC-VAD: Word<TAB>Valence<TAB>Arousal...);
//    an empty cell is no weight, and a row with no weight is left out with a warning;
//  - 2 fields: AFINN, `entry<TAB>weight`, one category "weight"; entries may be multiword;
//  - 4 fields: VADER, `entry<TAB>mean<TAB>std<TAB>[ratings]`, one category "valence" with the
//    mean as weight; std must be a number and ratings a bracketed list of integers, neither kept.
// Errors: a first line of any other shape, a line with another number of fields than the
// layout's, a weight that is not a number, an empty entry, a bad std or ratings list.
// A repeated entry with another weight keeps the later weight, with a warning, as the
// dictionaries these files are made for do (canonical VADER repeats "lol" and "sob").
Loaded ReadWeightedTsv(std::string_view bytes, const std::string& source, const std::string& name,
                       std::size_t max_entries = kDefaultMaxLexiconEntries);

// RFC 4180 CSV with a header: the first column holds the entry; every other column whose
// non-empty cells are all numbers is a category named by the header, in column order. A column
// with text in it (notes, definitions) is ignored with one warning naming it. Empty cells are no
// weight; a row with no weight is left out with a warning. Errors: a header with no category
// columns or no numeric one, an unnamed column, a row with another number of fields than the
// header (left out of the numeric test too), an empty entry, malformed CSV.
Loaded ReadWeightedCsv(std::string_view bytes, const std::string& source, const std::string& name,
                       std::size_t max_entries = kDefaultMaxLexiconEntries);

}  // namespace slant::lexicon

#endif  // SLANT_LEXICON_TABLE_FORMAT_H_
