// Per-article statistics for slant compare, on a text whose every figure was counted by hand.
#include "compare/article_stats.h"

#include <catch2/catch.hpp>

#include "compare_test_util.h"

namespace slant::compare {
namespace {

using testing::Extract;
using testing::MakeArticle;
using testing::TinyScorer;

// Sentence 0: The Kiev regime hid drones in the port.            8 words, narration
// Sentence 1: “The regime lies about the port,” Bondar said.     8 words, 6 of them quoted
// Sentence 2: Vetrov claimed that the government was lying.      7 words, narration
constexpr const char* kText =
    "The Kiev regime hid drones in the port. \xE2\x80\x9CThe regime lies about the port,"
    "\xE2\x80\x9D Bondar said. Vetrov claimed that the government was lying.";

TEST_CASE("ExtractArticleStats keeps what compare needs, counted by hand", "[compare]") {
  const score::Scorer scorer = TinyScorer();
  corpus::Article article = MakeArticle("a1", "Courier", "e1", kText);
  article.date = "2026-03-04";
  article.extra = nlohmann::ordered_json::parse(R"({"desk": "world", "page": 3, "tags": ["x"]})");
  const ArticleStats s = Extract(scorer, article);

  CHECK(s.id == "a1");
  CHECK(s.outlet == "Courier");
  CHECK(s.event == "e1");
  // date, and the scalar unknown fields (not the array), sorted by name.
  CHECK(s.fields == std::vector<std::pair<std::string, std::string>>{
                        {"date", "2026-03-04"}, {"desk", "world"}, {"page", "3"}});
  CHECK(s.n_words == 23);
  CHECK(s.narration_words == 17);
  // Keys in lexicon order: delegitimizing, institutional, neutral, doubt, valence.
  REQUIRE(s.categories.size() == 5);
  CHECK(s.categories[0] == VoiceCount{1, 1});  // "regime" in narration and in the quotation
  CHECK(s.categories[1] == VoiceCount{1, 0});  // "government"
  CHECK(s.categories[2] == VoiceCount{1, 0});  // "said"
  CHECK(s.categories[3] == VoiceCount{1, 0});  // "claimed"
  CHECK(s.categories[4] == VoiceCount{0, 1});  // "lies", quoted
  // "lies" (-2) alone in sentence 1: -2 / √(4 + 15); the article is the mean of 3 sentences.
  CHECK(s.valence == Approx(-2 / std::sqrt(19.0) / 3).margin(1e-9));
  CHECK(s.quoted_by_actor == Counts{{"bondar", 6}});
  CHECK(s.quoted_by_side == Counts{{"ukraine", 6}});
  CHECK(s.unattributed_quoted == 0);
  // Bondar's quotation with "said", Vetrov's paraphrase with "claimed that".
  CHECK(s.verbs == Counts{{"doubt", 1}, {"neutral", 1}});
  CHECK(s.verbs_by_side ==
        std::map<std::string, Counts>{{"russia", {{"doubt", 1}}}, {"ukraine", {{"neutral", 1}}}});
  CHECK(s.naming == std::map<std::string, Counts>{{"kyiv", {{"Kiev", 1}}}});
  // Bondar: sentence 1 (valence -2/√19, "regime" a loaded label); Vetrov: sentence 2 (valence
  // 0, "government" is institutional, not loaded).
  REQUIRE(s.actors.size() == 2);
  CHECK(s.actors[0].id == "bondar");
  CHECK(s.actors[0].side == "ukraine");
  CHECK(s.actors[0].mentions == 1);
  CHECK(s.actors[0].sentences == 1);
  CHECK(s.actors[0].valence == Approx(-2 / std::sqrt(19.0)).margin(1e-9));
  CHECK(s.actors[0].loaded == 1);
  CHECK(s.actors[1].id == "vetrov");
  CHECK(s.actors[1].valence == 0);
  CHECK(s.actors[1].loaded == 0);

  CHECK(s.Field("outlet") == "Courier");
  CHECK(s.Field("desk") == "world");
  CHECK(s.Field("page") == "3");
  CHECK_FALSE(s.Field("tags").has_value());
  CHECK_FALSE(s.Field("nothing").has_value());
}

TEST_CASE("TermCounts counts words and in-sentence pairs, leaving stop words out", "[compare]") {
  const score::Scorer scorer = TinyScorer();
  TermCounts terms;
  Extract(scorer, MakeArticle("a1", "o", "", kText), &terms);
  CHECK(terms.words == 23);
  // Pairs: 7 in sentence 0; 5 inside the quotation and "bondar said" (the comma and the mark
  // break the pair) in sentence 1; 6 in sentence 2. None crosses a sentence end.
  CHECK(terms.pairs == 19);
  using Map = std::unordered_map<std::string, std::uint64_t>;
  CHECK(terms.unigrams == Map{{"kiev", 1},
                              {"regime", 2},
                              {"hid", 1},
                              {"drones", 1},
                              {"port", 2},
                              {"lies", 1},
                              {"bondar", 1},
                              {"said", 1},
                              {"vetrov", 1},
                              {"claimed", 1},
                              {"government", 1},
                              {"lying", 1}});
  // "in the", "about the" and "that the" are stop-word pairs, not counted.
  CHECK(terms.bigrams == Map{{"the kiev", 1},
                             {"kiev regime", 1},
                             {"regime hid", 1},
                             {"hid drones", 1},
                             {"drones in", 1},
                             {"the port", 2},
                             {"the regime", 1},
                             {"regime lies", 1},
                             {"lies about", 1},
                             {"bondar said", 1},
                             {"vetrov claimed", 1},
                             {"claimed that", 1},
                             {"the government", 1},
                             {"government was", 1},
                             {"was lying", 1}});
  TermCounts twice = terms;
  twice.Add(terms);
  CHECK(twice.words == 46);
  CHECK(twice.bigrams.at("the port") == 4);
}

TEST_CASE("Stop words and loaded labels follow their documented lists", "[compare]") {
  struct Case {
    const char* word;
    bool stop;
  };
  for (const Case& c : {Case{"the", true},
                        {"of", true},
                        {"it's", true},
                        {"yourself", true},
                        {"said", false},
                        {"regime", false},
                        {"kiev", false},
                        {"", false}}) {
    INFO(c.word);
    CHECK(IsStopWord(c.word) == c.stop);
  }
  CHECK(lexicon::IsLoadedLabel("framing-core:label.delegitimizing"));
  CHECK(lexicon::IsLoadedLabel("framing-core:label.euphemism"));
  CHECK_FALSE(lexicon::IsLoadedLabel("framing-core:label.institutional"));
  CHECK_FALSE(lexicon::IsLoadedLabel("framing-core:stance.hedge"));
  CHECK_FALSE(lexicon::IsLoadedLabel("my:labels"));
}

}  // namespace
}  // namespace slant::compare
