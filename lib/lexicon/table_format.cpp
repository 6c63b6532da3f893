#include "lexicon/table_format.h"

namespace slant::lexicon {

Loaded ReadWeightedTsv(std::string_view, const std::string& source, const std::string& name) {
  LexiconBuilder builder(source, false);
  builder.lexicon().name = name;
  builder.AddError(0, "not implemented");
  return builder.Finish();
}

Loaded ReadWeightedCsv(std::string_view, const std::string& source, const std::string& name) {
  LexiconBuilder builder(source, false);
  builder.lexicon().name = name;
  builder.AddError(0, "not implemented");
  return builder.Finish();
}

}  // namespace slant::lexicon
