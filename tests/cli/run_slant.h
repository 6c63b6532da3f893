#ifndef SLANT_TESTS_CLI_RUN_SLANT_H_
#define SLANT_TESTS_CLI_RUN_SLANT_H_

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace slant::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs the real `slant` binary (from $SLANT_BIN) with `args`, feeding `stdin_bytes`, in the
// folder `cwd` (when not empty), and captures what it prints.
RunResult RunSlant(const std::vector<std::string>& args, const std::string& stdin_bytes = "",
                   const std::string& cwd = "");

// Every line of JSON Lines text, parsed (blank lines skipped).
std::vector<nlohmann::json> JsonLines(const std::string& text);

// The project's source folder (from $SLANT_SOURCE_ROOT), for samples/.
std::string SourceRoot();

}  // namespace slant::testing

#endif  // SLANT_TESTS_CLI_RUN_SLANT_H_
