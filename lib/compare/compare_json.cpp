#include "compare/compare_json.h"

#include "core/json_writer.h"

namespace slant::compare {
namespace {

void WriteEstimate(JsonWriter& json, const stats::Estimate& e) {
  json.BeginObject().Field("value", e.value).Field("lower", e.lower).Field("upper", e.upper);
  json.EndObject();
}

void WriteTerms(JsonWriter& json, const TermContrast& t) {
  if (!t.available) {
    json.Null();
    return;
  }
  json.BeginObject()
      .Field("total_a", static_cast<std::size_t>(t.total_a))
      .Field("total_b", static_cast<std::size_t>(t.total_b))
      .Field("tested", t.tested);
  for (const auto& [key, list] : {std::pair{"top_a", &t.top_a}, {"top_b", &t.top_b}}) {
    json.Key(key).BeginArray();
    for (const TermResult& r : *list) {
      json.BeginObject().Field("term", r.term);
      json.Field("count_a", static_cast<std::size_t>(r.count_a))
          .Field("count_b", static_cast<std::size_t>(r.count_b));
      json.Field("log_odds", r.delta).Field("z", r.z).Field("g2", r.g2).Field("p", r.p);
      json.Field("q", r.q).Field("log_ratio", r.log_ratio).EndObject();
    }
    json.EndArray();
  }
  json.EndObject();
}

// columns, then per group (by name) its counts and shares of the row total.
void WriteTable(JsonWriter& json, const CountTable& table, const std::vector<GroupSummary>& groups,
                bool test) {
  json.BeginObject().Key("columns").BeginArray();
  for (const std::string& c : table.columns) json.String(c);
  json.EndArray();
  json.Key("counts").BeginObject();
  for (std::size_t g = 0; g < groups.size(); ++g) {
    json.Key(groups[g].name).BeginArray();
    for (std::uint64_t n : table.rows[g]) json.Number(static_cast<std::size_t>(n));
    json.EndArray();
  }
  json.EndObject().Key("shares").BeginObject();
  for (std::size_t g = 0; g < groups.size(); ++g) {
    std::uint64_t total = 0;
    for (std::uint64_t n : table.rows[g]) total += n;
    json.Key(groups[g].name).BeginArray();
    for (std::uint64_t n : table.rows[g]) {
      if (total == 0) {
        json.Null();
      } else {
        json.Number(static_cast<double>(n) / static_cast<double>(total));
      }
    }
    json.EndArray();
  }
  json.EndObject();
  if (test) {
    json.Field("g2", table.test.g2).Field("df", table.test.df).Field("p", table.test.p);
  }
  json.EndObject();
}

}  // namespace

std::string ComparisonJson(const Comparison& c) {
  std::string out;
  JsonWriter json(out);
  json.BeginObject().Field("slant_compare", 1).Field("by", c.by);
  json.Field("seed", static_cast<std::size_t>(c.seed)).Field("resamples", c.resamples);
  json.Field("level", c.level).Field("min_count", static_cast<std::size_t>(c.min_count));
  json.Key("prior").BeginObject().Field("reference", c.background ? "background+pooled" : "pooled");
  json.Key("size");
  if (c.prior_size > 0) {
    json.Number(c.prior_size);
  } else {
    json.Null();
  }
  json.EndObject();
  json.Key("notes").BeginArray();
  for (const std::string& note : c.notes) json.String(note);
  json.EndArray();

  json.Key("groups").BeginArray();
  for (const GroupSummary& g : c.groups) {
    json.BeginObject()
        .Field("name", g.name)
        .Field("articles", g.articles)
        .Field("events", g.events);
    json.Field("words", static_cast<std::size_t>(g.words)).Field("descriptive", g.descriptive);
    json.EndObject();
  }
  json.EndArray();

  json.Key("contrasts").BeginArray();
  for (const Contrast& k : c.contrasts) {
    json.BeginObject().Field("a", k.a).Field("b", k.b).Field("b_is_rest", k.b_is_rest);
    json.Field("n_a", k.n_a).Field("n_b", k.n_b).Field("units", k.units);
    json.Field("descriptive", k.descriptive);
    json.Key("categories").BeginArray();
    for (const CategoryContrast& cc : k.categories) {
      json.BeginObject().Field("category", cc.category).Field("voice", cc.voice);
      WriteEstimate(json.Key("mean_a"), cc.bootstrap.mean_a);
      WriteEstimate(json.Key("mean_b"), cc.bootstrap.mean_b);
      WriteEstimate(json.Key("difference"), cc.bootstrap.difference);
      WriteEstimate(json.Key("ratio"), cc.bootstrap.ratio);
      json.Field("p", cc.p).Field("q", cc.q).EndObject();
    }
    json.EndArray();
    WriteTerms(json.Key("words"), k.words);
    WriteTerms(json.Key("phrases"), k.phrases);
    json.EndObject();
  }
  json.EndArray();

  json.Key("naming").BeginArray();
  for (const NamingGroupResult& n : c.naming) {
    json.BeginObject().Field("group", n.group);
    WriteTable(json.Key("variants"), n.table, c.groups, true);
    json.EndObject();
  }
  json.EndArray();

  json.Key("voices").BeginObject();
  WriteTable(json.Key("quoted_words_by_side"), c.voices.by_side, c.groups, false);
  WriteTable(json.Key("quoted_words_by_actor"), c.voices.by_actor, c.groups, false);
  WriteTable(json.Key("verb_classes"), c.voices.verbs, c.groups, true);
  json.Key("verb_classes_by_side").BeginObject();
  for (const auto& [side, table] : c.voices.verbs_by_side) {
    WriteTable(json.Key(side), table, c.groups, true);
  }
  json.EndObject().EndObject();

  json.Key("actors").BeginArray();
  for (const ActorResult& a : c.actors) {
    json.BeginObject().Field("id", a.id).Field("side", a.side);
    json.Field("mentions", static_cast<std::size_t>(a.mentions)).Key("groups").BeginObject();
    for (std::size_t g = 0; g < c.groups.size(); ++g) {
      const Portrayal& p = a.groups[g];
      json.Key(c.groups[g].name).BeginObject().Field("articles", p.articles);
      json.Field("mentions", static_cast<std::size_t>(p.mentions));
      WriteEstimate(json.Key("valence"), p.valence.mean);
      WriteEstimate(json.Key("loaded_label_rate"), p.loaded_rate.mean);
      json.EndObject();
    }
    json.EndObject().EndObject();
  }
  json.EndArray().EndObject();
  return out + "\n";
}

}  // namespace slant::compare
