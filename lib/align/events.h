#ifndef SLANT_ALIGN_EVENTS_H_
#define SLANT_ALIGN_EVENTS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "align/tfidf.h"

namespace slant::align {

// One article as event clustering sees it: the terms of its title, of its lede (first two
// sentences) and of the rest, its outlet and its date ("" when none).
struct EventDocument {
  TermBag title;
  TermBag lede;
  TermBag body;
  std::string outlet;
  std::string date;
};

// Groups articles that report the same event, by their text (--auto-events):
//  - each article is one TF-IDF vector over its title (terms counted 3 times), lede (2 times)
//    and the rest of its text (once), with idf(t) = ln((1 + N) / (1 + df(t))) over the N
//    articles given, and 0 for a term only one article has: headline and lede say what
//    happened; a word every article has weighs 0, and one no other article has cannot link;
//  - two articles of different outlets are linked when their cosine is at least `threshold`
//    and, with a window, their dates are at most `window_days` days apart (an article without
//    a readable date is linked regardless of the window). Articles of one outlet are not
//    linked directly, because an outlet's house style (its names, labels, verbs) makes its
//    articles on different events alike; they join one event through other outlets' articles;
//  - events are the connected groups of linked articles (single linkage).
// Returns each article's event number, counted from 0 in order of each event's first article.
// Cost O(N²) pairs: meant for a few thousand articles.
std::vector<std::size_t> ClusterEvents(std::span<const EventDocument> documents,
                                       std::size_t vocabulary_size, double threshold,
                                       std::optional<int> window_days);

// Days since 1970-01-01 of an ISO 8601 date's first 10 characters (YYYY-MM-DD), or nullopt.
std::optional<std::int64_t> DaysFromIsoDate(std::string_view date);

}  // namespace slant::align

#endif  // SLANT_ALIGN_EVENTS_H_
