// libFuzzer target: a statistics file (slant score --stats-out, read by slant compare --stats),
// from bytes to a comparison or an error. The file is untrusted input like any other (shards
// come from other machines); before this target, a header nested 100,000 deep crashed compare.
// A file that reads is compared with few resamples, so that odd figures (zero words, huge
// counts, one group) meet the statistics too.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "compare/compare.h"
#include "compare/stats_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  std::istringstream in(bytes);
  slant::compare::CorpusStats corpus;
  bool have_header = false;
  if (!slant::compare::ReadStats(in, "fuzz", corpus, have_header).ok()) return 0;
  corpus.SortArticles();
  slant::compare::CompareOptions options;
  options.resamples = 20;
  (void)slant::compare::Compare(corpus, options);
  return 0;
}
