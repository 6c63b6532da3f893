#ifndef SLANT_COMPARE_COMPARE_JSON_H_
#define SLANT_COMPARE_COMPARE_JSON_H_

#include <string>

#include "compare/compare.h"

namespace slant::compare {

// The comparison as one JSON document (the README documents the schema), with a final line
// end. Figures are written in full (shortest form that reads back to the same double); the
// same comparison gives the same bytes.
std::string ComparisonJson(const Comparison& comparison);

}  // namespace slant::compare

#endif  // SLANT_COMPARE_COMPARE_JSON_H_
