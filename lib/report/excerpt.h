#ifndef SLANT_REPORT_EXCERPT_H_
#define SLANT_REPORT_EXCERPT_H_

#include <span>
#include <string>
#include <string_view>

#include "corpus/article.h"
#include "score/scorer.h"

namespace slant::report {

// An excerpt that shows a finding in the words that produced it: the first sentence (articles
// in id order) of an article whose `by` field is `group` holding a hit of `category` ("lexicon:
// category"; own voice only when `own_voice`), or, when `category` is empty, the first sentence
// containing `phrase` (case as written). The sentence in Markdown, its hits in bold, cut to
// about kExcerptBytes around the first hit, then "(article id)". Empty when none is found.
inline constexpr std::size_t kExcerptBytes = 240;

std::string FindExcerpt(std::span<const corpus::Article> articles, const score::Scorer& scorer,
                        std::string_view by, std::string_view group, std::string_view category,
                        bool own_voice, std::string_view phrase = {});

}  // namespace slant::report

#endif  // SLANT_REPORT_EXCERPT_H_
