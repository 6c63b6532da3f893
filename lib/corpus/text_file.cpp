#include "corpus/text_file.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <vector>

#include "core/utf8.h"

namespace slant::corpus {

std::string ReadUpTo(std::istream& in, std::size_t max_bytes) {
  std::string bytes;
  std::vector<char> chunk(std::size_t{1} << 16);
  while (in && bytes.size() <= max_bytes) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    bytes.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
  }
  return bytes;
}

Result<Article> ReadTextArticle(const std::string& path, Article metadata, std::size_t max_bytes) {
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    return Error(ErrorCode::kIo, std::string("cannot open: ") + std::strerror(errno)).InFile(path);
  }
  std::string text = ReadUpTo(file, max_bytes);
  if (file.bad()) return Error(ErrorCode::kIo, "read failed").InFile(path);
  if (text.size() > max_bytes) {
    return Error(ErrorCode::kTooLarge,
                 "file is over the " + std::to_string(max_bytes) + "-byte cap (--max-record-bytes)")
        .InFile(path);
  }
  const auto line_of = [&text](std::size_t byte) {
    return 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(byte), '\n');
  };
  if (auto bad = FindInvalidUtf8(text)) {
    return Error(ErrorCode::kInvalidUtf8, "invalid UTF-8")
        .InFile(path, line_of(*bad))
        .AtByte(static_cast<std::int64_t>(*bad));
  }
  // NUL is valid UTF-8 but never in text a person wrote: the file is binary (an image, a
  // PDF, UTF-16 text) that happens to decode.
  if (const std::size_t nul = text.find('\0'); nul != std::string::npos) {
    return Error(ErrorCode::kInvalidUtf8, "binary data (a NUL byte)")
        .InFile(path, line_of(nul))
        .AtByte(static_cast<std::int64_t>(nul));
  }
  Article article = std::move(metadata);
  article.text = std::move(text);
  if (article.id.empty()) article.id = path;
  article.source = path;
  article.line = 1;
  return article;
}

}  // namespace slant::corpus
