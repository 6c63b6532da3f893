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

}  // namespace slant::lexicon
