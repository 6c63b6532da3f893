#ifndef SLANT_CORE_MARKDOWN_H_
#define SLANT_CORE_MARKDOWN_H_

#include <string>
#include <string_view>
#include <vector>

namespace slant {

// Helpers for the Markdown that compare, align and report write (GitHub-flavoured Markdown,
// read on GitHub or rendered by cmark-gfm).

// Text from the input (an article's words, an outlet's name) made inert in Markdown prose and
// in a table cell: \ ` * _ [ ] # ~ | ! get a backslash, & < > become entities (so no HTML and
// no link can come out of it), line breaks and tabs become spaces, and a leading - + = or
// "1." / "1)" that would start a list or underline a heading is escaped too.
std::string EscapeMarkdown(std::string_view text);

// Input text in bold: escaped, with any leading or trailing spaces kept outside the ** (where
// Markdown would not read them as emphasis).
std::string StrongMarkdown(std::string_view text);

// x with a fixed number of decimals, in the C locale; "–" for NaN or infinity; never "-0.00".
std::string FixedNumber(double x, int decimals);

// A table row (cells already Markdown), and a header row with its delimiter row (first column
// left-aligned, the rest right-aligned when `numeric_columns`).
void MarkdownRow(std::string& out, const std::vector<std::string>& cells);
void MarkdownHeader(std::string& out, const std::vector<std::string>& cells,
                    bool numeric_columns = true);

}  // namespace slant

#endif  // SLANT_CORE_MARKDOWN_H_
