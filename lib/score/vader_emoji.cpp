#include "score/vader_emoji.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/utf8.h"
#include "score/python_str.h"

namespace slant::score {

Result<VaderEmoji> VaderEmoji::Parse(std::string_view bytes, const std::string& source) {
  if (const auto bad = FindInvalidUtf8(bytes)) {
    const auto line =
        1 + std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(*bad), '\n');
    Error error(ErrorCode::kInvalidUtf8, "invalid UTF-8");
    error.InFile(source, line).AtByte(static_cast<std::int64_t>(*bad));
    return error;
  }
  bytes.remove_prefix(Utf8BomLength(bytes));
  VaderEmoji emoji;
  std::size_t entries = 0;
  std::int64_t line_number = 0;
  for (std::size_t begin = 0; begin < bytes.size();) {
    std::size_t end = bytes.find('\n', begin);
    if (end == std::string_view::npos) end = bytes.size();
    ++line_number;
    const std::string_view line = PythonStrip(bytes.substr(begin, end - begin));
    begin = end + 1;
    if (line.empty()) continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) {
      return Error(ErrorCode::kParse, "no tab: expected an emoji, a tab and its description")
          .InFile(source, line_number);
    }
    const std::string_view key = line.substr(0, tab);
    std::string_view description = line.substr(tab + 1);
    description = description.substr(0, description.find('\t'));
    if (description.size() > kMaxDescriptionBytes) {
      return Error(ErrorCode::kParse, "description of " + std::to_string(description.size()) +
                                          " bytes is over the " +
                                          std::to_string(kMaxDescriptionBytes) + "-byte cap")
          .InFile(source, line_number);
    }
    ++entries;
    UChar32 code_point = -1;
    std::size_t count = 0;
    ForEachCodePoint(key, [&](UChar32 c, std::size_t, std::size_t) {
      code_point = c;
      ++count;
    });
    if (count != 1) continue;  // VADER looks up one code point at a time: never reached
    emoji.descriptions_[code_point] = std::string(description);
    emoji.smallest_ = std::min(emoji.smallest_, code_point);
  }
  if (entries == 0) return Error(ErrorCode::kParse, "no entries").InFile(source);
  return emoji;
}

Result<VaderEmoji> VaderEmoji::Read(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::exists(path, ec)) return Error(ErrorCode::kNotFound, "no such file").InFile(path);
  if (fs::is_directory(path, ec)) {
    return Error(ErrorCode::kIo, "is a directory, not an emoji lexicon").InFile(path);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Error(ErrorCode::kIo, std::string("cannot open: ") + std::strerror(errno)).InFile(path);
  }
  const auto size = fs::file_size(path, ec);
  if (!ec && size > kMaxFileBytes) {
    return Error(ErrorCode::kTooLarge, "emoji lexicon of " + std::to_string(size) +
                                           " bytes is over the " + std::to_string(kMaxFileBytes) +
                                           "-byte cap")
        .InFile(path);
  }
  const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) return Error(ErrorCode::kIo, "read failed").InFile(path);
  return Parse(bytes, path);
}

bool VaderEmoji::Translate(std::string_view text, std::string& out) const {
  bool translated = false;
  bool prev_space = true;  // VADER's flag: the last character copied was a plain space
  std::size_t copied = 0;  // bytes of `text` already in `out`
  ForEachCodePoint(text, [&](UChar32 c, std::size_t begin, std::size_t end) {
    // Below the smallest emoji (ASCII, usually) and ill-formed sequences (negative): no look-up.
    const auto it = c < smallest_ ? descriptions_.end() : descriptions_.find(c);
    if (it == descriptions_.end()) {
      prev_space = c == ' ';
      return;
    }
    if (!translated) {
      out.clear();
      translated = true;
    }
    out.append(text.substr(copied, begin - copied));
    if (!prev_space) out += ' ';
    out += it->second;
    prev_space = false;
    copied = end;
  });
  if (translated) out.append(text.substr(copied));
  return translated;
}

}  // namespace slant::score
