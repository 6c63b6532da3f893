#ifndef SLANT_CORE_JSON_INPUT_H_
#define SLANT_CORE_JSON_INPUT_H_

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/limits.h"

namespace slant {

// What every reader of untrusted JSON (article records, statistics files, manifests, native
// lexicons) shares: one nesting cap, checked before parsing, and one way to word nlohmann's
// errors for a user.

// The deepest nesting of objects and arrays in a JSON text, found by one pass over its bytes
// (strings skipped). nlohmann parses any depth, but printing or comparing a value recurses,
// so a line of 100,000 '[' is refused before it is parsed.
int JsonNestingDepth(std::string_view json);

// "JSON nested deeper than 64 levels" when `json` is; nullopt when it is not.
std::optional<std::string> JsonTooDeep(std::string_view json);

// nlohmann's error without its "[json.exception.parse_error.101] parse error at line 1,
// column 10: " preamble: for {"a": tru} "malformed JSON at byte 9: syntax error while parsing
// value - invalid literal; last read: '"a": tru}'" (`with_byte`: the 0-based byte where
// parsing stopped), or
// "malformed JSON: number overflow parsing '1e999'" (nlohmann reports that as out_of_range,
// not as a parse error), or a type error without its preamble. The "last read" excerpt keeps its
// last 40 bytes (whole characters), so a record cut off inside its text does not echo the whole
// text.
std::string DescribeJsonError(const nlohmann::json::exception& error, bool with_byte = true);

}  // namespace slant

#endif  // SLANT_CORE_JSON_INPUT_H_
