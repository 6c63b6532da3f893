// slant score: per-article framing measurements as JSON Lines or CSV.
#include <iostream>
#include <iterator>
#include <thread>

#include "article_loop.h"
#include "command.h"
#include "compare/article_stats.h"
#include "compare/stats_file.h"
#include "lexicon_options.h"
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
  slant score --stats-out part1.stats part1.jsonl -o part1.scores.jsonl   # then slant compare --stats
)";

}  // namespace

int RunScore(const std::vector<std::string>& args) {
  InputOptions input;
  LexiconOptions lexicon_options;
  std::string format = "json";
  bool hits = false;
  bool sentences = false;
  std::size_t threads = std::max(1u, std::thread::hardware_concurrency());
  std::string stats_out;
  std::string stats_by = "outlet";
  po::options_description visible("usage: slant score [options] [INPUT...]\n\noptions");
  auto add = visible.add_options();
  add("help,h", "show this help");
  lexicon_options.AddTo(visible);
  add("format", po::value(&format)->default_value("json")->value_name("json|csv"),
      "JSON Lines (one record per article) or CSV (one row per article)");
  add("hits", po::bool_switch(&hits), "list every hit: category, text, offsets, sentence, voice");
  add("sentences", po::bool_switch(&sentences), "add each sentence's valence and category hits");
  add("threads,j", po::value(&threads)->value_name("N"), "worker threads (default: all cores)");
  add("stats-out", po::value(&stats_out)->value_name("FILE"),
      "also write the statistics `slant compare --stats` needs (per-article counts, words and "
      "phrases per group) to FILE; files of shards merge exactly");
  add("stats-by", po::value(&stats_by)->default_value("outlet")->value_name("FIELD"),
      "with --stats-out: the article field words and phrases are counted by (compare --by)");
  input.AddTo(visible);
  po::variables_map vm;
  if (!ParseWithInputs(args, visible, input.inputs, vm)) {
    std::cout << visible << kExample;
    return kExitOk;
  }
  if (!input.Validate("score") || !lexicon_options.Validate("score")) return kExitInput;
  if (format != "json" && format != "csv") {
    std::cerr << "slant score: --format must be 'json' or 'csv', not '" << format << "'\n";
    return kExitInput;
  }
  if (threads == 0) {
    std::cerr << "slant score: --threads must be at least 1\n";
    return kExitInput;
  }
  if (vm.count("stats-by") != 0 && !vm["stats-by"].defaulted() && stats_out.empty()) {
    std::cerr << "slant score: --stats-by needs --stats-out\n";
    return kExitInput;
  }
  if (!stats_out.empty() && stats_out == input.output) {
    std::cerr << "slant score: --stats-out and --output name the same file\n";
    return kExitInput;
  }
  const std::unique_ptr<score::Scorer> scorer = lexicon_options.MakeScorer("score", input.quiet);
  if (!scorer) return kExitInput;

  std::vector<text::Segmenter> segmenters(threads);
  score::ScoreOptions options;
  options.hits = hits;
  const score::RecordOptions record_options{hits, sentences};
  const bool csv = format == "csv";
  // With --stats-out, each worker keeps the statistics of the articles it scored.
  std::vector<compare::CorpusStats> worker_stats(stats_out.empty() ? 0 : threads);
  for (compare::CorpusStats& s : worker_stats) s.terms_by = stats_by;
  const int code = ForEachArticle(
      "score", input, threads,
      [&](const corpus::Article& article, std::size_t worker) -> Result<std::string> {
        score::ArticleScore score;
        if (worker_stats.empty()) {
          auto scored = scorer->Score(article, segmenters[worker], options);
          if (!scored.ok()) return std::move(scored.error());
          score = std::move(scored).value();
        } else {
          compare::TermCounts terms;
          auto scored =
              compare::ScoreWithStats(*scorer, article, segmenters[worker], options, terms);
          if (!scored.ok()) return std::move(scored.error());
          worker_stats[worker].Add(std::move(scored.value().stats), terms);
          score = std::move(scored.value().score);
        }
        if (csv) return score::CsvRow(article, score);
        return score::ScoreRecord(article, score, record_options) + "\n";
      },
      csv ? score::CsvHeader(scorer->category_keys()) : "");
  if (stats_out.empty() || (code != kExitOk && code != kExitSkipped)) return code;
  compare::CorpusStats stats;
  stats.categories = scorer->category_keys();
  stats.terms_by = stats_by;
  for (compare::CorpusStats& s : worker_stats) {
    std::move(s.articles.begin(), s.articles.end(), std::back_inserter(stats.articles));
    for (const auto& [group, terms] : s.terms) stats.terms[group].Add(terms);
  }
  stats.SortArticles();
  auto file = AtomicFile::Create(stats_out);
  if (!file.ok()) {
    std::cerr << "slant score: " << file.error().ToString() << "\n";
    return kExitInput;
  }
  compare::WriteStats(stats, file.value().stream());
  if (Status committed = file.value().Commit(); !committed.ok()) {
    std::cerr << "slant score: " << committed.error().ToString() << "\n";
    return kExitInput;
  }
  return code;
}

}  // namespace slant::tools
