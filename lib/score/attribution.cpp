#include "score/attribution.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace slant::score {
namespace {

using text::Token;
using text::TokenKind;

// Capitalized words that start sentences or clauses without naming anyone.
const std::set<std::string> kNotNames = {
    "the",  "a",    "an",    "in",   "on",    "at",    "but",      "and",      "as",  "it",
    "this", "that", "he",    "she",  "they",  "we",    "i",        "his",      "her", "their",
    "our",  "its",  "after", "when", "while", "asked", "speaking", "according"};
const std::set<std::string> kPronouns = {"he", "she", "they"};

bool IsCapitalized(std::string_view text, const Token& t) {
  if (t.kind != TokenKind::kWord) return false;
  const auto c = static_cast<unsigned char>(text[t.begin]);
  // ASCII capitals, and any non-ASCII letter (Cyrillic names are capitalized too, but the
  // first byte cannot tell; accept them).
  return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// The run of capitalized words (with inner periods and hyphens: "Maj. Gen. Igor Vetrov",
// "Jean-Luc") that contains or ends next to token `k`, within [lo, hi).
std::optional<std::pair<std::size_t, std::size_t>> NameRun(std::string_view text,
                                                           const std::vector<Token>& tokens,
                                                           std::size_t k, std::size_t lo,
                                                           std::size_t hi) {
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
  return std::pair{b, e};
}

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

struct Window {
  std::size_t lo = 0;  // token range [lo, hi) outside the quotation, in its sentence
  std::size_t hi = 0;
  bool after = true;  // after the quotation (else before it)
};

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
  std::vector<Attribution> out;
  std::string last_named;
  long last_actor = -1;
  for (const auto& [number, parts] : spans) {
    Attribution a;
    a.quotation = number;
    a.begin = parts.front()->begin;
    a.end = parts.back()->end;
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
      for (const auto& v : input.verbs) {
        if (v.first_token < w.lo || v.first_token >= w.hi) continue;
        if (verb == nullptr ||
            (w.after ? v.first_token < verb->first_token : v.first_token > verb->first_token)) {
          verb = &v;
        }
      }
      const std::size_t anchor = verb != nullptr ? verb->first_token : (w.after ? w.lo : w.hi - 1);
      // The speaker: an actor mentioned in the window, nearest the verb.
      const AttributionInput::Mention* mention = nullptr;
      auto distance = [&](std::size_t t) { return t > anchor ? t - anchor : anchor - t; };
      for (const auto& m : input.mentions) {
        if (m.first_token < w.lo || m.first_token >= w.hi) continue;
        if (mention == nullptr || distance(m.first_token) < distance(mention->first_token)) {
          mention = &m;
        }
      }
      std::optional<std::pair<std::size_t, std::size_t>> name;
      if (mention != nullptr) {
        name = std::pair{mention->first_token, mention->first_token + mention->token_count};
      } else if (verb != nullptr) {
        // A capitalized name right before the verb ("Vetrov said") or right after it ("said
        // Amara Okafor"); or a pronoun right before it.
        const std::size_t v0 = verb->first_token;
        const std::size_t v1 = verb->first_token + verb->token_count;
        if (v0 > w.lo) name = NameRun(text, tokens, v0 - 1, w.lo, w.hi);
        if (!name && v1 < w.hi) name = NameRun(text, tokens, v1, w.lo, w.hi);
        // "Bondar, the regional governor, insisted": the name nearest the verb.
        for (std::size_t d = 1; !name && d < w.hi - w.lo; ++d) {
          if (v0 >= w.lo + d && kPronouns.count(tokens[v0 - d].norm) == 0) {
            name = NameRun(text, tokens, v0 - d, w.lo, w.hi);
          }
          if (!name && v1 - 1 + d < w.hi) name = NameRun(text, tokens, v1 - 1 + d, w.lo, w.hi);
        }
        if (!name && v0 > w.lo && kPronouns.count(tokens[v0 - 1].norm) != 0) {
          a.speaker = std::string(
              text.substr(tokens[v0 - 1].begin, tokens[v0 - 1].end - tokens[v0 - 1].begin));
          a.actor = last_actor;  // "he said" after a named speaker: the same person
          a.resolved = last_named;
        }
      } else if (w.after) {
        // No verb: a dash and a name after the quotation ("“…” — Vetrov").
        for (std::size_t t = w.lo; t < w.hi && !name; ++t)
          name = NameRun(text, tokens, t, w.lo, w.hi);
      } else {
        // No verb before it: the name nearest the quotation ("According to Okafor, “…”").
        for (std::size_t t = w.hi; t > w.lo && !name; --t) {
          name = NameRun(text, tokens, t - 1, w.lo, w.hi);
        }
      }
      if (name) {
        a.speaker = std::string(text.substr(
            tokens[name->first].begin, tokens[name->second - 1].end - tokens[name->first].begin));
        a.actor = mention != nullptr ? static_cast<long>(mention->actor) : -1;
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
    std::string lower = a.speaker;
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (!a.speaker.empty() && kPronouns.count(lower) == 0) {
      last_named = a.speaker;
      last_actor = a.actor;
    }
    out.push_back(std::move(a));
  }
  return out;
}

std::vector<Paraphrase> FindParaphrases(const AttributionInput& input) {
  const std::vector<Token>& tokens = *input.tokens;
  const std::string_view text = input.text;
  const std::vector<bool> inside = InsideQuotes(tokens, *input.quotes);
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
    std::size_t lo = v.first_token;
    while (lo > 0 && tokens[lo - 1].sentence == p.sentence && !inside[lo - 1]) --lo;
    const AttributionInput::Mention* mention = nullptr;
    for (const auto& m : input.mentions) {
      if (m.first_token >= lo && m.first_token < v.first_token &&
          (mention == nullptr || m.first_token > mention->first_token)) {
        mention = &m;
      }
    }
    if (mention != nullptr) {
      const Token& m0 = tokens[mention->first_token];
      const Token& m1 = tokens[mention->first_token + mention->token_count - 1];
      p.speaker = std::string(text.substr(m0.begin, m1.end - m0.begin));
      p.actor = static_cast<long>(mention->actor);
    } else {
      for (std::size_t t = v.first_token; t > lo && p.speaker.empty(); --t) {
        if (auto name = NameRun(text, tokens, t - 1, lo, v.first_token)) {
          p.speaker = std::string(text.substr(
              tokens[name->first].begin, tokens[name->second - 1].end - tokens[name->first].begin));
        } else if (t == v.first_token && kPronouns.count(tokens[t - 1].norm) != 0) {
          p.speaker = std::string(
              text.substr(tokens[t - 1].begin, tokens[t - 1].end - tokens[t - 1].begin));
        }
      }
    }
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace slant::score
