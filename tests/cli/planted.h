#ifndef SLANT_TESTS_CLI_PLANTED_H_
#define SLANT_TESTS_CLI_PLANTED_H_

#include <map>
#include <string>
#include <vector>

namespace slant::testing {

// One row of the signal tables in samples/PLANTED.md: | outlet | event | signal | exact words |
// (backticks and spaces around cells removed).
struct PlantedSignal {
  std::string outlet;
  std::string event;
  std::string signal;
  std::string words;
};

// Every signal row of samples/PLANTED.md whose outlet is one of the four sample outlets.
std::vector<PlantedSignal> PlantedSignals();

// For the kinds of planted signal a lexicon must find, the framing-core category names (as
// prefixes) that count: "label" -> {"label."}, "hedging" -> {"stance.hedge", ...}.
const std::map<std::string, std::vector<std::string>>& SignalCategories();

}  // namespace slant::testing

#endif  // SLANT_TESTS_CLI_PLANTED_H_
