#include "compare/article_stats.h"

#include <algorithm>
#include <array>

#include "lexicon/lexicon.h"

namespace slant::compare {
namespace {

// Function words of English news prose: articles, pronouns and determiners, auxiliaries and
// modals, prepositions, conjunctions, and a few adverbs that carry no content. Sorted, for
// binary search. Deliberately small: "said", "regime", "so-called" and names stay, since the
// choice of them is what slant compares.
constexpr std::array<std::string_view, 127> kStopWords = {
    "a",        "about", "after",  "against", "all",    "also",       "am",    "an",        "and",
    "any",      "are",   "as",     "at",      "be",     "because",    "been",  "before",    "being",
    "between",  "both",  "but",    "by",      "can",    "could",      "did",   "do",        "does",
    "doing",    "down",  "during", "each",    "few",    "for",        "from",  "further",   "had",
    "has",      "have",  "having", "he",      "her",    "here",       "hers",  "herself",   "him",
    "himself",  "his",   "how",    "i",       "if",     "in",         "into",  "is",        "it",
    "it's",     "its",   "itself", "just",    "may",    "me",         "might", "more",      "most",
    "must",     "my",    "myself", "no",      "nor",    "not",        "now",   "of",        "off",
    "on",       "once",  "only",   "or",      "other",  "our",        "ours",  "ourselves", "out",
    "over",     "own",   "same",   "she",     "should", "so",         "some",  "such",      "than",
    "that",     "the",   "their",  "theirs",  "them",   "themselves", "then",  "there",     "these",
    "they",     "this",  "those",  "through", "to",     "too",        "under", "until",     "up",
    "very",     "was",   "we",     "were",    "what",   "when",       "where", "which",     "while",
    "who",      "whom",  "why",    "will",    "with",   "would",      "you",   "your",      "yours",
    "yourself",
};

bool IsWordToken(const text::Token& t) { return t.kind == text::TokenKind::kWord; }

}  // namespace

bool IsStopWord(std::string_view norm) {
  return std::binary_search(kStopWords.begin(), kStopWords.end(), norm);
}

std::optional<std::string> ArticleStats::Field(std::string_view name) const {
  if (name == "outlet") return outlet;
  if (name == "id") return id;
  if (name == "event") {
    if (event.empty()) return std::nullopt;
    return event;
  }
  const auto it = std::lower_bound(fields.begin(), fields.end(), name,
                                   [](const auto& f, std::string_view n) { return f.first < n; });
  if (it == fields.end() || it->first != name) return std::nullopt;
  return it->second;
}

void TermCounts::AddTokens(const std::vector<text::Token>& tokens) {
  std::string pair;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const text::Token& t = tokens[i];
    if (!IsWordToken(t)) continue;
    ++words;
    const bool stop = IsStopWord(t.norm);
    if (!stop) ++unigrams[t.norm];
    if (i == 0) continue;
    const text::Token& before = tokens[i - 1];
    if (!IsWordToken(before) || before.sentence != t.sentence) continue;
    ++pairs;
    if (stop && IsStopWord(before.norm)) continue;
    pair.assign(before.norm).append(" ").append(t.norm);
    ++bigrams[pair];
  }
}

void TermCounts::Add(const TermCounts& other) {
  words += other.words;
  pairs += other.pairs;
  for (const auto& [term, n] : other.unigrams) unigrams[term] += n;
  for (const auto& [term, n] : other.bigrams) bigrams[term] += n;
}

std::uint64_t CountNarrationWords(const std::vector<text::Token>& tokens,
                                  const std::vector<bool>& quoted) {
  std::uint64_t n = 0;
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    if (IsWordToken(tokens[t]) && !(t < quoted.size() && quoted[t])) ++n;
  }
  return n;
}

Result<ScoredArticle> ScoreWithStats(const score::Scorer& scorer, const corpus::Article& article,
                                     text::Segmenter& segmenter, score::ScoreOptions options,
                                     TermCounts& terms) {
  std::uint64_t narration = 0;
  options.on_tokens = [&](const std::vector<text::Token>& tokens, const std::vector<bool>& quoted) {
    narration = CountNarrationWords(tokens, quoted);
    terms.AddTokens(tokens);
  };
  auto scored = scorer.Score(article, segmenter, options);
  if (!scored.ok()) return std::move(scored.error());
  ScoredArticle out{std::move(scored).value(), {}};
  out.stats = ExtractArticleStats(article, out.score, narration);
  return out;
}

ArticleStats ArticleKeys(const corpus::Article& article) {
  ArticleStats out;
  out.id = article.id;
  out.outlet = article.outlet;
  out.event = article.event;
  if (!article.date.empty()) out.fields.emplace_back("date", article.date);
  if (!article.lang.empty()) out.fields.emplace_back("lang", article.lang);
  for (const auto& [name, value] : article.extra.items()) {
    if (value.is_string()) {
      out.fields.emplace_back(name, value.get<std::string>());
    } else if (value.is_number() || value.is_boolean()) {
      out.fields.emplace_back(name, value.dump());
    }
  }
  std::sort(out.fields.begin(), out.fields.end());
  return out;
}

ArticleStats ExtractArticleStats(const corpus::Article& article, const score::ArticleScore& score,
                                 std::uint64_t narration_words) {
  ArticleStats out = ArticleKeys(article);
  out.n_words = score.n_words;
  out.narration_words = narration_words;
  out.categories.reserve(score.categories.size());
  for (const auto& [key, c] : score.categories) {
    out.categories.push_back(
        {static_cast<std::uint32_t>(c.own), static_cast<std::uint32_t>(c.quoted)});
  }
  out.valence = score.valence.compound;

  for (const auto& [actor, words] : score.words_by_actor) out.quoted_by_actor[actor] += words;
  for (const auto& [side, words] : score.words_by_side) out.quoted_by_side[side] += words;
  out.unattributed_quoted = score.unattributed_words;
  // The side of a speaker's actor, as the score's words_by_side has it.
  std::map<std::string, std::string> side_of;
  for (const score::ActorScore& a : score.actors)
    side_of[a.id] = a.side.empty() ? "unknown" : a.side;
  const auto add_verb = [&](const std::string& verb_class, const std::string& actor_id) {
    if (verb_class.empty()) return;
    ++out.verbs[verb_class];
    std::string side = "none";
    if (!actor_id.empty()) {
      const auto it = side_of.find(actor_id);
      side = it != side_of.end() ? it->second : "unknown";
    }
    ++out.verbs_by_side[side][verb_class];
  };
  for (const score::Attribution& q : score.quotes) {
    if (!q.scare) add_verb(q.verb_class, q.actor_id);
  }
  for (const score::Paraphrase& p : score.paraphrases) add_verb(p.verb_class, p.actor_id);

  for (const auto& [group, variants] : score.naming) {
    for (const auto& [variant, n] : variants) out.naming[group][variant] += n;
  }
  for (const score::ActorScore& a : score.actors) {
    if (a.sentences.empty()) continue;  // named in the title only: no sentence to portray it
    ActorStats s;
    s.id = a.id;
    s.side = a.side;
    s.mentions = static_cast<std::uint32_t>(a.mentions);
    s.sentences = static_cast<std::uint32_t>(a.sentences.size());
    s.valence = a.valence;
    for (const auto& [key, n] : a.categories) {
      if (lexicon::IsLoadedLabel(key)) s.loaded += static_cast<std::uint32_t>(n);
    }
    out.actors.push_back(std::move(s));
  }
  return out;
}

}  // namespace slant::compare
