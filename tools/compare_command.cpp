// slant compare: groups of articles (outlets) side by side, with the field's statistics.
#include <iostream>
#include <iterator>
#include <mutex>
#include <optional>
#include <thread>

#include "article_loop.h"
#include "command.h"
#include "compare/article_stats.h"
#include "compare/compare.h"
#include "compare/compare_json.h"
#include "compare/compare_md.h"
#include "compare/stats_file.h"
#include "core/atomic_file.h"
#include "lexicon_options.h"
#include "options.h"

namespace po = boost::program_options;

namespace slant::tools {
namespace {

constexpr const char* kExample = R"(
Input: articles (scored on the fly, with the lexicon options of slant score), or statistics
files written by `slant score --stats-out` (--stats; any number, merged: shards of one corpus).
Output: one JSON document (README: "slant compare"), or a Markdown fragment (--format md).

examples:
  slant compare samples/articles.jsonl -o comparison.json
  slant compare --a northern-courier --b meridian-wire --format md samples/articles.jsonl
  slant score --stats-out part1.stats part1.jsonl > /dev/null    # on each machine
  slant compare --stats part1.stats part2.stats -o comparison.json
)";

}  // namespace

int RunCompare(const std::vector<std::string>& args) {
  InputOptions input;
  LexiconOptions lexicon_options;
  compare::CompareOptions options;
  std::vector<std::string> stats_files;
  std::string background_file;
  std::string format = "json";
  std::size_t threads = std::max(1u, std::thread::hardware_concurrency());
  po::options_description visible(
      "usage: slant compare [options] [INPUT... | --stats FILE...]\n\noptions");
  auto add = visible.add_options();
  add("help,h", "show this help");
  add("stats", po::value(&stats_files)->multitoken()->value_name("FILE..."),
      "compare from statistics files (slant score --stats-out) instead of articles; several "
      "are merged");
  add("by", po::value(&options.by)->default_value("outlet")->value_name("FIELD"),
      "the article field that makes the groups (outlet, event, date, lang, or any field)");
  add("a", po::value(&options.a)->value_name("GROUP"), "compare this group ...");
  add("b", po::value(&options.b)->value_name("GROUP"),
      "... with this one (without --a and --b: each group against the rest, and every pair)");
  add("no-pairs", po::bool_switch()->notifier([&](bool off) { options.pairs = !off; }),
      "with more than two groups: each against the rest only, not every pair (pairs grow as the "
      "groups squared)");
  add("seed", po::value(&options.seed)->default_value(options.seed)->value_name("N"),
      "seed of every bootstrap and permutation (the same seed gives the same output)");
  add("resamples", po::value(&options.resamples)->default_value(options.resamples)->value_name("N"),
      "bootstrap resamples, and random permutations");
  add("min-count", po::value(&options.min_count)->default_value(options.min_count)->value_name("N"),
      "test a word or phrase only when the two groups use it at least N times together");
  add("top", po::value(&options.top)->default_value(options.top)->value_name("K"),
      "distinctive words and phrases shown in each direction");
  add("actors", po::value(&options.actors)->default_value(options.actors)->value_name("N"),
      "actors portrayed: the N most mentioned");
  add("background", po::value(&background_file)->value_name("FILE"),
      "a statistics file of a background corpus: the Dirichlet prior of the log-odds comes from "
      "it (pooled with the groups compared) instead of from the groups alone");
  add("prior-size", po::value(&options.prior_size)->value_name("A0"),
      "the prior's total weight alpha_0 (default: the size of the reference corpus)");
  add("format", po::value(&format)->default_value("json")->value_name("json|md"),
      "JSON document, or Markdown fragment for reports");
  add("threads,j", po::value(&threads)->value_name("N"),
      "threads for scoring or reading, and for resampling (default: all cores); the output is the "
      "same at any N");
  lexicon_options.AddTo(visible);
  input.AddTo(visible);
  po::variables_map vm;
  if (!ParseWithInputs(args, visible, input.inputs, vm)) {
    std::cout << visible << kExample;
    return kExitOk;
  }
  if (!input.Validate("compare") || !lexicon_options.Validate("compare")) return kExitInput;
  const auto usage = [](const std::string& message) {
    std::cerr << "slant compare: " << message << "\n";
    return kExitInput;
  };
  if (format != "json" && format != "md") {
    return usage("--format must be 'json' or 'md', not '" + format + "'");
  }
  if (!stats_files.empty() && (!input.inputs.empty() || !input.manifest.empty())) {
    return usage("give articles or --stats files, not both");
  }
  if (!stats_files.empty() && !lexicon_options.files.empty()) {
    return usage("-l applies to articles; statistics files were scored already");
  }
  if (options.resamples == 0) return usage("--resamples must be at least 1");
  if (threads == 0) return usage("--threads must be at least 1");
  if (vm.count("prior-size") != 0 && !(options.prior_size > 0)) {
    return usage("--prior-size must be above 0");
  }

  std::optional<compare::CorpusStats> background;
  if (!background_file.empty()) {
    auto read = compare::ReadStatsFiles({background_file}, threads);
    if (!read.ok()) return usage(read.error().ToString());
    compare::CorpusStats merged;
    for (const auto& [group, terms] : read.value().terms) merged.terms[""].Add(terms);
    background = std::move(merged);
    options.background = &background->terms[""];
  }

  int read_code = kExitOk;
  compare::CorpusStats corpus;
  if (!stats_files.empty()) {
    auto read = compare::ReadStatsFiles(stats_files, threads);
    if (!read.ok()) return usage(read.error().ToString());
    corpus = std::move(read).value();
  } else {
    const std::unique_ptr<score::Scorer> scorer =
        lexicon_options.MakeScorer("compare", input.quiet);
    if (!scorer) return kExitInput;
    std::vector<text::Segmenter> segmenters(threads);
    std::vector<compare::CorpusStats> worker_stats(threads);
    for (compare::CorpusStats& s : worker_stats) s.terms_by = options.by;
    InputOptions reading = input;
    reading.output.clear();  // the loop writes nothing; the comparison is written below
    read_code = ForEachArticle(
        "compare", reading, threads,
        [&](const corpus::Article& article, std::size_t worker) -> Result<std::string> {
          compare::TermCounts terms;
          auto scored = compare::ScoreWithStats(*scorer, article, segmenters[worker], {}, terms);
          if (!scored.ok()) return std::move(scored.error());
          worker_stats[worker].Add(std::move(scored.value().stats), terms);
          return std::string();
        });
    if (read_code != kExitOk && read_code != kExitSkipped) return read_code;
    corpus.categories = scorer->category_keys();
    corpus.terms_by = options.by;
    for (compare::CorpusStats& s : worker_stats) {
      std::move(s.articles.begin(), s.articles.end(), std::back_inserter(corpus.articles));
      for (const auto& [group, terms] : s.terms) corpus.terms[group].Add(terms);
    }
    corpus.SortArticles();
  }

  options.threads = threads;
  auto comparison = compare::Compare(corpus, options);
  if (!comparison.ok()) return usage(comparison.error().ToString());
  const std::string text = format == "md" ? compare::ComparisonMarkdown(comparison.value())
                                          : compare::ComparisonJson(comparison.value());
  if (Status written = WriteOutput(input.output, text); !written.ok()) {
    return usage(written.error().ToString());
  }
  return read_code;
}

}  // namespace slant::tools
