// slant: the command line. Dispatch only; each subcommand owns its options.
#include <array>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include <boost/program_options/errors.hpp>

#include "command.h"
#include "version.h"

namespace {

using slant::tools::Command;

constexpr std::array kCommands = {
    Command{"segment", "split articles into sentences, tokens and quotations (JSON Lines)",
            &slant::tools::RunSegment},
    Command{"score", "measure framing per article: categories by voice, valence, actors, naming",
            &slant::tools::RunScore},
    Command{"compare", "groups (outlets) side by side: rates, distinctive words, naming, voices",
            &slant::tools::RunCompare},
    Command{"align", "the same event across outlets: aligned sentences, wording, omissions, reuse",
            &slant::tools::RunAlign},
    Command{"report", "the readable report: findings, tables, charts, aligned sentences (md, html)",
            &slant::tools::RunReport},
    Command{"lexicon", "check, describe, convert and try out lexicons (LIWC, VADER, JSON ...)",
            &slant::tools::RunLexicon},
};

void PrintUsage(std::ostream& out) {
  out << "usage: slant <command> [options] [INPUT...]\n"
         "\n"
         "slant measures how news outlets word the same events.\n"
         "\n"
         "commands:\n";
  for (const Command& command : kCommands) {
    out << "  " << command.name << std::string(10 - command.name.size(), ' ') << command.summary
        << "\n";
  }
  out << "\n"
         "INPUT is a JSON Lines file of articles, '-' for standard input, a .txt article, or a\n"
         "directory of them. 'slant <command> --help' explains a command with an example.\n"
         "\n"
         "exit codes: 0 ok; 1 internal error; 2 usage or input error; 3 some records skipped\n"
         "(--on-error skip).\n";
}

// The only try/catch of the program: usage errors exit 2, anything unexpected exits 1.
int RunGuarded(const Command& command, const std::vector<std::string>& args) {
  try {
    return command.run(args);
  } catch (const boost::program_options::error& e) {
    std::cerr << "slant " << command.name << ": " << e.what() << " (see slant " << command.name
              << " --help)\n";
    return slant::tools::kExitInput;
  } catch (const std::exception& e) {
    std::cerr << "slant " << command.name << ": internal error: " << e.what() << "\n";
    return slant::tools::kExitInternal;
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    PrintUsage(std::cerr);
    return slant::tools::kExitInput;
  }
  const std::string& first = args.front();
  if (first == "--help" || first == "-h" || first == "help") {
    PrintUsage(std::cout);
    return slant::tools::kExitOk;
  }
  if (first == "--version" || first == "-V") {
    std::cout << "slant " << slant::tools::kVersion << "\n";
    return slant::tools::kExitOk;
  }
  for (const Command& command : kCommands) {
    if (command.name == first) {
      return RunGuarded(command, std::vector<std::string>(args.begin() + 1, args.end()));
    }
  }
  std::cerr << "slant: unknown command '" << first << "' (see slant --help)\n";
  return slant::tools::kExitInput;
}
