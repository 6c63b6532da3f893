#ifndef SLANT_LEXICON_READER_UTIL_H_
#define SLANT_LEXICON_READER_UTIL_H_

// Small pieces the line- and table-based lexicon readers share (liwc_format, table_format,
// json_format).

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/builder.h"

namespace slant::lexicon {

// Spaces, tabs and a stray carriage return: what Trim removes.
inline constexpr std::string_view kBlank = " \t\r";

std::string_view Trim(std::string_view s);

// "'s'", for messages.
std::string Quoted(std::string_view s);

// "1 field", "3 fields".
std::string Fields(std::size_t n);

// Nothing but a byte-order mark, spaces and line breaks.
bool IsBlank(std::string_view bytes);

// Lines without their '\n' or "\r\n"; line i of the result is line i + 1 of the file.
std::vector<std::string_view> SplitLines(std::string_view text);

// What every reader does first: reports ill-formed UTF-8 as one error with its line and
// byte (and returns nullopt), else returns the text without a leading byte-order mark.
std::optional<std::string_view> CheckedText(std::string_view bytes, LexiconBuilder& builder);

// A finite decimal number with an optional sign ("+1", "-0.5", "2e-3"); no spaces, no junk.
std::optional<double> ParseNumber(std::string_view s);

struct Row {
  std::int64_t line = 0;
  std::vector<std::string> fields;
};

// Every CSV record but blank ones; malformed records are reported and left out.
std::vector<Row> ReadCsvRows(std::string_view bytes, LexiconBuilder& builder);

// Each field of `fields`, trimmed of spaces and tabs.
std::vector<std::string_view> TrimmedFields(const std::vector<std::string>& fields);

// The category of each column of a table's header (the first column is the entry: nullopt).
// A column without a name is reported; `keep`, when given, decides which named columns are
// categories; a duplicate name is reported by the builder and its column left out.
std::vector<std::optional<CategoryId>> HeaderCategories(
    const std::vector<std::string_view>& header, std::int64_t line, LexiconBuilder& builder,
    const std::function<bool(std::size_t column, std::string_view name)>& keep = {});

// The entry (first field) of a table row, or nullopt after reporting a row whose field count
// is not `expected` ("3 fields where <expectation>") or whose entry is empty.
std::optional<std::string_view> RowEntry(const std::vector<std::string_view>& fields,
                                         std::size_t expected, const std::string& expectation,
                                         std::int64_t line, LexiconBuilder& builder);

// The rows of a CSV table whose first row is a header with at least one category column after
// the entry column; an empty file or a header without categories is reported, and nullopt.
std::optional<std::vector<Row>> ReadTable(std::string_view bytes, LexiconBuilder& builder);

}  // namespace slant::lexicon

#endif  // SLANT_LEXICON_READER_UTIL_H_
