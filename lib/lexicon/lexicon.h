#ifndef SLANT_LEXICON_LEXICON_H_
#define SLANT_LEXICON_LEXICON_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace slant::lexicon {

using CategoryId = std::uint32_t;  // index into Lexicon::categories
using EntryId = std::uint32_t;     // index into Lexicon::entries

// A named category. In slant's output it is keyed "<lexicon name>:<category name>".
struct Category {
  std::string name;
  std::string description;
  std::string group;       // a family of categories ("labels", "frames", "stance")
  std::string provenance;  // where its definition comes from (a citation)
};

// One token of a pattern, in the matching form of text::NormalizeForMatching.
struct PatternToken {
  std::string text;
  bool prefix = false;  // written "negotiat*": matches every token that starts with `text`
  friend bool operator==(const PatternToken&, const PatternToken&) = default;
};

struct Weight {
  CategoryId category = 0;
  double value = 1.0;  // 1 for counting; any real number for valence or probabilities
  friend bool operator==(const Weight&, const Weight&) = default;
};

// A pattern of one or more tokens and what a match of it counts toward.
struct Entry {
  std::string pattern;               // as written in the source file
  std::vector<PatternToken> tokens;  // as segmented and normalized for matching
  std::vector<Weight> weights;       // one per category, sorted by category
  std::int64_t line = 0;             // in the source file; 0 = not known
};

// Words that change the valence of words near them (used by the scorer's valence rules).
struct Modifiers {
  std::vector<std::string> negators;                     // "not", "never", "no"
  std::vector<std::pair<std::string, double>> boosters;  // > 0 boosts ("very"), < 0 dampens
  std::vector<std::string> contrast;                     // "but", "however"
  bool empty() const { return negators.empty() && boosters.empty() && contrast.empty(); }
};

// A person, institution or place whose mentions are tracked under all its names.
struct Actor {
  std::string id;                    // stable key: "zelensky"
  std::string name;                  // display name: "Volodymyr Zelensky"
  std::string side;                  // "ukraine", "russia", "us" ...
  std::string type;                  // "person", "institution", "place", "alliance"
  std::vector<std::string> aliases;  // patterns, each matched like an entry
  friend bool operator==(const Actor&, const Actor&) = default;
};

// Interchangeable names whose choice is itself a signal (Kyiv / Kiev).
struct NamingVariant {
  std::string pattern;
  std::string signal;  // what choosing it signals: "Ukrainian transliteration"
  friend bool operator==(const NamingVariant&, const NamingVariant&) = default;
};

struct NamingGroup {
  std::string id;  // "kyiv"
  std::string description;
  std::vector<NamingVariant> variants;
  friend bool operator==(const NamingGroup&, const NamingGroup&) = default;
};

// A lexicon in slant's one model, whatever format it was read from.
struct Lexicon {
  std::string name;  // the `name` field, or the file's stem for formats without one
  std::string version;
  std::string description;
  std::string provenance;
  std::string language;
  std::string source;  // the file it was read from

  std::vector<Category> categories;
  std::vector<Entry> entries;
  Modifiers modifiers;
  std::vector<Actor> actors;
  std::vector<NamingGroup> naming;

  std::optional<CategoryId> FindCategory(std::string_view category_name) const;
  // "name:category", the key every output uses.
  std::string Key(CategoryId category) const;
};

// Whether a category is a loaded label: its name (after "lexicon:", when given a key) starts
// with "label." and is not "label.institutional", the neutral baseline (framing-core's
// delegitimizing, dehumanizing, extreme, euphemism and partisan labels). Actor portrayal
// counts these, and alignment calls a wording difference a label change by them.
bool IsLoadedLabel(std::string_view key_or_name);

}  // namespace slant::lexicon

#endif  // SLANT_LEXICON_LEXICON_H_
