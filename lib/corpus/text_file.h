#ifndef SLANT_CORPUS_TEXT_FILE_H_
#define SLANT_CORPUS_TEXT_FILE_H_

#include <cstddef>
#include <string>

#include "core/error.h"
#include "corpus/article.h"

namespace slant::corpus {

// Reads a plain-text article: the whole file is `text`, byte for byte (a BOM or CRLF line
// ends stay, so offsets are offsets into the file). `metadata` supplies every other field;
// its id defaults to `path`. Errors: unreadable file, over `max_bytes`, invalid UTF-8 (with
// the line and byte offset in the file).
Result<Article> ReadTextArticle(const std::string& path, Article metadata, std::size_t max_bytes);

}  // namespace slant::corpus

#endif  // SLANT_CORPUS_TEXT_FILE_H_
