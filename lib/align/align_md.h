#ifndef SLANT_ALIGN_ALIGN_MD_H_
#define SLANT_ALIGN_ALIGN_MD_H_

#include <span>
#include <string>
#include <string_view>

#include "align/aligner.h"
#include "corpus/article.h"

namespace slant::align {

// How much of each list the Markdown shows (the JSON has everything).
inline constexpr std::size_t kMdOmissionsPerOutlet = 5;
inline constexpr std::size_t kMdExclusivesPerEvent = 10;
inline constexpr std::size_t kMdWordingRows = 100;

// The alignment as a Markdown fragment (headings from level 2 down), for a report or a pull
// request: per event, the shared-source pairs with their evidence, what each outlet leaves
// out, the sentences only one outlet has, and every aligned sentence pair side by side with the
// differing words in bold and their classes; then the wording table across events
// (classified rows and rows seen more than once). Article text is untrusted: it is escaped
// (EscapeMarkdown) wherever it lands.
std::string AlignMarkdown(std::span<const corpus::Article> articles, const AlignResult& result,
                          const AlignOptions& options);

// Its parts, for the report; each appends to `out`. An event's shared-source pairs with their
// evidence (nothing when none); what each outlet leaves out; one article pair's aligned
// sentences side by side (its heading, level 4, included); the wording table across events
// (without its heading).
void SharedSourcesMarkdown(std::span<const corpus::Article> articles, const EventAlignment& event,
                           std::string& out);
void OmissionsMarkdown(std::span<const corpus::Article> articles, const AlignResult& result,
                       const EventAlignment& event, std::string& out);
void PairMarkdown(std::span<const corpus::Article> articles, const AlignResult& result,
                  const PairAlignment& pair, std::string& out);
void WordingMarkdown(std::span<const corpus::Article> articles, const AlignResult& result,
                     std::string& out);

}  // namespace slant::align

#endif  // SLANT_ALIGN_ALIGN_MD_H_
