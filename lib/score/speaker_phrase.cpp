#include "score/speaker_phrase.h"

#include <algorithm>
#include <set>
#include <string>

namespace slant::score {
namespace {

using text::Token;
using text::TokenKind;

using Words = std::set<std::string, std::less<>>;

// Capitalized words that start sentences or clauses without naming anyone.
const Words kNotNames = {"the",  "a",     "an",   "in",    "on",    "at",       "but",
                         "and",  "as",    "it",   "this",  "that",  "he",       "she",
                         "they", "we",    "i",    "his",   "her",   "their",    "our",
                         "its",  "after", "when", "while", "asked", "speaking", "according"};

const Words kPronouns = {"he", "she", "they"};

// Words that open a noun phrase and belong to it.
const Words kDeterminers = {"the",  "a",       "an",   "this", "these", "those",  "his",
                            "her",  "their",   "its",  "our",  "my",    "your",   "some",
                            "many", "several", "both", "each", "every", "another"};

// Words that end a noun phrase on their side and are no part of it: prepositions,
// conjunctions, clause words, pronouns, and words that open a clause without naming anyone.
const Words kBoundaries = {
    "about",    "above",   "across",   "after",     "against", "amid",     "among",   "around",
    "at",       "before",  "behind",   "between",   "by",      "despite",  "during",  "following",
    "for",      "from",    "in",       "inside",    "into",    "near",     "of",      "off",
    "on",       "onto",    "outside",  "over",      "since",   "through",  "to",      "toward",
    "towards",  "under",   "until",    "upon",      "via",     "with",     "within",  "without",
    "and",      "or",      "but",      "nor",       "so",      "yet",      "that",    "when",
    "while",    "because", "although", "though",    "if",      "as",       "where",   "which",
    "who",      "whom",    "whose",    "whether",   "unless",  "than",     "i",       "me",
    "we",       "us",      "you",      "it",        "he",      "him",      "she",     "they",
    "them",     "there",   "here",     "according", "asked",   "speaking", "however", "meanwhile",
    "moreover", "instead"};

// Adverbs and auxiliaries that may stand between a subject and its verb ("have repeatedly
// warned"); in lower case only, since "May" or "Will" in capitals is likely a name.
const Words kBetween = {
    "also",      "again",    "already",      "allegedly",  "always",      "currently",
    "earlier",   "even",     "falsely",      "further",    "immediately", "initially",
    "just",      "later",    "likewise",     "never",      "not",         "now",
    "often",     "once",     "openly",       "previously", "privately",   "publicly",
    "quickly",   "recently", "repeatedly",   "reportedly", "rightly",     "separately",
    "similarly", "still",    "subsequently", "then",       "wrongly",     "today",
    "yesterday", "tonight",  "am",           "is",         "are",         "was",
    "were",      "be",       "been",         "has",        "have",        "had",
    "do",        "does",     "did",          "will",       "would",       "shall",
    "should",    "can",      "could",        "may",        "might",       "must"};

// Heads of time phrases and of "in a statement" phrases: adverbials, never speakers.
const Words kAdverbialHeads = {
    "monday",  "tuesday",   "wednesday", "thursday",  "friday",     "saturday",   "sunday",
    "january", "february",  "march",     "april",     "may",        "june",       "july",
    "august",  "september", "october",   "november",  "december",   "today",      "yesterday",
    "tonight", "week",      "weekend",   "month",     "year",       "morning",    "afternoon",
    "evening", "night",     "day",       "statement", "interview",  "speech",     "address",
    "letter",  "briefing",  "post",      "video",     "message",    "conference", "call",
    "tweet",   "broadcast", "visit",     "trip",      "television", "tv",         "radio",
    "camera",  "phone",     "record",    "condition", "sidelines"};

// Time words that are adverbials on their own ("Vetrov Tuesday claimed").
const Words kBareTimeWords = {"monday",   "tuesday", "wednesday", "thursday",  "friday",
                              "saturday", "sunday",  "today",     "yesterday", "tonight"};

// Words between the preposition and the head of an adverbial ("earlier this month", "in a
// televised statement"), and those of them that make a time word an adverbial by themselves.
const Words kAdverbialModifiers = {"last",    "next",     "this",     "early", "late",  "earlier",
                                   "later",   "same",     "previous", "the",   "a",     "an",
                                   "its",     "his",      "her",      "their", "joint", "televised",
                                   "written", "separate", "brief",    "recent"};
const Words kTimeModifiers = {"last",    "next",  "this", "early",   "late",
                              "earlier", "later", "same", "previous"};
const Words kAdverbialPrepositions = {"on", "in", "at", "during", "over", "by", "through"};

// Prepositions whose phrase after a head noun is part of the noun phrase.
const Words kPostModifiers = {"of", "in", "on", "at", "for", "from"};

// Conjunctions after which a verb shares the subject of the clause before.
const Words kCoordinators = {"and", "but", "or", "nor"};

// Words that open a relative clause.
const Words kRelativeWords = {"who", "which", "whose", "whom", "where"};

bool IsWordOrNumber(const Token& t) {
  return t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber;
}

bool IsWordIn(const Token& t, const Words& words) {
  return t.kind == TokenKind::kWord && words.count(t.norm) != 0;
}

bool IsComma(const Token& t) { return t.kind == TokenKind::kPunct && t.norm == ","; }

// "adding", "citing": a word that opens a participle clause.
bool IsParticiple(const Token& t) {
  const std::string& w = t.norm;
  return t.kind == TokenKind::kWord && w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
}

// In a phrase: neither a boundary nor (in lower case) an auxiliary or adverb.
bool IsBoundary(std::string_view text, const Token& t) {
  return IsWordIn(t, kBoundaries) || (IsWordIn(t, kBetween) && !IsCapitalized(text, t));
}

// Token `k` is a period or hyphen inside a phrase: "Maj. Gen.", "pro-Russian", "U.S. officials".
bool IsJoin(const std::vector<Token>& tokens, std::size_t k) {
  const Token& t = tokens[k];
  if (t.kind != TokenKind::kPunct || (t.norm != "." && t.norm != "-")) return false;
  if (k == 0 || k + 1 >= tokens.size()) return false;
  const Token& before = tokens[k - 1];
  const Token& after = tokens[k + 1];
  if (!IsWordOrNumber(before) || !IsWordOrNumber(after) || before.end != t.begin) return false;
  return t.norm == "." || t.end == after.begin;
}

// A name: every word, but determiners and the "of"/"and" inside, starts with a capital.
bool IsName(std::string_view text, const std::vector<Token>& tokens, TokenRange r) {
  bool any = false;
  for (std::size_t k = r.first; k < r.last; ++k) {
    const Token& t = tokens[k];
    if (t.kind != TokenKind::kWord || IsWordIn(t, kDeterminers) || t.norm == "of" ||
        t.norm == "and") {
      continue;
    }
    if (!IsCapitalized(text, t)) return false;
    any = true;
  }
  return any;
}

// Tokens before `e` that stand between a subject and its verb, skipped: the new end.
std::size_t SkipBetween(std::string_view text, const std::vector<Token>& tokens, std::size_t e,
                        std::size_t floor) {
  while (e > floor) {
    const Token& t = tokens[e - 1];
    if (IsWordIn(t, kBetween) && !IsCapitalized(text, t)) {
      --e;
      continue;
    }
    if (!IsWordIn(t, kAdverbialHeads)) break;
    std::size_t j = e - 1;  // the first word of the adverbial
    while (j > floor && e - j < 4 && IsWordIn(tokens[j - 1], kAdverbialModifiers)) --j;
    const bool timed = kBareTimeWords.count(t.norm) != 0 ||
                       std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(j),
                                   tokens.begin() + static_cast<std::ptrdiff_t>(e - 1),
                                   [](const Token& m) { return IsWordIn(m, kTimeModifiers); });
    if (j > floor && IsWordIn(tokens[j - 1], kAdverbialPrepositions)) {
      e = j - 1;  // "on Tuesday", "in a statement"
    } else if (timed) {
      e = j;  // "last week", "Tuesday"
    } else {
      break;  // "The statement claimed": the subject itself
    }
  }
  return e;
}

// The words of a noun phrase that ends at `e` (exclusive), back to its determiner or to a
// boundary, at most kMaxPhraseWords, within [floor, e).
std::optional<TokenRange> HeadBefore(std::string_view text, const std::vector<Token>& tokens,
                                     std::size_t e, std::size_t floor) {
  std::size_t b = e;
  std::size_t words = 0;
  while (b > floor) {
    const Token& t = tokens[b - 1];
    if (IsWordOrNumber(t)) {
      if (IsWordIn(t, kDeterminers)) {
        if (words > 0) --b;
        break;
      }
      // "Britain and France", "Russian and Ukrainian officials".
      if (t.norm == "and" && words > 0 && b - 1 > floor && IsCapitalized(text, tokens[b]) &&
          IsCapitalized(text, tokens[b - 2]) && !IsBoundary(text, tokens[b - 2])) {
        --b;
        continue;
      }
      if (IsBoundary(text, t) || words == kMaxPhraseWords) break;
      --b;
      ++words;
      continue;
    }
    if (words > 0 && b - 1 > floor && IsJoin(tokens, b - 1)) {
      --b;
      continue;
    }
    break;
  }
  while (b < e && !IsWordOrNumber(tokens[b])) ++b;  // never starts with a join
  if (words == 0 || b == e) return std::nullopt;
  return TokenRange{b, e};
}

// HeadBefore, with the "of"/"in"/... phrases that follow the head ("officials in Kyiv").
std::optional<TokenRange> PhraseBefore(std::string_view text, const std::vector<Token>& tokens,
                                       std::size_t e, std::size_t floor) {
  auto phrase = HeadBefore(text, tokens, e, floor);
  while (phrase && phrase->first > floor + 1 &&
         IsWordIn(tokens[phrase->first - 1], kPostModifiers)) {
    const auto head = HeadBefore(text, tokens, phrase->first - 1, floor);
    if (!head) break;
    phrase->first = head->first;
  }
  return phrase;
}

// The words of a noun phrase that starts at `b`: a determiner, then words up to a boundary,
// at most kMaxPhraseWords, within [b, ceiling).
std::optional<TokenRange> HeadAfter(std::string_view text, const std::vector<Token>& tokens,
                                    std::size_t b, std::size_t ceiling) {
  std::size_t e = b;
  std::size_t words = 0;
  if (e < ceiling && IsWordIn(tokens[e], kDeterminers)) ++e;
  while (e < ceiling) {
    const Token& t = tokens[e];
    if (IsWordOrNumber(t)) {
      if (t.norm == "and" && words > 0 && e + 1 < ceiling && IsCapitalized(text, tokens[e - 1]) &&
          IsCapitalized(text, tokens[e + 1]) && !IsBoundary(text, tokens[e + 1])) {
        ++e;
        continue;
      }
      if (IsBoundary(text, t) || IsWordIn(t, kDeterminers) || words == kMaxPhraseWords) break;
      ++e;
      ++words;
      continue;
    }
    if (words > 0 && e + 1 < ceiling && IsJoin(tokens, e)) {
      ++e;
      continue;
    }
    break;
  }
  if (words == 0) return std::nullopt;
  return TokenRange{b, e};
}

// HeadAfter, with the "of"/"in"/... phrases that follow the head ("a spokesman for the
// ministry"), but not a time or "in a statement" phrase.
std::optional<TokenRange> PhraseAfter(std::string_view text, const std::vector<Token>& tokens,
                                      std::size_t b, std::size_t ceiling) {
  auto phrase = HeadAfter(text, tokens, b, ceiling);
  while (phrase && phrase->last + 1 < ceiling && IsWordIn(tokens[phrase->last], kPostModifiers)) {
    const auto next = HeadAfter(text, tokens, phrase->last + 1, ceiling);
    if (!next || IsWordIn(tokens[next->last - 1], kAdverbialHeads)) break;
    phrase->last = next->last;
  }
  return phrase;
}

// The first token a subject of `verb` may start at.
std::size_t Floor(std::size_t verb, std::size_t lo) {
  return std::max(lo, verb > kMaxSpeakerLookBack ? verb - kMaxSpeakerLookBack : std::size_t{0});
}

}  // namespace

bool IsCapitalized(std::string_view text, const Token& t) {
  if (t.kind != TokenKind::kWord) return false;
  const auto c = static_cast<unsigned char>(text[t.begin]);
  return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

bool IsSpeakerPronoun(const Token& t) { return IsWordIn(t, kPronouns); }

bool IsSpeakerPronoun(std::string_view word) {
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return kPronouns.count(lower) != 0;
}

std::optional<TokenRange> NameRun(std::string_view text, const std::vector<Token>& tokens,
                                  std::size_t k, std::size_t lo, std::size_t hi) {
  if (k < lo || k >= hi || !IsCapitalized(text, tokens[k])) return std::nullopt;
  std::size_t b = k;
  std::size_t e = k + 1;
  auto joins = [&](std::size_t p) {
    const std::string_view s = text.substr(tokens[p].begin, tokens[p].end - tokens[p].begin);
    return s == "." || s == "-";
  };
  while (b > lo && (IsCapitalized(text, tokens[b - 1]) ||
                    (b - 1 > lo && joins(b - 1) && IsCapitalized(text, tokens[b - 2])))) {
    b -= IsCapitalized(text, tokens[b - 1]) ? 1U : 2U;
  }
  while (e < hi && (IsCapitalized(text, tokens[e]) ||
                    (e + 1 < hi && joins(e) && IsCapitalized(text, tokens[e + 1])))) {
    e += IsCapitalized(text, tokens[e]) ? 1U : 2U;
  }
  // Drop leading words that are not names ("According", "The").
  while (b < e && kNotNames.count(tokens[b].norm) != 0) ++b;
  if (b == e) return std::nullopt;
  return TokenRange{b, e};
}

bool SharesSubject(std::string_view text, const std::vector<Token>& tokens, std::size_t verb,
                   std::size_t lo) {
  const std::size_t e = SkipBetween(text, tokens, verb, Floor(verb, lo));
  if (e <= lo) return false;
  const Token& before = tokens[e - 1];
  if (IsWordIn(before, kCoordinators)) return true;  // "called it a first step and made clear"
  return IsParticiple(tokens[verb]) &&
         (IsComma(before) || IsWordIn(before, kBoundaries));  // ", adding that"
}

std::optional<Subject> SubjectBefore(std::string_view text, const std::vector<Token>& tokens,
                                     std::size_t verb, std::size_t lo) {
  const std::size_t floor = Floor(verb, lo);
  const std::size_t e = SkipBetween(text, tokens, verb, floor);
  if (e <= floor) return std::nullopt;
  if (IsSpeakerPronoun(tokens[e - 1])) return Subject{TokenRange{e - 1, e}, std::nullopt};
  auto plain = [](std::optional<TokenRange> r) {
    return r ? std::optional<Subject>(Subject{*r, std::nullopt}) : std::nullopt;
  };
  if (!IsComma(tokens[e - 1])) return plain(PhraseBefore(text, tokens, e, floor));
  // "X, <apposition or relative clause>, verb": the aside is [open, comma).
  const std::size_t comma = e - 1;
  std::size_t open = comma;
  while (open > floor && !IsComma(tokens[open - 1])) --open;
  if (open == floor) return plain(PhraseBefore(text, tokens, comma, floor));  // "Vetrov, claimed"
  const auto before = PhraseBefore(text, tokens, open - 1, floor);
  if (open < comma && IsWordIn(tokens[open], kRelativeWords)) return plain(before);
  auto aside = PhraseBefore(text, tokens, comma, open);
  // Not a phrase of its own, or a participle clause (", citing Vetrov,"): no apposition.
  if (aside && (aside->first != open || IsParticiple(tokens[open]))) aside.reset();
  if (before && (IsName(text, tokens, *before) || !aside || !IsName(text, tokens, *aside))) {
    return Subject{*before, aside};
  }
  if (aside) return Subject{*aside, before};
  return std::nullopt;
}

std::optional<Subject> SubjectAfter(std::string_view text, const std::vector<Token>& tokens,
                                    std::size_t verb_end, std::size_t hi) {
  const std::size_t ceiling = std::min(hi, verb_end + kMaxSpeakerLookBack);
  const auto phrase = PhraseAfter(text, tokens, verb_end, ceiling);
  if (!phrase) return std::nullopt;
  // "said Amara Okafor, the U.N. humanitarian coordinator": the apposition after it.
  std::optional<TokenRange> aside;
  if (phrase->last + 1 < ceiling && IsComma(tokens[phrase->last]) &&
      !IsParticiple(tokens[phrase->last + 1])) {
    aside = PhraseAfter(text, tokens, phrase->last + 1, ceiling);
  }
  return Subject{*phrase, aside};
}

}  // namespace slant::score
