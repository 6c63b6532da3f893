#ifndef SLANT_COMPARE_STATS_FILE_H_
#define SLANT_COMPARE_STATS_FILE_H_

#include <istream>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "compare/article_stats.h"
#include "core/error.h"

namespace slant::compare {

// What `slant compare` needs of a corpus: every article's statistics and the word and phrase
// counts of each group. Built from scored articles, or read from statistics files.
struct CorpusStats {
  int version = 1;
  std::vector<std::string> categories;  // category keys ("lexicon:category"), in score order
  std::string terms_by = "outlet";      // the field `terms` is grouped by
  std::vector<ArticleStats> articles;
  std::map<std::string, TermCounts> terms;  // value of `terms_by` -> counts

  // Adds one article (its statistics and its tokens' words and phrases).
  void Add(ArticleStats article, const TermCounts& article_terms);
  // Puts the articles in id order (duplicate ids by their statistics), so that a comparison
  // depends on no order: of the input, of the threads, of the shards or of their merging.
  void SortArticles();
};

// The statistics file: JSON Lines, written by `slant score --stats-out` and read by
// `slant compare --stats` (the README documents every key).
//   {"slant_stats": 1, "categories": [...], "terms_by": "outlet"}              one header
//   {"article": {"id": ..., "outlet": ..., "n_words": ..., "categories": [[own, quoted], ...],
//                ...}}                                                          per article
//   {"terms": {"group": ..., "words": ..., "pairs": ..., "unigrams": {...}, "bigrams": {...}}}
// Terms lines come after the articles, one per group, terms in byte order. Writing is
// deterministic: the same corpus gives the same bytes.
void WriteStats(const CorpusStats& stats, std::ostream& out);

// Each line of the file, for writers that stream.
std::string StatsHeaderLine(const CorpusStats& stats);
std::string ArticleLine(const ArticleStats& article);
std::string TermsLine(const std::string& group, const TermCounts& terms);

// Reads one statistics file into `into`, merging: articles are appended and term counts
// summed. When `into` already holds a file's header (`have_header`), this file's header must
// agree (same version, category keys and terms_by); otherwise the error names the file and
// line, and says what differs. `source` names the stream in errors. Lines are parsed on up to
// `threads` threads; the result is the same at any count.
Status ReadStats(std::istream& in, const std::string& source, CorpusStats& into, bool& have_header,
                 std::size_t threads = 1);

// Reads and merges any number of statistics files (in the order given), then sorts the
// articles (SortArticles). Merging shards gives the statistics of the whole corpus.
Result<CorpusStats> ReadStatsFiles(const std::vector<std::string>& paths, std::size_t threads = 1);

}  // namespace slant::compare

#endif  // SLANT_COMPARE_STATS_FILE_H_
