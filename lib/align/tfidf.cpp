#include "align/tfidf.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <Eigen/Dense>

namespace slant::align {
namespace {

// Sorted, so IsStopWord is a binary search.
constexpr std::array kStopWords = std::to_array<std::string_view>({
    "a",      "about", "after", "against", "all",   "also",  "am",     "an",      "and",
    "any",    "are",   "as",    "at",      "be",    "been",  "before", "being",   "between",
    "both",   "but",   "by",    "can",     "could", "did",   "do",     "does",    "during",
    "each",   "for",   "from",  "had",     "has",   "have",  "having", "he",      "her",
    "here",   "hers",  "him",   "his",     "how",   "i",     "if",     "in",      "into",
    "is",     "it",    "it's",  "its",     "may",   "me",    "might",  "more",    "most",
    "must",   "my",    "no",    "nor",     "not",   "of",    "off",    "on",      "onto",
    "or",     "other", "our",   "ours",    "out",   "over",  "own",    "shall",   "she",
    "should", "so",    "some",  "such",    "than",  "that",  "the",    "their",   "theirs",
    "them",   "then",  "there", "these",   "they",  "this",  "those",  "through", "to",
    "too",    "under", "until", "up",      "upon",  "us",    "very",   "was",     "we",
    "were",   "what",  "when",  "where",   "which", "while", "who",    "whom",    "whose",
    "why",    "will",  "with",  "would",   "you",   "your",  "yours",
});

}  // namespace

bool IsStopWord(std::string_view term) {
  return std::binary_search(kStopWords.begin(), kStopWords.end(), term);
}

std::string_view TermOf(const text::Token& token) {
  if (token.kind != text::TokenKind::kWord && token.kind != text::TokenKind::kNumber) return {};
  const std::string_view term = token.bare.empty() ? token.norm : token.bare;
  if (IsStopWord(term)) return {};
  return term;
}

std::uint32_t Vocabulary::Intern(std::string_view term) {
  auto [it, added] = ids_.try_emplace(std::string(term), static_cast<std::uint32_t>(terms_.size()));
  if (added) terms_.push_back(it->first);
  return it->second;
}

void DocumentFrequency::Add(const TermBag& document) {
  ++documents_;
  const auto stamp = static_cast<std::uint32_t>(documents_);
  for (const std::uint32_t term : document) {
    if (term >= counts_.size()) {
      counts_.resize(term + 1, 0);
      last_seen_.resize(term + 1, 0);
    }
    if (last_seen_[term] != stamp) {
      last_seen_[term] = stamp;
      ++counts_[term];
    }
  }
}

std::vector<double> EventIdf(const DocumentFrequency& event, const DocumentFrequency& corpus,
                             std::size_t vocabulary_size) {
  const auto ne = static_cast<double>(event.documents());
  const auto nc = static_cast<double>(std::max<std::size_t>(corpus.documents(), 1));
  std::vector<double> idf(vocabulary_size);
  for (std::size_t t = 0; t < vocabulary_size; ++t) {
    const auto term = static_cast<std::uint32_t>(t);
    const double df =
        static_cast<double>(event[term]) + ne * static_cast<double>(corpus[term]) / nc;
    // Never below 0, even if a caller's corpus omits the event's articles.
    idf[t] = std::max(0.0, std::log((2 * ne + 1) / (df + 1)));
  }
  return idf;
}

SparseRows TfIdfRows(std::span<const TermBag* const> documents, std::span<const double> idf,
                     double idf_offset) {
  SparseRows rows(static_cast<std::int64_t>(documents.size()),
                  static_cast<std::int64_t>(idf.size()));
  std::vector<Eigen::Triplet<double, std::int64_t>> triplets;
  std::vector<std::uint32_t> terms;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    terms = *documents[d];
    std::sort(terms.begin(), terms.end());
    const std::size_t first = triplets.size();
    double norm2 = 0;
    for (std::size_t i = 0; i < terms.size();) {
      std::size_t j = i;
      while (j < terms.size() && terms[j] == terms[i]) ++j;
      const double weight = static_cast<double>(j - i) * (idf[terms[i]] + idf_offset);
      if (weight > 0) {
        triplets.emplace_back(static_cast<std::int64_t>(d), static_cast<std::int64_t>(terms[i]),
                              weight);
        norm2 += weight * weight;
      }
      i = j;
    }
    const double norm = std::sqrt(norm2);
    for (std::size_t k = first; k < triplets.size(); ++k) {
      triplets[k] = {triplets[k].row(), triplets[k].col(), triplets[k].value() / norm};
    }
  }
  rows.setFromTriplets(triplets.begin(), triplets.end());
  rows.makeCompressed();
  return rows;
}

SparseRows TfIdfRows(std::span<const TermBag> documents, std::span<const double> idf,
                     double idf_offset) {
  std::vector<const TermBag*> pointers;
  pointers.reserve(documents.size());
  for (const TermBag& document : documents) pointers.push_back(&document);
  return TfIdfRows(std::span<const TermBag* const>(pointers), idf, idf_offset);
}

Eigen::MatrixXd CosineMatrix(const SparseRows& a, const SparseRows& b) {
  const Eigen::SparseMatrix<double, Eigen::RowMajor, std::int64_t> product = a * b.transpose();
  return product.toDense();
}

}  // namespace slant::align
