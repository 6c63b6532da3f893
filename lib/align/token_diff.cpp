#include "align/token_diff.h"

#include <algorithm>
#include <unordered_map>

namespace slant::align {
namespace {

// Where an empty side sits: after token `first - 1`, or at the first token's begin.
text::Span EmptyAt(std::span<const text::Token> tokens, std::size_t first) {
  std::size_t at = 0;
  if (first > 0) {
    at = tokens[first - 1].end;
  } else if (!tokens.empty()) {
    at = tokens.front().begin;
  }
  return {at, at};
}

text::Span Covering(std::span<const text::Token> tokens, std::size_t first, std::size_t count) {
  if (count == 0) return EmptyAt(tokens, first);
  return {tokens[first].begin, tokens[first + count - 1].end};
}

// Appends one token step (equal, or one side only) to `runs`, merging with the last run.
class RunBuilder {
 public:
  RunBuilder(std::span<const text::Token> a, std::span<const text::Token> b) : a_(a), b_(b) {}

  void Equal(std::size_t count) {
    if (count == 0) return;
    Flush();
    if (!runs_.empty() && runs_.back().op == DiffOp::kEqual) {
      runs_.back().a_count += count;
      runs_.back().b_count += count;
    } else {
      runs_.push_back({DiffOp::kEqual, i_, count, j_, count, {}, {}});
    }
    i_ += count;
    j_ += count;
  }
  void OnlyA(std::size_t count) {
    if (pending_a_ == 0 && pending_b_ == 0) {
      pending_i_ = i_;
      pending_j_ = j_;
    }
    pending_a_ += count;
    i_ += count;
  }
  void OnlyB(std::size_t count) {
    if (pending_a_ == 0 && pending_b_ == 0) {
      pending_i_ = i_;
      pending_j_ = j_;
    }
    pending_b_ += count;
    j_ += count;
  }

  std::vector<DiffRun> Finish() {
    Flush();
    for (DiffRun& run : runs_) {
      run.a = Covering(a_, run.a_first, run.a_count);
      run.b = Covering(b_, run.b_first, run.b_count);
    }
    return std::move(runs_);
  }

 private:
  void Flush() {
    if (pending_a_ == 0 && pending_b_ == 0) return;
    const DiffOp op = pending_a_ == 0   ? DiffOp::kInsert
                      : pending_b_ == 0 ? DiffOp::kDelete
                                        : DiffOp::kSubstitute;
    runs_.push_back({op, pending_i_, pending_a_, pending_j_, pending_b_, {}, {}});
    pending_a_ = pending_b_ = 0;
  }

  std::span<const text::Token> a_;
  std::span<const text::Token> b_;
  std::vector<DiffRun> runs_;
  std::size_t i_ = 0;
  std::size_t j_ = 0;
  std::size_t pending_i_ = 0;
  std::size_t pending_j_ = 0;
  std::size_t pending_a_ = 0;
  std::size_t pending_b_ = 0;
};

}  // namespace

std::string_view DiffOpName(DiffOp op) {
  switch (op) {
    case DiffOp::kEqual:
      return "equal";
    case DiffOp::kSubstitute:
      return "substitute";
    case DiffOp::kInsert:
      return "insert";
    case DiffOp::kDelete:
      return "delete";
  }
  return "equal";
}

std::string DiffKey(const text::Token& token) {
  if (token.kind == text::TokenKind::kPunct) {
    static constexpr std::string_view kDoubleQuotes[] = {"\"",     "\u201C", "\u201D",
                                                         "\u201E", "\u00AB", "\u00BB"};
    for (std::string_view quote : kDoubleQuotes) {
      if (token.norm == quote) return "\"";
    }
  }
  return token.norm;
}

std::vector<DiffRun> DiffTokens(std::span<const std::uint32_t> a_keys,
                                std::span<const text::Token> a_tokens,
                                std::span<const std::uint32_t> b_keys,
                                std::span<const text::Token> b_tokens) {
  RunBuilder builder(a_tokens, b_tokens);
  const std::size_t n_all = a_keys.size();
  const std::size_t m_all = b_keys.size();
  std::size_t prefix = 0;
  while (prefix < n_all && prefix < m_all && a_keys[prefix] == b_keys[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < n_all - prefix && suffix < m_all - prefix &&
         a_keys[n_all - 1 - suffix] == b_keys[m_all - 1 - suffix]) {
    ++suffix;
  }
  builder.Equal(prefix);
  const std::span<const std::uint32_t> a = a_keys.subspan(prefix, n_all - prefix - suffix);
  const std::span<const std::uint32_t> b = b_keys.subspan(prefix, m_all - prefix - suffix);
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  if (n == 0 || m == 0 || (n + 1) * (m + 1) > kMaxDiffCells) {
    builder.OnlyA(n);
    builder.OnlyB(m);
  } else {
    // lcs[i][j]: length of an LCS of a[i..] and b[j..], row-major (m + 1 columns).
    const std::size_t width = m + 1;
    std::vector<std::uint32_t> lcs((n + 1) * width, 0);
    for (std::size_t i = n; i-- > 0;) {
      for (std::size_t j = m; j-- > 0;) {
        lcs[i * width + j] = a[i] == b[j]
                                 ? lcs[(i + 1) * width + j + 1] + 1
                                 : std::max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
      }
    }
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < n && j < m) {
      if (a[i] == b[j]) {
        // Matching equal tokens at the front is always part of some LCS.
        builder.Equal(1);
        ++i;
        ++j;
      } else if (lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) {
        builder.OnlyA(1);
        ++i;
      } else {
        builder.OnlyB(1);
        ++j;
      }
    }
    builder.OnlyA(n - i);
    builder.OnlyB(m - j);
  }
  builder.Equal(suffix);
  return builder.Finish();
}

std::vector<DiffRun> DiffTokens(std::span<const text::Token> a_tokens,
                                std::span<const text::Token> b_tokens) {
  std::unordered_map<std::string, std::uint32_t> ids;
  auto keys = [&](std::span<const text::Token> tokens) {
    std::vector<std::uint32_t> out;
    out.reserve(tokens.size());
    for (const text::Token& token : tokens) {
      out.push_back(
          ids.try_emplace(DiffKey(token), static_cast<std::uint32_t>(ids.size())).first->second);
    }
    return out;
  };
  const std::vector<std::uint32_t> a_keys = keys(a_tokens);
  const std::vector<std::uint32_t> b_keys = keys(b_tokens);
  return DiffTokens(a_keys, a_tokens, b_keys, b_tokens);
}

}  // namespace slant::align
