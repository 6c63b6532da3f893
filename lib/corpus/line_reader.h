#ifndef SLANT_CORPUS_LINE_READER_H_
#define SLANT_CORPUS_LINE_READER_H_

#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>
#include <vector>

namespace slant::corpus {

// Reads a stream line by line without ever holding more than `max_line_bytes` of one line,
// so a 100 MB line costs a bounded buffer, not 100 MB. Lines end at '\n'; a '\r' before it
// is removed (CRLF files), and a UTF-8 byte-order mark at the very start is skipped.
class LineReader {
 public:
  enum class Status {
    kLine,     // `line` holds the next line
    kTooLong,  // the line was over the cap; it was skipped, `line` is empty
    kEnd,      // no more input
    kIoError,  // the stream failed before its end
  };

  LineReader(std::istream& in, std::size_t max_line_bytes);

  Status Next(std::string& line);

  std::int64_t line_number() const { return line_number_; }     // of the line just returned
  std::size_t skipped_bytes() const { return skipped_bytes_; }  // length of a kTooLong line

 private:
  bool Fill();  // reads more input into buffer_; false at end of input

  std::istream& in_;
  std::size_t max_line_bytes_;
  std::vector<char> buffer_;
  std::size_t begin_ = 0;  // unread data is buffer_[begin_, end_)
  std::size_t end_ = 0;
  std::int64_t line_number_ = 0;
  std::size_t skipped_bytes_ = 0;
  bool at_start_ = true;
  bool eof_ = false;
};

}  // namespace slant::corpus

#endif  // SLANT_CORPUS_LINE_READER_H_
