#ifndef SLANT_LEXICON_MATCHER_H_
#define SLANT_LEXICON_MATCHER_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "lexicon/edge_table.h"
#include "lexicon/lexicon.h"
#include "text/token.h"

namespace slant::lexicon {

// One match of a lexicon entry: tokens [first_token, first_token + token_count).
struct Hit {
  std::size_t first_token = 0;
  std::size_t token_count = 1;  // > 1 for multiword entries
  EntryId entry = 0;            // categories and weights live in the Lexicon
  friend bool operator==(const Hit&, const Hit&) = default;
};

// One or more lexicons compiled for matching: built once, then read-only, so one Matcher can
// serve any number of threads. The cost per token does not grow with the number of entries
// (hash lookups per token, and per prefix length for wildcard entries), and several lexicons
// compiled together share one trie, so the text is walked once for all of them.
//
// Semantics:
//  - A pattern token matches a text token when it equals the token's `norm`, or its `bare`
//    form (possessive stripped: "ukraine" matches "Ukraine’s"); a prefix token ("negotiat*")
//    matches when either form starts with it (the stem itself included).
//  - Matches never cross a sentence boundary.
//  - Leftmost-longest: scanning left to right, the match starting at the first possible token
//    wins, and among the matches starting there the one with the most tokens; then the one
//    with the most literal (non-wildcard) tokens, then the longest wildcard prefixes, then the
//    most tokens matched on `norm` rather than `bare` (so an entry "ukraine's" beats "ukraine"
//    on "Ukraine’s"), then the entry listed first. A match consumes its tokens: hits never
//    overlap.
//  - Each lexicon of a Matcher built from several is matched on its own terms: its hits are
//    exactly those of a Matcher built from it alone (a hit of one never hides another's).
class Matcher {
 public:
  explicit Matcher(const Lexicon& lexicon);
  explicit Matcher(std::span<const Lexicon* const> lexicons);

  // Hits in token order (of the first lexicon, for a Matcher built from several).
  std::vector<Hit> FindAll(std::span<const text::Token> tokens) const;
  // Hits in token order, one list per lexicon in construction order.
  std::vector<std::vector<Hit>> FindAllPerLexicon(std::span<const text::Token> tokens) const;

  std::size_t node_count() const { return nodes_.size(); }

 private:
  // An entry of one lexicon ending at a node.
  struct Ending {
    std::uint32_t lexicon = 0;
    EntryId entry = 0;
  };
  struct Node {
    // endings_[first_ending, first_ending + ending_count): at most one per lexicon, the
    // lexicon's first entry with this pattern.
    std::uint32_t first_ending = 0;
    std::uint32_t ending_count = 0;
    std::uint32_t max_prefix = 0;  // longest wildcard prefix leaving this node, in bytes
    // Bit n-1 set when a wildcard prefix of n bytes leaves this node (bit 63: 64 or more), so
    // the scan looks up only lengths that exist.
    std::uint64_t prefix_lengths = 0;
    // Bit (b % 64) set when an edge (literal or prefix) leaving this node starts with byte b:
    // most tokens after a multiword entry's first word are ruled out by one test.
    std::uint64_t first_bytes = 0;
  };
  struct Score;

  std::size_t lexicon_count_ = 0;
  std::vector<Node> nodes_;
  std::vector<Ending> endings_;
  EdgeTable literal_edges_;  // (node, token text) -> node
  EdgeTable prefix_edges_;   // (node, wildcard prefix) -> node
};

}  // namespace slant::lexicon

#endif  // SLANT_LEXICON_MATCHER_H_
