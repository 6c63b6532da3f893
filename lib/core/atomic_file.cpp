#include "core/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <unistd.h>

namespace slant {

Result<AtomicFile> AtomicFile::Create(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    return Error(ErrorCode::kIo, "cannot write: is a directory").InFile(path);
  }
  AtomicFile file;
  file.path_ = path;
  // The process id keeps concurrent runs writing the same target apart.
  file.temporary_ = path + ".tmp." + std::to_string(::getpid());
  file.stream_ = std::make_unique<std::ofstream>(file.temporary_, std::ios::binary);
  if (!*file.stream_) {
    return Error(ErrorCode::kIo, std::string("cannot write: ") + std::strerror(errno)).InFile(path);
  }
  return file;
}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : path_(std::move(other.path_)),
      temporary_(std::move(other.temporary_)),
      stream_(std::move(other.stream_)),
      committed_(other.committed_) {
  other.committed_ = true;  // the moved-from object owns no temporary file
}

AtomicFile& AtomicFile::operator=(AtomicFile&& other) noexcept {
  if (this != &other) {
    if (!committed_ && stream_) {
      stream_.reset();
      std::remove(temporary_.c_str());
    }
    path_ = std::move(other.path_);
    temporary_ = std::move(other.temporary_);
    stream_ = std::move(other.stream_);
    committed_ = other.committed_;
    other.committed_ = true;
  }
  return *this;
}

AtomicFile::~AtomicFile() {
  if (!committed_ && stream_) {
    stream_.reset();
    std::remove(temporary_.c_str());
  }
}

Status AtomicFile::Commit() {
  stream_->flush();
  const bool written = static_cast<bool>(*stream_);
  stream_->close();
  if (!written || stream_->fail()) {
    return Error(ErrorCode::kIo, "write failed (disk full?)").InFile(path_);
  }
  if (std::rename(temporary_.c_str(), path_.c_str()) != 0) {
    return Error(ErrorCode::kIo, std::string("cannot rename into place: ") + std::strerror(errno))
        .InFile(path_);
  }
  committed_ = true;
  return Ok{};
}

}  // namespace slant
