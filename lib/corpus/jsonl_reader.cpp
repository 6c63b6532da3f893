#include "corpus/jsonl_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "core/limits.h"
#include "core/utf8.h"
#include "corpus/flat_json.h"

namespace slant::corpus {
namespace {

using Json = nlohmann::ordered_json;

// The deepest nesting of objects and arrays in a JSON text, found by one pass over its bytes
// (strings skipped). Cheaper than a parser callback on every event.
int NestingDepth(std::string_view json) {
  int depth = 0;
  int deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      deepest = std::max(deepest, ++depth);
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return deepest;
}

// nlohmann's message is "[json.exception.parse_error.101] parse error at line 1, column 7:
// syntax error while parsing value - invalid literal; last read: 'tru'"; keep the reason.
std::string ParseReason(const nlohmann::json::parse_error& e) {
  std::string what = e.what();
  const std::size_t colon = what.find(": ", what.find("column"));
  if (colon != std::string::npos) what = what.substr(colon + 2);
  return what;
}

// nlohmann's message without its "[json.exception.out_of_range.406] " prefix.
std::string WithoutPrefix(std::string what) {
  const std::size_t end = what.find("] ");
  return what.rfind("[json.exception.", 0) == 0 && end != std::string::npos ? what.substr(end + 2)
                                                                            : what;
}

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
  if (NestingDepth(line) > kMaxJsonDepth) {
    return Error(ErrorCode::kTooLarge,
                 "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
  }
  Json record;
  try {
    record = Json::parse(line.begin(), line.end());
  } catch (const nlohmann::json::parse_error& e) {
    return Error(ErrorCode::kParse, "malformed JSON at byte " +
                                        std::to_string(e.byte > 0 ? e.byte - 1 : 0) + ": " +
                                        ParseReason(e));
  } catch (const nlohmann::json::exception& e) {
    // A number too large for a double ("1e999") is not a parse_error to nlohmann but
    // out_of_range; it is still bad input, not an internal error (found by fuzzing).
    return Error(ErrorCode::kParse, "malformed JSON: " + WithoutPrefix(e.what()));
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
