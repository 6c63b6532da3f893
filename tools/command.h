#ifndef SLANT_TOOLS_COMMAND_H_
#define SLANT_TOOLS_COMMAND_H_

#include <string>
#include <string_view>
#include <vector>

namespace slant::tools {

// Exit codes, the same for every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitInternal = 1;  // a bug or an unexpected system failure
inline constexpr int kExitInput = 2;     // a usage error, or bad input with --on-error stop
inline constexpr int kExitSkipped = 3;   // --on-error skip skipped at least one record

using CommandFunction = int (*)(const std::vector<std::string>& args);

struct Command {
  std::string_view name;
  std::string_view summary;
  CommandFunction run;
};

int RunSegment(const std::vector<std::string>& args);
int RunLexicon(const std::vector<std::string>& args);
int RunScore(const std::vector<std::string>& args);
int RunAlign(const std::vector<std::string>& args);
int RunCompare(const std::vector<std::string>& args);
int RunReport(const std::vector<std::string>& args);

}  // namespace slant::tools

#endif  // SLANT_TOOLS_COMMAND_H_
