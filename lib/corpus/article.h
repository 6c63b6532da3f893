#ifndef SLANT_CORPUS_ARTICLE_H_
#define SLANT_CORPUS_ARTICLE_H_

#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/error.h"

namespace slant::corpus {

// One input article, as the user gave it. Only `text` is required.
struct Article {
  std::string id;  // default "<file>:<line>" (JSON Lines) or the path (.txt)
  std::string outlet = "unknown";
  std::string event;  // "" = none given
  std::string date;   // ISO 8601 as given ("2026-03-04", "2026-03-04T09:00Z")
  std::string title;
  std::string text;  // valid UTF-8; every offset slant reports points into it
  std::string url;
  std::string lang;
  // Fields slant does not know, passed through unchanged (a JSON object).
  nlohmann::ordered_json extra = nlohmann::ordered_json::object();

  // Where it came from, for messages: file name ("-" for stdin) and 1-based line.
  std::string source;
  std::int64_t line = 0;
};

// The known fields, in the order records are written.
inline constexpr std::string_view kArticleFields[] = {"id",    "outlet", "event", "date",
                                                      "title", "text",   "url",   "lang"};

// Builds an Article from one parsed JSON value. Errors say which field is wrong and why
// ("field 'text' must be a string, not number"); the caller adds file and line.
// `id` may be a string or an integer; null counts as absent for every field.
// Takes the record by value: its strings move into the Article, not copied.
Result<Article> ArticleFromJson(nlohmann::ordered_json record);

// Whether `date` is ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by a time
// starting with 'T' or ' '. Months and days are range-checked, not calendar-checked.
bool IsIsoDate(std::string_view date);

}  // namespace slant::corpus

#endif  // SLANT_CORPUS_ARTICLE_H_
