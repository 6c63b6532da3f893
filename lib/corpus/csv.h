#ifndef SLANT_CORPUS_CSV_H_
#define SLANT_CORPUS_CSV_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/error.h"
#include "corpus/line_reader.h"

namespace slant::corpus {

// Reads RFC 4180 CSV records: fields separated by commas, optionally in double quotes, with
// "" for a quote inside a quoted field and line breaks allowed inside quotes.
class CsvReader {
 public:
  explicit CsvReader(LineReader& lines) : lines_(lines) {}

  // The next record's fields, an empty vector at the end of input, or an error (an
  // unterminated quote, a stray quote, a line over the cap).
  Result<std::vector<std::string>> Next();

  // The line the last record started on, 1-based.
  std::int64_t record_line() const { return record_line_; }

 private:
  LineReader& lines_;
  std::int64_t record_line_ = 0;
};

}  // namespace slant::corpus

#endif  // SLANT_CORPUS_CSV_H_
