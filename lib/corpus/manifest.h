#ifndef SLANT_CORPUS_MANIFEST_H_
#define SLANT_CORPUS_MANIFEST_H_

#include <cstdint>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "corpus/article.h"
#include "corpus/csv.h"
#include "corpus/line_reader.h"

namespace slant::corpus {

// One manifest row: the .txt file it describes and the article fields to give it.
struct ManifestEntry {
  std::string path;  // resolved against the manifest's folder
  Article metadata;  // text empty; id empty when the manifest gives none
  std::int64_t line = 0;
};

// A manifest lists plain-text articles with their metadata, as CSV (a header row naming the
// columns: `path` required; id, outlet, event, date, title, url, lang known; any other
// column is passed through) or as JSON (an array of objects with the same keys). Relative
// paths are relative to the manifest's folder. CSV streams; a JSON manifest is read whole.
class ManifestReader {
 public:
  static Result<ManifestReader> Open(const std::string& path);

  // The next entry, the error that replaces it, or nullopt at the end.
  std::optional<Result<ManifestEntry>> Next();

  const std::string& path() const { return path_; }

 private:
  ManifestReader() = default;
  Result<ManifestEntry> FromFields(const nlohmann::ordered_json& row, std::int64_t line) const;

  std::string path_;
  std::string folder_;
  // CSV state.
  std::unique_ptr<std::ifstream> file_;
  std::unique_ptr<LineReader> lines_;
  std::unique_ptr<CsvReader> csv_;
  std::vector<std::string> header_;
  // JSON state.
  nlohmann::ordered_json rows_;
  std::size_t next_row_ = 0;
  bool json_ = false;
};

}  // namespace slant::corpus

#endif  // SLANT_CORPUS_MANIFEST_H_
