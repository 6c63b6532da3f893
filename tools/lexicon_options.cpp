#include "lexicon_options.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "lexicon/load.h"

namespace po = boost::program_options;

namespace slant::tools {
namespace {

// Where the shipped lexicons are: $SLANT_LEXICONS, else the source tree's lexicons/.
std::filesystem::path LexiconDir() {
  if (const char* env = std::getenv("SLANT_LEXICONS"); env != nullptr && *env != '\0') {
    return env;
  }
  return SLANT_LEXICON_DIR;
}

// VADER's emoji lexicon for --valence-rules vader: the --vader-emoji file, else
// emoji_utf8_lexicon.txt beside the valence lexicon (where VADER keeps it), else none, with a
// note, since VADER's figures differ for texts with emoji.
Result<score::VaderEmoji> VaderEmojiFor(const std::string& command, const std::string& option,
                                        const std::vector<std::string>& lexicon_files,
                                        int valence_lexicon, bool quiet) {
  if (option == "none") return score::VaderEmoji();
  if (!option.empty()) return score::VaderEmoji::Read(option);
  if (valence_lexicon >= 0) {
    const std::filesystem::path beside =
        std::filesystem::path(lexicon_files[static_cast<std::size_t>(valence_lexicon)])
            .parent_path() /
        "emoji_utf8_lexicon.txt";
    std::error_code ec;
    if (std::filesystem::exists(beside, ec)) return score::VaderEmoji::Read(beside.string());
  }
  if (!quiet) {
    std::cerr << "slant " << command
              << ": note: no emoji_utf8_lexicon.txt beside the valence lexicon, so "
                 "emoji stay as written (VADER replaces them by their descriptions; "
                 "--vader-emoji FILE, or none to silence this)\n";
  }
  return score::VaderEmoji();
}

}  // namespace

std::vector<std::string> DefaultLexicons() {
  const std::filesystem::path dir = LexiconDir();
  return {(dir / "framing-core.json").string(), (dir / "valence-core.json").string(),
          (dir / "actors" / "russia-ukraine.json").string(),
          (dir / "actors" / "us-politics.json").string()};
}

void LexiconOptions::AddTo(po::options_description& options, const char* lexicon_help,
                           bool valence) {
  auto add = options.add_options();
  add("lexicon,l", po::value(&files)->value_name("FILE"), lexicon_help);
  add("max-lexicon-entries", po::value(&max_entries)->default_value(max_entries)->value_name("N"),
      "refuse a lexicon file of more than N entries");
  if (!valence) return;
  add("valence-rules", po::value(&valence_rules)->default_value("slant")->value_name("slant|vader"),
      "slant: VADER's rules on slant's sentences and tokens; vader: VADER's exact behaviour "
      "(bring its lexicon with -l vader_lexicon.txt)");
  add("vader-emoji", po::value(&vader_emoji)->value_name("FILE|none"),
      "with --valence-rules vader: VADER's emoji lexicon, whose descriptions replace emoji as "
      "VADER does (default: emoji_utf8_lexicon.txt beside the valence lexicon, when there; "
      "none: leave emoji as written)");
}

bool LexiconOptions::Validate(const std::string& command) const {
  if (max_entries == 0) {
    std::cerr << "slant " << command << ": --max-lexicon-entries must be at least 1\n";
    return false;
  }
  if (valence_rules != "slant" && valence_rules != "vader") {
    std::cerr << "slant " << command << ": --valence-rules must be 'slant' or 'vader', not '"
              << valence_rules << "'\n";
    return false;
  }
  if (!vader_emoji.empty() && valence_rules != "vader") {
    std::cerr << "slant " << command << ": --vader-emoji needs --valence-rules vader\n";
    return false;
  }
  return true;
}

std::unique_ptr<score::Scorer> LexiconOptions::MakeScorer(const std::string& command,
                                                          bool quiet) const {
  const std::vector<std::string> lexicon_files = files.empty() ? DefaultLexicons() : files;
  std::vector<lexicon::Lexicon> lexicons;
  for (const std::string& file : lexicon_files) {
    lexicon::Loaded loaded = lexicon::LoadLexicon(file, lexicon::Format::kAuto, max_entries);
    for (const lexicon::Problem& p : loaded.problems) {
      if (p.severity == lexicon::Problem::Severity::kError) {
        std::cerr << "slant " << command << ": " << p.ToString() << "\n";
      }
    }
    if (!loaded.ok()) return nullptr;
    lexicons.push_back(std::move(loaded.lexicon));
  }
  auto scorer = std::make_unique<score::Scorer>(std::move(lexicons));
  if (valence_rules == "vader") {
    const std::string rules_file = (LexiconDir() / "vader" / "vader-rules.json").string();
    lexicon::Loaded rules = lexicon::LoadLexicon(rules_file);
    if (!rules.ok()) {
      std::cerr << "slant " << command << ": cannot load VADER's rules from " << rules_file
                << " (set $SLANT_LEXICONS to the lexicons folder)\n";
      return nullptr;
    }
    auto emoji =
        VaderEmojiFor(command, vader_emoji, lexicon_files, scorer->valence_lexicon(), quiet);
    if (!emoji.ok()) {
      std::cerr << "slant " << command << ": " << emoji.error().ToString() << "\n";
      return nullptr;
    }
    scorer->UseVaderRules(rules.lexicon, std::move(emoji).value());
  }
  return scorer;
}

}  // namespace slant::tools
