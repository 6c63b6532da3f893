#ifndef SLANT_ALIGN_TOKEN_DIFF_H_
#define SLANT_ALIGN_TOKEN_DIFF_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "text/token.h"

namespace slant::align {

enum class DiffOp {
  kEqual,       // the same tokens on both sides
  kSubstitute,  // a's tokens replaced by b's (both sides non-empty)
  kInsert,      // tokens only b has
  kDelete,      // tokens only a has
};

// "equal", "substitute", "insert", "delete".
std::string_view DiffOpName(DiffOp op);

// One run of a token diff. Token ranges index the token spans given to DiffTokens; byte spans
// point into the texts the tokens came from (from the run's first token's begin to its last
// token's end). The empty side of an insertion or deletion is an empty span where the other
// side's tokens would go: right after the previous token (or at the first token's begin when
// the run comes first; 0 when that side has no tokens at all).
struct DiffRun {
  DiffOp op = DiffOp::kEqual;
  std::size_t a_first = 0;
  std::size_t a_count = 0;
  std::size_t b_first = 0;
  std::size_t b_count = 0;
  text::Span a;
  text::Span b;
  friend bool operator==(const DiffRun&, const DiffRun&) = default;
};

// The key a token is compared by: its `norm` (case-folded; ’ ‘ ʼ read as '), with every
// double quotation mark (" “ ” „ « ») read as ", so a change of quote style is no difference.
std::string DiffKey(const text::Token& token);

// The diff of two token sequences compared by key: a longest common subsequence (LCS) of the
// keys, computed by dynamic programming after the common prefix and suffix are set aside, and
// the tokens between matched ones grouped into runs. Between two equal runs, the tokens only
// a has and those only b has form one run: a substitution when both sides have tokens.
// The runs cover both sequences entirely, in order; consecutive runs never share an op.
//
// Of several longest common subsequences, the one that matches tokens of a as early as
// possible wins (scanning from the front, a token of a is dropped rather than one of b when
// both lead to an LCS equally long), so the result is the same on every run.
//
// Cost O(n·m) time and memory for the n and m tokens between the common prefix and suffix;
// above kMaxDiffCells (sentences of thousands of tokens), that middle is one substitution.
inline constexpr std::size_t kMaxDiffCells = std::size_t{1} << 22;
std::vector<DiffRun> DiffTokens(std::span<const std::uint32_t> a_keys,
                                std::span<const text::Token> a_tokens,
                                std::span<const std::uint32_t> b_keys,
                                std::span<const text::Token> b_tokens);
// The same, keying the tokens by DiffKey.
std::vector<DiffRun> DiffTokens(std::span<const text::Token> a_tokens,
                                std::span<const text::Token> b_tokens);

}  // namespace slant::align

#endif  // SLANT_ALIGN_TOKEN_DIFF_H_
