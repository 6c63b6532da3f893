#include "lexicon/matcher.h"

#include <algorithm>
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

Matcher::Matcher(const Lexicon& lexicon) : nodes_(1) {
  for (std::size_t e = 0; e < lexicon.entries.size(); ++e) {
    std::uint32_t node = 0;
    const auto new_node = [this] {
      nodes_.emplace_back();
      return static_cast<std::uint32_t>(nodes_.size() - 1);
    };
    for (const PatternToken& t : lexicon.entries[e].tokens) {
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
    if (nodes_[node].entry < 0) nodes_[node].entry = static_cast<std::int64_t>(e);
  }
}

std::vector<Hit> Matcher::FindAll(std::span<const text::Token> tokens) const {
  if (nodes_.size() == 1) return {};  // no entries (an actor lexicon has only actors)
  struct State {
    std::uint32_t node;
    Score score;
  };
  std::vector<Hit> hits;
  std::vector<State> states;
  std::vector<State> next;
  std::size_t i = 0;
  while (i < tokens.size()) {
    bool found = false;
    Score best_score;
    std::int64_t best_entry = -1;
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
        const std::int64_t entry = nodes_[state.node].entry;
        if (entry < 0) continue;
        if (!found || best_score < state.score ||
            (!(state.score < best_score) && entry < best_entry)) {
          found = true;
          best_score = state.score;
          best_entry = entry;
        }
      }
      std::swap(states, next);
    }
    if (found) {
      hits.push_back(Hit{i, best_score.tokens, static_cast<EntryId>(best_entry)});
      i += best_score.tokens;
    } else {
      ++i;
    }
  }
  return hits;
}

}  // namespace slant::lexicon
