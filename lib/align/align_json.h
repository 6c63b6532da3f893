#ifndef SLANT_ALIGN_ALIGN_JSON_H_
#define SLANT_ALIGN_ALIGN_JSON_H_

#include <span>
#include <string>

#include "align/aligner.h"
#include "corpus/article.h"

namespace slant::align {

// The alignment as one compact JSON document (schema in the README, "slant align") on one
// line, ending in a newline (core/json_writer.h: nlohmann's bytes, without building a tree).
// `articles` are those given to Aligner::Align. Figures are rounded to 4 decimals; every text
// carries its byte offsets into its article.
std::string AlignJson(std::span<const corpus::Article> articles, const AlignResult& result,
                      const AlignOptions& options);

}  // namespace slant::align

#endif  // SLANT_ALIGN_ALIGN_JSON_H_
