#include "report/report.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "align/align_md.h"
#include "compare/compare_md.h"
#include "core/markdown.h"
#include "report/charts.h"
#include "report/findings.h"

namespace slant::report {
namespace {

std::string Fixed(double x, int decimals) { return FixedNumber(x, decimals); }

std::string Interval(const stats::Estimate& e, int decimals) {
  return compare::IntervalText(e, decimals);
}

// Each group's mean rate of every category (overall voice) with its interval: from the group's
// contrast with the rest, or, with two groups, from their one contrast.
std::vector<std::map<std::string, stats::Estimate>> GroupRates(const compare::Comparison& c) {
  std::vector<std::map<std::string, stats::Estimate>> out(c.groups.size());
  std::map<std::string, std::size_t> index;
  for (std::size_t g = 0; g < c.groups.size(); ++g) index[c.groups[g].name] = g;
  for (const compare::Contrast& k : c.contrasts) {
    const bool pair = c.groups.size() == 2 && !k.b_is_rest;
    if (!k.b_is_rest && !pair) continue;
    for (const compare::CategoryContrast& cc : k.categories) {
      if (cc.voice != "all") continue;
      out[index[k.a]][cc.category] = cc.bootstrap.mean_a;
      if (pair) out[index[k.b]][cc.category] = cc.bootstrap.mean_b;
    }
  }
  return out;
}

void Summary(const ReportInputs& in, const ReportOptions& options, std::string& out) {
  const compare::Comparison& c = in.comparison;
  std::uint64_t words = 0;
  std::size_t articles = 0;
  for (const compare::GroupSummary& g : c.groups) {
    words += g.words;
    articles += g.articles;
  }
  std::set<std::string> events;
  std::string first;
  std::string last;
  for (const corpus::Article& a : in.articles) {
    if (!a.event.empty()) events.insert(a.event);
    if (a.date.empty()) continue;
    const std::string day = a.date.substr(0, 10);
    if (first.empty() || day < first) first = day;
    if (last.empty() || day > last) last = day;
  }
  out += "## 1. Summary\n\n";
  out += std::to_string(c.groups.size()) + " " + EscapeMarkdown(c.by) + " groups, " +
         std::to_string(articles) + " articles, " + std::to_string(words) + " words, " +
         std::to_string(events.size()) + " events";
  out += first.empty()
             ? " (no dates).\n\n"
             : ", from " + EscapeMarkdown(first) + " to " + EscapeMarkdown(last) + ".\n\n";
  MarkdownHeader(out, {EscapeMarkdown(c.by), "articles", "events", "words", "note"});
  for (const compare::GroupSummary& g : c.groups) {
    MarkdownRow(out, {EscapeMarkdown(g.name), std::to_string(g.articles), std::to_string(g.events),
                      std::to_string(g.words),
                      g.descriptive ? "fewer than 5 articles: descriptive only" : ""});
  }
  out += "\nLexicons:";
  for (const lexicon::Lexicon& l : in.scorer.lexicons()) {
    out += " " + EscapeMarkdown(l.name) +
           (l.version.empty() ? std::string(" (no version)") : " " + EscapeMarkdown(l.version)) +
           " (" + std::to_string(l.categories.size()) +
           (l.categories.size() == 1 ? " category, " : " categories, ") +
           std::to_string(l.entries.size()) + " entries);";
  }
  out.back() = '.';
  out += " Made by slant " + EscapeMarkdown(options.slant_version) + ".\n\n";
}

void Findings(const ReportInputs& in, const ReportOptions& options, std::string& out) {
  out += "## 2. Key findings\n\n";
  const std::vector<Finding> findings = KeyFindings(in, options);
  if (findings.empty()) {
    out += "No contrast passes the thresholds (q below " + Fixed(options.alpha, 2) +
           " for categories; p below it for naming and reporting verbs), and no shared source "
           "or omission was found.\n\n";
    return;
  }
  for (std::size_t i = 0; i < findings.size(); ++i) {
    out += std::to_string(i + 1) + ". " + findings[i].text + "\n";
    if (!findings[i].excerpt.empty()) out += "   > " + findings[i].excerpt + "\n";
  }
  out += "\n";
}

void Categories(const ReportInputs& in, const ReportOptions& options, Report& report) {
  const compare::Comparison& c = in.comparison;
  std::string& out = report.markdown;
  out += "## 3. Loaded language, stance and frames\n\n";
  const auto rates = GroupRates(c);
  std::vector<std::string> keys;  // categories some group uses, in lexicon order
  for (const std::string& key : in.scorer.category_keys()) {
    bool used = false;
    for (const auto& group : rates) {
      const auto it = group.find(key);
      used = used || (it != group.end() && it->second.value > 0);
    }
    if (used) keys.push_back(key);
  }
  if (keys.empty()) {
    out += "No category of the lexicons matched.\n\n";
    return;
  }
  const std::string level = Fixed(100 * c.level, 0) + "%";
  out += "Hits per 1,000 words (narration and quotations), each " + EscapeMarkdown(c.by) +
         "'s mean over its articles with a " + level +
         " bootstrap interval; categories no article uses are left out.\n\n";
  std::vector<std::string> header{"category"};
  for (const compare::GroupSummary& g : c.groups) header.push_back(EscapeMarkdown(g.name));
  MarkdownHeader(out, header);
  DotPlot plot;
  plot.title = "Category rates by " + c.by;
  plot.x_label = "hits per 1,000 words (" + level + " interval)";
  for (const compare::GroupSummary& g : c.groups) plot.series.push_back(g.name);
  for (const std::string& key : keys) {
    std::vector<std::string> row{EscapeMarkdown(compare::CategoryName(key))};
    DotPlot::Row chart_row{compare::CategoryName(key), {}};
    for (const auto& group : rates) {
      const auto it = group.find(key);
      const stats::Estimate e = it == group.end() ? stats::Estimate{} : it->second;
      row.push_back(Interval(e, 2));
      chart_row.values.push_back({e.value, e.lower, e.upper});
    }
    MarkdownRow(out, row);
    plot.rows.push_back(std::move(chart_row));
  }
  report.charts.push_back({"categories.svg", "Category rates by " + c.by, RenderDotPlot(plot)});
  out += "\n![Category rates by " + EscapeMarkdown(c.by) + "](" + options.charts_dir +
         "/categories.svg)\n\n";
}

void Vocabulary(const ReportInputs& in, const ReportOptions& options, Report& report) {
  const compare::Comparison& c = in.comparison;
  std::string& out = report.markdown;
  out += "## 4. Distinctive vocabulary\n\n";
  out +=
      "The words each group uses more than the others, by the log-odds ratio with informative "
      "Dirichlet prior (z above about 2 is unlikely by chance); counts are the group's and the "
      "others'.\n\n";
  std::size_t chart = 0;
  bool any = false;
  for (const compare::Contrast& k : c.contrasts) {
    const bool pair = c.groups.size() == 2 && !k.b_is_rest;
    if ((!k.b_is_rest && !pair) || !k.words.available) continue;
    any = true;
    const std::string other = k.b_is_rest ? "the others" : k.b;
    out += "### " + EscapeMarkdown(k.a) + " vs " + EscapeMarkdown(other) + "\n\n";
    MarkdownHeader(out, {"more typical of " + EscapeMarkdown(k.a), "z", "counts",
                         "more typical of " + EscapeMarkdown(other), "z", "counts"});
    const std::size_t rows =
        std::min<std::size_t>(10, std::max(k.words.top_a.size(), k.words.top_b.size()));
    DivergingBars bars;
    bars.title = "Distinctive words: " + k.a + " vs " + other;
    bars.x_label = "log-odds z";
    bars.left_label = "more typical of " + other;
    bars.right_label = "more typical of " + k.a;
    for (std::size_t i = 0; i < rows; ++i) {
      std::vector<std::string> cells;
      for (const auto* list : {&k.words.top_a, &k.words.top_b}) {
        if (i < list->size()) {
          const compare::TermResult& t = (*list)[i];
          cells.push_back(EscapeMarkdown(t.term));
          cells.push_back(Fixed(t.z, 2));
          cells.push_back(std::to_string(t.count_a) + " / " + std::to_string(t.count_b));
        } else {
          cells.insert(cells.end(), {"", "", ""});
        }
      }
      MarkdownRow(out, cells);
    }
    for (std::size_t i = 0; i < std::min<std::size_t>(10, k.words.top_a.size()); ++i) {
      bars.bars.push_back({k.words.top_a[i].term, k.words.top_a[i].z});
    }
    for (std::size_t i = std::min<std::size_t>(10, k.words.top_b.size()); i-- > 0;) {
      bars.bars.push_back({k.words.top_b[i].term, k.words.top_b[i].z});
    }
    const std::string file = "vocabulary-" + std::to_string(++chart) + ".svg";
    report.charts.push_back({file, bars.title, RenderDivergingBars(bars)});
    out += "\n![Distinctive words of " + EscapeMarkdown(k.a) + "](" + options.charts_dir + "/" +
           file + ")\n\n";
  }
  if (!any) out += "Word counts are not available for this grouping.\n\n";
}

void SameEvents(const ReportInputs& in, std::string& out) {
  out += "## 8. Same events, different words\n\n";
  const align::AlignResult& r = in.alignment;
  if (r.events.empty()) {
    out += "No event has articles from two outlets.\n\n";
    return;
  }
  out +=
      "Sentences of two outlets' articles on one event align when their TF-IDF cosine is at "
      "least " +
      Fixed(in.align_options.threshold, 2) +
      " and a one-to-one matching pairs them; differing words are in bold. Per event: "
      "articles that share a source, what each outlet leaves out, and the pair of articles "
      "with the most classified wording differences.\n\n";
  for (const align::EventAlignment& event : r.events) {
    out += "### Event " + EscapeMarkdown(event.event) + "\n\n";
    if (!event.note.empty()) {
      out += "Note: " + EscapeMarkdown(event.note) + ".\n\n";
      continue;
    }
    align::SharedSourcesMarkdown(in.articles, event, out);
    align::OmissionsMarkdown(in.articles, r, event, out);
    const align::PairAlignment* shown = nullptr;
    std::size_t most = 0;
    for (const align::PairAlignment& p : event.pairs) {
      std::size_t classified = 0;
      for (const align::AlignedSentences& s : p.aligned) {
        for (const align::Difference& d : s.differences) {
          if (!d.classification.classes.empty()) ++classified;
        }
      }
      if (shown == nullptr || classified > most) {
        shown = &p;
        most = classified;
      }
    }
    if (shown != nullptr) align::PairMarkdown(in.articles, r, *shown, out);
  }
  out += "### Wording across events\n\n";
  align::WordingMarkdown(in.articles, r, out);
  out += "\n";
}

void Method(const ReportInputs& in, const ReportOptions& options, std::string& out) {
  const compare::Comparison& c = in.comparison;
  out += "## 9. Method and caveats\n\n";
  out +=
      "- **Counting.** Text is split into sentences and words by the Unicode rules (UAX #29, "
      "ICU); lexicon entries match whole words, longest first, never across sentences; quoted "
      "words are those inside quotation marks, and a category's rate in an outlet's own voice "
      "counts its narration only.\n";
  out += "- **Intervals and tests.** Group means with " + Fixed(100 * c.level, 0) +
         "% percentile-bootstrap intervals (" + std::to_string(c.resamples) + " resamples, seed " +
         std::to_string(c.seed) +
         "; events are resampled when articles carry event ids, since articles on one story are "
         "not independent); two-sided permutation p-values (labels permuted within events); "
         "Benjamini–Hochberg q across categories (Benjamini & Hochberg 1995).\n";
  out +=
      "- **Distinctive words.** Log-odds ratio with informative Dirichlet prior and its z "
      "(Monroe, Colaresi & Quinn 2008), Dunning's G² (1993, four-cell form), Log Ratio "
      "(Hardie 2014). Naming and reporting verbs: G-tests of independence.\n";
  out +=
      "- **Same events.** TF-IDF sentence vectors, the Hungarian method for the one-to-one "
      "matching (Kuhn 1955), word-level diffs (longest common subsequence); shared sources by "
      "word 5-gram containment (copy) or a pair's similarity far above the event's other pairs "
      "with sentences in the same order (rewrite).\n";
  out += "- **Key findings** are chosen by a fixed rule: category differences with q below " +
         Fixed(options.alpha, 2) +
         ", ranked by the end of the rate ratio's interval nearest 1 (large and certain first); "
         "then naming and reporting-verb differences with p below it; then shared sources and "
         "the most reported omission.\n";
  std::size_t descriptive = 0;
  for (const compare::GroupSummary& g : c.groups) descriptive += g.descriptive ? 1 : 0;
  if (descriptive > 0) {
    out += "- **Small samples.** " + std::to_string(descriptive) +
           " group(s) have fewer than 5 articles: their figures describe these articles only.\n";
  }
  out +=
      "- **What lexicon counts cannot tell.** A word list does not read: it counts \"regime\" in "
      "a quotation the outlet disputes as readily as in its own voice (hence the own-voice "
      "rates), misses loaded language outside its lists, and cannot judge whether a claim is "
      "true. Rates differ with topic as well as with slant: compare outlets on the same events. "
      "Treat every figure as a pointer to the words behind it, which the excerpts and aligned "
      "sentences show.\n";
  for (const std::string& note : c.notes) out += "- " + EscapeMarkdown(note) + "\n";
  // A fence longer than any run of backticks in the command, so nothing in it can close it.
  std::string command = options.command;
  std::replace_if(
      command.begin(), command.end(), [](char ch) { return ch == '\n' || ch == '\r'; }, ' ');
  std::size_t run = 0;
  std::size_t longest = 0;
  for (const char ch : command) longest = std::max(longest, run = ch == '`' ? run + 1 : 0);
  const std::string fence(std::max<std::size_t>(3, longest + 1), '`');
  out += "\nReproduce this report:\n\n" + fence + "\n" + command + "\n" + fence + "\n";
}

}  // namespace

Report BuildReport(const ReportInputs& in, const ReportOptions& options) {
  Report report;
  std::string& out = report.markdown;
  out += std::string(kMarkdownMarker) + "\n# " + EscapeMarkdown(options.title) + "\n\n";
  Summary(in, options, out);
  Findings(in, options, out);
  Categories(in, options, report);
  Vocabulary(in, options, report);
  out += "## 5. Naming choices\n\n";
  if (in.comparison.naming.empty()) {
    out += "No naming variant of the actor lexicons was found.\n\n";
  } else {
    compare::NamingMarkdown(in.comparison, out);
  }
  out += "## 6. Voices\n\n";
  compare::VoicesMarkdown(in.comparison, out);
  out += "## 7. Actor portrayal\n\n";
  if (in.comparison.actors.empty()) {
    out += "No actor of the actor lexicons was mentioned.\n\n";
  } else {
    compare::PortrayalMarkdown(in.comparison, out);
  }
  SameEvents(in, out);
  Method(in, options, out);
  return report;
}

}  // namespace slant::report
