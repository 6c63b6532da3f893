#include "lexicon/matcher.h"

#include <algorithm>
#include <array>
#include <tuple>

namespace slant::lexicon {

// How good a match is; compared lexicographically, larger is better (see the header).
struct Matcher::Score {
  std::uint32_t tokens = 0;
  std::uint32_t literals = 0;
  std::uint32_t prefix_bytes = 0;
  std::uint32_t on_norm = 0;
  friend bool operator<(const Score& a, const Score& b) {
    return std::tie(a.tokens, a.literals, a.prefix_bytes, a.on_norm) <
           std::tie(b.tokens, b.literals, b.prefix_bytes, b.on_norm);
  }
};

// The array lives until the delegated constructor returns: to the end of the full-expression.
Matcher::Matcher(const Lexicon& lexicon) : Matcher(std::array<const Lexicon*, 1>{&lexicon}) {}

Matcher::Matcher(std::span<const Lexicon* const> lexicons)
    : lexicon_count_(lexicons.size()), nodes_(1) {
  std::vector<std::vector<Ending>> endings(1);
  const auto new_node = [this, &endings] {
    nodes_.emplace_back();
    endings.emplace_back();
    return static_cast<std::uint32_t>(nodes_.size() - 1);
  };
  for (std::size_t l = 0; l < lexicons.size(); ++l) {
    const Lexicon& lexicon = *lexicons[l];
    for (std::size_t e = 0; e < lexicon.entries.size(); ++e) {
      std::uint32_t node = 0;
      for (const PatternToken& t : lexicon.entries[e].tokens) {
        if (!t.text.empty()) {
          nodes_[node].first_bytes |= std::uint64_t{1}
                                      << (static_cast<unsigned char>(t.text[0]) % 64);
        }
        if (t.prefix) {
          nodes_[node].max_prefix =
              std::max(nodes_[node].max_prefix, static_cast<std::uint32_t>(t.text.size()));
          nodes_[node].prefix_lengths |= std::uint64_t{1}
                                         << (std::min<std::size_t>(t.text.size(), 64) - 1);
          node = prefix_edges_.FindOrAdd(node, t.text, new_node);
        } else {
          node = literal_edges_.FindOrAdd(node, t.text, new_node);
        }
      }
      // Entries with the same pattern tokens were merged at load; keep the first if not.
      std::vector<Ending>& here = endings[node];
      if (here.empty() || here.back().lexicon != l) {
        here.push_back({static_cast<std::uint32_t>(l), static_cast<EntryId>(e)});
      }
    }
  }
  for (std::size_t n = 0; n < nodes_.size(); ++n) {
    nodes_[n].first_ending = static_cast<std::uint32_t>(endings_.size());
    nodes_[n].ending_count = static_cast<std::uint32_t>(endings[n].size());
    endings_.insert(endings_.end(), endings[n].begin(), endings[n].end());
  }
}

std::vector<Hit> Matcher::FindAll(std::span<const text::Token> tokens) const {
  if (lexicon_count_ == 0) return {};
  return std::move(FindAllPerLexicon(tokens).front());
}

std::vector<std::vector<Hit>> Matcher::FindAllPerLexicon(
    std::span<const text::Token> tokens) const {
  std::vector<std::vector<Hit>> hits(lexicon_count_);
  if (endings_.empty()) return hits;  // no entries (an actor lexicon has only actors)
  struct State {
    std::uint32_t node;
    Score score;
  };
  struct Best {
    bool found = false;
    Score score;
    EntryId entry = 0;
  };
  // Each lexicon consumes the tokens of its hits: it looks for its next match only from
  // next_free on. The trie walk from a token serves every lexicon that is free there.
  std::vector<std::size_t> next_free(lexicon_count_, 0);
  std::vector<Best> best(lexicon_count_);
  std::vector<std::uint32_t> found;
  std::vector<State> states;
  std::vector<State> next;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (*std::min_element(next_free.begin(), next_free.end()) > i) continue;
    states.assign(1, State{0, Score{}});
    for (std::size_t k = i; k < tokens.size() && !states.empty(); ++k) {
      const text::Token& token = tokens[k];
      if (token.sentence != tokens[i].sentence) break;
      next.clear();
      for (const State& state : states) {
        const Node& node = nodes_[state.node];
        for (int form = 0; form < 2; ++form) {
          const std::string& text = form == 0 ? token.norm : token.bare;
          if (text.empty()) continue;
          if ((node.first_bytes &
               (std::uint64_t{1} << (static_cast<unsigned char>(text[0]) % 64))) == 0) {
            continue;  // no edge from here starts with this byte
          }
          const std::uint32_t on_norm = form == 0 ? 1 : 0;
          // Most lookups start at the root, whose seed is computed once.
          static const EdgeTable::Hash kRootSeed(0);
          EdgeTable::Hash literal = state.node == 0 ? kRootSeed : EdgeTable::Hash(state.node);
          literal.Add(text);
          if (const auto child = literal_edges_.Find(state.node, text, literal.value());
              child != EdgeTable::kNone) {
            Score s = state.score;
            ++s.tokens;
            ++s.literals;
            s.on_norm += on_norm;
            next.push_back({child, s});
          }
          // Every prefix of the token is hashed in one pass over its bytes.
          const std::size_t longest = std::min<std::size_t>(node.max_prefix, text.size());
          EdgeTable::Hash prefix = state.node == 0 ? kRootSeed : EdgeTable::Hash(state.node);
          for (std::size_t length = 1; length <= longest; ++length) {
            prefix.Add(text[length - 1]);
            if ((node.prefix_lengths &
                 (std::uint64_t{1} << (std::min<std::size_t>(length, 64) - 1))) == 0) {
              continue;
            }
            // Only cut at character boundaries: never inside a UTF-8 sequence.
            if (length < text.size() && (static_cast<unsigned char>(text[length]) & 0xC0) == 0x80) {
              continue;
            }
            const std::string_view stem = std::string_view(text).substr(0, length);
            if (const auto child = prefix_edges_.Find(state.node, stem, prefix.value());
                child != EdgeTable::kNone) {
              Score s = state.score;
              ++s.tokens;
              s.prefix_bytes += static_cast<std::uint32_t>(length);
              s.on_norm += on_norm;
              next.push_back({child, s});
            }
          }
        }
      }
      for (const State& state : next) {
        const Node& node = nodes_[state.node];
        for (std::uint32_t n = 0; n < node.ending_count; ++n) {
          const Ending& ending = endings_[node.first_ending + n];
          if (next_free[ending.lexicon] > i) continue;
          Best& b = best[ending.lexicon];
          if (!b.found) found.push_back(ending.lexicon);
          if (!b.found || b.score < state.score ||
              (!(state.score < b.score) && ending.entry < b.entry)) {
            b = Best{true, state.score, ending.entry};
          }
        }
      }
      std::swap(states, next);
    }
    for (const std::uint32_t l : found) {
      hits[l].push_back(Hit{i, best[l].score.tokens, best[l].entry});
      next_free[l] = i + best[l].score.tokens;
      best[l] = Best{};
    }
    found.clear();
  }
  return hits;
}

}  // namespace slant::lexicon
