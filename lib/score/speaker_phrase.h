#ifndef SLANT_SCORE_SPEAKER_PHRASE_H_
#define SLANT_SCORE_SPEAKER_PHRASE_H_

// Who speaks, as written, next to a reporting verb: the names and noun phrases that
// attribution.h takes as the speakers of quotations and paraphrases. Token-level rules, no
// parser: deterministic, within the tokens the caller allows (one sentence, outside quotation
// marks), and never more than kMaxSpeakerLookBack tokens before the verb.

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "text/token.h"

namespace slant::score {

// Tokens [first, last) of the article.
struct TokenRange {
  std::size_t first = 0;
  std::size_t last = 0;
};

// How far before a verb its subject is looked for, in tokens ("Oleh Synegubov, the regional
// governor, on Tuesday warned" is 11), and how many words one noun phrase has at most, not
// counting the "of"/"in"/... phrases that follow its head.
inline constexpr std::size_t kMaxSpeakerLookBack = 16;
inline constexpr std::size_t kMaxPhraseWords = 8;

// A reporting verb's subject as written, and the apposition next to it (a noun phrase between
// commas, not a participle clause like ", citing officials,"), whose actor (if any) the
// speaker speaks for: "Oleksiy Marchenko, spokesman for Ukraine's Foreign Ministry".
struct Subject {
  TokenRange phrase;
  std::optional<TokenRange> aside;
};

// A word that starts with a capital: ASCII capitals, and any non-ASCII letter (Cyrillic names
// are capitalized too, but the first byte cannot tell; accept them).
bool IsCapitalized(std::string_view text, const text::Token& t);

// "he", "she", "they", in any case.
bool IsSpeakerPronoun(const text::Token& t);
bool IsSpeakerPronoun(std::string_view word);

// The run of capitalized words (with inner periods and hyphens: "Maj. Gen. Igor Vetrov",
// "Jean-Luc") that contains or ends next to token `k`, within [lo, hi), without leading words
// that name no one ("According", "The"); nullopt when `k` is not such a word.
std::optional<TokenRange> NameRun(std::string_view text, const std::vector<text::Token>& tokens,
                                  std::size_t k, std::size_t lo, std::size_t hi);

// The verb that starts at token `verb` shares the subject of an earlier clause, not written
// again: after a conjunction ("called it a first step and made clear that"), or a participle
// after a comma or clause word (", adding that", "while insisting that").
bool SharesSubject(std::string_view text, const std::vector<text::Token>& tokens, std::size_t verb,
                   std::size_t lo);

// The subject of the reporting verb that starts at token `verb`, within [lo, verb):
// - adverbs, auxiliaries, and time or "in a statement" phrases just before the verb are
//   skipped ("Vetrov on Tuesday claimed", "officials have repeatedly warned");
// - a pronoun there is the subject ("He noted"; see IsSpeakerPronoun);
// - else the noun phrase that ends there: back to its determiner ("the regional governor") or
//   to the first word after a comma, a preposition, a conjunction or a clause word ("After the
//   strike, officials warned" -> "officials"), at most kMaxPhraseWords words, with the "of",
//   "in", "on", "at", "for" and "from" phrases that follow its head, as written ("officials in
//   Kyiv", "the head of the regional administration", "Bondar in Kharkiv"; never a time or
//   "in a statement" phrase);
// - an apposition or relative clause between commas points to the phrase before it, and a
//   name wins over a description ("Oleh Synegubov, the regional governor, warned" and "the
//   governor, Oleh Synegubov, warned" -> "Oleh Synegubov", with the other as `aside`;
//   "Bondar, who governs the region, insisted" -> "Bondar").
// nullopt when there is none ("it was claimed that", a verb that starts its sentence). Use
// SharesSubject first: for "and made clear" this finds no subject.
std::optional<Subject> SubjectBefore(std::string_view text, const std::vector<text::Token>& tokens,
                                     std::size_t verb, std::size_t lo);

// The noun phrase right after a reporting verb whose last token is `verb_end - 1`, within
// [verb_end, hi), built as in SubjectBefore, with the apposition after a comma as `aside`:
// "said Amara Okafor, the U.N. coordinator", "said a spokesman for the ministry". nullopt when
// none starts there.
std::optional<Subject> SubjectAfter(std::string_view text, const std::vector<text::Token>& tokens,
                                    std::size_t verb_end, std::size_t hi);

}  // namespace slant::score

#endif  // SLANT_SCORE_SPEAKER_PHRASE_H_
