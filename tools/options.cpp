#include "options.h"

namespace po = boost::program_options;

namespace slant::tools {

bool ParseWithInputs(const std::vector<std::string>& args, const po::options_description& visible,
                     std::vector<std::string>& positional, po::variables_map& vm) {
  po::options_description hidden;
  hidden.add_options()("input", po::value(&positional), "positional arguments");
  po::positional_options_description inputs;
  inputs.add("input", -1);
  po::options_description all;
  all.add(visible).add(hidden);
  po::store(po::command_line_parser(args).options(all).positional(inputs).run(), vm);
  if (vm.count("help") != 0) return false;
  po::notify(vm);
  return true;
}

}  // namespace slant::tools
