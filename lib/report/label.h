#ifndef SLANT_REPORT_LABEL_H_
#define SLANT_REPORT_LABEL_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace slant::report {

// Chart labels are cut by how wide they show, without measuring fonts: one column per
// user-perceived character (grapheme cluster, UAX #29), two when it starts with an East Asian
// wide or fullwidth character (CJK, most emoji). At the charts' 12-unit sans-serif text a column
// is about 6.5 units wide.

// Columns `clean_utf8` takes. It must be valid UTF-8 (CleanXmlText's output).
std::size_t DisplayColumns(std::string_view clean_utf8);

// `clean_utf8` unchanged when it takes at most `max_columns` columns; otherwise the longest run
// of whole grapheme clusters from its start that takes at most max_columns - 1, then "…"
// (which takes one). A flag or an accented letter is never cut in half. Only the first 64 KiB
// are looked at: a longer label is cut anyway.
std::string TruncateLabel(std::string_view clean_utf8, std::size_t max_columns);

}  // namespace slant::report

#endif  // SLANT_REPORT_LABEL_H_
