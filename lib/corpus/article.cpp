#include "corpus/article.h"

#include <algorithm>

namespace slant::corpus {
namespace {

using Json = nlohmann::ordered_json;

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int ToInt(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

Error WrongType(std::string_view field, const Json& value) {
  return Error(ErrorCode::kParse, "field '" + std::string(field) + "' must be a string, not " +
                                      std::string(value.type_name()));
}

// Moves an optional string field into `out`; null or absent leaves `out` unchanged.
std::optional<Error> ReadString(Json& record, std::string_view field, std::string& out) {
  const auto it = record.find(field);
  if (it == record.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) return WrongType(field, *it);
  out = std::move(it->get_ref<std::string&>());
  return std::nullopt;
}

}  // namespace

bool IsIsoDate(std::string_view date) {
  const std::size_t time = date.find_first_of("T ");
  const std::string_view day_part = date.substr(0, time);
  if (time != std::string_view::npos && time + 1 >= date.size()) return false;
  if (day_part.size() != 4 && day_part.size() != 7 && day_part.size() != 10) return false;
  if (!IsDigits(day_part.substr(0, 4))) return false;
  if (day_part.size() >= 7) {
    if (day_part[4] != '-' || !IsDigits(day_part.substr(5, 2))) return false;
    const int month = ToInt(day_part.substr(5, 2));
    if (month < 1 || month > 12) return false;
  }
  if (day_part.size() == 10) {
    if (day_part[7] != '-' || !IsDigits(day_part.substr(8, 2))) return false;
    const int day = ToInt(day_part.substr(8, 2));
    if (day < 1 || day > 31) return false;
  }
  return time == std::string_view::npos || day_part.size() == 10;
}

Result<Article> ArticleFromJson(Json record) {
  if (!record.is_object()) {
    return Error(ErrorCode::kParse,
                 "record must be a JSON object, not " + std::string(record.type_name()));
  }
  Article article;
  const auto text = record.find("text");
  if (text == record.end() || text->is_null()) {
    return Error(ErrorCode::kParse, "missing required field 'text'");
  }
  if (!text->is_string()) return WrongType("text", *text);
  article.text = std::move(text->get_ref<std::string&>());

  if (const auto id = record.find("id"); id != record.end() && !id->is_null()) {
    if (id->is_string()) {
      article.id = id->get<std::string>();
    } else if (id->is_number_integer()) {
      article.id = id->dump();
    } else {
      return Error(ErrorCode::kParse, "field 'id' must be a string or an integer, not " +
                                          std::string(id->type_name()));
    }
  }
  for (auto [field, target] : {std::pair{"outlet", &article.outlet},
                               {"event", &article.event},
                               {"date", &article.date},
                               {"title", &article.title},
                               {"url", &article.url},
                               {"lang", &article.lang}}) {
    if (auto error = ReadString(record, field, *target)) return *std::move(error);
  }
  if (article.outlet.empty()) article.outlet = "unknown";
  if (!article.date.empty() && !IsIsoDate(article.date)) {
    return Error(ErrorCode::kParse,
                 "field 'date' is not an ISO 8601 date (YYYY-MM-DD): '" + article.date + "'");
  }
  for (auto& [key, value] : record.items()) {
    if (std::find(std::begin(kArticleFields), std::end(kArticleFields), key) ==
        std::end(kArticleFields)) {
      article.extra[key] = std::move(value);
    }
  }
  return article;
}

}  // namespace slant::corpus
