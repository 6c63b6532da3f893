#include "lexicon/load.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "lexicon/json_format.h"
#include "lexicon/liwc_format.h"
#include "lexicon/table_format.h"

namespace slant::lexicon {
namespace {

Loaded Failed(const std::string& path, std::string message) {
  LexiconBuilder builder(path, false);
  builder.AddError(0, std::move(message));
  return builder.Finish();
}

}  // namespace

std::optional<Format> ParseFormat(std::string_view name) {
  if (name == "auto") return Format::kAuto;
  if (name == "json") return Format::kJson;
  if (name == "dic") return Format::kDic;
  if (name == "dicx") return Format::kDicx;
  if (name == "tsv") return Format::kTsv;
  if (name == "csv") return Format::kCsv;
  return std::nullopt;
}

Loaded LoadLexicon(const std::string& path, Format format, std::size_t max_entries) {
  namespace fs = std::filesystem;
  const fs::path file(path);
  const std::string extension = file.extension().string();
  if (format == Format::kAuto) {
    if (extension == ".json") {
      format = Format::kJson;
    } else if (extension == ".dic") {
      format = Format::kDic;
    } else if (extension == ".dicx") {
      format = Format::kDicx;
    } else if (extension == ".tsv" || extension == ".txt") {
      format = Format::kTsv;
    } else if (extension == ".csv") {
      format = Format::kCsv;
    } else {
      // Only `slant lexicon` has --format; the scoring commands go by the extension.
      return Failed(path, "cannot tell the lexicon format from the extension '" + extension +
                              "' (name it .json, .dic, .dicx, .tsv, .txt or .csv; slant lexicon "
                              "also takes --format)");
    }
  }
  std::error_code ec;
  if (fs::is_directory(file, ec)) return Failed(path, "is a directory, not a lexicon file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Failed(path, std::string("cannot open: ") + std::strerror(errno));
  const auto size = fs::file_size(file, ec);
  if (!ec && size > kMaxLexiconBytes) {
    return Failed(path, "lexicon file of " + std::to_string(size) + " bytes is over the " +
                            std::to_string(kMaxLexiconBytes) + "-byte cap");
  }
  const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const std::string stem = file.stem().string();
  switch (format) {
    case Format::kJson:
      return ReadNativeJson(bytes, path, stem, max_entries);
    case Format::kDic:
      return ReadLiwcDic(bytes, path, stem, max_entries);
    case Format::kDicx:
      return ReadLiwcDicx(bytes, path, stem, max_entries);
    case Format::kTsv:
      return ReadWeightedTsv(bytes, path, stem, max_entries);
    case Format::kCsv:
    case Format::kAuto:
      break;
  }
  return ReadWeightedCsv(bytes, path, stem, max_entries);
}

}  // namespace slant::lexicon
