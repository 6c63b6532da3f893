#ifndef SLANT_TOOLS_OPTIONS_H_
#define SLANT_TOOLS_OPTIONS_H_

#include <string>
#include <vector>

#include <boost/program_options.hpp>

namespace slant::tools {

// Parses `args` against `visible` (which must hold "help,h") plus any number of positional
// arguments collected into `positional`. Returns false when --help was given (nothing else
// is checked then); throws boost::program_options::error on a usage error.
bool ParseWithInputs(const std::vector<std::string>& args,
                     const boost::program_options::options_description& visible,
                     std::vector<std::string>& positional,
                     boost::program_options::variables_map& vm);

}  // namespace slant::tools

#endif  // SLANT_TOOLS_OPTIONS_H_
