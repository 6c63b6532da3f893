#include "corpus/csv.h"

namespace slant::corpus {

Result<std::vector<std::string>> CsvReader::Next() {
  std::string line;
  LineReader::Status status = LineReader::Status::kLine;
  do {  // blank lines between records are skipped
    status = lines_.Next(line);
  } while (status == LineReader::Status::kLine && line.empty());
  if (status == LineReader::Status::kEnd) return std::vector<std::string>{};
  record_line_ = lines_.line_number();
  if (status == LineReader::Status::kTooLong) {
    return Error(ErrorCode::kTooLarge, "line over the size cap");
  }
  if (status == LineReader::Status::kIoError) return Error(ErrorCode::kIo, "read failed");

  std::vector<std::string> fields(1);
  bool quoted = false;       // inside a quoted field
  bool after_quote = false;  // a quoted field just closed; only ',' may follow
  std::size_t i = 0;
  while (true) {
    if (i == line.size()) {
      if (!quoted) break;
      // A line break inside quotes belongs to the field.
      if (lines_.Next(line) != LineReader::Status::kLine) {
        return Error(ErrorCode::kParse, "unterminated quoted field");
      }
      fields.back() += '\n';
      i = 0;
      continue;
    }
    const char c = line[i++];
    if (quoted) {
      if (c != '"') {
        fields.back() += c;
      } else if (i < line.size() && line[i] == '"') {
        fields.back() += '"';
        ++i;
      } else {
        quoted = false;
        after_quote = true;
      }
    } else if (c == ',') {
      fields.emplace_back();
      after_quote = false;
    } else if (after_quote) {
      return Error(ErrorCode::kParse, "unexpected character after a closing quote");
    } else if (c == '"' && fields.back().empty()) {
      quoted = true;
    } else if (c == '"') {
      return Error(ErrorCode::kParse, "a quote inside an unquoted field");
    } else {
      fields.back() += c;
    }
  }
  return fields;
}

}  // namespace slant::corpus
