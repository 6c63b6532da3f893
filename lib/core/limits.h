#ifndef SLANT_CORE_LIMITS_H_
#define SLANT_CORE_LIMITS_H_

#include <cstddef>

namespace slant {

// Caps on untrusted input. Each one is enforced with an error that names it, and the
// command line lets a user raise it where real data may need more (README, "Limits").

// One JSON Lines record, or one .txt article, in bytes (--max-record-bytes).
inline constexpr std::size_t kDefaultMaxRecordBytes = std::size_t{16} << 20;

// One line of a manifest file in bytes; manifests hold paths and short metadata.
inline constexpr std::size_t kMaxManifestLineBytes = std::size_t{1} << 20;

// A JSON manifest, read whole; a CSV manifest is read a line at a time and has no cap.
inline constexpr std::size_t kMaxManifestJsonBytes = std::size_t{256} << 20;

// Nesting depth of any JSON slant reads (records, statistics, manifests, lexicons); all are
// shallow by design, so deep nesting is hostile.
inline constexpr int kMaxJsonDepth = 64;

}  // namespace slant

#endif  // SLANT_CORE_LIMITS_H_
