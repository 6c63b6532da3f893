#include "run_slant.h"

#include <cstdlib>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>

#include "../test_files.h"

namespace slant::testing {
namespace {

std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

std::string Environment(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr)
    throw std::runtime_error(std::string(name) + " is not set (run via meson test)");
  return value;
}

}  // namespace

std::vector<nlohmann::json> JsonLines(const std::string& text) {
  std::vector<nlohmann::json> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) out.push_back(nlohmann::json::parse(line));
  }
  return out;
}

std::string SourceRoot() { return Environment("SLANT_SOURCE_ROOT"); }

RunResult RunSlant(const std::vector<std::string>& args, const std::string& stdin_bytes,
                   const std::string& cwd) {
  TempDir io;
  const std::string in = io.Write("stdin", stdin_bytes);
  const std::string out = (io.path() / "stdout").string();
  const std::string err = (io.path() / "stderr").string();
  std::string command;
  if (!cwd.empty()) command += "cd " + ShellQuote(cwd) + " && ";
  command += ShellQuote(Environment("SLANT_BIN"));
  for (const std::string& arg : args) command += " " + ShellQuote(arg);
  command += " <" + ShellQuote(in) + " >" + ShellQuote(out) + " 2>" + ShellQuote(err);
  const int status = std::system(command.c_str());
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = ReadFile(out);
  result.err = ReadFile(err);
  return result;
}

}  // namespace slant::testing
