#include "compare/compare.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>
#include <span>
#include <unordered_map>

#include "compare/rate_contrasts.h"
#include "compare/term_contrast.h"
#include "stats/blocks.h"
#include "stats/multiple_testing.h"

namespace slant::compare {
namespace {

constexpr const char* kRest = "(rest)";

// The corpus cut into groups, with what every section needs.
struct Grouped {
  std::vector<std::string> names;                 // sorted (or a, b)
  std::vector<std::vector<std::size_t>> members;  // per group: indices into corpus.articles
  std::vector<std::int64_t> cluster;              // per article: event index, or a unique id
  bool any_event = false;
};

Result<Grouped> MakeGroups(const CorpusStats& corpus, const CompareOptions& options,
                           std::vector<std::string>& notes) {
  if (options.a.empty() != options.b.empty()) {
    return Error(ErrorCode::kInvalidArgument, "give both --a and --b, or neither");
  }
  if (!options.a.empty() && options.a == options.b) {
    return Error(ErrorCode::kInvalidArgument,
                 "--a and --b name the same group '" + options.a + "'");
  }
  std::map<std::string, std::vector<std::size_t>> groups;
  std::size_t without_field = 0;
  std::size_t without_words = 0;
  std::set<std::string> fields;
  for (std::size_t i = 0; i < corpus.articles.size(); ++i) {
    const ArticleStats& a = corpus.articles[i];
    const std::optional<std::string> value = a.Field(options.by);
    if (!value) {
      ++without_field;
      for (const auto& [name, v] : a.fields) fields.insert(name);
      continue;
    }
    if (a.n_words == 0) {
      ++without_words;
      continue;
    }
    groups[*value].push_back(i);
  }
  if (groups.empty() && without_field > 0) {
    std::string known = "outlet, event, id";
    for (const std::string& f : fields) known += ", " + f;
    return Error(ErrorCode::kInvalidArgument, "no article has the field '" + options.by +
                                                  "' to group by (fields: " + known + ")");
  }
  if (without_field > 0) {
    notes.push_back(std::to_string(without_field) + " articles have no '" + options.by +
                    "' and are left out");
  }
  if (without_words > 0) {
    notes.push_back(std::to_string(without_words) + " articles have no words and are left out");
  }
  Grouped out;
  if (!options.a.empty()) {
    for (const std::string& name : {options.a, options.b}) {
      const auto it = groups.find(name);
      if (it == groups.end()) {
        // The first names, in order, so that the message stays one readable line.
        constexpr std::size_t kNamesShown = 12;
        std::string known;
        std::size_t shown = 0;
        for (const auto& [g, m] : groups) {
          if (shown++ == kNamesShown) break;
          known += (known.empty() ? "" : ", ") + g;
        }
        if (groups.size() > kNamesShown) {
          known += " and " + std::to_string(groups.size() - kNamesShown) + " more";
        }
        return Error(ErrorCode::kInvalidArgument,
                     "no articles with " + options.by + " '" + name + "' (groups: " + known + ")");
      }
      out.names.push_back(name);
      out.members.push_back(it->second);
    }
  } else {
    if (groups.size() < 2) {
      return Error(ErrorCode::kInvalidArgument,
                   "only one group" +
                       (groups.empty() ? std::string() : " ('" + groups.begin()->first + "')") +
                       " by " + options.by + ": nothing to compare");
    }
    for (auto& [name, members] : groups) {
      out.names.push_back(name);
      out.members.push_back(std::move(members));
    }
  }
  // Event ids as dense numbers; an article without one is a cluster of its own.
  std::vector<std::string> events;
  for (const ArticleStats& a : corpus.articles) {
    if (!a.event.empty()) events.push_back(a.event);
  }
  std::sort(events.begin(), events.end());
  events.erase(std::unique(events.begin(), events.end()), events.end());
  out.any_event = !events.empty();
  out.cluster.resize(corpus.articles.size());
  auto next = static_cast<std::int64_t>(events.size());
  for (std::size_t i = 0; i < corpus.articles.size(); ++i) {
    const std::string& e = corpus.articles[i].event;
    out.cluster[i] =
        e.empty() ? next++ : std::lower_bound(events.begin(), events.end(), e) - events.begin();
  }
  return out;
}

double Rate(std::uint64_t count, std::uint64_t words) {
  return words == 0 ? 0 : 1000.0 * static_cast<double>(count) / static_cast<double>(words);
}

// Sorts categories so the clearest differences come first: by p, then by the size of the
// difference relative to its interval's width.
void RankCategories(std::vector<CategoryContrast>& categories) {
  const auto strength = [](const CategoryContrast& c) {
    const stats::Estimate& d = c.bootstrap.difference;
    const double width = d.upper - d.lower;
    if (!std::isfinite(d.value)) return -1.0;
    if (!(width > 0)) return d.value == 0 ? 0.0 : std::numeric_limits<double>::infinity();
    return std::fabs(d.value) / width;
  };
  std::stable_sort(categories.begin(), categories.end(),
                   [&](const CategoryContrast& x, const CategoryContrast& y) {
                     const double px = std::isnan(x.p) ? 2 : x.p;
                     const double py = std::isnan(y.p) ? 2 : y.p;
                     if (px != py) return px < py;
                     return strength(x) > strength(y);
                   });
}

// Sums of `rows` into a table whose columns are ordered by total, largest first (ties by name).
CountTable MakeTable(const std::vector<std::map<std::string, std::uint64_t>>& rows, bool g_test,
                     const std::string& last_column = "") {
  std::map<std::string, std::uint64_t> totals;
  for (const auto& row : rows) {
    for (const auto& [column, n] : row) {
      if (column != last_column) totals[column] += n;
    }
  }
  std::vector<std::pair<std::string, std::uint64_t>> order(totals.begin(), totals.end());
  std::stable_sort(order.begin(), order.end(),
                   [](const auto& x, const auto& y) { return x.second > y.second; });
  CountTable table;
  for (const auto& [column, n] : order) table.columns.push_back(column);
  if (!last_column.empty()) table.columns.push_back(last_column);
  for (const auto& row : rows) {
    std::vector<std::uint64_t> counts;
    for (const std::string& column : table.columns) {
      const auto it = row.find(column);
      counts.push_back(it == row.end() ? 0 : it->second);
    }
    table.rows.push_back(std::move(counts));
  }
  if (g_test) {
    std::vector<double> cells;
    for (const auto& row : table.rows) {
      for (std::uint64_t n : row) cells.push_back(static_cast<double>(n));
    }
    table.test = stats::GTestOfIndependence(cells, table.rows.size(), table.columns.size());
  }
  return table;
}

}  // namespace

Result<Comparison> Compare(const CorpusStats& corpus, const CompareOptions& options) {
  Comparison out;
  out.by = options.by;
  out.seed = options.seed;
  out.resamples = options.resamples;
  out.level = options.level;
  out.min_count = options.min_count;
  out.prior_size = options.prior_size;
  out.background = options.background != nullptr;
  auto made = MakeGroups(corpus, options, out.notes);
  if (!made.ok()) return std::move(made.error());
  const Grouped& grouped = made.value();
  const std::size_t n_groups = grouped.names.size();
  const std::vector<ArticleStats>& articles = corpus.articles;

  for (std::size_t g = 0; g < n_groups; ++g) {
    GroupSummary s;
    s.name = grouped.names[g];
    s.articles = grouped.members[g].size();
    std::set<std::string> events;
    for (std::size_t i : grouped.members[g]) {
      s.words += articles[i].n_words;
      if (!articles[i].event.empty()) events.insert(articles[i].event);
    }
    s.events = events.size();
    s.descriptive = s.articles < kMinArticlesForInference;
    out.groups.push_back(std::move(s));
  }

  // Per-article rates: every category in the outlet's own voice, then overall.
  const std::size_t k = corpus.categories.size();
  RateMatrix rates(articles.size(), 2 * k);
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const ArticleStats& a = articles[i];
    if (a.categories.size() != k) continue;
    for (std::size_t c = 0; c < k; ++c) {
      rates.at(i, c) = Rate(a.categories[c].own, a.narration_words);
      rates.at(i, k + c) = Rate(a.categories[c].own + a.categories[c].quoted, a.n_words);
    }
  }

  // The contrasts: a and b; or each group against the rest, then every pair.
  struct Plan {
    std::size_t a;
    std::size_t b;  // n_groups = the rest
  };
  std::vector<Plan> plans;
  if (n_groups == 2 && !options.a.empty()) {
    plans.push_back({0, 1});
  } else {
    if (n_groups > 2) {
      for (std::size_t g = 0; g < n_groups; ++g) plans.push_back({g, n_groups});
    }
    for (std::size_t x = 0; x < n_groups && (options.pairs || n_groups == 2); ++x) {
      for (std::size_t y = x + 1; y < n_groups; ++y) plans.push_back({x, y});
    }
  }
  const bool have_terms = !corpus.terms.empty() && corpus.terms_by == options.by;
  if (!have_terms && !corpus.terms.empty()) {
    out.notes.push_back("distinctive words left out: the statistics count words by '" +
                        corpus.terms_by + "', not by '" + options.by +
                        "' (slant score --stats-by " + options.by + ")");
  }
  TermCounts all_terms;
  if (have_terms) {
    for (const std::string& name : grouped.names) {
      const auto it = corpus.terms.find(name);
      if (it != corpus.terms.end()) all_terms.Add(it->second);
    }
  }
  static const TermCounts kNoTerms;
  const auto terms_of = [&](std::size_t g) -> const TermCounts& {
    const auto it = corpus.terms.find(grouped.names[g]);
    return it == corpus.terms.end() ? kNoTerms : it->second;
  };

  RateOptions rate_options;
  rate_options.resamples = options.resamples;
  rate_options.seed = options.seed;
  rate_options.level = options.level;
  rate_options.threads = options.threads;
  for (const Plan& plan : plans) {
    Contrast c;
    c.a = grouped.names[plan.a];
    c.b_is_rest = plan.b == n_groups;
    c.b = c.b_is_rest ? kRest : grouped.names[plan.b];
    std::vector<std::size_t> rows_a = grouped.members[plan.a];
    std::vector<std::size_t> rows_b;
    for (std::size_t g = 0; g < n_groups; ++g) {
      if (g == plan.b || (c.b_is_rest && g != plan.a)) {
        rows_b.insert(rows_b.end(), grouped.members[g].begin(), grouped.members[g].end());
      }
    }
    std::sort(rows_b.begin(), rows_b.end());
    c.n_a = rows_a.size();
    c.n_b = rows_b.size();
    c.descriptive = c.n_a < kMinArticlesForInference || c.n_b < kMinArticlesForInference;
    const RateContrasts rc = ContrastRates(
        rates, rows_a, rows_b, grouped.any_event ? &grouped.cluster : nullptr, rate_options);
    c.units = rc.units;
    std::vector<double> p;
    for (std::size_t col = 0; col < 2 * k; ++col) {
      CategoryContrast cc;
      cc.category = corpus.categories[col % k];
      cc.voice = col < k ? "own" : "all";
      cc.bootstrap = rc.bootstrap[col];
      cc.p = rc.permutation[col].p;
      p.push_back(cc.p);
      c.categories.push_back(std::move(cc));
    }
    const std::vector<double> q = stats::BenjaminiHochberg(p);
    for (std::size_t col = 0; col < c.categories.size(); ++col) c.categories[col].q = q[col];
    RankCategories(c.categories);

    if (have_terms) {
      const TermCounts& ta = terms_of(plan.a);
      // The rest is the whole corpus less group a, counted on the fly.
      const TermCounts& tb = c.b_is_rest ? all_terms : terms_of(plan.b);
      const TermCounts* bg = options.background;
      c.words = ContrastTerms(ta.unigrams, ta.words, tb.unigrams, tb.words,
                              bg != nullptr ? &bg->unigrams : nullptr, options, c.b_is_rest);
      c.phrases = ContrastTerms(ta.bigrams, ta.pairs, tb.bigrams, tb.pairs,
                                bg != nullptr ? &bg->bigrams : nullptr, options, c.b_is_rest);
    }
    out.contrasts.push_back(std::move(c));
  }

  // Naming: variant counts per group, G-tested, for every naming group anyone used.
  std::set<std::string> naming_groups;
  for (const auto& members : grouped.members) {
    for (std::size_t i : members) {
      for (const auto& [group, variants] : articles[i].naming) naming_groups.insert(group);
    }
  }
  for (const std::string& naming_group : naming_groups) {
    std::vector<Counts> rows(n_groups);
    for (std::size_t g = 0; g < n_groups; ++g) {
      for (std::size_t i : grouped.members[g]) {
        const auto it = articles[i].naming.find(naming_group);
        if (it == articles[i].naming.end()) continue;
        for (const auto& [variant, n] : it->second) rows[g][variant] += n;
      }
    }
    out.naming.push_back({naming_group, MakeTable(rows, true)});
  }
  std::stable_sort(out.naming.begin(), out.naming.end(), [](const auto& x, const auto& y) {
    const double gx = std::isnan(x.table.test.g2) ? -1 : x.table.test.g2;
    const double gy = std::isnan(y.table.test.g2) ? -1 : y.table.test.g2;
    return gx > gy;
  });

  // Voices.
  {
    std::vector<Counts> sides(n_groups);
    std::vector<Counts> actors(n_groups);
    std::vector<Counts> verbs(n_groups);
    std::map<std::string, std::vector<Counts>> verbs_by_side;
    for (std::size_t g = 0; g < n_groups; ++g) {
      for (std::size_t i : grouped.members[g]) {
        const ArticleStats& a = articles[i];
        for (const auto& [side, n] : a.quoted_by_side) sides[g][side] += n;
        for (const auto& [actor, n] : a.quoted_by_actor) actors[g][actor] += n;
        if (a.unattributed_quoted > 0) {
          sides[g]["unattributed"] += a.unattributed_quoted;
          actors[g]["unattributed"] += a.unattributed_quoted;
        }
        for (const auto& [verb, n] : a.verbs) verbs[g][verb] += n;
        for (const auto& [side, counts] : a.verbs_by_side) {
          auto& rows = verbs_by_side[side];
          rows.resize(n_groups);
          for (const auto& [verb, n] : counts) rows[g][verb] += n;
        }
      }
    }
    out.voices.by_side = MakeTable(sides, false, "unattributed");
    out.voices.by_actor = MakeTable(actors, false, "unattributed");
    out.voices.verbs = MakeTable(verbs, true);
    for (const auto& [side, rows] : verbs_by_side) {
      out.voices.verbs_by_side[side] = MakeTable(rows, true);
    }
  }

  // Actor portrayal: the most mentioned actors, per group.
  {
    std::map<std::string, std::pair<std::string, std::uint64_t>> mentions;  // id -> side, n
    for (const auto& members : grouped.members) {
      for (std::size_t i : members) {
        for (const ActorStats& s : articles[i].actors) {
          auto& m = mentions[s.id];
          m.first = s.side;
          m.second += s.mentions;
        }
      }
    }
    std::vector<std::pair<std::string, std::uint64_t>> order;
    for (const auto& [id, m] : mentions) order.emplace_back(id, m.second);
    std::stable_sort(order.begin(), order.end(),
                     [](const auto& x, const auto& y) { return x.second > y.second; });
    if (order.size() > options.actors) order.resize(options.actors);
    stats::BootstrapOptions boot;
    boot.resamples = options.resamples;
    boot.seed = options.seed;
    boot.level = options.level;
    // Each (actor, group) is a task of its own: two bootstraps, the slowest part after the
    // categories when there are many articles.
    out.actors.resize(order.size());
    for (std::size_t a = 0; a < order.size(); ++a) {
      ActorResult& actor = out.actors[a];
      actor.id = order[a].first;
      actor.side = mentions[actor.id].first;
      actor.mentions = order[a].second;
      actor.groups.resize(n_groups);
    }
    stats::ParallelFor(
        order.size() * n_groups, options.threads, [&](std::size_t task, std::size_t) {
          const std::size_t g = task % n_groups;
          const std::string& id = out.actors[task / n_groups].id;
          std::vector<double> valence;
          std::vector<double> loaded;
          std::vector<std::int64_t> clusters;
          Portrayal& p = out.actors[task / n_groups].groups[g];
          for (std::size_t i : grouped.members[g]) {
            for (const ActorStats& s : articles[i].actors) {
              if (s.id != id || s.sentences == 0) continue;
              ++p.articles;
              p.mentions += s.mentions;
              valence.push_back(s.valence);
              loaded.push_back(static_cast<double>(s.loaded) / static_cast<double>(s.sentences));
              clusters.push_back(grouped.cluster[i]);
            }
          }
          if (!grouped.any_event) clusters.clear();
          p.valence = stats::BootstrapMean({valence, clusters}, boot);
          p.loaded_rate = stats::BootstrapMean({loaded, clusters}, boot);
        });
  }
  return out;
}

}  // namespace slant::compare
