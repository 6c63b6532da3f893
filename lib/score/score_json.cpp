#include "score/score_json.h"

#include <cmath>
#include <sstream>

namespace slant::score {
namespace {

using Json = nlohmann::ordered_json;

double Round4(double x) { return std::round(x * 1e4) / 1e4; }

double Per1k(std::size_t count, std::size_t words) {
  return words == 0 ? 0.0
                    : Round4(1000.0 * static_cast<double>(count) / static_cast<double>(words));
}

Json ValenceJson(const Valence& v) {
  return {{"compound", Round4(v.compound)},
          {"pos", Round4(v.pos)},
          {"neu", Round4(v.neu)},
          {"neg", Round4(v.neg)}};
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

Json ScoreRecord(const corpus::Article& article, const ArticleScore& score,
                 const RecordOptions& options) {
  Json record = Json::object();
  record["id"] = article.id;
  record["outlet"] = article.outlet;
  record["event"] = article.event;
  if (!article.date.empty()) record["date"] = article.date;
  record["n_tokens"] = score.n_tokens;
  record["n_words"] = score.n_words;
  record["n_sentences"] = score.n_sentences;
  Json categories = Json::object();
  for (const auto& [key, c] : score.categories) {
    categories[key] = {{"count", c.count},
                       {"per_1k", Per1k(c.count, score.n_words)},
                       {"own", c.own},
                       {"quoted", c.quoted}};
  }
  record["categories"] = std::move(categories);
  record["valence"] = ValenceJson(score.valence);
  Json quotes = Json::array();
  for (const Attribution& q : score.quotes) {
    Json quote = {{"start", q.begin},
                  {"end", q.end},
                  {"words", q.words},
                  {"speaker", q.speaker.empty() ? Json(nullptr) : Json(q.speaker)}};
    if (!q.resolved.empty()) quote["refers_to"] = q.resolved;
    quote["actor"] = q.actor_id.empty() ? Json(nullptr) : Json(q.actor_id);
    quote["verb"] = q.verb.empty() ? Json(nullptr) : Json(q.verb);
    quote["verb_class"] = q.verb_class.empty() ? Json(nullptr) : Json(q.verb_class);
    if (q.scare) quote["scare"] = true;
    if (q.continued) quote["continued"] = true;
    quotes.push_back(std::move(quote));
  }
  record["quotes"] = std::move(quotes);
  Json by_actor = Json::object();
  for (const auto& [id, words] : score.words_by_actor) by_actor[id] = words;
  Json by_side = Json::object();
  for (const auto& [side, words] : score.words_by_side) by_side[side] = words;
  Json paraphrases = Json::array();
  for (const Paraphrase& p : score.paraphrases) {
    paraphrases.push_back({{"sentence", p.sentence},
                           {"speaker", p.speaker.empty() ? Json(nullptr) : Json(p.speaker)},
                           {"actor", p.actor_id.empty() ? Json(nullptr) : Json(p.actor_id)},
                           {"verb", p.verb},
                           {"verb_class", p.verb_class}});
  }
  record["voices"] = {{"quoted_words_by_actor", std::move(by_actor)},
                      {"quoted_words_by_side", std::move(by_side)},
                      {"unattributed_quoted_words", score.unattributed_words},
                      {"paraphrases", std::move(paraphrases)},
                      {"vague_attributions", score.vague_attributions}};
  record["quoted_share"] =
      score.n_words == 0
          ? 0.0
          : Round4(static_cast<double>(score.quoted_words) / static_cast<double>(score.n_words));
  Json actors = Json::object();
  for (const ActorScore& a : score.actors) {
    Json portrayal = Json::object();
    for (const auto& [key, n] : a.categories) portrayal[key] = n;
    actors[a.id] = {{"name", a.name},
                    {"side", a.side},
                    {"type", a.type},
                    {"mentions", a.mentions},
                    {"first_sentence", a.mentions > 0 ? Json(a.first_sentence) : Json(nullptr)},
                    {"in_title", a.in_title},
                    {"in_lede", a.in_lede},
                    {"valence", Round4(a.valence)},
                    {"categories", std::move(portrayal)}};
  }
  record["actors"] = std::move(actors);
  Json naming = Json::object();
  for (const auto& [group, variants] : score.naming) {
    Json counts = Json::object();
    for (const auto& [variant, n] : variants) counts[variant] = n;
    naming[group] = std::move(counts);
  }
  record["naming"] = std::move(naming);
  if (options.hits) {
    Json hits = Json::array();
    for (const HitRecord& h : score.hits) {
      Json hit = {{"category", h.category}, {"text", article.text.substr(h.begin, h.end - h.begin)},
                  {"start", h.begin},       {"end", h.end},
                  {"sentence", h.sentence}, {"quoted", h.quoted}};
      if (h.weight != 1.0) hit["weight"] = h.weight;
      hits.push_back(std::move(hit));
    }
    record["hits"] = std::move(hits);
  }
  if (options.sentences) {
    Json sentences = Json::array();
    for (const SentenceScore& s : score.sentences) {
      Json counts = Json::object();
      for (const auto& [key, n] : s.categories) counts[key] = n;
      sentences.push_back({{"start", s.span.begin},
                           {"end", s.span.end},
                           {"valence", ValenceJson(s.valence)},
                           {"categories", std::move(counts)}});
    }
    record["sentences"] = std::move(sentences);
  }
  return record;
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
