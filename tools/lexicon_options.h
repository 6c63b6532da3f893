#ifndef SLANT_TOOLS_LEXICON_OPTIONS_H_
#define SLANT_TOOLS_LEXICON_OPTIONS_H_

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include "lexicon/builder.h"
#include "score/scorer.h"

namespace slant::tools {

// The lexicon options of every command that scores articles (score, compare): -l, and the
// valence rules. Without -l, the shipped lexicons.
struct LexiconOptions {
  std::vector<std::string> files;
  std::string valence_rules = "slant";
  std::string vader_emoji;
  std::size_t max_entries = lexicon::kDefaultMaxLexiconEntries;

  // Adds -l (described by `lexicon_help`), --max-lexicon-entries and, with `valence`, the
  // valence rules' options.
  void AddTo(boost::program_options::options_description& options,
             const char* lexicon_help =
                 "a lexicon to score with (repeatable; any format `slant lexicon` reads)",
             bool valence = true);
  // Checks the values after parsing; prints the problem and returns false when they are bad.
  bool Validate(const std::string& command) const;
  // Loads the lexicons and builds the scorer; prints every problem (prefixed "slant
  // <command>: ") and returns null when a lexicon cannot be used.
  std::unique_ptr<score::Scorer> MakeScorer(const std::string& command, bool quiet) const;
};

// The shipped lexicons used without -l: framing-core, valence-core and the actor lexicons.
std::vector<std::string> DefaultLexicons();

}  // namespace slant::tools

#endif  // SLANT_TOOLS_LEXICON_OPTIONS_H_
