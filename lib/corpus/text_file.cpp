#include "corpus/text_file.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>

#include "core/utf8.h"

namespace slant::corpus {

Result<Article> ReadTextArticle(const std::string& path, Article metadata, std::size_t max_bytes) {
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    return Error(ErrorCode::kIo, std::string("cannot open: ") + std::strerror(errno)).InFile(path);
  }
  // Read at most one byte past the cap, so an oversized file is caught without loading it.
  std::string text;
  std::vector<char> chunk(std::size_t{1} << 16);
  while (file && text.size() <= max_bytes) {
    file.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    text.append(chunk.data(), static_cast<std::size_t>(file.gcount()));
  }
  if (file.bad()) return Error(ErrorCode::kIo, "read failed").InFile(path);
  if (text.size() > max_bytes) {
    return Error(ErrorCode::kTooLarge,
                 "file is over the " + std::to_string(max_bytes) + "-byte cap (--max-record-bytes)")
        .InFile(path);
  }
  if (auto bad = FindInvalidUtf8(text)) {
    const auto line =
        1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(*bad), '\n');
    return Error(ErrorCode::kInvalidUtf8, "invalid UTF-8")
        .InFile(path, line)
        .AtByte(static_cast<std::int64_t>(*bad));
  }
  Article article = std::move(metadata);
  article.text = std::move(text);
  if (article.id.empty()) article.id = path;
  article.source = path;
  article.line = 1;
  return article;
}

}  // namespace slant::corpus
