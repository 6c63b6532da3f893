#ifndef SLANT_TESTS_COMPARE_COMPARE_TEST_UTIL_H_
#define SLANT_TESTS_COMPARE_COMPARE_TEST_UTIL_H_

// What the compare tests share: a tiny lexicon and the scoring of a text into statistics.

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "compare/article_stats.h"
#include "lexicon/json_format.h"
#include "score/scorer.h"
#include "text/segmenter.h"

namespace slant::compare::testing {

// Labels, two reporting-verb classes, "lies" with valence -2, two actors with sides and the
// Kyiv/Kiev naming group.
inline constexpr const char* kTinyLexicon = R"({
  "slant_lexicon": 1, "name": "t",
  "categories": [{"name": "label.delegitimizing"}, {"name": "label.institutional"},
                 {"name": "attribution.neutral"}, {"name": "attribution.doubt"},
                 {"name": "valence"}],
  "entries": [{"pattern": "regime", "categories": ["label.delegitimizing"]},
              {"pattern": "government", "categories": ["label.institutional"]},
              {"pattern": "said", "categories": ["attribution.neutral"]},
              {"pattern": "claimed", "categories": ["attribution.doubt"]},
              {"pattern": "lies", "categories": {"valence": -2}}],
  "actors": [{"id": "bondar", "name": "Serhiy Bondar", "side": "ukraine", "type": "person",
              "aliases": ["Bondar"]},
             {"id": "vetrov", "name": "Igor Vetrov", "side": "russia", "type": "person",
              "aliases": ["Vetrov"]}],
  "naming": [{"id": "kyiv", "variants": [{"pattern": "Kyiv"}, {"pattern": "Kiev"}]}]
})";

inline score::Scorer TinyScorer() {
  lexicon::Loaded loaded = lexicon::ReadNativeJson(kTinyLexicon, "t.json", "t");
  REQUIRE(loaded.ok());
  std::vector<lexicon::Lexicon> lexicons;
  lexicons.push_back(std::move(loaded.lexicon));
  return score::Scorer(std::move(lexicons));
}

// Scores `article` and returns its statistics and, in `terms`, its words and phrases.
inline ArticleStats Extract(const score::Scorer& scorer, const corpus::Article& article,
                            TermCounts* terms = nullptr) {
  text::Segmenter segmenter;
  TermCounts local;
  auto scored = ScoreWithStats(scorer, article, segmenter, {}, terms != nullptr ? *terms : local);
  REQUIRE(scored.ok());
  return scored.value().stats;
}

inline corpus::Article MakeArticle(std::string id, std::string outlet, std::string event,
                                   std::string text) {
  corpus::Article a;
  a.id = std::move(id);
  a.outlet = std::move(outlet);
  a.event = std::move(event);
  a.text = std::move(text);
  return a;
}

}  // namespace slant::compare::testing

#endif  // SLANT_TESTS_COMPARE_COMPARE_TEST_UTIL_H_
