#ifndef SLANT_CORE_ATOMIC_FILE_H_
#define SLANT_CORE_ATOMIC_FILE_H_

#include <fstream>
#include <memory>
#include <string>

#include "core/error.h"

namespace slant {

// Writes a file so that readers see either the old file or the complete new one: output goes
// to a temporary file beside the target, and Commit() renames it into place. Destroying an
// uncommitted AtomicFile removes the temporary file, so a failed run leaves nothing behind.
class AtomicFile {
 public:
  static Result<AtomicFile> Create(const std::string& path);
  AtomicFile(AtomicFile&&) noexcept;
  AtomicFile& operator=(AtomicFile&&) noexcept;
  ~AtomicFile();

  std::ostream& stream() { return *stream_; }
  Status Commit();

 private:
  AtomicFile() = default;
  std::string path_;
  std::string temporary_;
  std::unique_ptr<std::ofstream> stream_;
  bool committed_ = false;
};

}  // namespace slant

#endif  // SLANT_CORE_ATOMIC_FILE_H_
