#include "core/atomic_file.h"

#include <filesystem>

#include <catch2/catch.hpp>

#include "../test_files.h"

namespace slant {
namespace {

TEST_CASE("AtomicFile replaces the target only on Commit and leaves nothing when dropped",
          "[core]") {
  testing::TempDir dir;
  const std::string target = dir.Write("out.jsonl", "old\n");
  {
    auto file = AtomicFile::Create(target);
    REQUIRE(file.ok());
    file.value().stream() << "partial";
    // Dropped without Commit: a failed run.
  }
  CHECK(testing::ReadFile(target) == "old\n");
  CHECK(std::distance(std::filesystem::directory_iterator(dir.path()),
                      std::filesystem::directory_iterator()) == 1);
  {
    auto file = AtomicFile::Create(target);
    REQUIRE(file.ok());
    file.value().stream() << "new\n";
    REQUIRE(file.value().Commit().ok());
  }
  CHECK(testing::ReadFile(target) == "new\n");
}

TEST_CASE("AtomicFile refuses a directory and an unwritable folder", "[core][errors]") {
  testing::TempDir dir;
  auto directory = AtomicFile::Create(dir.path().string());
  REQUIRE_FALSE(directory.ok());
  CHECK(directory.error().ToString() == dir.path().string() + ": cannot write: is a directory");
  auto missing = AtomicFile::Create((dir.path() / "no" / "such" / "x.jsonl").string());
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().code() == ErrorCode::kIo);
}

}  // namespace
}  // namespace slant
