#include "align/align_json.h"

#include <cmath>

#include "core/json_writer.h"

namespace slant::align {
namespace {

double Round4(double x) { return std::round(x * 1e4) / 1e4; }

std::string_view Cut(const corpus::Article& article, text::Span span) {
  return std::string_view(article.text).substr(span.begin, span.end - span.begin);
}

// "start", "end" and "text" of a span, inside an object being written.
void SpanFields(JsonWriter& w, const corpus::Article& article, text::Span span) {
  w.Field("start", span.begin).Field("end", span.end).Field("text", Cut(article, span));
}

void Span(JsonWriter& w, std::string_view key, const corpus::Article& article, text::Span span) {
  w.Key(key).BeginObject();
  SpanFields(w, article, span);
  w.EndObject();
}

// The fields of a sentence reference, inside an object being written.
void SentenceFields(JsonWriter& w, std::span<const corpus::Article> articles,
                    const AlignResult& result, const SentenceRef& ref) {
  const corpus::Article& article = articles[ref.article];
  w.Field("id", article.id).Field("outlet", article.outlet).Field("sentence", ref.sentence);
  SpanFields(w, article, result.articles[ref.article].sentences[ref.sentence]);
}

void Classes(JsonWriter& w, const std::vector<DifferenceClass>& classes) {
  w.Key("classes").BeginArray();
  for (const DifferenceClass c : classes) w.String(DifferenceClassName(c));
  w.EndArray();
}

void Keys(JsonWriter& w, std::string_view key, const AlignResult& result,
          const std::vector<std::uint32_t>& keys) {
  w.Key(key).BeginArray();
  for (const std::uint32_t k : keys) w.String(result.keys[k]);
  w.EndArray();
}

void NumberOrNull(JsonWriter& w, std::string_view key, std::optional<double> value) {
  w.Key(key);
  if (value) {
    w.Number(Round4(*value));
  } else {
    w.Null();
  }
}

void Evidence(JsonWriter& w, const ReuseEvidence& e) {
  w.Key("evidence").BeginObject();
  w.Field("cosine", Round4(e.cosine));
  NumberOrNull(w, "event_typical_cosine", e.baseline);
  NumberOrNull(w, "ratio_to_typical", e.baseline ? std::optional<double>(e.Ratio()) : std::nullopt);
  w.Key("containment_5gram").BeginObject();
  w.Field("a_in_b", Round4(e.containment_a)).Field("b_in_a", Round4(e.containment_b));
  w.EndObject();
  w.Key("sentences").BeginObject().Field("a", e.a_sentences).Field("b", e.b_sentences);
  w.EndObject();
  w.Field("aligned", e.aligned)
      .Field("near_identical", e.near_identical)
      .Field("in_order", e.in_order)
      .Field("order_share", Round4(e.OrderShare()));
  w.EndObject();
}

// The reuse verdict, direction and evidence of `pair`, inside an object being written.
void ReuseFields(JsonWriter& w, std::span<const corpus::Article> articles,
                 const PairAlignment& pair) {
  const corpus::Article& a = articles[pair.a];
  const corpus::Article& b = articles[pair.b];
  w.Field("strength", ReuseStrengthName(pair.reuse));
  if (pair.earlier) {
    const corpus::Article& first = *pair.earlier < 0 ? a : b;
    const corpus::Article& second = *pair.earlier < 0 ? b : a;
    w.Field("likely_source", first.id);
    w.Field("direction", "dated " + first.date + ", before " + second.date);
  } else {
    w.Key("likely_source").Null();
    w.Field("direction",
            a.date.empty() || b.date.empty() ? "unknown: a date is missing" : "unknown: same date");
  }
  Evidence(w, pair.evidence);
}

void Pair(JsonWriter& w, std::span<const corpus::Article> articles, const AlignResult& result,
          const PairAlignment& pair) {
  const corpus::Article& a = articles[pair.a];
  const corpus::Article& b = articles[pair.b];
  w.BeginObject();
  w.Field("a", a.id)
      .Field("b", b.id)
      .Field("outlet_a", a.outlet)
      .Field("outlet_b", b.outlet)
      .Field("cosine", Round4(pair.evidence.cosine))
      .Field("matching", pair.greedy ? "greedy" : "exact");
  w.Key("reuse").BeginObject();
  ReuseFields(w, articles, pair);
  w.EndObject();
  w.Key("aligned").BeginArray();
  for (const AlignedSentences& s : pair.aligned) {
    w.BeginObject();
    w.Field("a_sentence", s.a_sentence)
        .Field("b_sentence", s.b_sentence)
        .Field("similarity", Round4(s.similarity));
    Span(w, "a", a, result.articles[pair.a].sentences[s.a_sentence]);
    Span(w, "b", b, result.articles[pair.b].sentences[s.b_sentence]);
    w.Key("differences").BeginArray();
    for (const Difference& d : s.differences) {
      w.BeginObject();
      w.Field("op", DiffOpName(d.run.op));
      Span(w, "a", a, d.run.a);
      Span(w, "b", b, d.run.b);
      Classes(w, d.classification.classes);
      w.Key("categories").BeginObject();
      Keys(w, "a", result, d.classification.a_keys);
      Keys(w, "b", result, d.classification.b_keys);
      w.EndObject();
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

void Event(JsonWriter& w, std::span<const corpus::Article> articles, const AlignResult& result,
           const EventAlignment& event) {
  w.BeginObject();
  w.Field("event", event.event);
  w.Key("articles").BeginArray();
  for (const std::size_t i : event.articles) {
    const corpus::Article& article = articles[i];
    w.BeginObject();
    w.Field("id", article.id).Field("outlet", article.outlet);
    w.Key("date").StringOrNull(article.date);
    if (!article.event.empty() && article.event != event.event) {
      w.Field("given_event", article.event);
    }
    w.Field("sentences", result.articles[i].sentences.size());
    w.EndObject();
  }
  w.EndArray();
  w.Key("outlets").BeginArray();
  for (const std::string& outlet : event.outlets) w.String(outlet);
  w.EndArray();
  if (!event.note.empty()) w.Field("note", event.note);
  w.Key("shared_source").BeginArray();
  for (const PairAlignment& pair : event.pairs) {
    if (pair.reuse == ReuseStrength::kNone) continue;
    w.BeginObject();
    w.Field("a", articles[pair.a].id).Field("b", articles[pair.b].id);
    ReuseFields(w, articles, pair);
    w.EndObject();
  }
  w.EndArray();
  w.Key("omissions").BeginArray();
  for (const Omission& o : event.omissions) {
    w.BeginObject();
    w.Field("outlet", o.outlet)
        .Field("outlets_reporting", o.outlets)
        .Field("salience", Round4(o.salience));
    w.Key("reported_by").BeginArray();
    for (const SentenceRef& ref : o.reported_by) {
      w.BeginObject();
      SentenceFields(w, articles, result, ref);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("exclusive").BeginArray();
  for (const Exclusive& x : event.exclusives) {
    w.BeginObject();
    SentenceFields(w, articles, result, x.sentence);
    w.Field("salience", Round4(x.salience));
    w.EndObject();
  }
  w.EndArray();
  w.Key("pairs").BeginArray();
  for (const PairAlignment& pair : event.pairs) Pair(w, articles, result, pair);
  w.EndArray();
  w.EndObject();
}

void Wording(JsonWriter& w, std::span<const corpus::Article> articles, const AlignResult& result,
             const WordingRow& row) {
  w.BeginObject();
  w.Field("outlet_a", row.outlet_a)
      .Field("a_writes", row.a_words)
      .Field("outlet_b", row.outlet_b)
      .Field("b_writes", row.b_words)
      .Field("count", row.count);
  Classes(w, row.classes);
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
  w.Key("example").BeginObject();
  w.Field("event", event.event);
  w.Key("a").BeginObject();
  SentenceFields(w, articles, result, ref_a);
  Span(w, "words", articles[ref_a.article], words_a);
  w.EndObject();
  w.Key("b").BeginObject();
  SentenceFields(w, articles, result, ref_b);
  Span(w, "words", articles[ref_b.article], words_b);
  w.EndObject();
  w.EndObject();
  w.EndObject();
}

}  // namespace

std::string AlignJson(std::span<const corpus::Article> articles, const AlignResult& result,
                      const AlignOptions& options) {
  std::string out;
  JsonWriter w(out);
  w.BeginObject();
  w.Field("slant_align", 1);
  w.Field("threshold", options.threshold);
  w.Field("events_from", options.auto_events ? "text (--auto-events)" : "event field");
  w.Key("notes").BeginArray();
  for (const std::string& note : result.notes) w.String(note);
  w.EndArray();
  w.Key("events").BeginArray();
  for (const EventAlignment& event : result.events) Event(w, articles, result, event);
  w.EndArray();
  w.Key("wording").BeginArray();
  for (const WordingRow& row : result.wording) Wording(w, articles, result, row);
  w.EndArray();
  w.EndObject();
  out += "\n";
  return out;
}

}  // namespace slant::align
