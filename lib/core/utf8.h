#ifndef SLANT_CORE_UTF8_H_
#define SLANT_CORE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace slant {

// Byte offset of the first ill-formed UTF-8 sequence in `bytes` (overlong forms, surrogates,
// code points above U+10FFFF and truncated sequences included), or nullopt when all of it is
// well-formed. NUL bytes are well-formed UTF-8 and pass.
std::optional<std::size_t> FindInvalidUtf8(std::string_view bytes);

// Length of a UTF-8 byte-order mark at the start of `bytes` (3), or 0 when there is none.
std::size_t Utf8BomLength(std::string_view bytes);

// Appends code point `cp` (at most U+10FFFF; the caller checks) to `out` in UTF-8.
void AppendUtf8(std::string& out, std::uint32_t cp);

}  // namespace slant

#endif  // SLANT_CORE_UTF8_H_
