#include "report/findings.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "compare/compare_md.h"
#include "core/markdown.h"
#include "report/excerpt.h"

namespace slant::report {
namespace {

std::string Fixed(double x, int decimals) { return FixedNumber(x, decimals); }

std::string PValue(double p) { return p < 0.001 ? "< 0.001" : "= " + Fixed(p, 3); }

std::string Interval(const stats::Estimate& e, int decimals) {
  return compare::IntervalText(e, decimals);
}

std::string Other(const compare::Contrast& k) {
  return k.b_is_rest ? std::string("the other outlets") : "**" + EscapeMarkdown(k.b) + "**";
}

void CategoryFindings(const ReportInputs& in, const ReportOptions& options, std::size_t slots,
                      std::vector<Finding>& out) {
  const compare::Comparison& c = in.comparison;
  const std::string level = Fixed(100 * c.level, 0) + "%";
  std::vector<Finding> found;
  for (const compare::Contrast& k : c.contrasts) {
    const bool one_pair = c.groups.size() == 2;
    if (k.descriptive || (!k.b_is_rest && !one_pair)) continue;
    for (const compare::CategoryContrast& cc : k.categories) {
      if (cc.voice != "all" || !(cc.q < options.alpha)) continue;
      const stats::ContrastBootstrap& b = cc.bootstrap;
      double strength = 0;
      std::string how;
      if (std::isfinite(b.ratio.lower) && b.ratio.lower > 1) {
        strength = std::log(b.ratio.lower);
        how = Fixed(b.ratio.value, 1) + " times as often as";
      } else if (std::isfinite(b.ratio.upper) && b.ratio.upper > 0 && b.ratio.upper < 1) {
        strength = -std::log(b.ratio.upper);
        how = "only " + Fixed(b.ratio.value, 2) + " times as often as";
      } else if (b.mean_b.value == 0 && b.difference.lower > 0) {
        strength = std::log1p(b.difference.lower);
        how = "where none is found in";
      } else {
        continue;
      }
      Finding f;
      f.kind = "category";
      f.group = k.a;
      f.strength = strength;
      f.text = "**" + EscapeMarkdown(k.a) + "** uses *" +
               EscapeMarkdown(compare::CategoryName(cc.category)) + "* words " + how + " " +
               Other(k) + ": " + Interval(b.mean_a, 2) + " vs " + Interval(b.mean_b, 2) +
               " per 1,000 words (" + level + " intervals)";
      if (std::isfinite(b.ratio.value)) f.text += ", rate ratio " + Interval(b.ratio, 2);
      f.text += ", q " + PValue(cc.q) + ", n = " + std::to_string(k.n_a) + " vs " +
                std::to_string(k.n_b) + " articles.";
      const bool more_in_a = b.difference.value > 0;
      const std::string& group = more_in_a || k.b_is_rest ? k.a : k.b;
      if (more_in_a || !k.b_is_rest) {
        f.excerpt = FindExcerpt(in.articles, in.scorer, c.by, group, cc.category, false);
      }
      found.push_back(std::move(f));
    }
  }
  // In rounds, so that no one group fills the list: each group's strongest first (strongest
  // group first), then each group's second, and so on.
  std::stable_sort(found.begin(), found.end(),
                   [](const Finding& x, const Finding& y) { return x.strength > y.strength; });
  std::map<std::string, std::size_t> taken;                // group -> findings so far
  std::vector<std::pair<std::size_t, std::size_t>> order;  // (round, position in `found`)
  for (std::size_t i = 0; i < found.size(); ++i) order.emplace_back(taken[found[i].group]++, i);
  std::stable_sort(order.begin(), order.end());
  const std::size_t keep = std::min(found.size(), slots);
  for (std::size_t i = 0; i < keep; ++i) out.push_back(std::move(found[order[i].second]));
}

// Each group's most used column of a count table, with its share.
std::string TopColumns(const compare::Comparison& c, const compare::CountTable& t) {
  std::string out;
  for (std::size_t g = 0; g < c.groups.size() && g < t.rows.size(); ++g) {
    std::uint64_t total = 0;
    std::size_t best = 0;
    for (std::size_t col = 0; col < t.rows[g].size(); ++col) {
      total += t.rows[g][col];
      if (t.rows[g][col] > t.rows[g][best]) best = col;
    }
    if (total == 0) continue;
    out += (out.empty() ? "" : "; ") + EscapeMarkdown(c.groups[g].name) + " *" +
           EscapeMarkdown(t.columns[best]) + "* in " + std::to_string(t.rows[g][best]) + " of " +
           std::to_string(total);
  }
  return out;
}

void NamingFindings(const ReportInputs& in, const ReportOptions& options,
                    std::vector<Finding>& out) {
  const compare::Comparison& c = in.comparison;
  Finding f;
  std::string others;
  for (const compare::NamingGroupResult& n : c.naming) {  // by G² descending
    if (!(n.table.test.p < options.alpha)) continue;
    if (!f.text.empty()) {
      others += (others.empty() ? "" : ", ") + EscapeMarkdown(n.group) +
                " (G² = " + Fixed(n.table.test.g2, 1) + ")";
      continue;
    }
    f.kind = "naming";
    f.strength = n.table.test.g2;
    f.text = "Naming of *" + EscapeMarkdown(n.group) + "* differs by " + EscapeMarkdown(c.by) +
             ": " + TopColumns(c, n.table) + " mentions (G² = " + Fixed(n.table.test.g2, 1) +
             ", df = " + std::to_string(n.table.test.df) + ", p " + PValue(n.table.test.p) + ").";
    // The least shared of the groups' preferred variants (Kiev where the rest write Kyiv),
    // shown in its words.
    std::vector<std::size_t> preferred(c.groups.size(), 0);
    std::map<std::size_t, std::size_t> groups_preferring;
    for (std::size_t g = 0; g < c.groups.size() && g < n.table.rows.size(); ++g) {
      const auto& row = n.table.rows[g];
      if (row.empty() || *std::max_element(row.begin(), row.end()) == 0) continue;
      preferred[g] =
          static_cast<std::size_t>(std::max_element(row.begin(), row.end()) - row.begin());
      ++groups_preferring[preferred[g]];
    }
    std::size_t shown = c.groups.size();
    for (std::size_t g = 0; g < c.groups.size() && g < n.table.rows.size(); ++g) {
      if (groups_preferring.count(preferred[g]) == 0) continue;
      if (shown == c.groups.size() ||
          groups_preferring[preferred[g]] < groups_preferring[preferred[shown]]) {
        shown = g;
      }
    }
    if (shown < c.groups.size()) {
      f.excerpt = FindExcerpt(in.articles, in.scorer, c.by, c.groups[shown].name, "", false,
                              n.table.columns[preferred[shown]]);
    }
  }
  if (f.text.empty()) return;
  if (!others.empty())
    f.text += " Other names that differ (p below " + Fixed(options.alpha, 2) + "): " + others + ".";
  out.push_back(std::move(f));
}

void VerbFindings(const ReportInputs& in, const ReportOptions& options, std::vector<Finding>& out) {
  const compare::Comparison& c = in.comparison;
  const compare::CountTable& t = c.voices.verbs;
  if (!(t.test.p < options.alpha)) return;
  Finding f;
  f.kind = "verbs";
  f.strength = t.test.g2;
  f.text = "The reporting verbs that introduce quotations and claims differ by " +
           EscapeMarkdown(c.by) + ": the most frequent class is " + TopColumns(c, t) +
           " (G² = " + Fixed(t.test.g2, 1) + ", df = " + std::to_string(t.test.df) + ", p " +
           PValue(t.test.p) + ").";
  out.push_back(std::move(f));
}

void SourceFindings(const ReportInputs& in, std::vector<Finding>& out) {
  std::vector<Finding> found;
  for (const align::EventAlignment& event : in.alignment.events) {
    for (const align::PairAlignment& p : event.pairs) {
      if (p.reuse == align::ReuseStrength::kNone) continue;
      const corpus::Article& a = in.articles[p.a];
      const corpus::Article& b = in.articles[p.b];
      const align::ReuseEvidence& e = p.evidence;
      Finding f;
      f.kind = "shared source";
      f.strength = (p.reuse == align::ReuseStrength::kCopy ? 1000 : 0) + e.Ratio();
      f.text = "**" + EscapeMarkdown(a.outlet) + "** and **" + EscapeMarkdown(b.outlet) +
               "** share a source on *" + EscapeMarkdown(event.event) + "* (" +
               std::string(align::ReuseStrengthName(p.reuse)) + "): article cosine " +
               Fixed(e.cosine, 2);
      if (e.baseline) f.text += ", " + Fixed(e.Ratio(), 1) + "× the event's typical pair";
      f.text += "; " + Fixed(100 * std::max(e.containment_a, e.containment_b), 0) +
                "% of word 5-grams shared; " + std::to_string(e.in_order) + " of " +
                std::to_string(e.aligned) + " aligned sentences in the same order.";
      if (p.earlier) {
        const corpus::Article& first = *p.earlier < 0 ? a : b;
        f.text += " Likely source: " + EscapeMarkdown(first.id) + " (" +
                  EscapeMarkdown(first.date) + ", the earlier).";
      }
      found.push_back(std::move(f));
    }
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const Finding& x, const Finding& y) { return x.strength > y.strength; });
  if (found.size() > 2) found.resize(2);
  out.insert(out.end(), found.begin(), found.end());
}

void OmissionFindings(const ReportInputs& in, std::vector<Finding>& out) {
  const align::Omission* best = nullptr;
  const align::EventAlignment* best_event = nullptr;
  for (const align::EventAlignment& event : in.alignment.events) {
    for (const align::Omission& o : event.omissions) {
      if (best == nullptr ||
          std::tie(o.outlets, o.salience) > std::tie(best->outlets, best->salience)) {
        best = &o;
        best_event = &event;
      }
    }
  }
  if (best == nullptr || best->reported_by.empty()) return;
  Finding f;
  f.kind = "omission";
  f.strength = best->salience;
  f.text = "**" + EscapeMarkdown(best->outlet) + "** leaves out what " +
           std::to_string(best->outlets) + " other outlet" + (best->outlets == 1 ? "" : "s") +
           " report on *" + EscapeMarkdown(best_event->event) + "* (salience " +
           Fixed(best->salience, 2) + " of 1).";
  const align::SentenceRef& ref = best->reported_by.front();
  const corpus::Article& a = in.articles[ref.article];
  const text::Span span = in.alignment.articles[ref.article].sentences[ref.sentence];
  f.excerpt = "“" +
              EscapeMarkdown(std::string_view(a.text).substr(span.begin, span.end - span.begin)) +
              "” (" + EscapeMarkdown(a.id) + ")";
  out.push_back(std::move(f));
}

}  // namespace

std::vector<Finding> KeyFindings(const ReportInputs& inputs, const ReportOptions& options) {
  std::vector<Finding> others;
  NamingFindings(inputs, options, others);
  VerbFindings(inputs, options, others);
  SourceFindings(inputs, others);
  OmissionFindings(inputs, others);
  if (others.size() > options.max_findings / 2) others.resize(options.max_findings / 2);
  std::vector<Finding> out;
  CategoryFindings(inputs, options, options.max_findings - others.size(), out);
  for (Finding& f : others) out.push_back(std::move(f));
  return out;
}

}  // namespace slant::report
