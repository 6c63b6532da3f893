// slant lexicon check | stats | convert | match: load, validate, describe, convert and try out
// lexicons in any supported format.
#include <fstream>
#include <iomanip>
#include <iostream>
#include <iterator>
#include <sstream>

#include <nlohmann/json.hpp>

#include "command.h"
#include "core/atomic_file.h"
#include "lexicon/json_format.h"
#include "lexicon/load.h"
#include "lexicon/matcher.h"
#include "lexicon/pattern.h"
#include "options.h"
#include "text/segmenter.h"

namespace po = boost::program_options;

namespace slant::tools {
namespace {

using lexicon::Format;
using lexicon::Loaded;

constexpr const char* kUsage = R"(usage: slant lexicon <check|stats|convert|match> [options]

  check FILE...              validate lexicons; every problem with file:line; exit 2 on errors
  stats FILE                 categories, entries per category, multiword and wildcard shares
  convert FILE -o OUT.json   any supported format to slant's native JSON
  match -l FILE [TEXT | -]   every hit in TEXT (or standard input): offsets, entry, weights

Formats, by extension unless --format says: .json (native), .dic (LIWC), .dicx (LIWC-22),
.tsv/.txt (entry<TAB>weight as AFINN, or VADER's four columns, or a table with a header),
.csv (a header, then the entry and numeric category columns).

examples:
  slant lexicon check lexicons/*.json
  slant lexicon convert my.dic -o my.json
  slant lexicon match -l my.dic "The so-called regime's negotiators"
)";

constexpr const char* kSubcommands[] = {"check", "stats", "convert", "match"};

// Prints the problems of a load on stderr; true when there is no error among them. Only
// `check` lists warnings one by one; the other commands count them, so that a lexicon with
// known quirks (canonical VADER repeats some entries) does not bury their output.
bool Report(const std::string& command, const Loaded& loaded) {
  std::size_t warnings = 0;
  for (const lexicon::Problem& p : loaded.problems) {
    if (command != "check" && p.severity == lexicon::Problem::Severity::kWarning) {
      ++warnings;
      continue;
    }
    std::cerr << "slant lexicon " << command << ": " << p.ToString() << "\n";
  }
  if (warnings > 0) {
    std::cerr << "slant lexicon " << command << ": " << loaded.lexicon.source << ": " << warnings
              << (warnings == 1 ? " warning" : " warnings") << " (slant lexicon check "
              << loaded.lexicon.source << " lists them)\n";
  }
  return loaded.ok();
}

// Whether `file` is a JSON Schema document (its "$schema" names a json-schema.org dialect).
bool IsJsonSchema(const std::string& file) {
  if (file.size() < 5 || file.compare(file.size() - 5, 5, ".json") != 0) return false;
  std::ifstream in(file, std::ios::binary);
  const auto root = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!root.is_object()) return false;
  const auto schema = root.find("$schema");
  return schema != root.end() && schema->is_string() &&
         schema->get<std::string>().find("json-schema.org") != std::string::npos;
}

struct FormatOption {
  std::string name = "auto";
  std::size_t max_entries = lexicon::kDefaultMaxLexiconEntries;

  // Adds --help and --format to a subcommand's own options and parses `args`, positional
  // arguments into `positional`. On --help prints the options and `example`, and returns
  // false: the subcommand is done.
  bool Parse(const std::vector<std::string>& args, po::options_description& visible,
             std::vector<std::string>& positional, const char* example = "") {
    visible.add_options()("help,h", "show this help");
    visible.add_options()("format,f", po::value(&name)->default_value("auto"),
                          "lexicon format: auto|json|dic|dicx|tsv|csv");
    visible.add_options()("max-lexicon-entries",
                          po::value(&max_entries)->default_value(max_entries)->value_name("N"),
                          "refuse a lexicon file of more than N entries");
    po::variables_map vm;
    if (ParseWithInputs(args, visible, positional, vm)) return true;
    std::cout << visible << example;
    return false;
  }
  std::optional<Format> Get(const std::string& command) const {
    auto format = lexicon::ParseFormat(name);
    if (!format) {
      std::cerr << "slant lexicon " << command << ": unknown --format '" << name
                << "' (json, dic, dicx, tsv, csv)\n";
    }
    return format;
  }
};

int RunCheck(const std::vector<std::string>& args) {
  std::vector<std::string> files;
  FormatOption format;
  po::options_description visible("usage: slant lexicon check [options] FILE...\n\noptions");
  if (!format.Parse(args, visible, files)) return kExitOk;
  const auto chosen = format.Get("check");
  if (!chosen) return kExitInput;
  if (files.empty()) {
    std::cerr << "slant lexicon check: no lexicon file given\n";
    return kExitInput;
  }
  bool all_ok = true;
  for (const std::string& file : files) {
    if (IsJsonSchema(file)) {  // lexicons/*.json globs catch the schema that sits beside them
      std::cout << file << ": skipped: a JSON Schema, not a lexicon\n";
      continue;
    }
    const Loaded loaded = lexicon::LoadLexicon(file, *chosen, format.max_entries);
    const bool ok = Report("check", loaded);
    all_ok = all_ok && ok;
    if (ok) {
      const lexicon::Lexicon& lex = loaded.lexicon;
      std::cout << file << ": ok: '" << lex.name << "', " << lex.categories.size()
                << " categories, " << lex.entries.size() << " entries";
      if (!lex.actors.empty()) std::cout << ", " << lex.actors.size() << " actors";
      if (!lex.naming.empty()) std::cout << ", " << lex.naming.size() << " naming groups";
      std::cout << "\n";
    }
  }
  return all_ok ? kExitOk : kExitInput;
}

// Loads the one lexicon stats, convert and match work on; prints problems; nullopt on errors.
std::optional<lexicon::Lexicon> LoadOne(const std::string& command,
                                        const std::vector<std::string>& files,
                                        const FormatOption& format) {
  if (files.size() != 1) {
    std::cerr << "slant lexicon " << command << ": give exactly one lexicon file\n";
    return std::nullopt;
  }
  const std::string& file = files.front();
  const auto chosen = format.Get(command);
  if (!chosen) return std::nullopt;
  Loaded loaded = lexicon::LoadLexicon(file, *chosen, format.max_entries);
  if (!Report(command, loaded)) return std::nullopt;
  return std::move(loaded.lexicon);
}

int RunStats(const std::vector<std::string>& args) {
  std::vector<std::string> files;
  FormatOption format;
  po::options_description visible("usage: slant lexicon stats [options] FILE\n\noptions");
  if (!format.Parse(args, visible, files)) return kExitOk;
  const auto loaded = LoadOne("stats", files, format);
  if (!loaded) return kExitInput;
  const lexicon::Lexicon& lex = *loaded;
  std::size_t multiword = 0;
  std::size_t wildcard = 0;
  std::vector<std::size_t> per_category(lex.categories.size(), 0);
  for (const lexicon::Entry& e : lex.entries) {
    if (e.tokens.size() > 1) ++multiword;
    for (const lexicon::PatternToken& t : e.tokens) {
      if (t.prefix) {
        ++wildcard;
        break;
      }
    }
    for (const lexicon::Weight& w : e.weights) ++per_category[w.category];
  }
  const auto share = [&](std::size_t n) {
    std::ostringstream out;
    out << std::fixed << std::setprecision(1)
        << (lex.entries.empty()
                ? 0.0
                : 100.0 * static_cast<double>(n) / static_cast<double>(lex.entries.size()))
        << "%";
    return out.str();
  };
  std::cout << "lexicon     " << lex.name << (lex.version.empty() ? "" : " " + lex.version)
            << "\nsource      " << lex.source << "\ncategories  " << lex.categories.size()
            << "\nentries     " << lex.entries.size() << "\nmulti-token " << multiword << " ("
            << share(multiword) << ")\nwildcard    " << wildcard << " (" << share(wildcard)
            << ")\nmodifiers   " << lex.modifiers.negators.size() << " negators, "
            << lex.modifiers.boosters.size() << " boosters, " << lex.modifiers.contrast.size()
            << " contrast words\nactors      " << lex.actors.size() << "\nnaming      "
            << lex.naming.size() << " variant groups\n\nentries per category:\n";
  for (std::size_t c = 0; c < lex.categories.size(); ++c) {
    std::cout << "  " << std::setw(7) << per_category[c] << "  "
              << lex.Key(static_cast<lexicon::CategoryId>(c)) << "\n";
  }
  return kExitOk;
}

int RunConvert(const std::vector<std::string>& args) {
  std::vector<std::string> files;
  std::string output;
  FormatOption format;
  po::options_description visible(
      "usage: slant lexicon convert [options] FILE -o OUT.json\n\noptions");
  visible.add_options()("output,o", po::value(&output)->value_name("FILE"),
                        "write native JSON to FILE (default: standard output)");
  if (!format.Parse(args, visible, files)) return kExitOk;
  const auto loaded = LoadOne("convert", files, format);
  if (!loaded) return kExitInput;
  if (output.empty() || output == "-") {
    lexicon::WriteNativeJson(*loaded, std::cout);
    return kExitOk;
  }
  auto file = AtomicFile::Create(output);
  if (!file.ok()) {
    std::cerr << "slant lexicon convert: " << file.error().ToString() << "\n";
    return kExitInput;
  }
  lexicon::WriteNativeJson(*loaded, file.value().stream());
  if (Status done = file.value().Commit(); !done.ok()) {
    std::cerr << "slant lexicon convert: " << done.error().ToString() << "\n";
    return kExitInput;
  }
  return kExitOk;
}

// Tabs and line breaks inside a hit would break the one-hit-per-line output.
std::string OneLine(std::string s) {
  for (char& c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

int RunMatch(const std::vector<std::string>& args) {
  std::vector<std::string> positional;
  std::string lexicon_file;
  bool json = false;
  FormatOption format;
  po::options_description visible(
      "usage: slant lexicon match -l FILE [options] [TEXT | -]\n\n"
      "Prints every hit of the lexicon in TEXT (or standard input): byte offsets, the matched\n"
      "text, the entry and its weights, one per line (start, end, text, entry, weights).\n\n"
      "options");
  visible.add_options()("lexicon,l", po::value(&lexicon_file)->value_name("FILE"),
                        "the lexicon to match");
  visible.add_options()("json", po::bool_switch(&json), "one JSON object per hit");
  if (!format.Parse(
          args, visible, positional,
          "\nexample:\n  slant lexicon match -l my.dic \"The so-called regime said\"\n")) {
    return kExitOk;
  }
  if (lexicon_file.empty()) {
    std::cerr << "slant lexicon match: -l FILE is required\n";
    return kExitInput;
  }
  if (positional.size() > 1) {
    std::cerr << "slant lexicon match: give one TEXT (quote it), or - for standard input\n";
    return kExitInput;
  }
  std::string text;
  if (positional.empty() || positional[0] == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    text = positional[0];
  }
  const auto lexicon = LoadOne("match", {lexicon_file}, format);
  if (!lexicon) return kExitInput;
  text::Segmenter segmenter;
  const auto segmented = segmenter.Segment(text);
  if (!segmented.ok()) {
    std::cerr << "slant lexicon match: text: " << segmented.error().ToString() << "\n";
    return kExitInput;
  }
  const auto& tokens = segmented.value().tokens;
  for (const lexicon::Hit& hit : lexicon::Matcher(*lexicon).FindAll(tokens)) {
    const std::size_t begin = tokens[hit.first_token].begin;
    const std::size_t end = tokens[hit.first_token + hit.token_count - 1].end;
    const lexicon::Entry& entry = lexicon->entries[hit.entry];
    if (json) {
      nlohmann::ordered_json weights = nlohmann::ordered_json::object();
      for (const lexicon::Weight& w : entry.weights) weights[lexicon->Key(w.category)] = w.value;
      const nlohmann::ordered_json record = {{"start", begin},
                                             {"end", end},
                                             {"text", text.substr(begin, end - begin)},
                                             {"entry", entry.pattern},
                                             {"sentence", tokens[hit.first_token].sentence},
                                             {"weights", weights}};
      std::cout << record.dump() << "\n";
      continue;
    }
    std::cout << begin << "\t" << end << "\t" << OneLine(text.substr(begin, end - begin)) << "\t"
              << OneLine(entry.pattern) << "\t";
    for (std::size_t i = 0; i < entry.weights.size(); ++i) {
      std::cout << (i > 0 ? " " : "") << lexicon->Key(entry.weights[i].category) << "="
                << entry.weights[i].value;
    }
    std::cout << "\n";
  }
  return kExitOk;
}

}  // namespace

int RunLexicon(const std::vector<std::string>& args) {
  if (args.empty()) {
    std::cerr << kUsage;
    return kExitInput;
  }
  const std::string& sub = args.front();
  if (sub == "--help" || sub == "-h" || sub == "help") {
    std::cout << kUsage;
    return kExitOk;
  }
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (sub == "check") return RunCheck(rest);
  if (sub == "stats") return RunStats(rest);
  if (sub == "convert") return RunConvert(rest);
  if (sub == "match") return RunMatch(rest);
  std::cerr << "slant lexicon: unknown subcommand '" << sub << "' (";
  for (std::size_t i = 0; i < std::size(kSubcommands); ++i) {
    std::cerr << (i > 0 ? ", " : "") << kSubcommands[i];
  }
  std::cerr << ")\n";
  return kExitInput;
}

}  // namespace slant::tools
