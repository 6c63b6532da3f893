#include "score/valence.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace slant::score {
namespace {

// A sentence as the rules see it: words, some with a valence; "WORD" in capitals is caps.
struct W {
  std::string text;
  double valence = 0;
  bool has_valence = false;
};
W V(std::string text, double valence) { return {std::move(text), valence, true}; }
W P(std::string text) { return {std::move(text), 0, false}; }

std::vector<ValenceItem> Items(const std::vector<W>& words) {
  std::vector<ValenceItem> out;
  for (const W& w : words) {
    ValenceItem item;
    item.all_caps = !w.text.empty() && std::all_of(w.text.begin(), w.text.end(), [](char c) {
      return std::isupper(static_cast<unsigned char>(c)) || c == ' ';
    });
    for (char c : w.text)
      item.norm += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    item.has_valence = w.has_valence;
    item.valence = w.valence;
    out.push_back(std::move(item));
  }
  return out;
}

TEST_CASE("ScoreSentence applies VADER's rules, checked against hand computation", "[score]") {
  lexicon::Modifiers modifiers;
  modifiers.negators = {"not", "never"};
  modifiers.boosters = {{"very", 0.293}, {"slightly", -0.293}};
  modifiers.contrast = {"but"};
  const ValenceRules rules = ValenceRules::FromModifiers(modifiers);

  // compound = s / sqrt(s^2 + 15); pos/neg count |v| + 1 per valenced word, neu 1 per other.
  struct Case {
    const char* name;
    std::vector<W> words;
    int exclamations;
    int questions;
    double compound, pos, neu, neg;
  };
  const Case cases[] = {
      {"one positive word: 2/sqrt(19)", {V("good", 2)}, 0, 0, 0.458831, 1, 0, 0},
      {"neutral words share the mass",
       {P("the"), P("food"), P("is"), V("good", 2)},
       0,
       0,
       0.458831,
       0.5,
       0.5,
       0},
      {"negation: 2 x -0.74 = -1.48",
       {P("not"), V("good", 2)},
       0,
       0,
       -0.356959,
       0,
       0.287356,
       0.712644},
      {"booster right before: 2 + 0.293",
       {P("very"), V("good", 2)},
       0,
       0,
       0.509457,
       0.767063,
       0.232937,
       0},
      {"booster two back: 2 + 0.293 x 0.95",
       {P("very"), P("the"), V("good", 2)},
       0,
       0,
       0.507041,
       3.27835 / 5.27835,
       2 / 5.27835,
       0},
      {"diminisher on a negative word: -2 + 0.293",
       {P("slightly"), V("bad", -2)},
       0,
       0,
       -0.403310,
       0,
       1 / 3.707,
       2.707 / 3.707},
      {"ALL-CAPS word in mixed case: 2 + 0.733",
       {V("GOOD", 2), P("food")},
       0,
       0,
       0.576561,
       3.733 / 4.733,
       1 / 4.733,
       0},
      {"all words in caps: no emphasis", {V("GOOD", 2), P("FOOD")}, 0, 0, 0.458831, 0.75, 0.25, 0},
      {"but: before x0.5, after x1.5 (1 - 3 = -2)",
       {V("good", 2), P("but"), V("bad", -2)},
       0,
       0,
       -0.458831,
       2.0 / 7,
       1.0 / 7,
       4.0 / 7},
      {"two '!': + 2 x 0.292", {V("good", 2)}, 2, 0, 0.554999, 1, 0, 0},
      {"three '?': + 3 x 0.18", {V("good", 2)}, 0, 3, 0.548408, 1, 0, 0},
      {"'!' counts at most four: + 4 x 0.292", {V("good", 2)}, 6, 0, 0.633141, 1, 0, 0},
      {"one '?' adds nothing", {V("good", 2)}, 0, 1, 0.458831, 1, 0, 0},
      {"four or more '?': + 0.96",
       {V("bad", -2)},
       0,
       5,
       -(2.96 / std::sqrt(2.96 * 2.96 + 15)),
       0,
       0,
       1},
      {"empty sentence", {}, 0, 0, 0, 0, 0, 0},
      {"no valenced word", {P("the"), P("food")}, 0, 0, 0, 0, 1, 0},
      {"negator three back",
       {P("never"), P("a"), P("the"), V("good", 2)},
       0,
       0,
       -0.356959,
       0,
       0.547445,
       0.452555},
      {"negator four back is too far",
       {P("not"), P("a"), P("b"), P("c"), V("good", 2)},
       0,
       0,
       0.458831,
       3.0 / 7,
       4.0 / 7,
       0},
      {"booster in caps: 2 + 0.293 + 0.733",
       {P("VERY"), V("good", 2)},
       0,
       0,
       0.615673,
       4.026 / 5.026,
       1 / 5.026,
       0},
      {"a multiword item is one item", {V("peace talks", 1.5)}, 0, 0, 0.361158, 1, 0, 0},
      {"booster then negation: (2 + 0.293) x -0.74",
       {P("not"), P("very"), V("good", 2)},
       0,
       0,
       -0.401293,
       0,
       2 / (2 + 2.69682),
       2.69682 / (2 + 2.69682)},
      {"the first 'but' splits: -1 + 3 + 3",
       {V("bad", -2), P("but"), V("good", 2), P("but"), V("good", 2)},
       0,
       0,
       0.790569,
       8.0 / 12,
       2.0 / 12,
       2.0 / 12},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const std::vector<ValenceItem> items = Items(c.words);
    const Valence v = ScoreSentence(items, rules, c.exclamations, c.questions);
    CHECK(v.compound == Approx(c.compound).margin(1e-5));
    CHECK(v.pos == Approx(c.pos).margin(1e-5));
    CHECK(v.neu == Approx(c.neu).margin(1e-5));
    CHECK(v.neg == Approx(c.neg).margin(1e-5));
  }
}

}  // namespace
}  // namespace slant::score
