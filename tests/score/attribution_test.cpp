#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "lexicon/json_format.h"
#include "score/scorer.h"

namespace slant::score {
namespace {

// Reporting verbs in classes and three actors, as a lexicon would give them.
const char* const kLexicon = R"({"name": "t",
  "categories": [{"name": "attribution.neutral"}, {"name": "attribution.doubt"},
                 {"name": "attribution.alarm"}, {"name": "attribution.endorsing"},
                 {"name": "attribution.vague"}],
  "entries": [
    {"pattern": "said", "categories": ["attribution.neutral"]},
    {"pattern": "asked", "categories": ["attribution.neutral"]},
    {"pattern": "told reporters", "categories": ["attribution.neutral"]},
    {"pattern": "claimed", "categories": ["attribution.doubt"]},
    {"pattern": "insisted", "categories": ["attribution.doubt"]},
    {"pattern": "insisting", "categories": ["attribution.doubt"]},
    {"pattern": "warned", "categories": ["attribution.alarm"]},
    {"pattern": "noted", "categories": ["attribution.endorsing"]},
    {"pattern": "critics say", "categories": ["attribution.vague"]}],
  "actors": [
    {"id": "vetrov", "side": "russia", "aliases": ["Vetrov", "Igor Vetrov", "Maj. Gen. Igor Vetrov"]},
    {"id": "okafor", "side": "un", "aliases": ["Okafor", "Amara Okafor"]},
    {"id": "kremlin", "side": "russia", "aliases": ["Kremlin"]}]})";

// The scored article `text`, with kLexicon as the only lexicon.
ArticleScore ScoreWithTestLexicon(const std::string& text) {
  static const Scorer scorer = [] {
    lexicon::Loaded loaded = lexicon::ReadNativeJson(kLexicon, "t.json", "t");
    std::vector<lexicon::Lexicon> lexicons;
    lexicons.push_back(std::move(loaded.lexicon));
    return Scorer(std::move(lexicons));
  }();
  REQUIRE(scorer.lexicons().front().entries.size() == 9);  // kLexicon loaded
  text::Segmenter segmenter;
  corpus::Article article;
  article.text = text;
  auto score = scorer.Score(article, segmenter, {});
  REQUIRE(score.ok());
  return std::move(score).value();
}

// Each quotation as "speaker|actor|verb|class" (with "refers_to" after '>' for pronouns, and
// "scare" or "continued" appended).
std::vector<std::string> Attributions(const std::string& text) {
  std::vector<std::string> out;
  for (const Attribution& a : ScoreWithTestLexicon(text).quotes) {
    std::string s = a.speaker + (a.resolved.empty() ? "" : ">" + a.resolved) + "|" + a.actor_id +
                    "|" + a.verb + "|" + a.verb_class;
    if (a.scare) s += "|scare";
    if (a.continued) s += "|continued";
    out.push_back(s);
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST_CASE("Quotations get their speaker and reporting verb, annotated by hand", "[score]") {
  struct Case {
    const char* name;
    std::string text;
    Strings expected;
  };
  const Case cases[] = {
      {"quote, name, verb",
       "\u201CWe will respond,\u201D Vetrov said.",
       {"Vetrov|vetrov|said|neutral"}},
      {"quote, verb, name",
       "\u201CWe will respond,\u201D said Vetrov.",
       {"Vetrov|vetrov|said|neutral"}},
      {"name, verb, colon, quote",
       "Vetrov said: \u201CWe will respond.\u201D",
       {"Vetrov|vetrov|said|neutral"}},
      {"full title and a two-word verb",
       "\u201CWe will respond,\u201D Maj. Gen. Igor Vetrov told reporters.",
       {"Maj. Gen. Igor Vetrov|vetrov|told reporters|neutral"}},
      {"alarm verb",
       "\u201CFood must be protected,\u201D Okafor warned.",
       {"Okafor|okafor|warned|alarm"}},
      {"a name that is no actor",
       "\u201CIt was all civilian,\u201D claimed Serhiy Bondar.",
       {"Serhiy Bondar||claimed|doubt"}},
      {"an apposition between name and verb",
       "\u201CIt was all civilian,\u201D Bondar, the regional governor, insisted.",
       {"Bondar||insisted|doubt"}},
      {"a pronoun refers to the previous named speaker",
       "\u201CWe will respond,\u201D Vetrov said. Later he was asked again. \u201CNo comment "
       "today,\u201D he said.",
       {"Vetrov|vetrov|said|neutral", "he>Vetrov|vetrov|said|neutral"}},
      {"a scare quote is not speech",
       "The so-called \u201Cpeacekeepers\u201D arrived.",
       {"||||scare"}},
      {"an unattributed quote continues the speaker in its paragraph",
       "\u201CWe will respond firmly,\u201D Vetrov said. \u201CThe answer will come soon.\u201D",
       {"Vetrov|vetrov|said|neutral", "Vetrov|vetrov|||continued"}},
      {"but not across a paragraph break",
       "\u201CWe will respond firmly,\u201D Vetrov said.\n\n\u201CThe answer will come soon.\u201D",
       {"Vetrov|vetrov|said|neutral", "|||"}},
      {"a quotation over two paragraphs is one",
       "Vetrov said: \u201CThe first part is here.\n\n\u201CThe second part is here.\u201D",
       {"Vetrov|vetrov|said|neutral"}},
      {"according to, without a verb",
       "According to Okafor, \u201Cthe damage is severe and lasting.\u201D",
       {"Okafor|okafor||"}},
      {"an institution speaks",
       "\u201CThe talks are over,\u201D the Kremlin said.",
       {"Kremlin|kremlin|said|neutral"}},
      {"vague sourcing",
       "\u201CThe plan will fail badly,\u201D critics say.",
       {"||critics say|vague"}},
      {"an unnamed spokesman",
       "\u201CThe plan will fail badly,\u201D a spokesman said.",
       {"a spokesman||said|neutral"}},
      {"a description as the subject",
       "\u201CThe shelling went on all night,\u201D the regional governor said.",
       {"the regional governor||said|neutral"}},
      {"a description with its 'for' phrase after the verb",
       "\u201CThe talks will go on,\u201D said a spokesman for the ministry.",
       {"a spokesman for the ministry||said|neutral"}},
      {"a name before its apposition",
       "\u201CThe shelling went on all night,\u201D Oleh Synegubov, the regional governor, said.",
       {"Oleh Synegubov||said|neutral"}},
      {"an actor named in the apposition is whom the speaker speaks for",
       "\u201CWe will not leave,\u201D said Serhiy Bondar, a Kremlin adviser.",
       {"Serhiy Bondar|kremlin|said|neutral"}},
      {"a pronoun stays unresolved when someone else was named since",
       "\u201CWe will respond,\u201D Vetrov said. Nurse Halyna Tkach wept. \u201CIt is cold,\u201D "
       "she said.",
       {"Vetrov|vetrov|said|neutral", "she||said|neutral"}},
      {"a pronoun subject is not the actor mentioned after the verb",
       "\u201CWe will respond,\u201D Okafor said. \u201CIt is a lie,\u201D he said, referring to "
       "Vetrov.",
       {"Okafor|okafor|said|neutral", "he>Okafor|okafor|said|neutral"}},
      {"a dash and a name",
       "\u201CThe plan will fail badly\u201D \u2014 Vetrov",
       {"Vetrov|vetrov||"}},
      {"two quotes in one sentence, one speaker",
       "\u201CWe will respond,\u201D Vetrov said, adding: \u201CThe answer will come.\u201D",
       {"Vetrov|vetrov|said|neutral", "Vetrov|vetrov|said|neutral"}},
      {"paraphrase without quotation marks is not a quote",
       "Vetrov noted that the strikes were precise.",
       {}},
      {"a question and asked",
       "\u201CWhere is the aid going?\u201D asked Okafor.",
       {"Okafor|okafor|asked|neutral"}},
      {"a Cyrillic name", "\u201CНет войне,\u201D said Олена.", {"Олена||said|neutral"}},
      {"straight quotes",
       "\"We will respond firmly,\" Vetrov said.",
       {"Vetrov|vetrov|said|neutral"}},
      {"a nested quotation belongs to the outer speaker",
       "\u201CHe said \u2018never\u2019 to us twice,\u201D Okafor said.",
       {"Okafor|okafor|said|neutral"}},
      {"two speakers in turn",
       "\u201CWe will respond firmly,\u201D Vetrov said. \u201CThat would be a grave "
       "mistake,\u201D Okafor said.",
       {"Vetrov|vetrov|said|neutral", "Okafor|okafor|said|neutral"}},
      {"verb before a quotation that ends the sentence",
       "Okafor warned that \u201Cthe damage is severe and lasting.\u201D",
       {"Okafor|okafor|warned|alarm"}},
      {"a title stays with the name",
       "\u201CThe plan will fail badly,\u201D said Mr. Smith.",
       {"Mr. Smith||said|neutral"}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(Attributions(c.text) == c.expected);
  }
}

TEST_CASE("Claims reported without quotation marks are paraphrases with speaker and verb",
          "[score]") {
  struct Case {
    const char* name;
    std::string text;
    std::vector<std::string> expected;  // "speaker|actor|verb|class"
  };
  const Case cases[] = {
      {"an actor claims that",
       "Vetrov claimed that the strikes were precise.",
       {"Vetrov|vetrov|claimed|doubt"}},
      {"a name that is no actor",
       "Serhiy Bondar insisted that only grain was hit.",
       {"Serhiy Bondar||insisted|doubt"}},
      {"warned of", "Okafor warned of a humanitarian risk.", {"Okafor|okafor|warned|alarm"}},
      {"a pronoun", "He noted that the talks were over.", {"He||noted|endorsing"}},
      {"a verb without 'that' is no paraphrase", "Vetrov said the strikes were precise.", {}},
      {"inside a quotation it is quoted speech",
       "\u201CVetrov claimed that it was precise,\u201D Okafor said.",
       {}},
      {"an adjective and a plural noun",
       "Russian officials noted that the talks were over.",
       {"Russian officials||noted|endorsing"}},
      {"a determiner opens the phrase, after a comma",
       "Later, the regional governor warned that more strikes would follow.",
       {"the regional governor||warned|alarm"}},
      {"three words",
       "Western intelligence agencies claimed that the convoy carried weapons.",
       {"Western intelligence agencies||claimed|doubt"}},
      {"a name wins over its apposition",
       "Oleh Synegubov, the regional governor, warned that the shelling continued.",
       {"Oleh Synegubov||warned|alarm"}},
      {"and over an apposition before it",
       "The governor, Oleh Synegubov, warned that the shelling continued.",
       {"Oleh Synegubov||warned|alarm"}},
      {"a participle clause between commas is no apposition",
       "Officials, citing Vetrov, warned that the dam could fail.",
       {"Officials||warned|alarm"}},
      {"a relative clause is skipped",
       "Bondar, who governs the region, insisted that only grain was hit.",
       {"Bondar||insisted|doubt"}},
      {"an 'in' phrase after a common noun is part of it",
       "Officials in Kyiv noted that the convoy had arrived.",
       {"Officials in Kyiv||noted|endorsing"}},
      {"a 'for' phrase too",
       "A spokesman for the ministry insisted that the talks would go on.",
       {"A spokesman for the ministry||insisted|doubt"}},
      {"a preceding clause is not the subject",
       "After the strike, officials warned that more would follow.",
       {"officials||warned|alarm"}},
      {"nor is an actor named in it",
       "After talks with Okafor, officials warned that aid would stop.",
       {"officials||warned|alarm"}},
      {"an actor named in the subject is preferred",
       "Kremlin officials claimed that the strikes were precise.",
       {"Kremlin|kremlin|claimed|doubt"}},
      {"a time phrase between subject and verb",
       "Vetrov on Tuesday claimed that the strikes were precise.",
       {"Vetrov|vetrov|claimed|doubt"}},
      {"auxiliaries and adverbs between subject and verb",
       "Western officials have repeatedly warned that the dam could fail.",
       {"Western officials||warned|alarm"}},
      {"'in a statement' is no part of the subject",
       "The ministry in a statement claimed that the strike was deliberate.",
       {"The ministry||claimed|doubt"}},
      {"curly quotes in the sentence and a curly apostrophe in the subject",
       "Ukraine\u2019s foreign ministry insisted that the \u201Creferendum\u201D was a sham.",
       {"Ukraine\u2019s foreign ministry||insisted|doubt"}},
      {"a Cyrillic name",
       "\u041E\u043B\u0435\u0433 \u0421\u0438\u043D\u0454\u0433\u0443\u0431\u043E\u0432, "
       "the regional governor, warned that the shelling continued.",
       {"\u041E\u043B\u0435\u0433 \u0421\u0438\u043D\u0454\u0433\u0443\u0431\u043E\u0432||"
        "warned|alarm"}},
      {"CRLF line ends",
       "The talks stalled.\r\nRussian officials noted that the deadline had passed.\r\n",
       {"Russian officials||noted|endorsing"}},
      {"no subject", "It was claimed that the strike was deliberate.", {"||claimed|doubt"}},
      {"a participle after a comma shares the subject of the verb before",
       "The regional governor said the port was hit, insisting that only grain was stored.",
       {"The regional governor||insisting|doubt"}},
      {"a verb after 'and' shares it too, else the actor nearest before",
       "Vetrov called the strike precise and insisted that it was lawful.",
       {"Vetrov|vetrov|insisted|doubt"}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    std::vector<std::string> got;
    for (const Paraphrase& p : ScoreWithTestLexicon(c.text).paraphrases) {
      got.push_back(p.speaker + "|" + p.actor_id + "|" + p.verb + "|" + p.verb_class);
    }
    CHECK(got == c.expected);
  }
}

}  // namespace
}  // namespace slant::score
