// slant align: the same event, sentence by sentence, across outlets.
#include <iostream>
#include <vector>

#include "align/align_json.h"
#include "align/align_md.h"
#include "align/aligner.h"
#include "article_loop.h"
#include "command.h"
#include "core/atomic_file.h"
#include "lexicon_options.h"
#include "options.h"

namespace po = boost::program_options;

namespace slant::tools {
namespace {

constexpr const char* kExample = R"(
For each event (the articles' `event` field, or --auto-events), every pair of articles of
different outlets is aligned sentence by sentence: TF-IDF cosine, a one-to-one matching that
maximizes the total similarity above --threshold, and a word diff of each aligned pair whose
differences the lexicons classify (label, reporting verb, hedge, naming, intensifier). Also:
sentences no other outlet has (exclusive), facts other outlets report and one leaves out
(omissions), pairs rewritten from a common source (copy or rewrite, with the evidence and,
from the dates, the likely source), and across events a table "A writes X where B writes Y".
Output: one JSON document (README: "slant align"), or Markdown with --format md.
Without -l, the shipped lexicons are used (framing-core, valence-core, the actor lexicons).

examples:
  slant align samples/articles.jsonl > alignment.json
  slant align --format md samples/articles.jsonl -o alignment.md
  slant align --auto-events --event-window 3 corpus/ -o alignment.json
)";

}  // namespace

int RunAlign(const std::vector<std::string>& args) {
  InputOptions input;
  LexiconOptions lexicon_options;
  std::string format = "json";
  align::AlignOptions options;
  int window = -1;
  po::options_description visible("usage: slant align [options] [INPUT...]\n\noptions");
  auto add = visible.add_options();
  add("help,h", "show this help");
  lexicon_options.AddTo(
      visible,
      "a lexicon to classify differences with (repeatable; any format `slant lexicon` reads)",
      /*valence=*/false);
  add("format", po::value(&format)->default_value("json")->value_name("json|md"),
      "one JSON document, or a Markdown fragment (aligned pairs side by side)");
  add("threshold", po::value(&options.threshold)->default_value(0.2, "0.2")->value_name("X"),
      "two sentences align when their TF-IDF cosine is at least X (0 < X <= 1)");
  add("auto-events", po::bool_switch(&options.auto_events),
      "group articles into events by their text (title and lede weighted up) instead of "
      "their `event` field; without it, articles with no event are left out");
  add("event-threshold",
      po::value(&options.event_threshold)->default_value(0.17, "0.17")->value_name("X"),
      "with --auto-events: articles of different outlets are one event when their cosine "
      "is at least X");
  add("event-window", po::value(&window)->value_name("DAYS"),
      "with --auto-events: only articles at most DAYS days apart are one event");
  add("max-sentences",
      po::value(&options.max_sentences)->default_value(options.max_sentences)->value_name("N"),
      "stop when an article has more than N sentences (alignment costs sentences squared)");
  input.AddTo(visible);
  po::variables_map vm;
  if (!ParseWithInputs(args, visible, input.inputs, vm)) {
    std::cout << visible << kExample;
    return kExitOk;
  }
  if (!input.Validate("align") || !lexicon_options.Validate("align")) return kExitInput;
  auto usage = [](const std::string& message) {
    std::cerr << "slant align: " << message << "\n";
    return kExitInput;
  };
  if (format != "json" && format != "md") {
    return usage("--format must be 'json' or 'md', not '" + format + "'");
  }
  if (!(options.threshold > 0 && options.threshold <= 1)) {
    return usage("--threshold must be above 0 and at most 1");
  }
  if (!(options.event_threshold > 0 && options.event_threshold <= 1)) {
    return usage("--event-threshold must be above 0 and at most 1");
  }
  if (options.max_sentences == 0) return usage("--max-sentences must be at least 1");
  if (vm.count("event-window") != 0) {
    if (window < 0) return usage("--event-window must be 0 or more days");
    options.event_window_days = window;
  }
  if (!options.auto_events &&
      (vm.count("event-window") != 0 || !vm["event-threshold"].defaulted())) {
    return usage("--event-threshold and --event-window need --auto-events");
  }

  const std::unique_ptr<score::Scorer> scorer = lexicon_options.MakeScorer("align", input.quiet);
  if (!scorer) return kExitInput;
  std::vector<corpus::Article> articles;
  InputOptions reading = input;
  reading.output.clear();  // the loop writes nothing; the alignment is written below
  const int read_code = ForEachArticle(
      "align", reading, 1, [&](const corpus::Article& article, std::size_t) -> Result<std::string> {
        articles.push_back(article);
        return std::string();
      });
  if (read_code != kExitOk && read_code != kExitSkipped) return read_code;

  const align::Aligner aligner(scorer->lexicons());
  auto result = aligner.Align(articles, options);
  if (!result.ok()) return usage(result.error().ToString());
  const std::string text = format == "md" ? align::AlignMarkdown(articles, result.value(), options)
                                          : align::AlignJson(articles, result.value(), options);
  if (Status written = WriteOutput(input.output, text); !written.ok()) {
    return usage(written.error().ToString());
  }
  return read_code;
}

}  // namespace slant::tools
