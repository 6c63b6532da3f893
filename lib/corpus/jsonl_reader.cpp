#include "corpus/jsonl_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "core/json_input.h"
#include "core/utf8.h"
#include "corpus/flat_json.h"

namespace slant::corpus {
namespace {

using Json = nlohmann::ordered_json;

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

}  // namespace

Result<Article> ParseArticleRecord(std::string_view line) {
  if (auto bad = FindInvalidUtf8(line)) {
    return Error(ErrorCode::kInvalidUtf8,
                 "invalid UTF-8 at byte " + std::to_string(*bad) + " of the line");
  }
  if (std::optional<Json> flat = ParseFlatJsonObject(line))
    return ArticleFromJson(std::move(*flat));
  // Articles are flat objects; refuse hostile nesting before it costs memory.
  if (auto deep = JsonTooDeep(line)) return Error(ErrorCode::kTooLarge, *deep);
  Json record;
  try {
    record = Json::parse(line.begin(), line.end());
  } catch (const nlohmann::json::exception& e) {
    // Parse errors, and a number too large for a double ("1e999"), which nlohmann reports as
    // out_of_range: bad input either way, not an internal error (found by fuzzing).
    return Error(ErrorCode::kParse, DescribeJsonError(e));
  }
  return ArticleFromJson(std::move(record));
}

JsonlReader::JsonlReader(std::istream& in, std::string source, std::size_t max_record_bytes)
    : source_(std::move(source)),
      max_record_bytes_(max_record_bytes),
      lines_(std::make_unique<LineReader>(in, max_record_bytes)) {}

JsonlReader::JsonlReader(const std::string& path, std::size_t max_record_bytes)
    : source_(path), max_record_bytes_(max_record_bytes) {
  auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*file) {
    open_error_ =
        Error(ErrorCode::kIo, std::string("cannot open: ") + std::strerror(errno)).InFile(path);
    return;
  }
  owned_ = std::move(file);
  lines_ = std::make_unique<LineReader>(*owned_, max_record_bytes);
}

std::optional<Result<Article>> JsonlReader::Next() {
  if (done_) return std::nullopt;
  if (open_error_) {
    done_ = true;
    return Result<Article>(*open_error_);
  }
  std::string line;
  while (true) {
    const LineReader::Status status = lines_->Next(line);
    const std::int64_t number = lines_->line_number();
    switch (status) {
      case LineReader::Status::kEnd:
        done_ = true;
        if (records_ == 0) {
          return Result<Article>(
              Error(ErrorCode::kNotFound, "no articles (the input is empty)").InFile(source_));
        }
        return std::nullopt;
      case LineReader::Status::kIoError:
        done_ = true;
        return Result<Article>(Error(ErrorCode::kIo, "read failed").InFile(source_, number));
      case LineReader::Status::kTooLong:
        ++records_;
        return Result<Article>(Error(ErrorCode::kTooLarge,
                                     "record of " + std::to_string(lines_->skipped_bytes()) +
                                         " bytes is over the " + std::to_string(max_record_bytes_) +
                                         "-byte cap (--max-record-bytes)")
                                   .InFile(source_, number));
      case LineReader::Status::kLine:
        break;
    }
    if (IsBlank(line)) continue;
    ++records_;
    Result<Article> article = ParseArticleRecord(line);
    if (!article.ok()) {
      article.error().InFile(source_, number);
      return article;
    }
    Article& a = article.value();
    a.source = source_;
    a.line = number;
    if (a.id.empty()) a.id = source_ + ":" + std::to_string(number);
    return article;
  }
}

}  // namespace slant::corpus
