#include "compare/stats_file.h"

#include <algorithm>
#include <fstream>
#include <variant>

#include <nlohmann/json.hpp>

#include "core/json_input.h"
#include "core/json_writer.h"
#include "stats/blocks.h"

namespace slant::compare {
namespace {

using Json = nlohmann::json;

template <typename Map>
void WriteCounts(JsonWriter& json, const Map& counts) {
  json.BeginObject();
  for (const auto& [key, n] : counts) json.Field(key, static_cast<std::size_t>(n));
  json.EndObject();
}

// Terms in byte order, so the file does not depend on hash-table order.
void WriteSortedCounts(JsonWriter& json,
                       const std::unordered_map<std::string, std::uint64_t>& counts) {
  std::vector<std::pair<std::string_view, std::uint64_t>> sorted(counts.begin(), counts.end());
  std::sort(sorted.begin(), sorted.end());
  json.BeginObject();
  for (const auto& [key, n] : sorted) json.Field(key, static_cast<std::size_t>(n));
  json.EndObject();
}

std::uint64_t Count(const Json& value) {
  if (!value.is_number_unsigned() &&
      !(value.is_number_integer() && value.get<std::int64_t>() >= 0)) {
    throw std::invalid_argument("a count must be a whole number >= 0, not " + value.dump());
  }
  return value.get<std::uint64_t>();
}

std::uint32_t SmallCount(const Json& value) {
  const std::uint64_t n = Count(value);
  if (n > 0xffffffffU) throw std::invalid_argument("count too large: " + value.dump());
  return static_cast<std::uint32_t>(n);
}

const Json& Required(const Json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end()) throw std::invalid_argument(std::string("missing '") + key + "'");
  return *it;
}

std::string String(const Json& value, const char* what) {
  if (!value.is_string()) throw std::invalid_argument(std::string(what) + " must be a string");
  return value.get<std::string>();
}

void ReadCounts(const Json& object, const char* key, Counts& into) {
  const auto it = object.find(key);
  if (it == object.end()) return;
  if (!it->is_object()) throw std::invalid_argument(std::string("'") + key + "' must be an object");
  for (const auto& [k, v] : it->items()) into[k] += Count(v);
}

void ReadNested(const Json& object, const char* key, std::map<std::string, Counts>& into) {
  const auto it = object.find(key);
  if (it == object.end()) return;
  if (!it->is_object()) throw std::invalid_argument(std::string("'") + key + "' must be an object");
  for (const auto& [outer, inner] : it->items()) {
    if (!inner.is_object())
      throw std::invalid_argument(std::string("'") + key + "' must nest objects");
    for (const auto& [k, v] : inner.items()) into[outer][k] += Count(v);
  }
}

ArticleStats ParseArticle(const Json& j, std::size_t categories) {
  if (!j.is_object()) throw std::invalid_argument("'article' must be an object");
  ArticleStats a;
  a.id = String(Required(j, "id"), "'id'");
  a.outlet = String(Required(j, "outlet"), "'outlet'");
  if (const auto it = j.find("event"); it != j.end()) a.event = String(*it, "'event'");
  if (const auto it = j.find("fields"); it != j.end()) {
    if (!it->is_object()) throw std::invalid_argument("'fields' must be an object");
    for (const auto& [k, v] : it->items()) a.fields.emplace_back(k, String(v, "a field"));
    std::sort(a.fields.begin(), a.fields.end());
  }
  a.n_words = Count(Required(j, "n_words"));
  a.narration_words = Count(Required(j, "narration_words"));
  if (a.narration_words > a.n_words) throw std::invalid_argument("narration_words > n_words");
  const Json& c = Required(j, "categories");
  if (!c.is_array() || c.size() != categories) {
    throw std::invalid_argument("'categories' must hold " + std::to_string(categories) +
                                " [own, quoted] pairs, as the header's keys");
  }
  a.categories.reserve(categories);
  for (const Json& pair : c) {
    if (!pair.is_array() || pair.size() != 2) {
      throw std::invalid_argument("each category must be an [own, quoted] pair");
    }
    a.categories.push_back({SmallCount(pair[0]), SmallCount(pair[1])});
  }
  const Json& v = Required(j, "valence");
  if (!v.is_number()) throw std::invalid_argument("'valence' must be a number");
  a.valence = v.get<double>();
  ReadCounts(j, "quoted_by_actor", a.quoted_by_actor);
  ReadCounts(j, "quoted_by_side", a.quoted_by_side);
  if (const auto it = j.find("unattributed_quoted"); it != j.end())
    a.unattributed_quoted = Count(*it);
  ReadCounts(j, "verbs", a.verbs);
  ReadNested(j, "verbs_by_side", a.verbs_by_side);
  ReadNested(j, "naming", a.naming);
  if (const auto it = j.find("actors"); it != j.end()) {
    if (!it->is_array()) throw std::invalid_argument("'actors' must be an array");
    for (const Json& row : *it) {
      if (!row.is_array() || row.size() != 6 || !row[4].is_number()) {
        throw std::invalid_argument(
            "each actor must be [id, side, mentions, sentences, valence, loaded]");
      }
      a.actors.push_back({String(row[0], "an actor id"), String(row[1], "an actor side"),
                          SmallCount(row[2]), SmallCount(row[3]), row[4].get<double>(),
                          SmallCount(row[5])});
    }
  }
  return a;
}

struct ParsedTerms {
  std::string group;
  TermCounts counts;
};

ParsedTerms ParseTerms(const Json& j) {
  if (!j.is_object()) throw std::invalid_argument("'terms' must be an object");
  ParsedTerms out;
  out.group = String(Required(j, "group"), "'group'");
  TermCounts& t = out.counts;
  t.words = Count(Required(j, "words"));
  t.pairs = Count(Required(j, "pairs"));
  for (const auto& [key, map] : {std::pair{"unigrams", &t.unigrams}, {"bigrams", &t.bigrams}}) {
    const Json& counts = Required(j, key);
    if (!counts.is_object())
      throw std::invalid_argument(std::string("'") + key + "' must be an object");
    for (const auto& [term, n] : counts.items()) (*map)[term] += Count(n);
  }
  return out;
}

// Checks the header line and takes its keys, or checks them against the files before.
void ReadHeader(const Json& j, CorpusStats& into, bool& have_header) {
  const auto version = j.find("slant_stats");
  if (version == j.end()) {
    throw std::invalid_argument(
        "not a slant statistics file (the first line has no \"slant_stats\"; write one with "
        "slant score --stats-out)");
  }
  if (!version->is_number_integer() || version->get<int>() != 1) {
    throw std::invalid_argument("statistics format version " + version->dump() +
                                " is not supported (this slant reads version 1)");
  }
  std::vector<std::string> categories;
  for (const Json& key : Required(j, "categories"))
    categories.push_back(String(key, "a category key"));
  const std::string terms_by = String(Required(j, "terms_by"), "'terms_by'");
  if (!have_header) {
    into.categories = std::move(categories);
    into.terms_by = terms_by;
    have_header = true;
  } else if (categories != into.categories) {
    std::string detail = std::to_string(categories.size()) + " category keys vs " +
                         std::to_string(into.categories.size());
    for (std::size_t i = 0; i < std::min(categories.size(), into.categories.size()); ++i) {
      if (categories[i] != into.categories[i]) {
        detail = "key " + std::to_string(i + 1) + " is '" + categories[i] + "', not '" +
                 into.categories[i] + "'";
        break;
      }
    }
    throw std::invalid_argument("scored with other lexicons than the files before it (" + detail +
                                "); score every shard with the same -l options");
  } else if (terms_by != into.terms_by) {
    throw std::invalid_argument("words counted by '" + terms_by + "', the files before by '" +
                                into.terms_by + "' (slant score --stats-by)");
  }
}

// One line after the header: an article, a group's terms, or what is wrong with it.
using ParsedLine = std::variant<ArticleStats, ParsedTerms, std::string>;

ParsedLine ParseLine(const std::string& line, std::size_t categories) {
  if (auto deep = JsonTooDeep(line)) return *deep;
  try {
    const Json j = Json::parse(line);
    if (!j.is_object()) throw std::invalid_argument("each line must be a JSON object");
    if (const auto it = j.find("article"); it != j.end()) return ParseArticle(*it, categories);
    if (const auto t = j.find("terms"); t != j.end()) return ParseTerms(*t);
    throw std::invalid_argument("a line must hold \"article\" or \"terms\"");
  } catch (const nlohmann::json::exception& e) {
    return DescribeJsonError(e);
  } catch (const std::exception& e) {
    // nlohmann's type errors, and ours: all say what is wrong with this line.
    return std::string(e.what());
  }
}

}  // namespace

void CorpusStats::Add(ArticleStats article, const TermCounts& article_terms) {
  const std::optional<std::string> group = article.Field(terms_by);
  terms[group.value_or("")].Add(article_terms);
  articles.push_back(std::move(article));
}

void CorpusStats::SortArticles() {
  // Ties (duplicate ids) by their whole statistics, so no order of input survives.
  std::sort(articles.begin(), articles.end(), [](const ArticleStats& a, const ArticleStats& b) {
    if (a.id != b.id) return a.id < b.id;
    return ArticleLine(a) < ArticleLine(b);
  });
}

std::string StatsHeaderLine(const CorpusStats& stats) {
  std::string out;
  JsonWriter json(out);
  json.BeginObject().Field("slant_stats", stats.version).Key("categories").BeginArray();
  for (const std::string& key : stats.categories) json.String(key);
  json.EndArray().Field("terms_by", stats.terms_by).EndObject();
  return out + "\n";
}

std::string ArticleLine(const ArticleStats& a) {
  std::string out;
  JsonWriter json(out);
  json.BeginObject().Key("article").BeginObject();
  json.Field("id", a.id).Field("outlet", a.outlet);
  if (!a.event.empty()) json.Field("event", a.event);
  if (!a.fields.empty()) {
    json.Key("fields").BeginObject();
    for (const auto& [name, value] : a.fields) json.Field(name, value);
    json.EndObject();
  }
  json.Field("n_words", static_cast<std::size_t>(a.n_words))
      .Field("narration_words", static_cast<std::size_t>(a.narration_words));
  json.Key("categories").BeginArray();
  for (const VoiceCount& c : a.categories) {
    json.BeginArray().Number(std::size_t{c.own}).Number(std::size_t{c.quoted}).EndArray();
  }
  json.EndArray().Field("valence", a.valence);
  if (!a.quoted_by_actor.empty()) WriteCounts(json.Key("quoted_by_actor"), a.quoted_by_actor);
  if (!a.quoted_by_side.empty()) WriteCounts(json.Key("quoted_by_side"), a.quoted_by_side);
  if (a.unattributed_quoted != 0) {
    json.Field("unattributed_quoted", static_cast<std::size_t>(a.unattributed_quoted));
  }
  if (!a.verbs.empty()) WriteCounts(json.Key("verbs"), a.verbs);
  for (const auto& [key, nested] :
       {std::pair{"verbs_by_side", &a.verbs_by_side}, {"naming", &a.naming}}) {
    if (nested->empty()) continue;
    json.Key(key).BeginObject();
    for (const auto& [outer, counts] : *nested) WriteCounts(json.Key(outer), counts);
    json.EndObject();
  }
  if (!a.actors.empty()) {
    json.Key("actors").BeginArray();
    for (const ActorStats& s : a.actors) {
      json.BeginArray().String(s.id).String(s.side).Number(std::size_t{s.mentions});
      json.Number(std::size_t{s.sentences}).Number(s.valence).Number(std::size_t{s.loaded});
      json.EndArray();
    }
    json.EndArray();
  }
  json.EndObject().EndObject();
  return out + "\n";
}

std::string TermsLine(const std::string& group, const TermCounts& terms) {
  std::string out;
  JsonWriter json(out);
  json.BeginObject().Key("terms").BeginObject().Field("group", group);
  json.Field("words", static_cast<std::size_t>(terms.words))
      .Field("pairs", static_cast<std::size_t>(terms.pairs));
  WriteSortedCounts(json.Key("unigrams"), terms.unigrams);
  WriteSortedCounts(json.Key("bigrams"), terms.bigrams);
  json.EndObject().EndObject();
  return out + "\n";
}

void WriteStats(const CorpusStats& stats, std::ostream& out) {
  out << StatsHeaderLine(stats);
  for (const ArticleStats& a : stats.articles) out << ArticleLine(a);
  for (const auto& [group, terms] : stats.terms) out << TermsLine(group, terms);
}

Status ReadStats(std::istream& in, const std::string& source, CorpusStats& into, bool& have_header,
                 std::size_t threads) {
  // Lines are parsed a chunk at a time on the threads (parsing JSON is most of the reading),
  // then taken in file order, so the result and the first error reported do not depend on the
  // number of threads.
  constexpr std::size_t kChunk = 4096;
  std::vector<std::string> lines;
  std::vector<std::int64_t> numbers;
  std::vector<ParsedLine> parsed;
  std::string line;
  std::int64_t number = 0;
  bool header_seen = false;
  bool more = true;
  while (more) {
    lines.clear();
    numbers.clear();
    while (lines.size() < kChunk && (more = static_cast<bool>(std::getline(in, line)))) {
      ++number;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty()) continue;
      if (!header_seen) {
        if (auto deep = JsonTooDeep(line)) {
          return Error(ErrorCode::kTooLarge, *deep).InFile(source, number);
        }
        try {
          const Json j = Json::parse(line);
          if (!j.is_object()) throw std::invalid_argument("each line must be a JSON object");
          ReadHeader(j, into, have_header);
        } catch (const nlohmann::json::exception& e) {
          return Error(ErrorCode::kParse, DescribeJsonError(e)).InFile(source, number);
        } catch (const std::exception& e) {
          return Error(ErrorCode::kParse, e.what()).InFile(source, number);
        }
        header_seen = true;
        continue;
      }
      lines.push_back(std::move(line));
      numbers.push_back(number);
    }
    parsed.assign(lines.size(), ParsedLine{});
    stats::ParallelFor(lines.size(), threads, [&](std::size_t i, std::size_t) {
      parsed[i] = ParseLine(lines[i], into.categories.size());
    });
    for (std::size_t i = 0; i < parsed.size(); ++i) {
      if (auto* error = std::get_if<std::string>(&parsed[i])) {
        return Error(ErrorCode::kParse, *error).InFile(source, numbers[i]);
      }
      if (auto* article = std::get_if<ArticleStats>(&parsed[i])) {
        into.articles.push_back(std::move(*article));
      } else {
        ParsedTerms& terms = std::get<ParsedTerms>(parsed[i]);
        into.terms[terms.group].Add(terms.counts);
      }
    }
  }
  if (in.bad()) return Error(ErrorCode::kIo, "read error").InFile(source);
  if (!header_seen) {
    return Error(ErrorCode::kParse, "empty: not a slant statistics file").InFile(source);
  }
  return Ok{};
}

Result<CorpusStats> ReadStatsFiles(const std::vector<std::string>& paths, std::size_t threads) {
  CorpusStats stats;
  bool have_header = false;
  for (const std::string& path : paths) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error(ErrorCode::kIo, "cannot open statistics file").InFile(path);
    Status read = ReadStats(in, path, stats, have_header, threads);
    if (!read.ok()) return std::move(read.error());
  }
  stats.SortArticles();
  return stats;
}

}  // namespace slant::compare
