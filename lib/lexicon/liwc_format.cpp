#include "lexicon/liwc_format.h"

namespace slant::lexicon {

Loaded ReadLiwcDic(std::string_view, const std::string& source, const std::string& name) {
  LexiconBuilder builder(source, true);
  builder.lexicon().name = name;
  builder.AddError(0, "not implemented");
  return builder.Finish();
}

Loaded ReadLiwcDicx(std::string_view, const std::string& source, const std::string& name) {
  LexiconBuilder builder(source, true);
  builder.lexicon().name = name;
  builder.AddError(0, "not implemented");
  return builder.Finish();
}

}  // namespace slant::lexicon
