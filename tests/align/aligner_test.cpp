// The align core on hand-made articles whose alignments, differences, omissions and reuse
// were worked out by hand; difference classes from a small lexicon written here.
#include "align/aligner.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "lexicon/builder.h"
#include "text/segmenter.h"

namespace slant::align {
namespace {

lexicon::Lexicon TestLexicon() {
  lexicon::LexiconBuilder builder("test", true);
  const auto label = builder.AddCategory({"label.delegitimizing", "", "", ""}, 0);
  const auto neutral = builder.AddCategory({"attribution.neutral", "", "", ""}, 0);
  const auto doubt = builder.AddCategory({"attribution.doubt", "", "", ""}, 0);
  const auto hedge = builder.AddCategory({"stance.hedge", "", "", ""}, 0);
  const auto emotive = builder.AddCategory({"affect.emotive", "", "", ""}, 0);
  const auto frame = builder.AddCategory({"frame.security", "", "", ""}, 0);
  const auto institutional = builder.AddCategory({"label.institutional", "", "", ""}, 0);
  builder.AddEntry("regime", {{label, 1}}, 1);
  builder.AddEntry("said", {{neutral, 1}}, 2);
  builder.AddEntry("claimed", {{doubt, 1}}, 3);
  builder.AddEntry("reportedly", {{hedge, 1}}, 4);
  builder.AddEntry("brutal", {{emotive, 1}}, 5);
  builder.AddEntry("strike", {{frame, 1}}, 6);  // a category that classifies nothing
  builder.AddEntry("spokesman", {{institutional, 1}}, 7);
  lexicon::Loaded loaded = builder.Finish();
  REQUIRE(loaded.ok());
  lexicon::Lexicon lex = std::move(loaded.lexicon);
  lex.name = "test";
  lex.naming.push_back({"kyiv", "", {{"Kyiv", "Ukrainian"}, {"Kiev", "Russian"}}});
  lex.actors.push_back(
      {"zelensky", "Volodymyr Zelensky", "ukraine", "person", {"Zelensky", "Zelenskyy"}});
  return lex;
}

std::vector<std::string> ClassNames(const std::vector<DifferenceClass>& classes) {
  std::vector<std::string> out;
  for (const DifferenceClass c : classes) out.emplace_back(DifferenceClassName(c));
  return out;
}

// The classes of every difference between two sentences, in order, joined: "+a,b;c".
std::string ClassifyPair(const LexiconMarker& marker, std::string_view a, std::string_view b) {
  text::Segmenter segmenter;
  auto sa = segmenter.Segment(a);
  auto sb = segmenter.Segment(b);
  REQUIRE(sa.ok());
  REQUIRE(sb.ok());
  const ArticleMarks ma = marker.Mark(sa.value().tokens);
  const ArticleMarks mb = marker.Mark(sb.value().tokens);
  std::string out;
  for (const DiffRun& run : DiffTokens(sa.value().tokens, sb.value().tokens)) {
    if (run.op == DiffOp::kEqual) continue;
    if (!out.empty()) out += ";";
    const Classification c =
        marker.Classify(ma, run.a_first, run.a_count, mb, run.b_first, run.b_count);
    std::string names;
    for (const std::string& name : ClassNames(c.classes)) {
      names += (names.empty() ? "" : ",") + name;
    }
    out += names;
  }
  return out;
}

TEST_CASE("Differences are classified by the lexicon hits in their words", "[align]") {
  const LexiconMarker marker({TestLexicon()});
  struct Case {
    const char* name;
    std::string_view a;
    std::string_view b;
    std::string classes;  // per difference, ';' between differences
  };
  const Case cases[] = {
      {"hedge added", "Officials said the port burned.",
       "Officials reportedly said the port burned.", "hedge_added"},
      {"hedge dropped", "Officials reportedly said the port burned.",
       "Officials said the port burned.", "hedge_dropped"},
      {"intensifier dropped", "the brutal strike", "the strike", "intensifier_dropped"},
      {"intensifier added, with capitals", "the strike", "the BRUTAL strike", "intensifier_added"},
      {"naming variant changed", "Kyiv said", "Kiev said", "naming_change"},
      // A variant on one side only is no naming change: "Kyiv" is simply gone.
      {"label, no naming change", "the Kyiv government", "the regime", "label_change"},
      {"reporting verb", "the mayor said", "the mayor claimed", "reporting_verb_change"},
      {"two classes in one difference", "the government said", "the regime claimed",
       "label_change,reporting_verb_change"},
      // A neutral institutional label is the baseline, not a label choice; swapped for a
      // loaded one it is.
      {"institutional label added: no class", "Marchenko said", "Marchenko, a spokesman, said", ""},
      {"institutional to loaded label", "the spokesman", "the regime", "label_change"},
      {"no lexicon word: no class", "the port burned", "the dock burned", ""},
      {"a category outside the families", "the strike", "the big strike", ""},
      {"two differences", "Kyiv said the port burned", "Kiev claimed the dock burned",
       "reporting_verb_change,naming_change;"},  // classes in a fixed order
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(ClassifyPair(marker, c.a, c.b) == c.classes);
  }
  CHECK(marker.keys() == std::vector<std::string>{"test:label.delegitimizing",
                                                  "test:attribution.neutral",
                                                  "test:attribution.doubt", "test:stance.hedge",
                                                  "test:affect.emotive", "naming:kyiv"});
}

corpus::Article MakeArticle(std::string id, std::string outlet, std::string event, std::string text,
                            std::string date = "") {
  corpus::Article a;
  a.id = std::move(id);
  a.outlet = std::move(outlet);
  a.event = std::move(event);
  a.text = std::move(text);
  a.date = std::move(date);
  return a;
}

std::string Cut(const corpus::Article& article, text::Span span) {
  return article.text.substr(span.begin, span.end - span.begin);
}

TEST_CASE("Two outlets: aligned sentences, their differences, exclusives and omissions",
          "[align]") {
  const std::vector<corpus::Article> articles = {
      MakeArticle("w", "wire", "e1",
                  "Russian forces struck Kyiv overnight. The government said two people died. "
                  "Markets were calm."),
      MakeArticle("t", "tabloid", "e1",
                  "Brutal Russian forces struck Kiev overnight. A cat was rescued. The regime "
                  "claimed two people died."),
  };
  const Aligner aligner({TestLexicon()});
  auto aligned = aligner.Align(articles, AlignOptions{});
  REQUIRE(aligned.ok());
  const AlignResult& r = aligned.value();
  REQUIRE(r.events.size() == 1);
  const EventAlignment& e = r.events[0];
  CHECK(e.event == "e1");
  CHECK(e.outlets == std::vector<std::string>{"tabloid", "wire"});
  CHECK(e.note.empty());
  REQUIRE(e.pairs.size() == 1);
  const PairAlignment& p = e.pairs[0];
  CHECK(p.a == 0);
  CHECK(p.b == 1);
  CHECK_FALSE(p.greedy);
  // Sentence 0 with 0, sentence 1 with 2 (the order changed); "Markets were calm." and "A cat
  // was rescued." share no word: no counterpart.
  REQUIRE(p.aligned.size() == 2);
  CHECK(p.aligned[0].a_sentence == 0);
  CHECK(p.aligned[0].b_sentence == 0);
  CHECK(p.aligned[1].a_sentence == 1);
  CHECK(p.aligned[1].b_sentence == 2);

  const std::vector<Difference>& d0 = p.aligned[0].differences;
  REQUIRE(d0.size() == 2);
  CHECK(d0[0].run.op == DiffOp::kInsert);
  CHECK(Cut(articles[1], d0[0].run.b) == "Brutal");
  CHECK(ClassNames(d0[0].classification.classes) == std::vector<std::string>{"intensifier_added"});
  CHECK(d0[1].run.op == DiffOp::kSubstitute);
  CHECK(Cut(articles[0], d0[1].run.a) == "Kyiv");
  CHECK(Cut(articles[1], d0[1].run.b) == "Kiev");
  CHECK(ClassNames(d0[1].classification.classes) == std::vector<std::string>{"naming_change"});

  const std::vector<Difference>& d1 = p.aligned[1].differences;
  REQUIRE(d1.size() == 1);
  CHECK(Cut(articles[0], d1[0].run.a) == "government said");
  CHECK(Cut(articles[1], d1[0].run.b) == "regime claimed");
  CHECK(ClassNames(d1[0].classification.classes) ==
        std::vector<std::string>{"label_change", "reporting_verb_change"});
  // Keys: 1 = test:attribution.neutral; 0 = label, 2 = attribution.doubt.
  CHECK(d1[0].classification.a_keys == std::vector<std::uint32_t>{1});
  CHECK(d1[0].classification.b_keys == std::vector<std::uint32_t>{0, 2});

  // Exclusives: one sentence each, the tabloid's second (salience 0.5·(1 − 1/3) + 0.2·4/30)
  // before the wire's third (0.5·(1 − 2/3) + 0.2·3/30).
  REQUIRE(e.exclusives.size() == 2);
  CHECK(e.exclusives[0].sentence == SentenceRef{1, 1});
  CHECK(e.exclusives[0].salience == Approx(0.5 * (2.0 / 3) + 0.2 * 4 / 30));
  CHECK(e.exclusives[1].sentence == SentenceRef{0, 2});
  CHECK(e.exclusives[1].salience == Approx(0.5 * (1.0 / 3) + 0.2 * 3 / 30));
  // Two outlets: each omits what the other alone reports (outlets in byte order).
  REQUIRE(e.omissions.size() == 2);
  CHECK(e.omissions[0].outlet == "tabloid");
  CHECK(e.omissions[0].reported_by == std::vector<SentenceRef>{{0, 2}});
  CHECK(e.omissions[0].outlets == 1);
  CHECK(e.omissions[1].outlet == "wire");
  CHECK(e.omissions[1].reported_by == std::vector<SentenceRef>{{1, 1}});

  // One pair in all: no typical pair, so no rewrite can be told, and the result says so.
  CHECK(p.reuse == ReuseStrength::kNone);
  CHECK_FALSE(p.evidence.baseline.has_value());
  REQUIRE(r.notes.size() == 1);
  CHECK(r.notes[0].find("fewer than 3 article pairs") != std::string::npos);

  // The wording table: both substitutions and the classified insertion, oriented by outlet
  // name (tabloid before wire), so the insertion reads "tabloid writes brutal where wire
  // writes nothing": intensifier dropped from tabloid to wire.
  REQUIRE(r.wording.size() == 3);
  CHECK(r.wording[0].outlet_a == "tabloid");
  CHECK(r.wording[0].a_words == "brutal");
  CHECK(r.wording[0].b_words.empty());
  CHECK(ClassNames(r.wording[0].classes) == std::vector<std::string>{"intensifier_dropped"});
  CHECK(r.wording[1].a_words == "kiev");
  CHECK(r.wording[1].b_words == "kyiv");
  CHECK(r.wording[2].a_words == "regime claimed");
  CHECK(r.wording[2].b_words == "government said");
  CHECK(r.wording[2].swapped);
}

TEST_CASE("Identical texts are a copy; the earlier date is the likely source", "[align]") {
  const std::string text =
      "The grain terminal at the port burned for several hours overnight. Insurers raised "
      "premiums for ships calling at the port on Wednesday.";
  const std::vector<corpus::Article> articles = {
      MakeArticle("late", "x", "e", text, "2026-03-02"),
      MakeArticle("early", "y", "e", text, "2026-03-01"),
      MakeArticle("same-outlet", "x", "e", text, "2026-03-03"),
  };
  const Aligner aligner({});
  auto aligned = aligner.Align(articles, AlignOptions{});
  REQUIRE(aligned.ok());
  const EventAlignment& e = aligned.value().events.at(0);
  // Articles of one outlet are not compared: (late, early) and (early, same-outlet).
  REQUIRE(e.pairs.size() == 2);
  CHECK(e.pairs[0].a == 0);
  CHECK(e.pairs[0].b == 1);
  CHECK(e.pairs[1].a == 1);
  CHECK(e.pairs[1].b == 2);
  for (const PairAlignment& p : e.pairs) {
    CHECK(p.reuse == ReuseStrength::kCopy);
    CHECK(p.evidence.containment_a == 1.0);
    CHECK(p.evidence.near_identical == 2);
    CHECK(p.aligned.size() == 2);
    for (const AlignedSentences& s : p.aligned) CHECK(s.differences.empty());
  }
  CHECK(e.pairs[0].earlier == 1);   // "early" is b
  CHECK(e.pairs[1].earlier == -1);  // "early" is a
  CHECK(e.exclusives.empty());
  CHECK(e.omissions.empty());
}

TEST_CASE("Events with one outlet, articles without an event, and empty input get notes",
          "[align]") {
  const std::vector<corpus::Article> articles = {
      MakeArticle("a", "x", "solo", "One outlet alone. It reports this."),
      MakeArticle("b", "x", "solo", "Another article of the same outlet."),
      MakeArticle("c", "y", "", "No event here."),
      MakeArticle("d", "z", "empty", ""),
      MakeArticle("e", "w", "empty", "Пожежа на складі зерна. Київ заявив про удар."),
  };
  const Aligner aligner({});
  auto aligned = aligner.Align(articles, AlignOptions{});
  REQUIRE(aligned.ok());
  const AlignResult& r = aligned.value();
  REQUIRE(r.events.size() == 2);
  CHECK(r.events[0].event == "solo");
  CHECK(r.events[0].articles == std::vector<std::size_t>{0, 1});
  CHECK(r.events[0].pairs.empty());
  CHECK(r.events[0].note.find("only one outlet (x)") != std::string::npos);
  // An empty text has no sentences: nothing aligns, everything of the other is exclusive.
  CHECK(r.events[1].pairs.size() == 1);
  CHECK(r.events[1].pairs[0].aligned.empty());
  CHECK(r.events[1].exclusives.size() == 2);
  CHECK(r.articles[3].sentences.empty());
  REQUIRE_FALSE(r.notes.empty());
  CHECK(r.notes[0].find("1 of 5 articles have no event id") != std::string::npos);

  auto none = aligner.Align({}, AlignOptions{});
  REQUIRE(none.ok());
  CHECK(none.value().events.empty());
  CHECK(none.value().notes.empty());
}

TEST_CASE("Cyrillic sentences align and diff like any other", "[align]") {
  const std::vector<corpus::Article> articles = {
      MakeArticle("ua", "a", "e", "Київ заявив про удар по складу зерна. Ціни зросли."),
      MakeArticle("ru", "b", "e", "Киев заявил про удар по складу зерна. Погода ясная."),
  };
  const Aligner aligner({});
  auto aligned = aligner.Align(articles, AlignOptions{});
  REQUIRE(aligned.ok());
  const PairAlignment& p = aligned.value().events.at(0).pairs.at(0);
  REQUIRE(p.aligned.size() == 1);
  CHECK(p.aligned[0].a_sentence == 0);
  REQUIRE(p.aligned[0].differences.size() == 1);
  CHECK(Cut(articles[0], p.aligned[0].differences[0].run.a) == "Київ заявив");
  CHECK(Cut(articles[1], p.aligned[0].differences[0].run.b) == "Киев заявил");
}

TEST_CASE("Salience weighs position, named actors and length", "[align]") {
  CHECK(Salience(0, 10, 0, 30) == Approx(0.5 + 0.2));
  CHECK(Salience(5, 10, 3, 15) == Approx(0.25 + 0.3 + 0.1));
  CHECK(Salience(9, 10, 7, 90) == Approx(0.05 + 0.3 + 0.2));  // capped at 3 actors, 30 words
  CHECK(Salience(0, 1, 1, 0) == Approx(0.5 + 0.1));
  CHECK(Salience(0, 0, 0, 0) == 0.0);
}

TEST_CASE("Named actors raise a sentence's salience", "[align]") {
  const std::vector<corpus::Article> articles = {
      MakeArticle("a", "x", "e", "Zelensky spoke. Rain fell."),
  };
  const Aligner aligner({TestLexicon()});
  auto aligned = aligner.Align(articles, AlignOptions{});
  REQUIRE(aligned.ok());
  const std::vector<double>& s = aligned.value().articles[0].salience;
  REQUIRE(s.size() == 2);
  CHECK(s[0] == Approx(0.5 + 0.3 / 3 + 0.2 * 2 / 30));
  CHECK(s[1] == Approx(0.25 + 0.2 * 2 / 30));
}

}  // namespace
}  // namespace slant::align
