#include "compare/compare_md.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/markdown.h"

namespace slant::compare {
namespace {

// How many category rows each contrast shows: the clearest differences.
constexpr std::size_t kCategoryRows = 12;

std::string Fixed(double x, int decimals) { return FixedNumber(x, decimals); }

std::string PValue(double p) {
  if (!std::isfinite(p)) return "–";
  if (p < 0.001) return "< 0.001";
  return Fixed(p, 3);
}

std::string Interval(const stats::Estimate& e, int decimals) { return IntervalText(e, decimals); }

std::string Percent(std::uint64_t n, std::uint64_t total) {
  if (total == 0) return "–";
  return Fixed(100.0 * static_cast<double>(n) / static_cast<double>(total), 0) + "%";
}

std::string GTestLine(const stats::GTest& t) {
  if (!std::isfinite(t.g2)) return "G-test: not enough groups with counts.";
  return "G-test of independence: G² = " + Fixed(t.g2, 2) + ", df = " + std::to_string(t.df) +
         (t.p < 0.001 ? ", p < 0.001." : ", p = " + PValue(t.p) + ".");
}

void TableHeader(std::string& out, const std::vector<std::string>& cells) {
  MarkdownHeader(out, cells);
}

void Row(std::string& out, const std::vector<std::string>& cells) { MarkdownRow(out, cells); }

// Counts with shares of each group's row total.
void CountTableMd(std::string& out, const CountTable& table, const Comparison& c,
                  const std::string& first) {
  std::vector<std::string> header{first};
  for (const std::string& column : table.columns) header.push_back(EscapeMarkdown(column));
  TableHeader(out, header);
  for (std::size_t g = 0; g < c.groups.size(); ++g) {
    std::uint64_t total = 0;
    for (std::uint64_t n : table.rows[g]) total += n;
    std::vector<std::string> cells{EscapeMarkdown(c.groups[g].name)};
    for (std::uint64_t n : table.rows[g]) {
      cells.push_back(std::to_string(n) + " (" + Percent(n, total) + ")");
    }
    Row(out, cells);
  }
}

void TermsMd(std::string& out, const TermContrast& t, const Contrast& k, const char* kind) {
  if (!t.available) return;
  out += "#### Distinctive " + std::string(kind) + "\n\n";
  out += std::to_string(t.tested) + " " + kind + " used at least the minimum count were tested (" +
         std::to_string(t.total_a) + " vs " + std::to_string(t.total_b) + " in all).\n\n";
  for (const auto& [group, list] : {std::pair{&k.a, &t.top_a}, {&k.b, &t.top_b}}) {
    if (list->empty()) continue;
    out += "More typical of " + EscapeMarkdown(*group) + ":\n\n";
    TableHeader(out, {"term", "count " + EscapeMarkdown(k.a), "count " + EscapeMarkdown(k.b),
                      "log-odds", "z", "G²", "q", "Log Ratio"});
    for (const TermResult& r : *list) {
      Row(out,
          {EscapeMarkdown(r.term), std::to_string(r.count_a), std::to_string(r.count_b),
           Fixed(r.delta, 2), Fixed(r.z, 2), Fixed(r.g2, 2), PValue(r.q), Fixed(r.log_ratio, 2)});
    }
    out += "\n";
  }
}

}  // namespace

std::string IntervalText(const stats::Estimate& e, int decimals) {
  return FixedNumber(e.value, decimals) + " [" + FixedNumber(e.lower, decimals) + ", " +
         FixedNumber(e.upper, decimals) + "]";
}

std::string CategoryName(const std::string& key) {
  const std::size_t colon = key.rfind(':');
  return colon == std::string::npos ? key : key.substr(colon + 1);
}

void NamingMarkdown(const Comparison& c, std::string& out) {
  for (const NamingGroupResult& n : c.naming) {
    out += "**" + EscapeMarkdown(n.group) + "**. " + GTestLine(n.table.test) + "\n\n";
    CountTableMd(out, n.table, c, EscapeMarkdown(c.by));
    out += "\n";
  }
}

void VoicesMarkdown(const Comparison& c, std::string& out) {
  out += "Quoted words by the speaker's side:\n\n";
  CountTableMd(out, c.voices.by_side, c, EscapeMarkdown(c.by));
  out += "\nReporting verbs of quotations and paraphrases, by class. " +
         GTestLine(c.voices.verbs.test) + "\n\n";
  CountTableMd(out, c.voices.verbs, c, EscapeMarkdown(c.by));
  out += "\n";
  for (const auto& [side, table] : c.voices.verbs_by_side) {
    out += "Speakers of side " + EscapeMarkdown(side) + ". " + GTestLine(table.test) + "\n\n";
    CountTableMd(out, table, c, EscapeMarkdown(c.by));
    out += "\n";
  }
}

void PortrayalMarkdown(const Comparison& c, std::string& out) {
  const std::string level = Fixed(100 * c.level, 0) + "%";
  out +=
      "Mean valence of the sentences that mention the actor, and loaded labels per such "
      "sentence, over the articles that mention it, with " +
      level + " bootstrap intervals.\n\n";
  TableHeader(out, {"actor", "side", EscapeMarkdown(c.by), "articles", "mentions", "valence",
                    "loaded labels per sentence"});
  for (const ActorResult& a : c.actors) {
    for (std::size_t g = 0; g < c.groups.size(); ++g) {
      const Portrayal& p = a.groups[g];
      if (p.articles == 0) continue;
      Row(out, {EscapeMarkdown(a.id), EscapeMarkdown(a.side), EscapeMarkdown(c.groups[g].name),
                std::to_string(p.articles), std::to_string(p.mentions), Interval(p.valence.mean, 3),
                Interval(p.loaded_rate.mean, 3)});
    }
  }
  out += "\n";
}

std::string ComparisonMarkdown(const Comparison& c) {
  std::string out;
  const std::string level = Fixed(100 * c.level, 0) + "%";
  out += "## Comparison by " + EscapeMarkdown(c.by) + "\n\n";
  TableHeader(out, {EscapeMarkdown(c.by), "articles", "events", "words", "note"});
  for (const GroupSummary& g : c.groups) {
    Row(out,
        {EscapeMarkdown(g.name), std::to_string(g.articles), std::to_string(g.events),
         std::to_string(g.words), g.descriptive ? "fewer than 5 articles: descriptive only" : ""});
  }
  out += "\n";
  for (const std::string& note : c.notes) out += "- " + EscapeMarkdown(note) + "\n";
  if (!c.notes.empty()) out += "\n";
  out +=
      "Methods: category rates per 1,000 words (own voice: per 1,000 words of the outlet's "
      "own narration); group means with " +
      level + " percentile-bootstrap intervals (" + std::to_string(c.resamples) +
      " resamples, of events when articles carry event ids; "
      "seed " +
      std::to_string(c.seed) +
      "); two-sided permutation p; q is "
      "Benjamini–Hochberg across categories. Distinctive words and phrases: log-odds ratio "
      "with informative Dirichlet prior and its z (Monroe, Colaresi & Quinn 2008; prior from " +
      (c.background ? std::string("a background corpus pooled with the groups")
                    : std::string("the pooled counts of the two groups")) +
      "), Dunning's G² (four-cell form, 1 df) with Benjamini–Hochberg q, and Log Ratio "
      "(Hardie 2014); terms used fewer than " +
      std::to_string(c.min_count) + " times are not tested.\n\n";

  for (const Contrast& k : c.contrasts) {
    out += "### " + EscapeMarkdown(k.a) + " vs " +
           (k.b_is_rest ? std::string("the rest") : EscapeMarkdown(k.b)) + "\n\n";
    out += "n = " + std::to_string(k.n_a) + " vs " + std::to_string(k.n_b) + " articles";
    out +=
        k.descriptive ? ". **Fewer than 5 articles in a group: descriptive only.**\n\n" : ".\n\n";
    out += "#### Categories\n\nThe clearest differences (by p):\n\n";
    TableHeader(out, {"category", "voice", EscapeMarkdown(k.a), EscapeMarkdown(k.b),
                      "difference [" + level + "]", "ratio [" + level + "]", "p", "q"});
    const std::size_t rows = std::min(kCategoryRows, k.categories.size());
    for (std::size_t i = 0; i < rows; ++i) {
      const CategoryContrast& cc = k.categories[i];
      Row(out, {EscapeMarkdown(cc.category), cc.voice, Interval(cc.bootstrap.mean_a, 2),
                Interval(cc.bootstrap.mean_b, 2), Interval(cc.bootstrap.difference, 2),
                Interval(cc.bootstrap.ratio, 2), PValue(cc.p), PValue(cc.q)});
    }
    out += "\n";
    TermsMd(out, k.words, k, "words");
    TermsMd(out, k.phrases, k, "phrases");
  }

  if (!c.naming.empty()) {
    out += "### Naming\n\n";
    NamingMarkdown(c, out);
  }
  out += "### Voices\n\n";
  VoicesMarkdown(c, out);
  if (!c.actors.empty()) {
    out += "### Actor portrayal\n\n";
    PortrayalMarkdown(c, out);
  }
  return out;
}

}  // namespace slant::compare
