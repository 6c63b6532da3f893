#ifndef SLANT_TESTS_TEST_FILES_H_
#define SLANT_TESTS_TEST_FILES_H_

#include <filesystem>
#include <string>
#include <string_view>

namespace slant::testing {

// A fresh empty folder under the system temp dir, removed when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // Writes `bytes` to `relative` (creating folders) and returns the full path.
  std::string Write(const std::string& relative, std::string_view bytes) const;

 private:
  std::filesystem::path path_;
};

std::string ReadFile(const std::filesystem::path& path);

}  // namespace slant::testing

#endif  // SLANT_TESTS_TEST_FILES_H_
