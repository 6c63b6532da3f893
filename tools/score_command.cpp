// slant score: per-article framing measurements as JSON Lines or CSV.
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <thread>

#include "article_loop.h"
#include "command.h"
#include "lexicon/load.h"
#include "options.h"
#include "score/score_json.h"
#include "score/scorer.h"

namespace po = boost::program_options;

namespace slant::tools {
namespace {

constexpr const char* kExample = R"(
Each output line is one article, in input order (README: "Output of slant score"):
  {"id":..., "outlet":..., "event":..., "n_tokens":..., "n_words":..., "n_sentences":...,
   "categories": {"framing-core:label.delegitimizing": {"count":3,"per_1k":7.2,"own":2,"quoted":1}, ...},
   "valence": {"compound":-0.41,"pos":0.05,"neu":0.82,"neg":0.13},
   "quotes": [...], "quoted_share": 0.21, "actors": {...}, "naming": {...}}
Without -l, the shipped lexicons are used: framing-core, valence-core and the actor lexicons
(russia-ukraine, us-politics), from $SLANT_LEXICONS or the lexicons/ folder slant was built from.

examples:
  slant score samples/articles.jsonl > scores.jsonl
  slant score -l my.dic -l lexicons/valence-core.json --hits corpus/ -o scores.jsonl
  slant score --format csv -j 2 samples/articles.jsonl -o scores.csv
  slant score --valence-rules vader -l vader_lexicon.txt sentences.jsonl
)";

// Where the shipped lexicons are: $SLANT_LEXICONS, else the source tree's lexicons/.
std::filesystem::path LexiconDir() {
  if (const char* env = std::getenv("SLANT_LEXICONS"); env != nullptr && *env != '\0') {
    return env;
  }
  return SLANT_LEXICON_DIR;
}

std::vector<std::string> DefaultLexicons() {
  const std::filesystem::path dir = LexiconDir();
  return {(dir / "framing-core.json").string(), (dir / "valence-core.json").string(),
          (dir / "actors" / "russia-ukraine.json").string(),
          (dir / "actors" / "us-politics.json").string()};
}

// VADER's emoji lexicon for --valence-rules vader: the --vader-emoji file, else
// emoji_utf8_lexicon.txt beside the valence lexicon (where VADER keeps it), else none, with a
// note, since VADER's figures differ for texts with emoji.
Result<score::VaderEmoji> VaderEmojiFor(const std::string& option,
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
    std::cerr << "slant score: note: no emoji_utf8_lexicon.txt beside the valence lexicon, so "
                 "emoji stay as written (VADER replaces them by their descriptions; "
                 "--vader-emoji FILE, or none to silence this)\n";
  }
  return score::VaderEmoji();
}

}  // namespace

int RunScore(const std::vector<std::string>& args) {
  InputOptions input;
  std::vector<std::string> lexicon_files;
  std::string format = "json";
  bool hits = false;
  bool sentences = false;
  std::size_t threads = std::max(1u, std::thread::hardware_concurrency());
  std::string valence_rules = "slant";
  std::string vader_emoji;
  po::options_description visible("usage: slant score [options] [INPUT...]\n\noptions");
  auto add = visible.add_options();
  add("help,h", "show this help");
  add("lexicon,l", po::value(&lexicon_files)->value_name("FILE"),
      "a lexicon to score with (repeatable; any format `slant lexicon` reads)");
  add("format", po::value(&format)->default_value("json")->value_name("json|csv"),
      "JSON Lines (one record per article) or CSV (one row per article)");
  add("hits", po::bool_switch(&hits), "list every hit: category, text, offsets, sentence, voice");
  add("sentences", po::bool_switch(&sentences), "add each sentence's valence and category hits");
  add("valence-rules", po::value(&valence_rules)->default_value("slant")->value_name("slant|vader"),
      "slant: VADER's rules on slant's sentences and tokens; vader: VADER's exact behaviour "
      "(bring its lexicon with -l vader_lexicon.txt)");
  add("vader-emoji", po::value(&vader_emoji)->value_name("FILE|none"),
      "with --valence-rules vader: VADER's emoji lexicon, whose descriptions replace emoji as "
      "VADER does (default: emoji_utf8_lexicon.txt beside the valence lexicon, when there; "
      "none: leave emoji as written)");
  add("threads,j", po::value(&threads)->value_name("N"), "worker threads (default: all cores)");
  input.AddTo(visible);
  po::variables_map vm;
  if (!ParseWithInputs(args, visible, input.inputs, vm)) {
    std::cout << visible << kExample;
    return kExitOk;
  }
  if (!input.Validate("score")) return kExitInput;
  if (format != "json" && format != "csv") {
    std::cerr << "slant score: --format must be 'json' or 'csv', not '" << format << "'\n";
    return kExitInput;
  }
  if (valence_rules != "slant" && valence_rules != "vader") {
    std::cerr << "slant score: --valence-rules must be 'slant' or 'vader', not '" << valence_rules
              << "'\n";
    return kExitInput;
  }
  if (!vader_emoji.empty() && valence_rules != "vader") {
    std::cerr << "slant score: --vader-emoji needs --valence-rules vader\n";
    return kExitInput;
  }
  if (threads == 0) {
    std::cerr << "slant score: --threads must be at least 1\n";
    return kExitInput;
  }
  if (lexicon_files.empty()) lexicon_files = DefaultLexicons();
  std::vector<lexicon::Lexicon> lexicons;
  for (const std::string& file : lexicon_files) {
    lexicon::Loaded loaded = lexicon::LoadLexicon(file);
    for (const lexicon::Problem& p : loaded.problems) {
      if (p.severity == lexicon::Problem::Severity::kError) {
        std::cerr << "slant score: " << p.ToString() << "\n";
      }
    }
    if (!loaded.ok()) return kExitInput;
    lexicons.push_back(std::move(loaded.lexicon));
  }

  score::Scorer scorer(std::move(lexicons));
  if (valence_rules == "vader") {
    const std::string rules_file = (LexiconDir() / "vader" / "vader-rules.json").string();
    lexicon::Loaded rules = lexicon::LoadLexicon(rules_file);
    if (!rules.ok()) {
      std::cerr << "slant score: cannot load VADER's rules from " << rules_file
                << " (set $SLANT_LEXICONS to the lexicons folder)\n";
      return kExitInput;
    }
    auto emoji = VaderEmojiFor(vader_emoji, lexicon_files, scorer.valence_lexicon(), input.quiet);
    if (!emoji.ok()) {
      std::cerr << "slant score: " << emoji.error().ToString() << "\n";
      return kExitInput;
    }
    scorer.UseVaderRules(rules.lexicon, std::move(emoji).value());
  }
  std::vector<text::Segmenter> segmenters(threads);
  score::ScoreOptions options;
  options.hits = hits;
  const score::RecordOptions record_options{hits, sentences};
  const bool csv = format == "csv";
  return ForEachArticle(
      "score", input, threads,
      [&](const corpus::Article& article, std::size_t worker) -> Result<std::string> {
        auto scored = scorer.Score(article, segmenters[worker], options);
        if (!scored.ok()) return std::move(scored.error());
        if (csv) return score::CsvRow(article, scored.value());
        return score::ScoreRecord(article, scored.value(), record_options) + "\n";
      },
      csv ? score::CsvHeader(scorer.category_keys()) : "");
}

}  // namespace slant::tools
