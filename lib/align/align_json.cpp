#include "align/align_json.h"

#include <cmath>

#include <nlohmann/json.hpp>

namespace slant::align {
namespace {

using Json = nlohmann::ordered_json;

double Round4(double x) { return std::round(x * 1e4) / 1e4; }

Json Cut(const corpus::Article& article, text::Span span) {
  return Json{{"start", span.begin},
              {"end", span.end},
              {"text", article.text.substr(span.begin, span.end - span.begin)}};
}

Json SentenceJson(std::span<const corpus::Article> articles, const AlignResult& result,
                  const SentenceRef& ref) {
  const corpus::Article& article = articles[ref.article];
  const text::Span span = result.articles[ref.article].sentences[ref.sentence];
  return Json{
      {"id", article.id},         {"outlet", article.outlet},
      {"sentence", ref.sentence}, {"start", span.begin},
      {"end", span.end},          {"text", article.text.substr(span.begin, span.end - span.begin)}};
}

Json ClassesJson(const std::vector<DifferenceClass>& classes) {
  Json out = Json::array();
  for (const DifferenceClass c : classes) out.push_back(std::string(DifferenceClassName(c)));
  return out;
}

Json KeysJson(const AlignResult& result, const std::vector<std::uint32_t>& keys) {
  Json out = Json::array();
  for (const std::uint32_t k : keys) out.push_back(result.keys[k]);
  return out;
}

Json EvidenceJson(const ReuseEvidence& e) {
  Json out;
  out["cosine"] = Round4(e.cosine);
  out["event_typical_cosine"] = e.baseline ? Json(Round4(*e.baseline)) : Json(nullptr);
  out["ratio_to_typical"] = e.baseline ? Json(Round4(e.Ratio())) : Json(nullptr);
  out["containment_5gram"] = {{"a_in_b", Round4(e.containment_a)},
                              {"b_in_a", Round4(e.containment_b)}};
  out["sentences"] = {{"a", e.a_sentences}, {"b", e.b_sentences}};
  out["aligned"] = e.aligned;
  out["near_identical"] = e.near_identical;
  out["in_order"] = e.in_order;
  out["order_share"] = Round4(e.OrderShare());
  return out;
}

// Adds the reuse verdict, direction and evidence of `pair` to `out`.
void AddReuse(std::span<const corpus::Article> articles, const PairAlignment& pair, Json& out) {
  const corpus::Article& a = articles[pair.a];
  const corpus::Article& b = articles[pair.b];
  out["strength"] = std::string(ReuseStrengthName(pair.reuse));
  if (pair.earlier) {
    const corpus::Article& first = *pair.earlier < 0 ? a : b;
    const corpus::Article& second = *pair.earlier < 0 ? b : a;
    out["likely_source"] = first.id;
    out["direction"] = "dated " + first.date + ", before " + second.date;
  } else {
    out["likely_source"] = nullptr;
    out["direction"] =
        a.date.empty() || b.date.empty() ? "unknown: a date is missing" : "unknown: same date";
  }
  out["evidence"] = EvidenceJson(pair.evidence);
}

Json PairJson(std::span<const corpus::Article> articles, const AlignResult& result,
              const PairAlignment& pair) {
  const corpus::Article& a = articles[pair.a];
  const corpus::Article& b = articles[pair.b];
  Json out{{"a", a.id},
           {"b", b.id},
           {"outlet_a", a.outlet},
           {"outlet_b", b.outlet},
           {"cosine", Round4(pair.evidence.cosine)},
           {"matching", pair.greedy ? "greedy" : "exact"}};
  Json reuse = Json::object();
  AddReuse(articles, pair, reuse);
  out["reuse"] = std::move(reuse);
  Json aligned = Json::array();
  for (const AlignedSentences& s : pair.aligned) {
    Json item{{"a_sentence", s.a_sentence},
              {"b_sentence", s.b_sentence},
              {"similarity", Round4(s.similarity)}};
    item["a"] = Cut(a, result.articles[pair.a].sentences[s.a_sentence]);
    item["b"] = Cut(b, result.articles[pair.b].sentences[s.b_sentence]);
    Json differences = Json::array();
    for (const Difference& d : s.differences) {
      Json diff{{"op", std::string(DiffOpName(d.run.op))}};
      diff["a"] = Cut(a, d.run.a);
      diff["b"] = Cut(b, d.run.b);
      diff["classes"] = ClassesJson(d.classification.classes);
      diff["categories"] = {{"a", KeysJson(result, d.classification.a_keys)},
                            {"b", KeysJson(result, d.classification.b_keys)}};
      differences.push_back(std::move(diff));
    }
    item["differences"] = std::move(differences);
    aligned.push_back(std::move(item));
  }
  out["aligned"] = std::move(aligned);
  return out;
}

Json EventJson(std::span<const corpus::Article> articles, const AlignResult& result,
               const EventAlignment& event) {
  Json out{{"event", event.event}};
  Json ids = Json::array();
  for (const std::size_t a : event.articles) {
    const corpus::Article& article = articles[a];
    Json item{{"id", article.id}, {"outlet", article.outlet}};
    item["date"] = article.date.empty() ? Json(nullptr) : Json(article.date);
    if (!article.event.empty() && article.event != event.event) item["given_event"] = article.event;
    item["sentences"] = result.articles[a].sentences.size();
    ids.push_back(std::move(item));
  }
  out["articles"] = std::move(ids);
  out["outlets"] = event.outlets;
  if (!event.note.empty()) out["note"] = event.note;
  Json shared = Json::array();
  for (const PairAlignment& pair : event.pairs) {
    if (pair.reuse == ReuseStrength::kNone) continue;
    Json item{{"a", articles[pair.a].id}, {"b", articles[pair.b].id}};
    AddReuse(articles, pair, item);
    shared.push_back(std::move(item));
  }
  out["shared_source"] = std::move(shared);
  Json omissions = Json::array();
  for (const Omission& o : event.omissions) {
    Json item{
        {"outlet", o.outlet}, {"outlets_reporting", o.outlets}, {"salience", Round4(o.salience)}};
    Json by = Json::array();
    for (const SentenceRef& ref : o.reported_by) by.push_back(SentenceJson(articles, result, ref));
    item["reported_by"] = std::move(by);
    omissions.push_back(std::move(item));
  }
  out["omissions"] = std::move(omissions);
  Json exclusives = Json::array();
  for (const Exclusive& x : event.exclusives) {
    Json item = SentenceJson(articles, result, x.sentence);
    item["salience"] = Round4(x.salience);
    exclusives.push_back(std::move(item));
  }
  out["exclusive"] = std::move(exclusives);
  Json pairs = Json::array();
  for (const PairAlignment& pair : event.pairs) pairs.push_back(PairJson(articles, result, pair));
  out["pairs"] = std::move(pairs);
  return out;
}

Json WordingJson(std::span<const corpus::Article> articles, const AlignResult& result,
                 const WordingRow& row) {
  Json out{{"outlet_a", row.outlet_a},
           {"a_writes", row.a_words},
           {"outlet_b", row.outlet_b},
           {"b_writes", row.b_words},
           {"count", row.count}};
  out["classes"] = ClassesJson(row.classes);
  const EventAlignment& event = result.events[row.event];
  const PairAlignment& pair = event.pairs[row.pair];
  const AlignedSentences& s = pair.aligned[row.aligned];
  const Difference& d = s.differences[row.difference];
  SentenceRef ref_a{pair.a, s.a_sentence};
  SentenceRef ref_b{pair.b, s.b_sentence};
  text::Span words_a = d.run.a;
  text::Span words_b = d.run.b;
  if (row.swapped) {
    std::swap(ref_a, ref_b);
    std::swap(words_a, words_b);
  }
  Json example{{"event", event.event}};
  example["a"] = SentenceJson(articles, result, ref_a);
  example["a"]["words"] = Cut(articles[ref_a.article], words_a);
  example["b"] = SentenceJson(articles, result, ref_b);
  example["b"]["words"] = Cut(articles[ref_b.article], words_b);
  out["example"] = std::move(example);
  return out;
}

}  // namespace

std::string AlignJson(std::span<const corpus::Article> articles, const AlignResult& result,
                      const AlignOptions& options) {
  Json out;
  out["slant_align"] = 1;
  out["threshold"] = options.threshold;
  out["events_from"] = options.auto_events ? "text (--auto-events)" : "event field";
  out["notes"] = result.notes;
  Json events = Json::array();
  for (const EventAlignment& event : result.events) {
    events.push_back(EventJson(articles, result, event));
  }
  out["events"] = std::move(events);
  Json wording = Json::array();
  for (const WordingRow& row : result.wording) {
    wording.push_back(WordingJson(articles, result, row));
  }
  out["wording"] = std::move(wording);
  return out.dump(1) + "\n";
}

}  // namespace slant::align
