#include "align/reuse.h"

#include <algorithm>

namespace slant::align {
namespace {

// FNV-1a, continued over several strings.
std::uint64_t Fnv(std::uint64_t hash, std::string_view bytes) {
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return hash;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The zone designator at the end of an ISO 8601 time: "Z", "+03:00", "-0500", or "".
std::string_view Zone(std::string_view date) {
  if (!date.empty() && date.back() == 'Z') return date.substr(date.size() - 1);
  const std::size_t sign = date.find_last_of("+-");
  // A sign after the time separator starts a zone; the date's own '-' come before it.
  const std::size_t t = date.find_first_of("T ");
  if (sign != std::string_view::npos && t != std::string_view::npos && sign > t) {
    return date.substr(sign);
  }
  return {};
}

}  // namespace

std::vector<std::uint64_t> WordShingles(std::span<const text::Token> tokens, std::size_t n) {
  std::vector<const std::string*> words;
  for (const text::Token& t : tokens) {
    if (t.kind == text::TokenKind::kWord || t.kind == text::TokenKind::kNumber) {
      words.push_back(&t.norm);
    }
  }
  std::vector<std::uint64_t> out;
  if (n == 0 || words.size() < n) return out;
  out.reserve(words.size() - n + 1);
  for (std::size_t i = 0; i + n <= words.size(); ++i) {
    std::uint64_t hash = 14695981039346656037ULL;
    for (std::size_t k = 0; k < n; ++k) {
      hash = Fnv(hash, *words[i + k]);
      hash = Fnv(hash, std::string_view("\0", 1));  // word separator
    }
    out.push_back(hash);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double Containment(std::span<const std::uint64_t> a, std::span<const std::uint64_t> b) {
  if (a.empty()) return 0;
  std::size_t shared = 0;
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++shared;
      ++i;
      ++j;
    }
  }
  return static_cast<double>(shared) / static_cast<double>(a.size());
}

std::size_t OrderKept(std::span<const Match> matches) {
  // Patience sorting: tails[k] = the smallest last column of an increasing run of k + 1 pairs.
  std::vector<std::size_t> tails;
  for (const Match& m : matches) {
    const auto it = std::lower_bound(tails.begin(), tails.end(), m.col);
    if (it == tails.end()) {
      tails.push_back(m.col);
    } else {
      *it = m.col;
    }
  }
  return tails.size();
}

double ReuseEvidence::NearIdenticalShare() const {
  const std::size_t shorter = std::min(a_sentences, b_sentences);
  return shorter == 0 ? 0 : static_cast<double>(near_identical) / static_cast<double>(shorter);
}

std::string_view ReuseStrengthName(ReuseStrength s) {
  switch (s) {
    case ReuseStrength::kNone:
      return "none";
    case ReuseStrength::kCopy:
      return "copy";
    case ReuseStrength::kRewrite:
      return "rewrite";
  }
  return "none";
}

ReuseStrength JudgeReuse(const ReuseEvidence& e, const ReuseRules& rules) {
  if (std::max(e.containment_a, e.containment_b) >= rules.copy_containment ||
      (e.near_identical > 0 && e.NearIdenticalShare() >= rules.copy_near_identical_share)) {
    return ReuseStrength::kCopy;
  }
  if (e.baseline && e.cosine >= rules.rewrite_min_cosine && e.Ratio() >= rules.rewrite_ratio &&
      e.aligned >= rules.rewrite_min_aligned && e.OrderShare() >= rules.rewrite_order_share) {
    return ReuseStrength::kRewrite;
  }
  return ReuseStrength::kNone;
}

std::optional<int> EarlierOf(std::string_view a, std::string_view b) {
  if (a.size() < 10 || b.size() < 10) {
    // A year or a month alone: comparable only when both are written alike and differ.
    if (a.empty() || b.empty() || a.size() != b.size() || a == b) return std::nullopt;
    return a < b ? -1 : 1;
  }
  const std::string_view day_a = a.substr(0, 10);
  const std::string_view day_b = b.substr(0, 10);
  if (day_a != day_b) return day_a < day_b ? -1 : 1;
  if (a.size() == 10 || b.size() == 10 || a.size() != b.size() || Zone(a) != Zone(b) || a == b) {
    return std::nullopt;
  }
  for (std::size_t i = 10; i < a.size(); ++i) {
    // Written alike: digits where the other has digits.
    if (IsDigit(a[i]) != IsDigit(b[i])) return std::nullopt;
  }
  return a < b ? -1 : 1;
}

}  // namespace slant::align
