#include "lexicon/lexicon.h"

namespace slant::lexicon {

std::optional<CategoryId> Lexicon::FindCategory(std::string_view category_name) const {
  for (std::size_t i = 0; i < categories.size(); ++i) {
    if (categories[i].name == category_name) return static_cast<CategoryId>(i);
  }
  return std::nullopt;
}

std::string Lexicon::Key(CategoryId category) const {
  return name + ":" + categories.at(category).name;
}

bool IsLoadedLabel(std::string_view key_or_name) {
  const std::size_t colon = key_or_name.rfind(':');
  const std::string_view name =
      colon == std::string_view::npos ? key_or_name : key_or_name.substr(colon + 1);
  return name.starts_with("label.") && name != "label.institutional";
}

}  // namespace slant::lexicon
