#ifndef SLANT_SCORE_ARTICLE_SCORE_H_
#define SLANT_SCORE_ARTICLE_SCORE_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "score/attribution.h"
#include "score/valence.h"
#include "text/token.h"

namespace slant::score {

// One category's count in an article, split by voice: the outlet's own narration vs quoted
// speech ("regime" in an official's quotation is the official's word, not the outlet's).
struct CategoryCount {
  std::size_t count = 0;
  std::size_t own = 0;
  std::size_t quoted = 0;
};

// One lexicon hit, for --hits: which category, where, and in whose voice.
struct HitRecord {
  std::string category;   // "lexicon:category"
  std::size_t begin = 0;  // byte offsets into the article text
  std::size_t end = 0;
  std::size_t sentence = 0;
  bool quoted = false;
  double weight = 1;
};

struct SentenceScore {
  text::Span span;
  Valence valence;
  // Index into ArticleScore::categories -> hits, nonzero only (by index: a map keyed by the
  // category's name cost a string comparison per hit, 8% of scoring).
  std::map<std::size_t, std::size_t> category_hits;
};

// An actor the article mentions.
struct ActorScore {
  std::string id;
  std::string name;
  std::string side;
  std::string type;
  std::size_t mentions = 0;        // in the text
  std::size_t first_sentence = 0;  // index of the first sentence that mentions it
  std::size_t in_title = 0;
  std::size_t in_lede = 0;             // mentions in the first two sentences
  std::vector<std::size_t> sentences;  // sentences that mention it, ascending
  // Portrayal: the mean compound valence of those sentences, and the category hits in them.
  double valence = 0;
  std::map<std::string, std::size_t> categories;
};

// Everything `slant score` measures in one article.
struct ArticleScore {
  std::size_t n_tokens = 0;  // every token (words, numbers, punctuation, symbols)
  std::size_t n_words = 0;   // word tokens: the denominator of every per_1k rate
  std::size_t n_sentences = 0;
  // Every category of every lexicon, in lexicon order, zero counts included.
  std::vector<std::pair<std::string, CategoryCount>> categories;
  Valence valence;                  // mean of the sentences' figures
  std::vector<Attribution> quotes;  // one per quotation, with its speaker and verb
  std::size_t quoted_words = 0;
  // Quoted words by speaker: actor id -> words, side -> words; words no actor is found for.
  std::vector<std::pair<std::string, std::size_t>> words_by_actor;
  std::vector<std::pair<std::string, std::size_t>> words_by_side;
  std::size_t unattributed_words = 0;
  std::vector<Paraphrase> paraphrases;  // claims reported without quotation marks
  std::size_t vague_attributions = 0;   // hits of attribution.vague ("critics say")
  std::vector<ActorScore> actors;       // mentioned actors, in lexicon order
  // Naming-variant groups with at least one mention: group id -> (variant, mentions).
  std::vector<std::pair<std::string, std::vector<std::pair<std::string, std::size_t>>>> naming;
  std::vector<HitRecord> hits;           // with ScoreOptions::hits
  std::vector<SentenceScore> sentences;  // every sentence (needed for portrayal)
};

}  // namespace slant::score

#endif  // SLANT_SCORE_ARTICLE_SCORE_H_
