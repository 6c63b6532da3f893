#include "align/aligner.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

#include "align/assignment.h"
#include "align/events.h"
#include "align/tfidf.h"
#include "text/segmenter.h"

namespace slant::align {
namespace {

// One article, segmented and measured once.
struct Prepared {
  text::SegmentedText segmented;
  std::vector<std::size_t> sentence_first;  // per sentence, its first token; + one past the end
  std::vector<TermBag> sentence_terms;
  TermBag terms;                         // the whole text
  std::vector<std::uint32_t> diff_keys;  // per token: its DiffKey, interned
  std::vector<std::uint64_t> shingles;
  ArticleMarks marks;
};

std::size_t Median(std::vector<double> values, double& out) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  out = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  return n;
}

std::size_t Find(std::vector<std::size_t>& parent, std::size_t x) {
  while (parent[x] != x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}

DifferenceClass Mirror(DifferenceClass c) {
  switch (c) {
    case DifferenceClass::kHedgeAdded:
      return DifferenceClass::kHedgeDropped;
    case DifferenceClass::kHedgeDropped:
      return DifferenceClass::kHedgeAdded;
    case DifferenceClass::kIntensifierAdded:
      return DifferenceClass::kIntensifierDropped;
    case DifferenceClass::kIntensifierDropped:
      return DifferenceClass::kIntensifierAdded;
    default:
      return c;
  }
}

std::string JoinKeys(const Prepared& p, std::size_t first, std::size_t count,
                     const Vocabulary& diff_vocabulary) {
  std::string out;
  for (std::size_t t = first; t < first + count; ++t) {
    if (!out.empty()) out += ' ';
    out += diff_vocabulary.term(p.diff_keys[t]);
  }
  return out;
}

bool HasTerm(const Prepared& p, std::size_t first, std::size_t count) {
  for (std::size_t t = first; t < first + count; ++t) {
    if (!TermOf(p.segmented.tokens[t]).empty()) return true;
  }
  return false;
}

class EventAligner {
 public:
  EventAligner(std::span<const corpus::Article> articles, const std::vector<Prepared>& prepared,
               const DocumentFrequency& corpus_df, std::size_t vocabulary_size,
               const LexiconMarker& marker, const AlignOptions& options)
      : articles_(articles),
        prepared_(prepared),
        corpus_df_(corpus_df),
        vocabulary_size_(vocabulary_size),
        marker_(marker),
        options_(options) {}

  void Align(EventAlignment& event, std::vector<ArticleInfo>& info) const;

 private:
  void AlignPair(std::size_t a, std::size_t b, const SparseRows& a_rows, const SparseRows& b_rows,
                 PairAlignment& pair, Eigen::MatrixXd& cos) const;

  std::span<const corpus::Article> articles_;
  const std::vector<Prepared>& prepared_;
  const DocumentFrequency& corpus_df_;
  std::size_t vocabulary_size_;
  const LexiconMarker& marker_;
  const AlignOptions& options_;
};

void EventAligner::AlignPair(std::size_t a, std::size_t b, const SparseRows& a_rows,
                             const SparseRows& b_rows, PairAlignment& pair,
                             Eigen::MatrixXd& cos) const {
  const Prepared& pa = prepared_[a];
  const Prepared& pb = prepared_[b];
  pair.a = a;
  pair.b = b;
  cos = CosineMatrix(a_rows, b_rows);
  const auto cells = static_cast<std::size_t>(cos.rows()) * static_cast<std::size_t>(cos.cols());
  pair.greedy = cells > kMaxExactCells;
  const std::vector<Match> matches = pair.greedy ? GreedyMatching(cos, options_.threshold)
                                                 : MaxWeightMatching(cos, options_.threshold);
  for (const Match& m : matches) {
    AlignedSentences& aligned = pair.aligned.emplace_back();
    aligned.a_sentence = m.row;
    aligned.b_sentence = m.col;
    aligned.similarity = m.weight;
    const std::size_t a0 = pa.sentence_first[m.row];
    const std::size_t a1 = pa.sentence_first[m.row + 1];
    const std::size_t b0 = pb.sentence_first[m.col];
    const std::size_t b1 = pb.sentence_first[m.col + 1];
    const std::span<const text::Token> a_tokens(pa.segmented.tokens);
    const std::span<const text::Token> b_tokens(pb.segmented.tokens);
    const std::span<const std::uint32_t> a_keys(pa.diff_keys);
    const std::span<const std::uint32_t> b_keys(pb.diff_keys);
    for (DiffRun run : DiffTokens(a_keys.subspan(a0, a1 - a0), a_tokens.subspan(a0, a1 - a0),
                                  b_keys.subspan(b0, b1 - b0), b_tokens.subspan(b0, b1 - b0))) {
      if (run.op == DiffOp::kEqual) continue;
      run.a_first += a0;
      run.b_first += b0;
      Difference& d = aligned.differences.emplace_back();
      d.classification =
          marker_.Classify(pa.marks, run.a_first, run.a_count, pb.marks, run.b_first, run.b_count);
      d.run = run;
    }
    if (m.weight >= options_.reuse.near_identical) ++pair.evidence.near_identical;
  }
  ReuseEvidence& e = pair.evidence;
  e.a_sentences = pa.sentence_terms.size();
  e.b_sentences = pb.sentence_terms.size();
  e.aligned = matches.size();
  e.in_order = OrderKept(matches);
  e.containment_a = Containment(pa.shingles, pb.shingles);
  e.containment_b = Containment(pb.shingles, pa.shingles);
  const std::optional<int> earlier = EarlierOf(articles_[a].date, articles_[b].date);
  pair.earlier = earlier;
}

void EventAligner::Align(EventAlignment& event, std::vector<ArticleInfo>& info) const {
  const std::vector<std::size_t>& members = event.articles;
  std::set<std::string> outlet_set;
  for (const std::size_t a : members) outlet_set.insert(articles_[a].outlet);
  event.outlets.assign(outlet_set.begin(), outlet_set.end());
  if (event.outlets.size() < 2) {
    event.note =
        "only one outlet (" + event.outlets.front() + ") reports this event: " + "nothing to align";
    return;
  }
  for (const std::size_t a : members) info[a].aligned = true;

  // Vectors: idf from the event's articles, smoothed with the corpus (tfidf.h).
  DocumentFrequency event_df;
  for (const std::size_t a : members) event_df.Add(prepared_[a].terms);
  const std::vector<double> idf = EventIdf(event_df, corpus_df_, vocabulary_size_);
  std::vector<const TermBag*> article_bags;
  std::vector<SparseRows> sentence_rows;
  for (const std::size_t a : members) {
    article_bags.push_back(&prepared_[a].terms);
    sentence_rows.push_back(TfIdfRows(prepared_[a].sentence_terms, idf, 1.0));
  }
  const SparseRows article_rows = TfIdfRows(article_bags, idf, 0.0);
  const Eigen::MatrixXd article_cos = CosineMatrix(article_rows, article_rows);

  // Per sentence of the event (member k, sentence s), its best cosine with each outlet.
  const std::size_t n_outlets = event.outlets.size();
  std::vector<std::size_t> outlet_of(members.size());
  std::vector<std::size_t> sentence_base(members.size() + 1, 0);
  for (std::size_t k = 0; k < members.size(); ++k) {
    const std::string& outlet = articles_[members[k]].outlet;
    outlet_of[k] = static_cast<std::size_t>(
        std::lower_bound(event.outlets.begin(), event.outlets.end(), outlet) -
        event.outlets.begin());
    sentence_base[k + 1] = sentence_base[k] + prepared_[members[k]].sentence_terms.size();
  }
  const std::size_t n_sentences = sentence_base.back();
  std::vector<double> best(n_sentences * n_outlets, 0.0);
  std::vector<std::size_t> parent(n_sentences);  // aligned sentences, for grouping omissions
  std::iota(parent.begin(), parent.end(), 0);
  std::vector<std::pair<std::size_t, std::size_t>> links;

  Eigen::MatrixXd cos;
  for (std::size_t i = 0; i < members.size(); ++i) {
    for (std::size_t j = i + 1; j < members.size(); ++j) {
      if (outlet_of[i] == outlet_of[j]) continue;
      PairAlignment& pair = event.pairs.emplace_back();
      AlignPair(members[i], members[j], sentence_rows[i], sentence_rows[j], pair, cos);
      pair.evidence.cosine =
          article_cos(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j));
      for (Eigen::Index r = 0; r < cos.rows(); ++r) {
        double& slot =
            best[(sentence_base[i] + static_cast<std::size_t>(r)) * n_outlets + outlet_of[j]];
        slot = std::max(slot, cos.row(r).size() > 0 ? cos.row(r).maxCoeff() : 0.0);
      }
      for (Eigen::Index c = 0; c < cos.cols(); ++c) {
        double& slot =
            best[(sentence_base[j] + static_cast<std::size_t>(c)) * n_outlets + outlet_of[i]];
        slot = std::max(slot, cos.col(c).size() > 0 ? cos.col(c).maxCoeff() : 0.0);
      }
      for (const AlignedSentences& s : pair.aligned) {
        links.emplace_back(sentence_base[i] + s.a_sentence, sentence_base[j] + s.b_sentence);
      }
    }
  }

  // Exclusives: no counterpart in any other outlet.
  const double t = options_.threshold;
  auto ref_of = [&](std::size_t k, std::size_t s) { return SentenceRef{members[k], s}; };
  for (std::size_t k = 0; k < members.size(); ++k) {
    for (std::size_t s = 0; s < sentence_base[k + 1] - sentence_base[k]; ++s) {
      const std::size_t g = sentence_base[k] + s;
      bool counterpart = false;
      for (std::size_t o = 0; o < n_outlets; ++o) {
        if (o != outlet_of[k] && best[g * n_outlets + o] >= t) counterpart = true;
      }
      if (!counterpart) {
        event.exclusives.push_back({ref_of(k, s), info[members[k]].salience[s]});
      }
    }
  }
  std::stable_sort(event.exclusives.begin(), event.exclusives.end(),
                   [](const Exclusive& x, const Exclusive& y) { return x.salience > y.salience; });

  // Omissions per outlet: other outlets' sentences without a counterpart in it, grouped when
  // aligned with each other.
  const std::size_t min_outlets = std::min<std::size_t>(2, n_outlets - 1);
  std::vector<std::size_t> member_of(n_sentences);
  for (std::size_t k = 0; k < members.size(); ++k) {
    for (std::size_t g = sentence_base[k]; g < sentence_base[k + 1]; ++g) member_of[g] = k;
  }
  for (std::size_t o = 0; o < n_outlets; ++o) {
    auto missing = [&](std::size_t g) {
      return outlet_of[member_of[g]] != o && best[g * n_outlets + o] < t;
    };
    std::iota(parent.begin(), parent.end(), 0);
    for (const auto& [x, y] : links) {
      if (!missing(x) || !missing(y)) continue;
      const std::size_t rx = Find(parent, x);
      const std::size_t ry = Find(parent, y);
      if (rx != ry) parent[std::max(rx, ry)] = std::min(rx, ry);
    }
    std::map<std::size_t, std::vector<std::size_t>> groups;  // root -> sentences, ascending
    for (std::size_t g = 0; g < n_sentences; ++g) {
      if (missing(g)) groups[Find(parent, g)].push_back(g);
    }
    std::vector<Omission> omissions;
    for (const auto& [root, sentences] : groups) {
      Omission omission;
      omission.outlet = event.outlets[o];
      std::set<std::size_t> reporting;
      for (const std::size_t g : sentences) {
        const std::size_t k = member_of[g];
        const std::size_t s = g - sentence_base[k];
        omission.reported_by.push_back(ref_of(k, s));
        reporting.insert(outlet_of[k]);
        omission.salience = std::max(omission.salience, info[members[k]].salience[s]);
      }
      omission.outlets = reporting.size();
      if (omission.outlets >= min_outlets) omissions.push_back(std::move(omission));
    }
    // Groups are in order of their first sentence (input order); rank stably.
    std::stable_sort(omissions.begin(), omissions.end(), [](const Omission& x, const Omission& y) {
      return std::tie(y.outlets, y.salience) < std::tie(x.outlets, x.salience);
    });
    for (Omission& omission : omissions) event.omissions.push_back(std::move(omission));
  }
}

}  // namespace

double Salience(std::size_t index, std::size_t sentences, std::size_t actors, std::size_t words) {
  const double position =
      sentences == 0 ? 0 : 1.0 - static_cast<double>(index) / static_cast<double>(sentences);
  return 0.5 * position + 0.3 * static_cast<double>(std::min<std::size_t>(actors, 3)) / 3 +
         0.2 * static_cast<double>(std::min<std::size_t>(words, 30)) / 30;
}

Aligner::Aligner(const std::vector<lexicon::Lexicon>& lexicons) : marker_(lexicons) {}

Result<AlignResult> Aligner::Align(std::span<const corpus::Article> articles,
                                   const AlignOptions& options) const {
  AlignResult result;
  result.keys = marker_.keys();
  result.articles.resize(articles.size());

  // Segment and measure every article once.
  text::Segmenter segmenter;
  Vocabulary terms;
  Vocabulary diff_vocabulary;
  DocumentFrequency corpus_df;
  std::vector<Prepared> prepared(articles.size());
  std::vector<EventDocument> event_documents;
  for (std::size_t a = 0; a < articles.size(); ++a) {
    auto segmented = segmenter.Segment(articles[a].text);
    if (!segmented.ok()) {
      Error error = std::move(segmented.error());
      if (error.source().empty()) error.InFile(articles[a].source, articles[a].line);
      return error;
    }
    // Only articles that can be in an event are held to the cap.
    const bool aligned = options.auto_events || !articles[a].event.empty();
    if (const std::size_t n = segmented.value().sentences.size();
        aligned && n > options.max_sentences) {
      return Error(ErrorCode::kTooLarge, "article '" + articles[a].id + "' has " +
                                             std::to_string(n) + " sentences, over the " +
                                             std::to_string(options.max_sentences) +
                                             "-sentence cap for alignment (--max-sentences)")
          .InFile(articles[a].source, articles[a].line);
    }
    Prepared& p = prepared[a];
    p.segmented = std::move(segmented).value();
    const std::vector<text::Token>& tokens = p.segmented.tokens;
    const std::size_t n_sentences = p.segmented.sentences.size();
    p.sentence_terms.resize(n_sentences);
    p.sentence_first.assign(n_sentences + 1, tokens.size());
    std::vector<std::size_t> words(n_sentences, 0);
    for (std::size_t t = tokens.size(); t-- > 0;) p.sentence_first[tokens[t].sentence] = t;
    p.diff_keys.reserve(tokens.size());
    for (const text::Token& token : tokens) {
      p.diff_keys.push_back(diff_vocabulary.Intern(DiffKey(token)));
      if (token.kind == text::TokenKind::kWord) ++words[token.sentence];
      const std::string_view term = TermOf(token);
      if (term.empty()) continue;
      const std::uint32_t id = terms.Intern(term);
      p.sentence_terms[token.sentence].push_back(id);
      p.terms.push_back(id);
    }
    corpus_df.Add(p.terms);
    p.shingles = WordShingles(tokens);
    p.marks = marker_.Mark(tokens);

    ArticleInfo& info = result.articles[a];
    info.sentences = p.segmented.sentences;
    std::vector<std::set<std::size_t>> actors(n_sentences);
    for (const score::ActorMatcher::Mention& m : p.marks.actors) {
      actors[tokens[m.first_token].sentence].insert(m.index);
    }
    for (std::size_t s = 0; s < n_sentences; ++s) {
      info.salience.push_back(Salience(s, n_sentences, actors[s].size(), words[s]));
    }
    if (options.auto_events) {
      EventDocument& d = event_documents.emplace_back();
      d.date = articles[a].date;
      d.outlet = articles[a].outlet;
      for (std::size_t s = 0; s < n_sentences; ++s) {
        TermBag& into = s < 2 ? d.lede : d.body;
        into.insert(into.end(), p.sentence_terms[s].begin(), p.sentence_terms[s].end());
      }
      auto title = segmenter.Segment(articles[a].title);
      if (title.ok()) {
        for (const text::Token& token : title.value().tokens) {
          const std::string_view term = TermOf(token);
          if (!term.empty()) d.title.push_back(terms.Intern(term));
        }
      }
    }
  }

  // Events, in order of their first article.
  std::vector<std::size_t> event_of(articles.size(), articles.size());
  if (options.auto_events) {
    event_of = ClusterEvents(event_documents, terms.size(), options.event_threshold,
                             options.event_window_days);
    std::size_t events = 0;
    for (const std::size_t e : event_of) events = std::max(events, e + 1);
    result.events.resize(events);
    for (std::size_t e = 0; e < events; ++e)
      result.events[e].event = "auto-" + std::to_string(e + 1);
  } else {
    std::map<std::string, std::size_t> index;
    std::size_t without = 0;
    for (std::size_t a = 0; a < articles.size(); ++a) {
      if (articles[a].event.empty()) {
        ++without;
        continue;
      }
      auto [it, added] = index.try_emplace(articles[a].event, result.events.size());
      if (added) result.events.emplace_back().event = articles[a].event;
      event_of[a] = it->second;
    }
    if (without > 0) {
      result.notes.push_back(std::to_string(without) + " of " + std::to_string(articles.size()) +
                             " articles have no event id and were not aligned (--auto-events "
                             "groups articles into events by their text)");
    }
  }
  for (std::size_t a = 0; a < articles.size(); ++a) {
    if (event_of[a] < result.events.size()) result.events[event_of[a]].articles.push_back(a);
  }

  const EventAligner aligner(articles, prepared, corpus_df, terms.size(), marker_, options);
  for (EventAlignment& event : result.events) aligner.Align(event, result.articles);

  // Reuse: each pair against its event's typical pair (or, in small events, every event's).
  std::vector<double> all_cosines;
  for (const EventAlignment& event : result.events) {
    for (const PairAlignment& pair : event.pairs) all_cosines.push_back(pair.evidence.cosine);
  }
  double corpus_baseline = 0;
  const bool corpus_has_baseline = Median(all_cosines, corpus_baseline) >= kMinBaselinePairs;
  for (EventAlignment& event : result.events) {
    std::vector<double> cosines;
    for (const PairAlignment& pair : event.pairs) cosines.push_back(pair.evidence.cosine);
    double baseline = 0;
    std::optional<double> chosen;
    if (Median(cosines, baseline) >= kMinBaselinePairs) {
      chosen = baseline;
    } else if (corpus_has_baseline) {
      chosen = corpus_baseline;
    }
    for (PairAlignment& pair : event.pairs) {
      pair.evidence.baseline = chosen;
      pair.reuse = JudgeReuse(pair.evidence, options.reuse);
    }
  }
  if (!corpus_has_baseline && !all_cosines.empty()) {
    result.notes.push_back("fewer than " + std::to_string(kMinBaselinePairs) +
                           " article pairs in all: no typical pair to compare with, so "
                           "rewrites (as opposed to copies) cannot be told");
  }

  // The wording table.
  std::map<std::tuple<std::string, std::string, std::string, std::string>, std::size_t> rows;
  for (std::size_t e = 0; e < result.events.size(); ++e) {
    const EventAlignment& event = result.events[e];
    for (std::size_t p = 0; p < event.pairs.size(); ++p) {
      const PairAlignment& pair = event.pairs[p];
      for (std::size_t s = 0; s < pair.aligned.size(); ++s) {
        const AlignedSentences& aligned = pair.aligned[s];
        for (std::size_t d = 0; d < aligned.differences.size(); ++d) {
          const Difference& diff = aligned.differences[d];
          const DiffRun& run = diff.run;
          if (run.a_count > kMaxTableTokens || run.b_count > kMaxTableTokens) continue;
          if (run.op != DiffOp::kSubstitute && diff.classification.classes.empty()) continue;
          if (!HasTerm(prepared[pair.a], run.a_first, run.a_count) &&
              !HasTerm(prepared[pair.b], run.b_first, run.b_count)) {
            continue;  // only punctuation and stop words ("a" for "the")
          }
          std::string outlet_a = articles[pair.a].outlet;
          std::string outlet_b = articles[pair.b].outlet;
          std::string a_words =
              JoinKeys(prepared[pair.a], run.a_first, run.a_count, diff_vocabulary);
          std::string b_words =
              JoinKeys(prepared[pair.b], run.b_first, run.b_count, diff_vocabulary);
          const bool swapped = outlet_b < outlet_a;
          std::vector<DifferenceClass> classes = diff.classification.classes;
          if (swapped) {
            std::swap(outlet_a, outlet_b);
            std::swap(a_words, b_words);
            for (DifferenceClass& c : classes) c = Mirror(c);
          }
          auto [it, added] =
              rows.try_emplace({outlet_a, a_words, outlet_b, b_words}, result.wording.size());
          if (added) {
            WordingRow& row = result.wording.emplace_back();
            row.outlet_a = outlet_a;
            row.a_words = a_words;
            row.outlet_b = outlet_b;
            row.b_words = b_words;
            row.event = e;
            row.pair = p;
            row.aligned = s;
            row.difference = d;
            row.swapped = swapped;
          }
          WordingRow& row = result.wording[it->second];
          ++row.count;
          for (const DifferenceClass c : classes) {
            if (std::find(row.classes.begin(), row.classes.end(), c) == row.classes.end()) {
              row.classes.push_back(c);
            }
          }
        }
      }
    }
  }
  for (WordingRow& row : result.wording) std::sort(row.classes.begin(), row.classes.end());
  std::stable_sort(
      result.wording.begin(), result.wording.end(), [](const WordingRow& x, const WordingRow& y) {
        const bool x_classified = !x.classes.empty();
        const bool y_classified = !y.classes.empty();
        return std::tie(y.count, y_classified, x.outlet_a, x.outlet_b, x.a_words, x.b_words) <
               std::tie(x.count, x_classified, y.outlet_a, y.outlet_b, y.a_words, y.b_words);
      });
  return result;
}

}  // namespace slant::align
