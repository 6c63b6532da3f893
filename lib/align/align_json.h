#ifndef SLANT_ALIGN_ALIGN_JSON_H_
#define SLANT_ALIGN_ALIGN_JSON_H_

#include <span>
#include <string>

#include "align/aligner.h"
#include "corpus/article.h"

namespace slant::align {

// The alignment as one JSON document (schema in the README, "slant align"), indented by 1
// space per level, ending in a newline. `articles` are those given to Aligner::Align.
// Figures are rounded to 4 decimals; every text carries its byte offsets into its article.
std::string AlignJson(std::span<const corpus::Article> articles, const AlignResult& result,
                      const AlignOptions& options);

}  // namespace slant::align

#endif  // SLANT_ALIGN_ALIGN_JSON_H_
