// slant report: from articles to a report a journalist can read and a researcher can cite.
#include <filesystem>
#include <iostream>
#include <thread>

#include "align/aligner.h"
#include "article_loop.h"
#include "command.h"
#include "compare/article_stats.h"
#include "compare/compare.h"
#include "lexicon_options.h"
#include "options.h"
#include "report/report.h"
#include "report/report_files.h"
#include "stats/blocks.h"
#include "version.h"

namespace po = boost::program_options;

namespace slant::tools {
namespace {

constexpr const char* kExample = R"(
Scores the articles, compares the groups (--by, default outlet: each against the rest), aligns
each event's articles sentence by sentence, and writes the report: summary, key findings, loaded
language, distinctive vocabulary, naming, voices, actor portrayal, the same events in different
words, method and caveats. Markdown (charts as SVG files in NAME_files/ beside it) or one HTML
page with the charts inline (--format html). A file that is not a slant report is not
overwritten without --force.
Without -l, the shipped lexicons are used (framing-core, valence-core, the actor lexicons).

examples:
  slant report samples/articles.jsonl -o reports/samples.md
  slant report --format html samples/articles.jsonl -o reports/samples.html
)";

// The command line as typed, for the report's "reproduce" line.
std::string CommandLine(const std::vector<std::string>& args) {
  std::string out = "slant report";
  for (const std::string& arg : args) {
    const bool plain = !arg.empty() && arg.find_first_not_of(
                                           "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                           "0123456789-_./=:,+@") == std::string::npos;
    if (plain) {
      out += " " + arg;
    } else {  // single-quoted for a POSIX shell
      out += " '";
      for (const char ch : arg) out += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
      out += "'";
    }
  }
  return out;
}

}  // namespace

int RunReport(const std::vector<std::string>& args) {
  InputOptions input;
  LexiconOptions lexicon_options;
  compare::CompareOptions compare_options;
  align::AlignOptions align_options;
  report::ReportOptions options;
  std::string format = "md";
  bool force = false;
  std::size_t threads = std::max(1u, std::thread::hardware_concurrency());
  po::options_description visible("usage: slant report [options] INPUT... -o FILE\n\noptions");
  auto add = visible.add_options();
  add("help,h", "show this help");
  lexicon_options.AddTo(visible);
  add("by", po::value(&compare_options.by)->default_value("outlet")->value_name("FIELD"),
      "the article field that makes the groups (outlet, event, date, lang, or any field)");
  add("format", po::value(&format)->default_value("md")->value_name("md|html"),
      "Markdown with SVG charts beside it, or one self-contained HTML page");
  add("title", po::value(&options.title)->value_name("TEXT"), "the report's title");
  add("seed",
      po::value(&compare_options.seed)->default_value(compare_options.seed)->value_name("N"),
      "seed of every bootstrap and permutation (the same seed gives the same report)");
  add("resamples",
      po::value(&compare_options.resamples)
          ->default_value(compare_options.resamples)
          ->value_name("N"),
      "bootstrap resamples, and random permutations");
  add("threshold", po::value(&align_options.threshold)->default_value(0.2, "0.2")->value_name("X"),
      "two sentences align when their TF-IDF cosine is at least X (0 < X <= 1)");
  add("max-sentences",
      po::value(&align_options.max_sentences)
          ->default_value(align_options.max_sentences)
          ->value_name("N"),
      "stop when an article of an event has more than N sentences (alignment costs them squared)");
  add("force", po::bool_switch(&force), "overwrite -o even when it is not a slant report");
  add("threads,j", po::value(&threads)->value_name("N"),
      "threads for scoring and resampling (default: all cores); the report is the same at any N");
  input.AddTo(visible);
  po::variables_map vm;
  if (!ParseWithInputs(args, visible, input.inputs, vm)) {
    std::cout << visible << kExample;
    return kExitOk;
  }
  if (!input.Validate("report") || !lexicon_options.Validate("report")) return kExitInput;
  auto usage = [](const std::string& message) {
    std::cerr << "slant report: " << message << "\n";
    return kExitInput;
  };
  if (input.output.empty() || input.output == "-") {
    return usage(
        "give the report's file with -o (e.g. -o reports/NAME.md): its charts go beside it");
  }
  if (format != "md" && format != "html") {
    return usage("--format must be 'md' or 'html', not '" + format + "'");
  }
  if (threads == 0) return usage("--threads must be at least 1");
  if (align_options.max_sentences == 0) return usage("--max-sentences must be at least 1");
  if (!(align_options.threshold > 0 && align_options.threshold <= 1)) {
    return usage("--threshold must be above 0 and at most 1");
  }
  const report::ReportFormat report_format =
      format == "html" ? report::ReportFormat::kHtml : report::ReportFormat::kMarkdown;
  if (Status s = report::CheckReplaceable(input.output, report_format, force); !s.ok()) {
    return usage(s.error().ToString());
  }

  const std::unique_ptr<score::Scorer> scorer = lexicon_options.MakeScorer("report", input.quiet);
  if (!scorer) return kExitInput;
  std::vector<corpus::Article> articles;
  InputOptions reading = input;
  reading.output.clear();  // the loop writes nothing; the report is written below
  const int read_code =
      ForEachArticle("report", reading, 1,
                     [&](const corpus::Article& article, std::size_t) -> Result<std::string> {
                       articles.push_back(article);
                       return std::string();
                     });
  if (read_code != kExitOk && read_code != kExitSkipped) return read_code;

  // Every article scored once, on the threads, into its own slot: the same at any count.
  std::vector<compare::ArticleStats> stats(articles.size());
  std::vector<compare::TermCounts> terms(articles.size());
  std::vector<std::optional<Error>> errors(articles.size());
  std::vector<text::Segmenter> segmenters(threads);
  stats::ParallelFor(articles.size(), threads, [&](std::size_t i, std::size_t worker) {
    auto scored = compare::ScoreWithStats(*scorer, articles[i], segmenters[worker], {}, terms[i]);
    if (scored.ok()) {
      stats[i] = std::move(scored.value().stats);
    } else {
      errors[i] = std::move(scored.error());
    }
  });
  for (const std::optional<Error>& e : errors) {
    if (e) return usage(e->ToString());
  }
  compare::CorpusStats corpus;
  corpus.categories = scorer->category_keys();
  corpus.terms_by = compare_options.by;
  compare_options.pairs = false;  // the report reads each group against the rest
  for (std::size_t i = 0; i < articles.size(); ++i) corpus.Add(std::move(stats[i]), terms[i]);
  corpus.SortArticles();
  compare_options.threads = threads;
  auto comparison = compare::Compare(corpus, compare_options);
  if (!comparison.ok()) return usage(comparison.error().ToString());

  const align::Aligner aligner(scorer->lexicons());
  auto alignment = aligner.Align(articles, align_options);
  if (!alignment.ok()) return usage(alignment.error().ToString());

  options.charts_dir =
      std::filesystem::path(report::ChartsDirectory(input.output)).filename().string();
  options.command = CommandLine(args);
  options.slant_version = kVersion;
  const report::Report built = report::BuildReport(
      {articles, comparison.value(), alignment.value(), align_options, *scorer}, options);
  if (Status s = report::WriteReport(built, options.title, input.output, report_format); !s.ok()) {
    return usage(s.error().ToString());
  }
  return read_code;
}

}  // namespace slant::tools
