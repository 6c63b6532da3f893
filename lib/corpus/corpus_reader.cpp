#include "corpus/corpus_reader.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <system_error>

#include "corpus/text_file.h"

namespace slant::corpus {
namespace {

namespace fs = std::filesystem;

bool HasExtension(const fs::path& path, std::initializer_list<std::string_view> extensions) {
  const std::string extension = path.extension().string();
  return std::any_of(extensions.begin(), extensions.end(),
                     [&](std::string_view e) { return extension == e; });
}

// 64-bit FNV-1a: duplicate detection keeps 8 bytes per article instead of the whole id.
std::uint64_t HashId(std::string_view id) {
  std::uint64_t hash = 14695981039346656037ull;
  for (char c : id) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

std::string FolderName(const std::string& path) {
  const std::string name = fs::path(path).parent_path().filename().string();
  return name.empty() || name == "." || name == ".." ? "unknown" : name;
}

}  // namespace

CorpusReader::CorpusReader(std::vector<std::string> inputs, ReadOptions options)
    : options_(std::move(options)) {
  for (std::string& input : inputs) {
    Pending item;
    item.path = std::move(input);
    item.top_level = true;
    pending_.push_back(std::move(item));
  }
  if (!options_.manifest.empty()) {
    auto manifest = ManifestReader::Open(options_.manifest);
    if (manifest.ok()) {
      manifest_ = std::make_unique<ManifestReader>(std::move(manifest).value());
    } else {
      ready_ = Result<Article>(std::move(manifest.error()));
    }
  }
}

CorpusReader::~CorpusReader() = default;

std::optional<Result<Article>> CorpusReader::Next() {
  auto next = NextRaw();
  if (next && next->ok()) Check(next->value());
  return next;
}

void CorpusReader::Check(const Article& article) {
  if (!options_.warn) return;
  const std::string where =
      article.source + (article.line > 0 ? ":" + std::to_string(article.line) : "") + ": ";
  if (!seen_ids_.insert(HashId(article.id)).second) {
    options_.warn(where + "duplicate id '" + article.id + "'");
  }
  if (article.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    options_.warn(where + "article '" + article.id + "' has no text");
  }
}

std::optional<Result<Article>> CorpusReader::NextRaw() {
  while (true) {
    if (ready_) {
      auto out = std::move(ready_);
      ready_.reset();
      return out;
    }
    if (manifest_) {
      auto entry = manifest_->Next();
      if (!entry) {
        manifest_.reset();
        continue;
      }
      if (!entry->ok()) return Result<Article>(std::move(entry->error()));
      ManifestEntry& e = entry->value();
      return ReadTextArticle(e.path, std::move(e.metadata), options_.max_record_bytes);
    }
    if (jsonl_) {
      if (auto article = jsonl_->Next()) return article;
      jsonl_.reset();
      continue;
    }
    if (pending_.empty()) return std::nullopt;
    Pending item = std::move(pending_.front());
    pending_.pop_front();
    if (auto error = Expand(item)) return Result<Article>(*std::move(error));
  }
}

std::optional<Error> CorpusReader::Expand(const Pending& item) {
  if (item.path == "-") {
    jsonl_ = std::make_unique<JsonlReader>(std::cin, "-", options_.max_record_bytes);
    return std::nullopt;
  }
  std::error_code ec;
  const fs::file_status status = fs::status(item.path, ec);
  if (ec || !fs::exists(status)) {
    return Error(ErrorCode::kNotFound, "no such file or directory").InFile(item.path);
  }
  if (fs::is_directory(status)) {
    if (!item.top_level && fs::is_symlink(fs::symlink_status(item.path, ec))) return std::nullopt;
    std::vector<fs::path> children;
    for (const fs::directory_entry& entry : fs::directory_iterator(item.path, ec)) {
      children.push_back(entry.path());
    }
    if (ec)
      return Error(ErrorCode::kIo, "cannot list directory: " + ec.message()).InFile(item.path);
    std::sort(children.begin(), children.end());  // byte order: the same on every machine

    bool skip_text = item.skip_text;
    if (item.top_level) {
      for (const char* name : {"manifest.csv", "manifest.json"}) {
        const fs::path manifest = fs::path(item.path) / name;
        if (!fs::exists(manifest, ec)) continue;
        auto reader = ManifestReader::Open(manifest.string());
        if (!reader.ok()) return std::move(reader.error());
        manifest_ = std::make_unique<ManifestReader>(std::move(reader).value());
        skip_text = true;
        break;
      }
    }
    std::vector<Pending> found;
    for (const fs::path& child : children) {
      const bool is_dir = fs::is_directory(child, ec);
      if (!is_dir && !HasExtension(child, {".jsonl", ".ndjson", ".txt"})) continue;
      Pending next;
      next.path = child.string();
      next.outlet = item.top_level ? (is_dir ? child.filename().string() : "unknown") : item.outlet;
      next.skip_text = skip_text;
      found.push_back(std::move(next));
    }
    if (item.top_level && found.empty() && !manifest_) {
      return Error(ErrorCode::kNotFound, "no .jsonl or .txt files in directory").InFile(item.path);
    }
    pending_.insert(pending_.begin(), found.begin(), found.end());
    return std::nullopt;
  }
  if (HasExtension(item.path, {".txt"})) {
    if (item.skip_text) return std::nullopt;
    Article metadata;
    metadata.outlet = item.top_level ? FolderName(item.path) : item.outlet;
    ready_ = ReadTextArticle(item.path, std::move(metadata), options_.max_record_bytes);
    return std::nullopt;
  }
  jsonl_ = std::make_unique<JsonlReader>(item.path, options_.max_record_bytes);
  return std::nullopt;
}

}  // namespace slant::corpus
