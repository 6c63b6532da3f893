#ifndef SLANT_CORPUS_TEXT_FILE_H_
#define SLANT_CORPUS_TEXT_FILE_H_

#include <cstddef>
#include <istream>
#include <string>

#include "core/error.h"
#include "corpus/article.h"

namespace slant::corpus {

// Reads `in` to its end or to one byte past `max_bytes`, whichever comes first: a file over
// the cap is found without loading it. The caller checks size() > max_bytes.
std::string ReadUpTo(std::istream& in, std::size_t max_bytes);

// Reads a plain-text article: the whole file is `text`, byte for byte (a BOM or CRLF line
// ends stay, so offsets are offsets into the file). `metadata` supplies every other field;
// its id defaults to `path`. Errors: unreadable file, over `max_bytes`, invalid UTF-8 (with
// the line and byte offset in the file).
Result<Article> ReadTextArticle(const std::string& path, Article metadata, std::size_t max_bytes);

}  // namespace slant::corpus

#endif  // SLANT_CORPUS_TEXT_FILE_H_
