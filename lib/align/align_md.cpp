#include "align/align_md.h"

#include "core/markdown.h"

namespace slant::align {
namespace {

std::string Fixed(double x, int decimals = 2) { return FixedNumber(x, decimals); }

std::string Percent(double share) { return Fixed(100 * share, 0) + "%"; }

std::string ClassText(DifferenceClass c) {
  switch (c) {
    case DifferenceClass::kLabelChange:
      return "label";
    case DifferenceClass::kReportingVerbChange:
      return "reporting verb";
    case DifferenceClass::kHedgeAdded:
      return "hedge added";
    case DifferenceClass::kHedgeDropped:
      return "hedge dropped";
    case DifferenceClass::kNamingChange:
      return "naming";
    case DifferenceClass::kIntensifierAdded:
      return "intensifier added";
    case DifferenceClass::kIntensifierDropped:
      return "intensifier dropped";
  }
  return "";
}

std::string Classes(const std::vector<DifferenceClass>& classes) {
  std::string out;
  for (const DifferenceClass c : classes) out += (out.empty() ? "" : ", ") + ClassText(c);
  return out;
}

std::string_view Cut(const corpus::Article& article, text::Span span) {
  return std::string_view(article.text).substr(span.begin, span.end - span.begin);
}

// A sentence with the given spans (in order, inside it) in bold.
std::string Marked(const corpus::Article& article, text::Span sentence,
                   const std::vector<text::Span>& marks) {
  std::string out;
  std::size_t at = sentence.begin;
  for (const text::Span& m : marks) {
    if (m.begin == m.end || m.begin < at) continue;
    out += EscapeMarkdown(Cut(article, {at, m.begin}));
    out += StrongMarkdown(Cut(article, m));
    at = m.end;
  }
  out += EscapeMarkdown(Cut(article, {at, sentence.end}));
  return out;
}

std::string Quoted(std::span<const corpus::Article> articles, const AlignResult& result,
                   const SentenceRef& ref) {
  const corpus::Article& a = articles[ref.article];
  return "“" + EscapeMarkdown(Cut(a, result.articles[ref.article].sentences[ref.sentence])) +
         "” (" + EscapeMarkdown(a.outlet) + ", sentence " + std::to_string(ref.sentence + 1) + ")";
}

}  // namespace

void SharedSourcesMarkdown(std::span<const corpus::Article> articles, const EventAlignment& event,
                           std::string& out) {
  bool any = false;
  for (const PairAlignment& p : event.pairs) {
    if (p.reuse == ReuseStrength::kNone) continue;
    if (!any) {
      out +=
          "**Shared source**\n\n| articles | strength | evidence | likely source |\n"
          "|---|---|---|---|\n";
      any = true;
    }
    const ReuseEvidence& e = p.evidence;
    const corpus::Article& a = articles[p.a];
    const corpus::Article& b = articles[p.b];
    out += "| " + EscapeMarkdown(a.id) + " ↔ " + EscapeMarkdown(b.id) + " | " +
           std::string(ReuseStrengthName(p.reuse)) + " | cosine " + Fixed(e.cosine);
    if (e.baseline) {
      out += " (" + Fixed(e.Ratio(), 1) + "× the event's typical " + Fixed(*e.baseline) + ")";
    }
    out += "; word 5-grams shared: " + Percent(e.containment_a) + " of a's, " +
           Percent(e.containment_b) + " of b's; " + std::to_string(e.aligned) +
           " sentences aligned, " + std::to_string(e.in_order) + " in order, " +
           std::to_string(e.near_identical) + " near-identical | ";
    if (p.earlier) {
      const corpus::Article& first = *p.earlier < 0 ? a : b;
      const corpus::Article& second = *p.earlier < 0 ? b : a;
      out += EscapeMarkdown(first.id) + " (" + EscapeMarkdown(first.date) + ", before " +
             EscapeMarkdown(second.date) + ")";
    } else {
      out += "unknown (" + std::string(a.date.empty() || b.date.empty() ? "no date" : "same date") +
             ")";
    }
    out += " |\n";
  }
  if (any) out += "\n";
}

void OmissionsMarkdown(std::span<const corpus::Article> articles, const AlignResult& result,
                       const EventAlignment& event, std::string& out) {
  if (event.omissions.empty()) return;
  out +=
      "**Left out**: facts other outlets report, with no counterpart in this outlet "
      "(most outlets and salience first; at most " +
      std::to_string(kMdOmissionsPerOutlet) + " per outlet)\n\n";
  std::string outlet;
  std::size_t shown = 0;
  for (const Omission& o : event.omissions) {
    if (o.outlet != outlet) {
      outlet = o.outlet;
      shown = 0;
    }
    if (shown++ >= kMdOmissionsPerOutlet) continue;
    out += "- **" + EscapeMarkdown(o.outlet) + "** leaves out (" + std::to_string(o.outlets) +
           (o.outlets == 1 ? " outlet reports it): " : " outlets report it): ");
    for (std::size_t i = 0; i < o.reported_by.size(); ++i) {
      out += (i == 0 ? "" : "; ") + Quoted(articles, result, o.reported_by[i]);
    }
    out += "\n";
  }
  out += "\n";
}

namespace {

void Exclusives(std::span<const corpus::Article> articles, const AlignResult& result,
                const EventAlignment& event, std::string& out) {
  if (event.exclusives.empty()) return;
  out +=
      "**Only one outlet**: sentences with no counterpart in any other outlet (highest "
      "salience first; " +
      std::to_string(std::min(kMdExclusivesPerEvent, event.exclusives.size())) + " of " +
      std::to_string(event.exclusives.size()) + ")\n\n";
  for (std::size_t i = 0; i < event.exclusives.size() && i < kMdExclusivesPerEvent; ++i) {
    out += "- " + Quoted(articles, result, event.exclusives[i].sentence) + ", salience " +
           Fixed(event.exclusives[i].salience) + "\n";
  }
  out += "\n";
}

}  // namespace

void PairMarkdown(std::span<const corpus::Article> articles, const AlignResult& result,
                  const PairAlignment& p, std::string& out) {
  const corpus::Article& a = articles[p.a];
  const corpus::Article& b = articles[p.b];
  out += "#### " + EscapeMarkdown(a.outlet) + " ↔ " + EscapeMarkdown(b.outlet) + "\n\n";
  out += EscapeMarkdown(a.id) + " and " + EscapeMarkdown(b.id) + ": article cosine " +
         Fixed(p.evidence.cosine) + ", " + std::to_string(p.aligned.size()) +
         " sentence pairs aligned" + (p.greedy ? " (greedily: too many sentences)" : "") + ".\n\n";
  if (p.aligned.empty()) return;
  out += "| " + EscapeMarkdown(a.outlet) + " | " + EscapeMarkdown(b.outlet) +
         " | cosine | differences |\n|---|---|---|---|\n";
  for (const AlignedSentences& s : p.aligned) {
    std::vector<text::Span> a_marks;
    std::vector<text::Span> b_marks;
    std::string what;
    for (const Difference& d : s.differences) {
      a_marks.push_back(d.run.a);
      b_marks.push_back(d.run.b);
      if (d.classification.classes.empty()) continue;
      what += (what.empty() ? "" : "; ") + Classes(d.classification.classes) + ": " +
              (d.run.a_count == 0 ? "—" : "*" + EscapeMarkdown(Cut(a, d.run.a)) + "*") + " → " +
              (d.run.b_count == 0 ? "—" : "*" + EscapeMarkdown(Cut(b, d.run.b)) + "*");
    }
    if (s.differences.empty()) what = "same words";
    out += "| " + Marked(a, result.articles[p.a].sentences[s.a_sentence], a_marks) + " | " +
           Marked(b, result.articles[p.b].sentences[s.b_sentence], b_marks) + " | " +
           Fixed(s.similarity) + " | " + what + " |\n";
  }
  out += "\n";
}

void WordingMarkdown(std::span<const corpus::Article> articles, const AlignResult& result,
                     std::string& out) {
  std::size_t shown = 0;
  std::size_t eligible = 0;
  std::string rows;
  for (const WordingRow& row : result.wording) {
    if (row.classes.empty() && row.count < 2) continue;
    if (++eligible > kMdWordingRows) continue;
    ++shown;
    const EventAlignment& event = result.events[row.event];
    const PairAlignment& pair = event.pairs[row.pair];
    const AlignedSentences& s = pair.aligned[row.aligned];
    const std::size_t example = row.swapped ? pair.b : pair.a;
    const std::size_t sentence = row.swapped ? s.b_sentence : s.a_sentence;
    rows += "| " + EscapeMarkdown(row.outlet_a) + " | " +
            (row.a_words.empty() ? "—" : EscapeMarkdown(row.a_words)) + " | " +
            EscapeMarkdown(row.outlet_b) + " | " +
            (row.b_words.empty() ? "—" : EscapeMarkdown(row.b_words)) + " | " +
            std::to_string(row.count) + " | " + Classes(row.classes) + " | " +
            Quoted(articles, result, {example, sentence}) + " |\n";
  }
  if (shown == 0) {
    out += "No classified difference, and none seen twice.\n";
    return;
  }
  out +=
      "Where one outlet writes X, the other writes Y, in aligned sentences (words in "
      "matching form; — is nothing). Classified differences and those seen more than once: " +
      std::to_string(shown) + " of " + std::to_string(eligible) + " shown, " +
      std::to_string(result.wording.size()) + " in all in the JSON.\n\n";
  out +=
      "| outlet A | writes | outlet B | writes | times | what | example (A) |\n"
      "|---|---|---|---|---|---|---|\n";
  out += rows;
}

std::string AlignMarkdown(std::span<const corpus::Article> articles, const AlignResult& result,
                          const AlignOptions& options) {
  std::string out = "## Alignment\n\n";
  out += std::to_string(result.events.size()) + " events (from " +
         (options.auto_events ? std::string("their text, --auto-events")
                              : std::string("the event field")) +
         "). Two sentences of different outlets align when their TF-IDF cosine is at least " +
         Fixed(options.threshold) +
         " and the one-to-one matching of the two articles pairs them; differing words are in "
         "bold.\n\n";
  for (const std::string& note : result.notes) out += "- Note: " + EscapeMarkdown(note) + "\n";
  if (!result.notes.empty()) out += "\n";
  for (const EventAlignment& event : result.events) {
    out += "### Event " + EscapeMarkdown(event.event) + "\n\n";
    out += std::to_string(event.articles.size()) + " articles: ";
    for (std::size_t i = 0; i < event.articles.size(); ++i) {
      const corpus::Article& a = articles[event.articles[i]];
      out += (i == 0 ? "" : ", ") + EscapeMarkdown(a.id) + " (" + EscapeMarkdown(a.outlet) +
             (a.date.empty() ? "" : ", " + EscapeMarkdown(a.date)) + ")";
    }
    out += ".\n\n";
    if (!event.note.empty()) {
      out += "Note: " + EscapeMarkdown(event.note) + ".\n\n";
      continue;
    }
    SharedSourcesMarkdown(articles, event, out);
    OmissionsMarkdown(articles, result, event, out);
    Exclusives(articles, result, event, out);
    for (const PairAlignment& p : event.pairs) PairMarkdown(articles, result, p, out);
  }
  out += "### Wording across events\n\n";
  WordingMarkdown(articles, result, out);
  return out;
}

}  // namespace slant::align
