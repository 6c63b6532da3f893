#ifndef SLANT_LEXICON_LIWC_FORMAT_H_
#define SLANT_LEXICON_LIWC_FORMAT_H_

#include <string>
#include <string_view>

#include "lexicon/builder.h"

namespace slant::lexicon {

// Both readers: the file is UTF-8 (else one error "invalid UTF-8 at byte N" and nothing else),
// a byte-order mark is skipped, CRLF line ends are accepted. Every category counts with weight 1
// unless a .dicx cell gives a number. '*' ending a word is a prefix wildcard ("negotiat*").
// The lexicon is named `name`; problems carry `source` and a 1-based line, and reading goes on
// after each one, so a file's problems are all reported at once.

// LIWC .dic:
//   %                     blank lines may come first; the block runs to the next '%' line
//   1   posemo   (Positive Emotion)
//   125 affect            "<id> <name> [description]": id a positive integer ("02" is 2),
//   %                     name one word, unique; a description in (...) loses the brackets
//   happy 1 125           an entry: pattern, then its categories by id or by name
//   kind of<TAB>affect    with a TAB, the pattern is all before the first tab and the rest,
//                         split on tabs and spaces, are categories
// Without a tab, the trailing run of words that are all digits or a category name are the
// categories and the words before it (at least one) the pattern: "kind of 3" is "kind of" in
// category 3, but "top 10" needs a tab ("top 10<TAB>3"). Errors: an empty file, no '%' line,
// text before the first '%', a block with no closing '%' or no categories, a bad id, a
// category without a name, a duplicate id or name, an unknown category, an entry with no
// category, and LIWC2007 conditional categories ("like<TAB>(02 134)125/464"), which slant
// does not support.
Loaded ReadLiwcDic(std::string_view bytes, const std::string& source, const std::string& name,
                   std::size_t max_entries = kDefaultMaxLexiconEntries);

// LIWC-22 .dicx: RFC 4180 CSV. The header's first cell names the entry column (any name,
// "DicTerm"), every other cell is a category (unique, not empty). In each further row the first
// cell is the pattern, and a category cell is "X" or "x" (member, weight 1), a number (member
// with that weight, 0 included), or empty (not a member); cells are trimmed of spaces. Errors: a
// row with another number of fields than the header, any other cell text, malformed CSV. A row
// with no category is left out with a warning; rows of blanks or bare commas are skipped.
Loaded ReadLiwcDicx(std::string_view bytes, const std::string& source, const std::string& name,
                    std::size_t max_entries = kDefaultMaxLexiconEntries);

}  // namespace slant::lexicon

#endif  // SLANT_LEXICON_LIWC_FORMAT_H_
