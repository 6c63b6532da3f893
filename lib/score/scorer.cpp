#include "score/scorer.h"

#include <algorithm>
#include <map>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/quotes.h"

namespace slant::score {
namespace {

// Written in capitals: at least one letter, and no lower-case letter.
bool IsAllCaps(std::string_view s) {
  if (std::all_of(s.begin(), s.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    bool letter = false;
    for (char c : s) {
      if (c >= 'a' && c <= 'z') return false;
      letter = letter || (c >= 'A' && c <= 'Z');
    }
    return letter;
  }
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto length = static_cast<std::int32_t>(s.size());
  bool letter = false;
  for (std::int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return false;
    if (u_isULowercase(c)) return false;
    if (u_isalpha(c)) letter = true;
  }
  return letter;
}

bool IsWord(const text::Token& t) {
  return t.kind == text::TokenKind::kWord || t.kind == text::TokenKind::kNumber;
}

}  // namespace

Scorer::Scorer(std::vector<lexicon::Lexicon> lexicons) : lexicons_(std::move(lexicons)) {
  std::vector<const lexicon::Lexicon*> pointers;
  for (std::size_t l = 0; l < lexicons_.size(); ++l) {
    const lexicon::Lexicon& lex = lexicons_[l];
    key_offset_.push_back(keys_.size());
    for (std::size_t c = 0; c < lex.categories.size(); ++c) {
      keys_.push_back(lex.Key(static_cast<lexicon::CategoryId>(c)));
      if (valence_lexicon_ < 0 && lex.categories[c].name == "valence") {
        valence_lexicon_ = static_cast<int>(l);
        valence_category_ = static_cast<lexicon::CategoryId>(c);
      }
    }
    if (rules_.empty() && !lex.modifiers.empty()) {
      rules_ = ValenceRules::FromModifiers(lex.modifiers);
    }
    pointers.push_back(&lex);
  }
  actors_ = std::make_unique<ActorMatcher>(pointers);
  // One walk over an article's tokens finds the hits of every lexicon, actors included.
  for (const lexicon::Lexicon* actor_lexicon : actors_->lexicons())
    pointers.push_back(actor_lexicon);
  matcher_ = std::make_unique<lexicon::Matcher>(pointers);
}

void Scorer::UseVaderRules(const lexicon::Lexicon& rules, VaderEmoji emoji) {
  static const lexicon::Lexicon kNone;
  vader_ = std::make_unique<VaderScorer>(
      valence_lexicon_ >= 0 ? lexicons_[static_cast<std::size_t>(valence_lexicon_)] : kNone, rules,
      std::move(emoji));
}

Result<ArticleScore> Scorer::Score(const corpus::Article& article, text::Segmenter& segmenter,
                                   const ScoreOptions& options) const {
  auto segmented = segmenter.Segment(article.text);
  if (!segmented.ok()) return std::move(segmented.error());
  const std::vector<text::Token>& tokens = segmented.value().tokens;
  const std::vector<text::Span>& spans = segmented.value().sentences;
  const std::string& text = article.text;

  ArticleScore score;
  score.n_tokens = tokens.size();
  score.n_sentences = spans.size();
  score.sentences.resize(spans.size());
  for (std::size_t s = 0; s < spans.size(); ++s) score.sentences[s].span = spans[s];

  // Voice: a token is quoted when it stands between a quotation's marks.
  const std::vector<text::Quote> quotes = text::FindQuotes(text);
  std::vector<bool> quoted(tokens.size(), false);
  for (const text::Quote& q : quotes) {
    if (q.depth > 0) continue;  // inside an outer quotation, whose tokens are marked already
    // Tokens are in text order: start at the first one inside the marks.
    auto first = std::lower_bound(tokens.begin(), tokens.end(), q.inner_begin,
                                  [](const text::Token& t, std::size_t b) { return t.begin < b; });
    for (auto it = first; it != tokens.end() && it->end <= q.inner_end; ++it) {
      const auto t = static_cast<std::size_t>(it - tokens.begin());
      if (IsWord(*it) && !quoted[t]) ++score.quoted_words;
      quoted[t] = true;
    }
  }
  for (const text::Token& t : tokens) score.n_words += t.kind == text::TokenKind::kWord ? 1 : 0;
  if (options.on_tokens) options.on_tokens(tokens, quoted);

  // Category hits, and the valence of the tokens they cover.
  score.categories.reserve(keys_.size());
  for (const std::string& key : keys_) score.categories.push_back({key, CategoryCount{}});
  struct ValenceHit {
    std::size_t first;
    std::size_t count;
    double value;
  };
  std::vector<ValenceHit> valence_hits;
  AttributionInput attribution{text, &tokens, &quotes, {}, {}};
  const std::vector<std::vector<lexicon::Hit>> hits_per_lexicon =
      matcher_->FindAllPerLexicon(tokens);
  for (std::size_t l = 0; l < lexicons_.size(); ++l) {
    const lexicon::Lexicon& lex = lexicons_[l];
    for (const lexicon::Hit& hit : hits_per_lexicon[l]) {
      const text::Token& first = tokens[hit.first_token];
      const text::Token& last = tokens[hit.first_token + hit.token_count - 1];
      const bool in_quote = quoted[hit.first_token];
      for (const lexicon::Weight& w : lex.entries[hit.entry].weights) {
        const std::size_t k = key_offset_[l] + w.category;
        CategoryCount& c = score.categories[k].second;
        ++c.count;
        ++(in_quote ? c.quoted : c.own);
        ++score.sentences[first.sentence].category_hits[k];
        const std::string& category = lex.categories[w.category].name;
        if (category.rfind("attribution.", 0) == 0 &&
            (attribution.verbs.empty() ||
             attribution.verbs.back().first_token != hit.first_token)) {
          attribution.verbs.push_back({hit.first_token, hit.token_count, category.substr(12)});
        }
        if (static_cast<int>(l) == valence_lexicon_ && w.category == valence_category_) {
          valence_hits.push_back({hit.first_token, hit.token_count, w.value});
        }
        if (options.hits) {
          score.hits.push_back(
              {keys_[k], first.begin, last.end, first.sentence, in_quote, w.value});
        }
      }
    }
  }

  // Valence per sentence, by the rules; the article's is the mean over sentences.
  std::vector<ValenceItem> items;
  std::size_t next_hit = 0;
  std::size_t t = 0;
  for (std::size_t s = 0; s < spans.size(); ++s) {
    items.clear();
    int exclamations = 0;
    int questions = 0;
    for (; t < tokens.size() && tokens[t].sentence == s;) {
      const text::Token& token = tokens[t];
      while (next_hit < valence_hits.size() && valence_hits[next_hit].first < t) ++next_hit;
      if (next_hit < valence_hits.size() && valence_hits[next_hit].first == t) {
        const ValenceHit& hit = valence_hits[next_hit];
        ValenceItem item;
        const std::size_t end = tokens[t + hit.count - 1].end;
        for (std::size_t k = t; k < t + hit.count; ++k) {
          item.norm += (k > t ? " " : "") + tokens[k].norm;
        }
        item.all_caps = IsAllCaps(std::string_view(text).substr(token.begin, end - token.begin));
        item.has_valence = true;
        item.valence = hit.value;
        items.push_back(std::move(item));
        t += hit.count;
        continue;
      }
      if (token.kind == text::TokenKind::kPunct) {
        const std::string_view surface = std::string_view(text).substr(token.begin, 1);
        exclamations += surface == "!" ? 1 : 0;
        questions += surface == "?" ? 1 : 0;
      } else if (IsWord(token)) {
        ValenceItem item;
        item.norm = token.norm;
        item.all_caps =
            IsAllCaps(std::string_view(text).substr(token.begin, token.end - token.begin));
        items.push_back(std::move(item));
      }
      ++t;
    }
    score.sentences[s].valence = vader_ ? vader_->Score(std::string_view(text).substr(
                                              spans[s].begin, spans[s].end - spans[s].begin))
                                        : ScoreSentence(items, rules_, exclamations, questions);
  }
  for (const SentenceScore& s : score.sentences) {
    score.valence.compound += s.valence.compound;
    score.valence.pos += s.valence.pos;
    score.valence.neu += s.valence.neu;
    score.valence.neg += s.valence.neg;
  }
  if (vader_) {
    score.valence = vader_->Score(text);  // VADER splits nothing: the whole text, one string
  } else if (!score.sentences.empty()) {
    const auto n = static_cast<double>(score.sentences.size());
    score.valence.compound /= n;
    score.valence.pos /= n;
    score.valence.neu /= n;
    score.valence.neg /= n;
  }

  // Actors: mentions, title and lede, portrayal in the sentences that mention them.
  std::vector<ActorScore> actors(actors_->actors().size());
  const ActorMatcher::Found found =
      actors_->FromHits(hits_per_lexicon[lexicons_.size()], hits_per_lexicon[lexicons_.size() + 1]);
  const std::vector<ActorMatcher::Mention>& mentions = found.actors;
  for (const ActorMatcher::Mention& m : mentions) {
    ActorScore& a = actors[m.index];
    const std::size_t sentence = tokens[m.first_token].sentence;
    if (a.mentions == 0) a.first_sentence = sentence;
    ++a.mentions;
    a.in_lede += sentence < 2 ? 1 : 0;
    if (a.sentences.empty() || a.sentences.back() != sentence) a.sentences.push_back(sentence);
  }
  if (!article.title.empty()) {
    auto title = segmenter.Segment(article.title);
    if (title.ok()) {
      for (const ActorMatcher::Mention& m : actors_->Find(title.value().tokens).actors) {
        ++actors[m.index].in_title;
      }
    }
  }
  for (std::size_t i = 0; i < actors.size(); ++i) {
    ActorScore& a = actors[i];
    if (a.mentions == 0 && a.in_title == 0) continue;
    const lexicon::Actor& actor = actors_->actors()[i];
    a.id = actor.id;
    a.name = actor.name;
    a.side = actor.side;
    a.type = actor.type;
    for (std::size_t s : a.sentences) {
      a.valence += score.sentences[s].valence.compound;
      for (const auto& [k, n] : score.sentences[s].category_hits) {
        a.categories[score.categories[k].first] += n;
      }
    }
    if (!a.sentences.empty()) a.valence /= static_cast<double>(a.sentences.size());
    score.actors.push_back(std::move(a));
  }

  // Voices: who is quoted, with which verb, and how many words each actor and side gets.
  for (const ActorMatcher::Mention& m : mentions) {
    attribution.mentions.push_back({m.first_token, m.token_count, m.index});
  }
  score.quotes = FindAttributions(attribution);
  score.paraphrases = FindParaphrases(attribution);
  for (Paraphrase& p : score.paraphrases) {
    if (p.actor >= 0) p.actor_id = actors_->actors()[static_cast<std::size_t>(p.actor)].id;
  }
  for (const auto& v : attribution.verbs) score.vague_attributions += v.verb_class == "vague";
  std::map<std::string, std::size_t> by_actor;
  std::map<std::string, std::size_t> by_side;
  for (Attribution& a : score.quotes) {
    if (a.actor < 0) {
      score.unattributed_words += a.words;
      continue;
    }
    const lexicon::Actor& actor = actors_->actors()[static_cast<std::size_t>(a.actor)];
    a.actor_id = actor.id;
    by_actor[actor.id] += a.words;
    by_side[actor.side.empty() ? "unknown" : actor.side] += a.words;
  }
  score.words_by_actor.assign(by_actor.begin(), by_actor.end());
  score.words_by_side.assign(by_side.begin(), by_side.end());

  // Naming: which variant of each group the article uses.
  std::vector<std::size_t> variant_counts(actors_->variants().size(), 0);
  for (const ActorMatcher::Mention& m : found.variants) ++variant_counts[m.index];
  for (std::size_t v = 0; v < variant_counts.size(); ++v) {
    if (variant_counts[v] == 0) continue;
    const auto& variant = actors_->variants()[v];
    if (score.naming.empty() || score.naming.back().first != variant.group) {
      score.naming.push_back({variant.group, {}});
    }
    score.naming.back().second.push_back({variant.pattern, variant_counts[v]});
  }
  return score;
}

}  // namespace slant::score
