#ifndef SLANT_SCORE_VADER_EMOJI_H_
#define SLANT_SCORE_VADER_EMOJI_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

#include <unicode/umachine.h>

#include "core/error.h"

namespace slant::score {

// VADER's emoji lexicon (emoji_utf8_lexicon.txt, one "emoji<TAB>description" a line), and
// the translation vaderSentiment 3.3.1 applies to a text before scoring it.
//
// Only entries whose emoji is one code point can ever apply: VADER looks each code point of
// the text up on its own, so "👍🏻" (two code points) never matches, while "👍" and "🏻"
// each do ("thumbs up light skin tone"). Entries of several code points are read and checked, then
// left out.
class VaderEmoji {
 public:
  // Reads no more than this many bytes, and descriptions no longer than this many (the
  // translation of a text can grow it by at most that much per code point).
  static constexpr std::size_t kMaxFileBytes = std::size_t{16} << 20;
  static constexpr std::size_t kMaxDescriptionBytes = 256;

  // A lexicon with no entries: Translate() never changes a text.
  VaderEmoji() = default;

  // Parses the file's bytes as VADER does: each line stripped of white space at both ends
  // (so CRLF line ends are fine), then split at tabs, the first field the emoji and the second
  // its description (later fields are ignored); a later line for the same emoji wins. Unlike
  // VADER, which stops at them, blank lines are skipped and a leading byte-order mark is
  // dropped. A line without a tab, an over-long description or a file with no entries fails
  // with kParse, ill-formed UTF-8 with kInvalidUtf8 and its byte; the error names `source` and
  // the line ("emoji.txt:12: no tab: ...").
  static Result<VaderEmoji> Parse(std::string_view bytes, const std::string& source);

  // Reads and parses the file at `path`; fails with kNotFound or kIo when it cannot be read,
  // kTooLarge over kMaxFileBytes, else as Parse. Errors name `path`.
  static Result<VaderEmoji> Read(const std::string& path);

  // VADER's translation: every code point of `text` that is an emoji of the lexicon is
  // replaced by its description, preceded by a space unless the character before it was a
  // plain space (U+0020) or it starts the text; nothing is added after it, so "😢Kobe" becomes
  // "crying faceKobe" and "Kobe😢" "Kobe crying face", as in VADER. Returns false, leaving
  // `out` untouched, when `text` has no emoji of the lexicon; else sets `out` and returns true.
  bool Translate(std::string_view text, std::string& out) const;

  // Entries that can apply (one code point each).
  std::size_t size() const { return descriptions_.size(); }
  bool empty() const { return descriptions_.empty(); }

 private:
  std::unordered_map<UChar32, std::string> descriptions_;
  UChar32 smallest_ = 0x110000;  // below it no code point needs a look-up (ASCII, usually)
};

}  // namespace slant::score

#endif  // SLANT_SCORE_VADER_EMOJI_H_
