#ifndef SLANT_CORPUS_JSONL_READER_H_
#define SLANT_CORPUS_JSONL_READER_H_

#include <cstddef>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"
#include "corpus/article.h"
#include "corpus/line_reader.h"

namespace slant::corpus {

// Parses one JSON Lines record into an Article. Rejects ill-formed UTF-8 (with the byte
// offset in the line), malformed JSON (with the reason and byte), nesting deeper than
// kMaxJsonDepth, and records ArticleFromJson rejects. The caller adds file and line.
Result<Article> ParseArticleRecord(std::string_view line);

// Streams articles from JSON Lines, one record per line, holding one record at a time.
// Blank lines are skipped. A file with no records at all is an error ("empty input").
class JsonlReader {
 public:
  // Reads `in`, which must outlive the reader; `source` names it in messages ("-" = stdin).
  JsonlReader(std::istream& in, std::string source, std::size_t max_record_bytes);
  // Opens and owns a file; a file that cannot be opened yields one error from Next().
  JsonlReader(const std::string& path, std::size_t max_record_bytes);

  // The next article or the error that replaces it; nullopt after the last one. After an
  // error the reader goes on with the next line.
  std::optional<Result<Article>> Next();

 private:
  std::unique_ptr<std::istream> owned_;
  std::optional<Error> open_error_;
  std::string source_;
  std::size_t max_record_bytes_;
  std::unique_ptr<LineReader> lines_;
  std::int64_t records_ = 0;  // non-blank lines seen
  bool done_ = false;
};

}  // namespace slant::corpus

#endif  // SLANT_CORPUS_JSONL_READER_H_
