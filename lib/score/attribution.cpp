#include "score/attribution.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <optional>
#include <span>

#include "score/speaker_phrase.h"

namespace slant::score {
namespace {

using text::Token;
using text::TokenKind;

// Index of the first token that begins at or after `byte`.
std::size_t FirstTokenAt(const std::vector<Token>& tokens, std::size_t byte) {
  return static_cast<std::size_t>(
      std::lower_bound(tokens.begin(), tokens.end(), byte,
                       [](const Token& t, std::size_t b) { return t.begin < b; }) -
      tokens.begin());
}

// Which tokens stand within some quotation's marks (linear in tokens plus quotations).
std::vector<bool> InsideQuotes(const std::vector<Token>& tokens,
                               const std::vector<text::Quote>& quotes) {
  std::vector<bool> inside(tokens.size(), false);
  for (const text::Quote& q : quotes) {
    for (std::size_t t = FirstTokenAt(tokens, q.begin); t < tokens.size() && tokens[t].end <= q.end;
         ++t) {
      if (inside[t] && q.depth > 0) break;  // an inner quotation's tokens are already marked
      inside[t] = true;
    }
  }
  return inside;
}

// Verbs or mentions ordered by first token, ties in input order, so that those of a window are
// found by binary search: a pass over all of an article's for each quotation or verb made a
// transcript of 40,000 quotations in one sentence take minutes (quadratic).
template <typename Item>
class ByFirstToken {
 public:
  explicit ByFirstToken(const std::vector<Item>& items) : items_(items), order_(items.size()) {
    std::iota(order_.begin(), order_.end(), std::size_t{0});
    std::stable_sort(order_.begin(), order_.end(), [&](std::size_t a, std::size_t b) {
      return items[a].first_token < items[b].first_token;
    });
    for (const Item& item : items) longest_ = std::max(longest_, item.token_count);
  }

  // Indices of the items whose first token is in [first, last), by first token, then input
  // order (so a strict "better than" in this order picks what it picks in input order).
  std::span<const std::size_t> Starting(std::size_t first, std::size_t last) const {
    const auto at = [&](std::size_t token) {
      return std::lower_bound(
          order_.begin(), order_.end(), token,
          [&](std::size_t i, std::size_t t) { return items_[i].first_token < t; });
    };
    const auto begin = at(first);
    return {begin, std::max(begin, at(last))};
  }

  // The index of the item nearest `anchor` (by first token) among those starting in tokens
  // [first, last), or with `overlap` also those starting before that overlap them; ties go to
  // the earlier in input order, as a pass in input order keeping only strictly nearer items
  // would pick. nullopt if there is none.
  std::optional<std::size_t> Nearest(std::size_t anchor, std::size_t first, std::size_t last,
                                     bool overlap) const {
    const std::size_t from = overlap && first + 1 > longest_ ? first + 1 - longest_ : 0;
    const std::span<const std::size_t> range = Starting(overlap ? from : first, last);
    const auto qualifies = [&](std::size_t i) {
      return items_[i].first_token >= first ||
             items_[i].first_token + items_[i].token_count > first;
    };
    const auto distance = [&](std::size_t i) {
      const std::size_t t = items_[i].first_token;
      return t > anchor ? t - anchor : anchor - t;
    };
    std::optional<std::size_t> best;
    const auto consider = [&](std::size_t i) {
      if (!best || distance(i) < distance(*best) || (distance(i) == distance(*best) && i < *best)) {
        best = i;
      }
    };
    // The range splits at the anchor. On each side, the qualifying items of the nearest first
    // token that has any: they are equally near, and the tie goes by input order.
    const auto split =
        std::upper_bound(range.begin(), range.end(), anchor,
                         [&](std::size_t a, std::size_t i) { return a < items_[i].first_token; });
    for (auto it = split; it != range.begin();) {
      --it;
      if (!qualifies(*it)) continue;
      const std::size_t token = items_[*it].first_token;
      for (auto same = it;; --same) {
        if (qualifies(*same)) consider(*same);
        if (same == range.begin() || items_[*(same - 1)].first_token != token) break;
      }
      break;
    }
    for (auto it = split; it != range.end(); ++it) {
      if (!qualifies(*it)) continue;
      const std::size_t token = items_[*it].first_token;
      for (auto same = it; same != range.end() && items_[*same].first_token == token; ++same) {
        if (qualifies(*same)) consider(*same);
      }
      break;
    }
    return best;
  }

  const Item& operator[](std::size_t i) const { return items_[i]; }

 private:
  const std::vector<Item>& items_;
  std::vector<std::size_t> order_;
  std::size_t longest_ = 1;
};

using Verbs = ByFirstToken<AttributionInput::Verb>;
using Mentions = ByFirstToken<AttributionInput::Mention>;

struct Window {
  std::size_t lo = 0;  // token range [lo, hi) outside the quotation, in its sentence
  std::size_t hi = 0;
  bool after = true;  // after the quotation (else before it)
};

// Who speaks for a reporting verb, as found by FindSpeaker.
struct Speaker {
  std::optional<TokenRange> said;  // as written; none when not found
  long actor = -1;
  bool pronoun = false;  // `said` is "he", "she" or "they"
};

// The first token of every reporting verb, in order.
std::vector<std::size_t> VerbStarts(const AttributionInput& input) {
  std::vector<std::size_t> starts;
  starts.reserve(input.verbs.size());
  for (const auto& v : input.verbs) starts.push_back(v.first_token);
  std::sort(starts.begin(), starts.end());
  return starts;
}

// The speaker of the reporting verb at tokens [v0, v1), in the part [lo, hi) of its sentence
// outside quotation marks (for a paraphrase, hi = v0); shared by quotations and paraphrases.
// The verb's subject as written (speaker_phrase.h; for "…, adding that" or "… and made clear
// that", the subject of the reporting verb before it), with the actor named in it, or else in
// its apposition; without a subject, the actor mentioned nearest the verb, else the name
// nearest it (within kMaxSpeakerLookBack tokens), else a pronoun right before it.
Speaker FindSpeaker(const AttributionInput& input, const std::vector<std::size_t>& verb_starts,
                    const Mentions& mentions, std::size_t v0, std::size_t v1, std::size_t lo,
                    std::size_t hi) {
  const std::vector<Token>& tokens = *input.tokens;
  const std::string_view text = input.text;
  std::optional<Subject> subject;
  if (SharesSubject(text, tokens, v0, lo)) {
    auto it = std::lower_bound(verb_starts.begin(), verb_starts.end(), v0);
    if (it != verb_starts.begin() && *--it >= lo && !SharesSubject(text, tokens, *it, lo)) {
      subject = SubjectBefore(text, tokens, *it, lo);
    }
  } else {
    subject = SubjectBefore(text, tokens, v0, lo);
    if (!subject && v1 < hi) subject = SubjectAfter(text, tokens, v1, hi);
  }
  // The mention overlapping r nearest the verb.
  auto nearest_in = [&](TokenRange r) -> const AttributionInput::Mention* {
    const auto i = mentions.Nearest(v0, r.first, r.last, /*overlap=*/true);
    return i ? &mentions[*i] : nullptr;
  };
  Speaker s;
  if (subject) {
    const TokenRange phrase = subject->phrase;
    s.said = phrase;
    if (phrase.last == phrase.first + 1 && IsSpeakerPronoun(tokens[phrase.first])) {
      s.pronoun = true;
    } else if (const auto* named = nearest_in(phrase)) {
      s.said = TokenRange{named->first_token, named->first_token + named->token_count};
      s.actor = static_cast<long>(named->actor);
    } else if (subject->aside) {
      // "Marchenko, spokesman for the ministry": the first actor named in the apposition.
      const TokenRange aside = *subject->aside;
      const auto in_aside = mentions.Starting(aside.first, aside.last);
      if (!in_aside.empty()) s.actor = static_cast<long>(mentions[in_aside.front()].actor);
    }
    return s;
  }
  if (const auto* m = nearest_in(TokenRange{lo, hi})) {
    s.said = TokenRange{m->first_token, m->first_token + m->token_count};
    s.actor = static_cast<long>(m->actor);
    return s;
  }
  // Names within kMaxSpeakerLookBack tokens of the verb, so that each look is bounded.
  const std::size_t near_lo = std::max(lo, v0 > kMaxSpeakerLookBack ? v0 - kMaxSpeakerLookBack : 0);
  const std::size_t near_hi = std::min(hi, v1 + kMaxSpeakerLookBack);
  for (std::size_t d = 1; !s.said && d <= kMaxSpeakerLookBack; ++d) {
    if (v0 >= near_lo + d && !IsSpeakerPronoun(tokens[v0 - d])) {
      s.said = NameRun(text, tokens, v0 - d, near_lo, near_hi);
    }
    if (!s.said && v1 - 1 + d < near_hi) {
      s.said = NameRun(text, tokens, v1 - 1 + d, near_lo, near_hi);
    }
  }
  if (!s.said && v0 > lo && IsSpeakerPronoun(tokens[v0 - 1])) {
    s.said = TokenRange{v0 - 1, v0};
    s.pronoun = true;
  }
  return s;
}

std::string Cut(std::string_view text, const std::vector<Token>& tokens, TokenRange r) {
  return std::string(
      text.substr(tokens[r.first].begin, tokens[r.last - 1].end - tokens[r.first].begin));
}

}  // namespace

std::vector<Attribution> FindAttributions(const AttributionInput& input) {
  const std::vector<Token>& tokens = *input.tokens;
  const std::string_view text = input.text;
  auto first_token_at = [&](std::size_t byte) { return FirstTokenAt(tokens, byte); };
  const std::vector<bool> inside = InsideQuotes(tokens, *input.quotes);

  // Group the top-level spans of each quotation.
  std::map<std::size_t, std::vector<const text::Quote*>> spans;
  for (const text::Quote& q : *input.quotes) {
    if (q.depth == 0) spans[q.quotation].push_back(&q);
  }
  const std::vector<std::size_t> verb_starts = VerbStarts(input);
  const Verbs verbs(input.verbs);
  const Mentions mentions(input.mentions);
  std::vector<Attribution> out;
  std::string last_named;
  long last_actor = -1;
  bool other_name = false;  // someone else named in the narration since `last_named` spoke
  std::size_t scanned = 0;  // narration tokens before this one have been looked at for names
  for (const auto& [number, parts] : spans) {
    Attribution a;
    a.quotation = number;
    a.begin = parts.front()->begin;
    a.end = parts.back()->end;
    // A full name in the narration since the last named speaker ("Outside, nurse Halyna Tkach
    // wept. “…,” she said.") may be whom a pronoun stands for: it is then left unresolved.
    // Each stretch of narration is looked at once.
    for (const std::size_t open = first_token_at(a.begin); scanned < open; ++scanned) {
      if (inside[scanned] || last_named.empty() || other_name) continue;
      if (scanned > 0 && !inside[scanned - 1] && IsCapitalized(text, tokens[scanned - 1])) {
        continue;  // inside a run of capitalized words already looked at
      }
      if (const auto run = NameRun(text, tokens, scanned, scanned, open)) {
        const std::string name = Cut(text, tokens, *run);
        const auto words = std::count_if(tokens.begin() + static_cast<std::ptrdiff_t>(run->first),
                                         tokens.begin() + static_cast<std::ptrdiff_t>(run->last),
                                         [](const Token& t) { return t.kind == TokenKind::kWord; });
        other_name = words >= 2 && last_named.find(name) == std::string::npos &&
                     name.find(last_named) == std::string::npos;
        scanned = run->last - 1;
      }
    }
    for (const text::Quote* q : parts) {
      for (std::size_t t = first_token_at(q->inner_begin);
           t < tokens.size() && tokens[t].end <= q->inner_end; ++t) {
        a.words += tokens[t].kind == TokenKind::kWord ? 1U : 0U;
      }
    }
    // Windows: after the last span, then before the first span, within their sentences.
    std::vector<Window> windows;
    {
      const std::size_t close = first_token_at(parts.back()->end);
      // ICU ends a sentence at "?”" or "!”", but "“…?” asked Okafor." goes on in lower case.
      const bool goes_on =
          close < tokens.size() && close > 0 &&
          (tokens[close].sentence == tokens[close - 1].sentence ||
           (tokens[close].kind == TokenKind::kWord && !IsCapitalized(text, tokens[close])));
      if (goes_on) {
        std::size_t hi = close;
        while (hi < tokens.size() && tokens[hi].sentence == tokens[close].sentence && !inside[hi]) {
          ++hi;
        }
        windows.push_back({close, hi, true});
      }
      const std::size_t open = first_token_at(parts.front()->begin);
      if (open < tokens.size() && open > 0 && tokens[open - 1].sentence == tokens[open].sentence) {
        std::size_t lo = open;
        while (lo > 0 && tokens[lo - 1].sentence == tokens[open].sentence && !inside[lo - 1]) --lo;
        windows.push_back({lo, open, false});
      }
    }
    bool verb_found = false;
    for (const Window& w : windows) {
      // The reporting verb nearest the quotation.
      const AttributionInput::Verb* verb = nullptr;
      for (const std::size_t i : verbs.Starting(w.lo, w.hi)) {
        const AttributionInput::Verb& v = verbs[i];
        if (verb == nullptr ||
            (w.after ? v.first_token < verb->first_token : v.first_token > verb->first_token)) {
          verb = &v;
        }
      }
      if (verb != nullptr) {
        const Speaker speaker = FindSpeaker(input, verb_starts, mentions, verb->first_token,
                                            verb->first_token + verb->token_count, w.lo, w.hi);
        if (speaker.said) a.speaker = Cut(text, tokens, *speaker.said);
        a.actor = speaker.actor;
        if (speaker.pronoun && !other_name) {
          a.actor = last_actor;  // "he said" after a named speaker: the same person
          a.resolved = last_named;
        }
      } else {
        // No verb: the actor mentioned nearest the quotation, else a dash and a name after it
        // ("“…” — Vetrov"), or the name nearest it before it ("According to Okafor, “…”").
        const std::size_t anchor = w.after ? w.lo : w.hi - 1;
        const auto nearest = mentions.Nearest(anchor, w.lo, w.hi, /*overlap=*/false);
        const AttributionInput::Mention* mention = nearest ? &mentions[*nearest] : nullptr;
        std::optional<TokenRange> name;
        if (mention != nullptr) {
          name = TokenRange{mention->first_token, mention->first_token + mention->token_count};
          a.actor = static_cast<long>(mention->actor);
        } else if (w.after) {
          for (std::size_t t = w.lo; t < w.hi && !name; ++t) {
            name = NameRun(text, tokens, t, w.lo, w.hi);
          }
        } else {
          for (std::size_t t = w.hi; t > w.lo && !name; --t) {
            name = NameRun(text, tokens, t - 1, w.lo, w.hi);
          }
        }
        if (name) a.speaker = Cut(text, tokens, *name);
      }
      if (verb != nullptr) {
        const Token& v0 = tokens[verb->first_token];
        const Token& v1 = tokens[verb->first_token + verb->token_count - 1];
        a.verb = std::string(text.substr(v0.begin, v1.end - v0.begin));
        a.verb_class = verb->verb_class;
        verb_found = true;
      }
      if (!a.speaker.empty() || verb != nullptr) break;
    }
    if (verb_found == false && a.words <= 3) {
      a.scare = true;
      a.speaker.clear();
      a.actor = -1;
    } else if (a.speaker.empty() && !out.empty() && !out.back().speaker.empty() &&
               text.substr(out.back().end, a.begin - out.back().end).find('\n') ==
                   std::string_view::npos) {
      a.speaker = out.back().speaker;
      a.resolved = out.back().resolved;
      a.actor = out.back().actor;
      a.continued = true;
    }
    if (!a.speaker.empty() && !IsSpeakerPronoun(a.speaker)) {
      last_named = a.speaker;
      last_actor = a.actor;
      other_name = false;
      scanned = std::max(scanned, first_token_at(a.end));
    }
    out.push_back(std::move(a));
  }
  return out;
}

std::vector<Paraphrase> FindParaphrases(const AttributionInput& input) {
  const std::vector<Token>& tokens = *input.tokens;
  const std::string_view text = input.text;
  const std::vector<bool> inside = InsideQuotes(tokens, *input.quotes);
  const std::vector<std::size_t> verb_starts = VerbStarts(input);
  const Mentions mentions(input.mentions);
  // Where each token's stretch of narration in its sentence starts (one pass, not one per verb).
  std::vector<std::size_t> stretch(tokens.size(), 0);
  for (std::size_t t = 1; t < tokens.size(); ++t) {
    const bool joined = tokens[t - 1].sentence == tokens[t].sentence && !inside[t - 1];
    stretch[t] = joined ? stretch[t - 1] : t;
  }
  std::vector<Paraphrase> out;
  for (const auto& v : input.verbs) {
    const std::size_t after = v.first_token + v.token_count;
    if (inside[v.first_token] || after >= tokens.size()) continue;
    const std::string& next = tokens[after].norm;
    if (next != "that" && !(next == "of" && v.verb_class == "alarm")) continue;
    if (tokens[after].sentence != tokens[v.first_token].sentence) continue;
    Paraphrase p;
    p.sentence = tokens[v.first_token].sentence;
    const Token& v0 = tokens[v.first_token];
    const Token& v1 = tokens[after - 1];
    p.verb = std::string(text.substr(v0.begin, v1.end - v0.begin));
    p.verb_class = v.verb_class;
    const std::size_t lo = stretch[v.first_token];
    // Before the verb only: the window ends where the verb starts.
    const Speaker speaker =
        FindSpeaker(input, verb_starts, mentions, v.first_token, after, lo, v.first_token);
    if (speaker.said) p.speaker = Cut(text, tokens, *speaker.said);
    p.actor = speaker.actor;
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace slant::score
