#include "corpus/manifest.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "core/json_input.h"
#include "core/limits.h"
#include "core/utf8.h"
#include "corpus/text_file.h"

namespace slant::corpus {
namespace {

using Json = nlohmann::ordered_json;
namespace fs = std::filesystem;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

Result<ManifestReader> ManifestReader::Open(const std::string& path) {
  ManifestReader reader;
  reader.path_ = path;
  reader.folder_ = fs::path(path).parent_path().string();
  auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*file) {
    return Error(ErrorCode::kIo, std::string("cannot open manifest: ") + std::strerror(errno))
        .InFile(path);
  }
  reader.json_ = EndsWith(path, ".json");
  if (reader.json_) {
    // Read whole (at most one byte past the cap), checked for depth, then parsed.
    const std::string bytes = ReadUpTo(*file, kMaxManifestJsonBytes);
    if (bytes.size() > kMaxManifestJsonBytes) {
      return Error(ErrorCode::kTooLarge,
                   "JSON manifest is over the " + std::to_string(kMaxManifestJsonBytes) +
                       "-byte cap (use a CSV manifest, read a line at a time)")
          .InFile(path);
    }
    if (auto deep = JsonTooDeep(bytes)) return Error(ErrorCode::kTooLarge, *deep).InFile(path);
    try {
      reader.rows_ = Json::parse(bytes);
    } catch (const nlohmann::json::exception& e) {  // parse_error, or out_of_range for 1e999
      return Error(ErrorCode::kParse, DescribeJsonError(e)).InFile(path);
    }
    if (!reader.rows_.is_array()) {
      return Error(ErrorCode::kParse, "a JSON manifest must be an array of objects").InFile(path);
    }
    return reader;
  }
  reader.file_ = std::move(file);
  reader.lines_ = std::make_unique<LineReader>(*reader.file_, kMaxManifestLineBytes);
  reader.csv_ = std::make_unique<CsvReader>(*reader.lines_);
  auto header = reader.csv_->Next();
  if (!header.ok()) return std::move(header.error()).InFile(path, reader.csv_->record_line());
  reader.header_ = std::move(header).value();
  for (const std::string& column : reader.header_) {
    if (FindInvalidUtf8(column)) {
      return Error(ErrorCode::kInvalidUtf8, "invalid UTF-8 in the header").InFile(path, 1);
    }
  }
  if (reader.header_.empty()) return Error(ErrorCode::kNotFound, "empty manifest").InFile(path);
  if (std::find(reader.header_.begin(), reader.header_.end(), "path") == reader.header_.end()) {
    return Error(ErrorCode::kParse, "manifest header has no 'path' column").InFile(path, 1);
  }
  return reader;
}

Result<ManifestEntry> ManifestReader::FromFields(const Json& row, std::int64_t line) const {
  if (!row.is_object()) {
    return Error(ErrorCode::kParse, "manifest entry must be an object").InFile(path_, line);
  }
  const auto path = row.find("path");
  if (path == row.end() || !path->is_string() || path->get<std::string>().empty()) {
    return Error(ErrorCode::kParse, "manifest entry has no 'path'").InFile(path_, line);
  }
  // ArticleFromJson checks every field; a placeholder text satisfies its one requirement.
  Json fields = row;
  fields.erase("path");
  fields["text"] = "";
  auto article = ArticleFromJson(std::move(fields));
  if (!article.ok()) return std::move(article.error()).InFile(path_, line);

  ManifestEntry entry;
  const fs::path file = path->get<std::string>();
  entry.path =
      file.is_absolute() || folder_.empty() ? file.string() : (fs::path(folder_) / file).string();
  entry.metadata = std::move(article).value();
  entry.line = line;
  return entry;
}

std::optional<Result<ManifestEntry>> ManifestReader::Next() {
  if (json_) {
    if (next_row_ >= rows_.size()) return std::nullopt;
    const std::size_t index = next_row_++;
    // A JSON manifest has no useful line numbers; report the entry's 1-based position.
    auto entry = FromFields(rows_[index], 0);
    if (!entry.ok()) {
      Error& e = entry.error();
      e = Error(e.code(), "entry " + std::to_string(index + 1) + ": " + e.message()).InFile(path_);
    }
    return entry;
  }
  auto fields = csv_->Next();
  const std::int64_t line = csv_->record_line();
  if (!fields.ok()) return Result<ManifestEntry>(std::move(fields.error()).InFile(path_, line));
  if (fields.value().empty()) return std::nullopt;
  if (fields.value().size() != header_.size()) {
    return Result<ManifestEntry>(
        Error(ErrorCode::kParse, "row has " + std::to_string(fields.value().size()) +
                                     " fields, the header " + std::to_string(header_.size()))
            .InFile(path_, line));
  }
  Json row = Json::object();
  for (std::size_t i = 0; i < header_.size(); ++i) {
    if (FindInvalidUtf8(fields.value()[i])) {
      return Result<ManifestEntry>(
          Error(ErrorCode::kInvalidUtf8, "invalid UTF-8 in column '" + header_[i] + "'")
              .InFile(path_, line));
    }
    if (!fields.value()[i].empty()) row[header_[i]] = fields.value()[i];
  }
  return FromFields(row, line);
}

}  // namespace slant::corpus
