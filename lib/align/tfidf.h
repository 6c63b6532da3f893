#ifndef SLANT_ALIGN_TFIDF_H_
#define SLANT_ALIGN_TFIDF_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <Eigen/SparseCore>

#include "text/token.h"

namespace slant::align {

// The terms that TF-IDF vectors count: every word and number token in its matching form
// (`bare` when the token has one, so "Ukraine’s" counts as "ukraine", else `norm`), except the
// stop words below. Punctuation and symbols are not terms.
//
// Stop words: a short fixed list of English function words (articles, prepositions,
// conjunctions, pronouns, auxiliary and modal verbs, "not"/"no"), the words every sentence
// shares whatever it reports. They are dropped from similarity only; the word diff of aligned
// sentences still shows every token, so an added "could" or "not" is visible there.
bool IsStopWord(std::string_view term);

// The term of one token, or "" when the token is no term (punctuation, symbol, stop word).
std::string_view TermOf(const text::Token& token);

// Term strings <-> dense ids, shared by every document of a run so vectors are comparable.
class Vocabulary {
 public:
  std::uint32_t Intern(std::string_view term);
  std::size_t size() const { return terms_.size(); }
  const std::string& term(std::uint32_t id) const { return terms_[id]; }

 private:
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<std::string> terms_;
};

// A document (a sentence, an article) as the ids of its terms, in text order, with repeats.
using TermBag = std::vector<std::uint32_t>;

// How many documents contain each term.
class DocumentFrequency {
 public:
  void Add(const TermBag& document);
  std::size_t documents() const { return documents_; }
  std::size_t operator[](std::uint32_t term) const {
    return term < counts_.size() ? counts_[term] : 0;
  }

 private:
  std::size_t documents_ = 0;
  std::vector<std::uint32_t> counts_;
  std::vector<std::uint32_t> last_seen_;  // per term: 1 + the document that last counted it
};

// Inverse document frequencies for comparing the articles of one event, from the event's own
// articles smoothed with the whole input ("the corpus"):
//
//   idf(t) = ln( (2·Ne + 1) / (df_e(t) + Ne·df_c(t)/Nc + 1) )
//
// Ne = articles of the event, df_e(t) = those containing t; Nc = articles of the corpus,
// df_c(t) = those containing t. The corpus acts as Ne further pseudo-articles with the corpus's
// document frequencies: a prior as strong as the event itself, so a two-article event still
// tells common words from rare ones. The +1s keep the ratio finite. idf is 0 exactly for a
// term found in every article of the event and of the corpus, and at most ln(2·Ne + 1).
//
// Article vectors (reuse: how far a pair stands above the event's other pairs) use idf(t)
// as is: words every article of the event uses say nothing about a shared source. Sentence
// vectors (alignment) use idf(t) + 1, as scikit-learn's smooth_idf does, so that every shared
// word counts and rare ones count more: otherwise two articles that both name the city could
// never align on it.
std::vector<double> EventIdf(const DocumentFrequency& event, const DocumentFrequency& corpus,
                             std::size_t vocabulary_size);

// Rows of L2-normalized TF-IDF vectors (raw term counts times `idf[term] + idf_offset`).
// A document without terms, or whose terms all weigh 0, is a zero row: its cosine with
// anything is 0.
using SparseRows = Eigen::SparseMatrix<double, Eigen::RowMajor, std::int64_t>;
SparseRows TfIdfRows(std::span<const TermBag> documents, std::span<const double> idf,
                     double idf_offset);
SparseRows TfIdfRows(std::span<const TermBag* const> documents, std::span<const double> idf,
                     double idf_offset);

// Cosines of every row of `a` with every row of `b` (a · bᵀ; the rows are unit length), dense,
// a.rows() × b.rows().
Eigen::MatrixXd CosineMatrix(const SparseRows& a, const SparseRows& b);

}  // namespace slant::align

#endif  // SLANT_ALIGN_TFIDF_H_
