#include "lexicon/json_format.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "core/json_input.h"
#include "core/utf8.h"
#include "lexicon/reader_util.h"

namespace slant::lexicon {
namespace {

using Json = nlohmann::ordered_json;

// A char iterator that counts the line breaks it passes, so the parser callback knows the
// line of each element (nlohmann reports positions only for syntax errors).
class LineCountingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  LineCountingIterator(const char* p, std::int64_t* line) : p_(p), line_(line) {}
  reference operator*() const { return *p_; }
  LineCountingIterator& operator++() {
    if (*p_ == '\n') ++*line_;
    ++p_;
    return *this;
  }
  LineCountingIterator operator++(int) {
    LineCountingIterator before = *this;
    ++*this;
    return before;
  }
  friend bool operator==(const LineCountingIterator& a, const LineCountingIterator& b) {
    return a.p_ == b.p_;
  }

 private:
  const char* p_;
  std::int64_t* line_;
};

// Lines of the top-level keys, and of each element of top-level arrays.
struct ElementLines {
  std::map<std::string, std::int64_t> key;
  std::map<std::string, std::vector<std::int64_t>> element;
  std::int64_t Of(const std::string& k, std::size_t i) const {
    const auto it = element.find(k);
    return it != element.end() && i < it->second.size() ? it->second[i] : Of(k);
  }
  std::int64_t Of(const std::string& k) const {
    const auto it = key.find(k);
    return it != key.end() ? it->second : 0;
  }
};

const std::set<std::string> kTopLevelKeys = {
    "$schema",  "slant_lexicon", "name",    "version",   "description", "provenance",
    "language", "categories",    "entries", "modifiers", "actors",      "naming"};

class NativeReader {
 public:
  NativeReader(const std::string& source, const ElementLines& lines, std::size_t max_entries)
      : builder_(source, true), lines_(lines) {
    builder_.LimitEntries(max_entries);
  }

  Loaded Read(const Json& root, const std::string& default_name) {
    if (!root.is_object()) {
      builder_.AddError(1,
                        "a native lexicon is a JSON object, not " + std::string(root.type_name()));
      return builder_.Finish();
    }
    for (const auto& [key, value] : root.items()) {
      if (kTopLevelKeys.count(key) == 0)
        builder_.AddWarning(lines_.Of(key), "unknown key '" + key + "'");
    }
    Lexicon& lexicon = builder_.lexicon();
    lexicon.name = String(root, "name", 0);
    if (lexicon.name.empty()) lexicon.name = default_name;
    lexicon.version = String(root, "version", 0);
    lexicon.description = String(root, "description", 0);
    lexicon.provenance = String(root, "provenance", 0);
    lexicon.language = String(root, "language", 0);
    ReadCategories(root);
    ReadEntries(root);
    ReadModifiers(root);
    ReadActors(root);
    ReadNaming(root);
    return builder_.Finish();
  }

 private:
  // The string at object[key], "" when absent; an error when it is not a string.
  std::string String(const Json& object, const std::string& key, std::int64_t line) {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) return "";
    if (!it->is_string()) {
      builder_.AddError(line > 0 ? line : lines_.Of(key),
                        "'" + key + "' must be a string, not " + std::string(it->type_name()));
      return "";
    }
    return it->get<std::string>();
  }

  // The array at root[key] (empty when absent), checking its type.
  const Json& Array(const Json& root, const std::string& key) {
    static const Json kEmpty = Json::array();
    const auto it = root.find(key);
    if (it == root.end() || it->is_null()) return kEmpty;
    if (!it->is_array()) {
      builder_.AddError(lines_.Of(key),
                        "'" + key + "' must be an array, not " + std::string(it->type_name()));
      return kEmpty;
    }
    return *it;
  }

  bool IsObject(const Json& element, const std::string& key, std::int64_t line) {
    if (element.is_object()) return true;
    builder_.AddError(
        line, "each of '" + key + "' must be an object, not " + std::string(element.type_name()));
    return false;
  }

  std::vector<std::string> Strings(const Json& object, const std::string& key, std::int64_t line) {
    std::vector<std::string> out;
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) return out;
    if (!it->is_array()) {
      builder_.AddError(line, "'" + key + "' must be an array of strings");
      return out;
    }
    for (const Json& s : *it) {
      if (!s.is_string()) {
        builder_.AddError(line, "'" + key + "' must be an array of strings, not contain " +
                                    std::string(s.type_name()));
        continue;
      }
      out.push_back(s.get<std::string>());
    }
    return out;
  }

  void ReadCategories(const Json& root) {
    const Json& categories = Array(root, "categories");
    for (std::size_t i = 0; i < categories.size(); ++i) {
      const std::int64_t line = lines_.Of("categories", i);
      if (!IsObject(categories[i], "categories", line)) continue;
      Category c;
      c.name = String(categories[i], "name", line);
      c.description = String(categories[i], "description", line);
      c.group = String(categories[i], "group", line);
      c.provenance = String(categories[i], "provenance", line);
      builder_.AddCategory(std::move(c), line);
    }
  }

  void ReadEntries(const Json& root) {
    const Json& entries = Array(root, "entries");
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const std::int64_t line = lines_.Of("entries", i);
      const Json& entry = entries[i];
      if (!IsObject(entry, "entries", line)) continue;
      const std::string pattern = String(entry, "pattern", line);
      if (pattern.empty()) {
        builder_.AddError(line, "entry without a 'pattern'");
        continue;
      }
      std::vector<Weight> weights;
      const auto categories = entry.find("categories");
      auto add = [&](const std::string& name, double value) {
        if (auto id = builder_.FindCategory(name)) {
          weights.push_back({*id, value});
        } else {
          builder_.AddError(line, "unknown category '" + name + "' in entry '" + pattern + "'");
        }
      };
      if (categories == entry.end() || categories->empty()) {
        builder_.AddError(line, "entry '" + pattern + "' has no categories");
        continue;
      }
      if (categories->is_array()) {  // every weight 1
        for (const Json& name : *categories) {
          if (name.is_string()) {
            add(name.get<std::string>(), 1.0);
          } else {
            builder_.AddError(line, "categories of '" + pattern + "' must be names");
          }
        }
      } else if (categories->is_object()) {
        for (const auto& [name, value] : categories->items()) {
          if (value.is_number()) {
            add(name, value.get<double>());
          } else {
            builder_.AddError(line, "weight of '" + pattern + "' in '" + name +
                                        "' must be a number, not " +
                                        std::string(value.type_name()));
          }
        }
      } else {
        builder_.AddError(line, "categories of '" + pattern +
                                    "' must be a list of names or an object of weights");
        continue;
      }
      const auto literal = entry.find("literal");
      const bool is_literal =
          literal != entry.end() && literal->is_boolean() && literal->get<bool>();
      if (!weights.empty()) builder_.AddEntry(pattern, std::move(weights), line, is_literal);
    }
  }

  void ReadModifiers(const Json& root) {
    const auto it = root.find("modifiers");
    if (it == root.end() || it->is_null()) return;
    const std::int64_t line = lines_.Of("modifiers");
    if (!it->is_object()) {
      builder_.AddError(line, "'modifiers' must be an object");
      return;
    }
    Modifiers& m = builder_.lexicon().modifiers;
    m.negators = Strings(*it, "negators", line);
    m.contrast = Strings(*it, "contrast", line);
    if (const auto boosters = it->find("boosters"); boosters != it->end()) {
      if (!boosters->is_object()) {
        builder_.AddError(line, "'boosters' must be an object of weights");
      } else {
        for (const auto& [word, weight] : boosters->items()) {
          if (!weight.is_number()) {
            builder_.AddError(line, "booster '" + word + "' needs a number");
            continue;
          }
          m.boosters.emplace_back(word, weight.get<double>());
        }
      }
    }
    for (const auto* list : {&m.negators, &m.contrast}) {
      for (const std::string& p : *list) builder_.CheckPattern(p, line);
    }
    for (const auto& [word, weight] : m.boosters) builder_.CheckPattern(word, line);
  }

  void ReadActors(const Json& root) {
    const Json& actors = Array(root, "actors");
    std::set<std::string> ids;
    for (std::size_t i = 0; i < actors.size(); ++i) {
      const std::int64_t line = lines_.Of("actors", i);
      if (!IsObject(actors[i], "actors", line)) continue;
      Actor a;
      a.id = String(actors[i], "id", line);
      a.name = String(actors[i], "name", line);
      a.side = String(actors[i], "side", line);
      a.type = String(actors[i], "type", line);
      a.aliases = Strings(actors[i], "aliases", line);
      if (a.id.empty()) builder_.AddError(line, "actor without an 'id'");
      if (!a.id.empty() && !ids.insert(a.id).second) {
        builder_.AddError(line, "duplicate actor '" + a.id + "'");
      }
      if (a.aliases.empty()) builder_.AddError(line, "actor '" + a.id + "' has no aliases");
      for (const std::string& alias : a.aliases) builder_.CheckPattern(alias, line);
      builder_.lexicon().actors.push_back(std::move(a));
    }
  }

  void ReadNaming(const Json& root) {
    const Json& groups = Array(root, "naming");
    for (std::size_t i = 0; i < groups.size(); ++i) {
      const std::int64_t line = lines_.Of("naming", i);
      if (!IsObject(groups[i], "naming", line)) continue;
      NamingGroup g;
      g.id = String(groups[i], "id", line);
      g.description = String(groups[i], "description", line);
      if (g.id.empty()) builder_.AddError(line, "naming group without an 'id'");
      const auto variants = groups[i].find("variants");
      if (variants == groups[i].end() || !variants->is_array() || variants->size() < 2) {
        builder_.AddError(line, "naming group '" + g.id + "' needs at least two variants");
      } else {
        for (const Json& v : *variants) {
          if (!v.is_object()) {
            builder_.AddError(line, "each variant of '" + g.id + "' must be an object");
            continue;
          }
          NamingVariant variant{String(v, "pattern", line), String(v, "signal", line)};
          if (variant.pattern.empty()) {
            builder_.AddError(line, "a variant of '" + g.id + "' has no 'pattern'");
            continue;
          }
          builder_.CheckPattern(variant.pattern, line);
          g.variants.push_back(std::move(variant));
        }
      }
      builder_.lexicon().naming.push_back(std::move(g));
    }
  }

  LexiconBuilder builder_;
  const ElementLines& lines_;
};

bool AllWeightsOne(const Entry& entry) {
  for (const Weight& w : entry.weights) {
    if (w.value != 1.0) return false;
  }
  return true;
}

// Whether the pattern has a '*' that reading it back would take for a wildcard.
bool NeedsLiteral(const Entry& entry) {
  if (entry.pattern.find('*') == std::string::npos) return false;
  for (const PatternToken& t : entry.tokens) {
    if (t.prefix) return false;
  }
  return true;
}

void WriteArray(std::ostream& out, const char* key, const std::vector<Json>& items, bool last) {
  out << "  \"" << key << "\": [";
  for (std::size_t i = 0; i < items.size(); ++i) {
    out << (i == 0 ? "\n    " : ",\n    ") << items[i].dump();
  }
  out << (items.empty() ? "]" : "\n  ]") << (last ? "\n" : ",\n");
}

}  // namespace

Loaded ReadNativeJson(std::string_view bytes, const std::string& source,
                      const std::string& default_name, std::size_t max_entries) {
  {
    LexiconBuilder checker(source, true);
    const auto text = CheckedText(bytes, checker);
    if (!text) return checker.Finish();
    bytes = *text;
    if (auto deep = JsonTooDeep(bytes)) {
      checker.AddError(0, *deep);
      return checker.Finish();
    }
  }
  std::int64_t line = 1;
  ElementLines lines;
  std::string current_key;
  bool top_array = false;
  const Json::parser_callback_t track = [&](int depth, Json::parse_event_t event, Json& parsed) {
    if (depth == 1 && event == Json::parse_event_t::key) {
      current_key = parsed.get<std::string>();
      lines.key[current_key] = line;
      top_array = false;
    } else if (depth == 1 && event == Json::parse_event_t::array_start) {
      top_array = true;
    } else if (depth == 2 && top_array &&
               (event == Json::parse_event_t::object_start ||
                event == Json::parse_event_t::array_start || event == Json::parse_event_t::value)) {
      lines.element[current_key].push_back(line);
    }
    return true;
  };
  Json root;
  try {
    root = Json::parse(LineCountingIterator(bytes.data(), &line),
                       LineCountingIterator(bytes.data() + bytes.size(), &line), track);
  } catch (const nlohmann::json::exception& e) {
    // Parse errors, and a number too large for a double ("1e999"), which nlohmann reports as
    // out_of_range (found by fuzzing). The line is known, so the byte is left out.
    LexiconBuilder builder(source, true);
    builder.AddError(line, DescribeJsonError(e, /*with_byte=*/false));
    return builder.Finish();
  }
  return NativeReader(source, lines, max_entries).Read(root, default_name);
}

void WriteNativeJson(const Lexicon& lexicon, std::ostream& out) {
  out << "{\n  \"slant_lexicon\": 1,\n";
  for (const auto& [key, value] : {std::pair{"name", &lexicon.name},
                                   {"version", &lexicon.version},
                                   {"description", &lexicon.description},
                                   {"provenance", &lexicon.provenance},
                                   {"language", &lexicon.language}}) {
    if (!value->empty()) out << "  \"" << key << "\": " << Json(*value).dump() << ",\n";
  }
  std::vector<Json> categories;
  for (const Category& c : lexicon.categories) {
    Json j = {{"name", c.name}};
    if (!c.description.empty()) j["description"] = c.description;
    if (!c.group.empty()) j["group"] = c.group;
    if (!c.provenance.empty()) j["provenance"] = c.provenance;
    categories.push_back(std::move(j));
  }
  std::vector<Json> entries;
  for (const Entry& e : lexicon.entries) {
    Json j = {{"pattern", e.pattern}};
    if (AllWeightsOne(e)) {
      Json names = Json::array();
      for (const Weight& w : e.weights) names.push_back(lexicon.categories[w.category].name);
      j["categories"] = std::move(names);
    } else {
      Json weights = Json::object();
      for (const Weight& w : e.weights) weights[lexicon.categories[w.category].name] = w.value;
      j["categories"] = std::move(weights);
    }
    if (NeedsLiteral(e)) j["literal"] = true;
    entries.push_back(std::move(j));
  }
  const bool has_modifiers = !lexicon.modifiers.empty();
  const bool has_actors = !lexicon.actors.empty();
  const bool has_naming = !lexicon.naming.empty();
  WriteArray(out, "categories", categories, false);
  WriteArray(out, "entries", entries, !has_modifiers && !has_actors && !has_naming);
  if (has_modifiers) {
    const Modifiers& m = lexicon.modifiers;
    Json boosters = Json::object();
    for (const auto& [word, weight] : m.boosters) boosters[word] = weight;
    out << "  \"modifiers\": {\n    \"negators\": " << Json(m.negators).dump()
        << ",\n    \"boosters\": " << boosters.dump()
        << ",\n    \"contrast\": " << Json(m.contrast).dump() << "\n  }"
        << (has_actors || has_naming ? ",\n" : "\n");
  }
  if (has_actors) {
    std::vector<Json> actors;
    for (const Actor& a : lexicon.actors) {
      actors.push_back({{"id", a.id},
                        {"name", a.name},
                        {"side", a.side},
                        {"type", a.type},
                        {"aliases", a.aliases}});
    }
    WriteArray(out, "actors", actors, !has_naming);
  }
  if (has_naming) {
    std::vector<Json> groups;
    for (const NamingGroup& g : lexicon.naming) {
      Json variants = Json::array();
      for (const NamingVariant& v : g.variants) {
        variants.push_back({{"pattern", v.pattern}, {"signal", v.signal}});
      }
      groups.push_back({{"id", g.id}, {"description", g.description}, {"variants", variants}});
    }
    WriteArray(out, "naming", groups, true);
  }
  out << "}\n";
}

}  // namespace slant::lexicon
