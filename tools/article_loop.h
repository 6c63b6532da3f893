#ifndef SLANT_TOOLS_ARTICLE_LOOP_H_
#define SLANT_TOOLS_ARTICLE_LOOP_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include "core/atomic_file.h"
#include "core/error.h"
#include "corpus/article.h"

namespace slant::tools {

// The input options every article-reading command shares, and the one error policy:
//  --on-error stop (default): the first bad record ends the run, exit 2, and no -o file;
//  --on-error skip: each bad record is reported on stderr, the run goes on, says how many it
//  skipped, and exits 3 (0 when nothing was skipped).
struct InputOptions {
  std::vector<std::string> inputs;
  std::string manifest;
  std::string on_error = "stop";
  std::size_t max_record_bytes = 0;
  std::string output;  // "" or "-" = standard output
  bool quiet = false;  // no progress line on a terminal

  // Adds --manifest, --on-error, --max-record-bytes, --output and --quiet to `options`; the
  // positional INPUT arguments go to `inputs` through ParseWithInputs (options.h).
  void AddTo(boost::program_options::options_description& options);
  // Checks the values after parsing; prints the problem and returns false when they are bad.
  bool Validate(const std::string& command) const;
};

// Turns one article into its output text, or the Error that replaces it. `worker` (0 ..
// threads - 1) lets each thread keep its own state, such as a Segmenter.
using Transform =
    std::function<Result<std::string>(const corpus::Article& article, std::size_t worker)>;

// Reads every article of `options.inputs`, transforms each on `threads` threads, and writes
// `header` then the outputs in input order (byte-identical at any thread count). An Error
// from `transform` counts as a bad record. When stderr is a terminal (and not --quiet), a
// progress line shows articles done, MB/s and, when the input files' size is known, an ETA.
// Returns the exit code.
int ForEachArticle(const std::string& command, const InputOptions& options, std::size_t threads,
                   const Transform& transform, const std::string& header = "");

// Writes a whole result to `output` ("" or "-": standard output); a file appears only once it
// is complete (written to a temporary file, then renamed).
Status WriteOutput(const std::string& output, const std::string& text);

}  // namespace slant::tools

#endif  // SLANT_TOOLS_ARTICLE_LOOP_H_
