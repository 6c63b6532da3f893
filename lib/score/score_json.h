#ifndef SLANT_SCORE_SCORE_JSON_H_
#define SLANT_SCORE_SCORE_JSON_H_

#include <string>
#include <vector>

#include "corpus/article.h"
#include "score/article_score.h"

namespace slant::score {

struct RecordOptions {
  bool hits = false;       // include "hits"
  bool sentences = false;  // include "sentences"
};

// The score record of one article as one line of compact JSON, without the line end (the
// README documents every key). Figures are rounded to four decimals so records are short and
// the same on every machine.
std::string ScoreRecord(const corpus::Article& article, const ArticleScore& score,
                        const RecordOptions& options);

// CSV: the header for a run over these category keys, and one article's row. Text fields are
// quoted per RFC 4180.
std::string CsvHeader(const std::vector<std::string>& category_keys);
std::string CsvRow(const corpus::Article& article, const ArticleScore& score);

}  // namespace slant::score

#endif  // SLANT_SCORE_SCORE_JSON_H_
