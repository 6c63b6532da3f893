#include "score/score_json.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <string_view>
#include <utility>
#include <vector>

#include "core/json_writer.h"

namespace slant::score {
namespace {

double Round4(double x) { return std::round(x * 1e4) / 1e4; }

double Per1k(std::size_t count, std::size_t words) {
  return words == 0 ? 0.0
                    : Round4(1000.0 * static_cast<double>(count) / static_cast<double>(words));
}

void WriteValence(JsonWriter& json, const Valence& v) {
  json.BeginObject()
      .Field("compound", Round4(v.compound))
      .Field("pos", Round4(v.pos))
      .Field("neu", Round4(v.neu))
      .Field("neg", Round4(v.neg))
      .EndObject();
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Number(double x) {
  std::ostringstream out;
  out << Round4(x);
  return out.str();
}

}  // namespace

std::string ScoreRecord(const corpus::Article& article, const ArticleScore& score,
                        const RecordOptions& options) {
  std::string out;
  out.reserve(4096);
  JsonWriter json(out);
  json.BeginObject().Field("id", article.id).Field("outlet", article.outlet);
  json.Field("event", article.event);
  if (!article.date.empty()) json.Field("date", article.date);
  json.Field("n_tokens", score.n_tokens)
      .Field("n_words", score.n_words)
      .Field("n_sentences", score.n_sentences);
  json.Key("categories").BeginObject();
  for (const auto& [key, c] : score.categories) {
    json.Key(key)
        .BeginObject()
        .Field("count", c.count)
        .Field("per_1k", Per1k(c.count, score.n_words))
        .Field("own", c.own)
        .Field("quoted", c.quoted)
        .EndObject();
  }
  json.EndObject().Key("valence");
  WriteValence(json, score.valence);
  json.Key("quotes").BeginArray();
  for (const Attribution& q : score.quotes) {
    json.BeginObject()
        .Field("start", q.begin)
        .Field("end", q.end)
        .Field("words", q.words)
        .Key("speaker")
        .StringOrNull(q.speaker);
    if (!q.resolved.empty()) json.Field("refers_to", q.resolved);
    json.Key("actor").StringOrNull(q.actor_id);
    json.Key("verb").StringOrNull(q.verb);
    json.Key("verb_class").StringOrNull(q.verb_class);
    if (q.scare) json.Field("scare", true);
    if (q.continued) json.Field("continued", true);
    json.EndObject();
  }
  json.EndArray();
  json.Key("voices").BeginObject().Key("quoted_words_by_actor").BeginObject();
  for (const auto& [id, words] : score.words_by_actor) json.Field(id, words);
  json.EndObject().Key("quoted_words_by_side").BeginObject();
  for (const auto& [side, words] : score.words_by_side) json.Field(side, words);
  json.EndObject().Field("unattributed_quoted_words", score.unattributed_words);
  json.Key("paraphrases").BeginArray();
  for (const Paraphrase& p : score.paraphrases) {
    json.BeginObject().Field("sentence", p.sentence).Key("speaker").StringOrNull(p.speaker);
    json.Key("actor").StringOrNull(p.actor_id);
    json.Field("verb", p.verb).Field("verb_class", p.verb_class).EndObject();
  }
  json.EndArray().Field("vague_attributions", score.vague_attributions).EndObject();
  json.Field("quoted_share", score.n_words == 0 ? 0.0
                                                : Round4(static_cast<double>(score.quoted_words) /
                                                         static_cast<double>(score.n_words)));
  json.Key("actors").BeginObject();
  for (const ActorScore& a : score.actors) {
    json.Key(a.id).BeginObject().Field("name", a.name).Field("side", a.side);
    json.Field("type", a.type).Field("mentions", a.mentions).Key("first_sentence");
    if (a.mentions > 0) {
      json.Number(a.first_sentence);
    } else {
      json.Null();
    }
    json.Field("in_title", a.in_title)
        .Field("in_lede", a.in_lede)
        .Field("valence", Round4(a.valence))
        .Key("categories")
        .BeginObject();
    for (const auto& [key, n] : a.categories) json.Field(key, n);
    json.EndObject().EndObject();
  }
  json.EndObject().Key("naming").BeginObject();
  for (const auto& [group, variants] : score.naming) {
    json.Key(group).BeginObject();
    for (const auto& [variant, n] : variants) json.Field(variant, n);
    json.EndObject();
  }
  json.EndObject();
  if (options.hits) {
    json.Key("hits").BeginArray();
    for (const HitRecord& h : score.hits) {
      json.BeginObject()
          .Field("category", h.category)
          .Field("text", std::string_view(article.text).substr(h.begin, h.end - h.begin))
          .Field("start", h.begin)
          .Field("end", h.end)
          .Field("sentence", h.sentence)
          .Field("quoted", h.quoted);
      if (h.weight != 1.0) json.Field("weight", h.weight);
      json.EndObject();
    }
    json.EndArray();
  }
  if (options.sentences) {
    json.Key("sentences").BeginArray();
    for (const SentenceScore& s : score.sentences) {
      json.BeginObject().Field("start", s.span.begin).Field("end", s.span.end).Key("valence");
      WriteValence(json, s.valence);
      json.Key("categories").BeginObject();
      std::vector<std::pair<std::string_view, std::size_t>> by_name;  // written by name
      for (const auto& [k, n] : s.category_hits) by_name.emplace_back(score.categories[k].first, n);
      std::sort(by_name.begin(), by_name.end());
      for (const auto& [key, n] : by_name) json.Field(key, n);
      json.EndObject().EndObject();
    }
    json.EndArray();
  }
  json.EndObject();
  return out;
}

std::string CsvHeader(const std::vector<std::string>& category_keys) {
  std::string out =
      "id,outlet,event,date,n_tokens,n_words,n_sentences,compound,pos,neu,neg,quoted_share";
  for (const std::string& key : category_keys) {
    for (const char* part : {"count", "per_1k", "own", "quoted"}) {
      out += "," + CsvField(key + "." + part);
    }
  }
  return out + "\n";
}

std::string CsvRow(const corpus::Article& article, const ArticleScore& score) {
  std::string out =
      CsvField(article.id) + "," + CsvField(article.outlet) + "," + CsvField(article.event) + "," +
      CsvField(article.date) + "," + std::to_string(score.n_tokens) + "," +
      std::to_string(score.n_words) + "," + std::to_string(score.n_sentences) + "," +
      Number(score.valence.compound) + "," + Number(score.valence.pos) + "," +
      Number(score.valence.neu) + "," + Number(score.valence.neg) + "," +
      Number(score.n_words == 0
                 ? 0.0
                 : static_cast<double>(score.quoted_words) / static_cast<double>(score.n_words));
  for (const auto& [key, c] : score.categories) {
    out += "," + std::to_string(c.count) + "," + Number(Per1k(c.count, score.n_words)) + "," +
           std::to_string(c.own) + "," + std::to_string(c.quoted);
  }
  return out + "\n";
}

}  // namespace slant::score
