#include "report/excerpt.h"

#include <algorithm>
#include <vector>

#include "compare/article_stats.h"
#include "core/markdown.h"
#include "core/utf8.h"
#include "text/segmenter.h"

namespace slant::report {
namespace {

struct Range {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Moves `at` back to the start of the UTF-8 character it falls in.
std::size_t CharStart(std::string_view text, std::size_t at) {
  while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

// The sentence [begin, end) with `marks` (ascending, inside it) in bold, cut to about
// kExcerptBytes around the first mark.
std::string Excerpt(std::string_view text, Range sentence, const std::vector<Range>& marks) {
  std::size_t begin = sentence.begin;
  std::size_t end = sentence.end;
  if (end - begin > kExcerptBytes && !marks.empty()) {
    const std::size_t half = kExcerptBytes / 2;
    begin = CharStart(text, std::max(begin, marks.front().begin > half ? marks.front().begin - half
                                                                       : std::size_t{0}));
    end = CharStart(text, std::min(end, std::max(marks.front().end, begin) + half));
    // Whole words: the cut moves to the next space after it (or the last one before it).
    const std::size_t space = text.find(' ', begin);
    if (begin > sentence.begin && space != std::string_view::npos && space < marks.front().begin) {
      begin = space + 1;
    }
    const std::size_t last = text.rfind(' ', end);
    if (end < sentence.end && last != std::string_view::npos && last > marks.front().end) {
      end = last;
    }
  }
  std::string out = begin > sentence.begin ? "…" : "";
  std::size_t at = begin;
  for (const Range& m : marks) {
    if (m.begin < at || m.end > end) continue;
    out += EscapeMarkdown(text.substr(at, m.begin - at));
    out += StrongMarkdown(text.substr(m.begin, m.end - m.begin));
    at = m.end;
  }
  out += EscapeMarkdown(text.substr(at, end - at));
  if (end < sentence.end) out += "…";
  return out;
}

}  // namespace

std::string FindExcerpt(std::span<const corpus::Article> articles, const score::Scorer& scorer,
                        std::string_view by, std::string_view group, std::string_view category,
                        bool own_voice, std::string_view phrase) {
  std::vector<const corpus::Article*> members;
  for (const corpus::Article& a : articles) {
    if (compare::ArticleKeys(a).Field(by) == std::optional<std::string>(group)) {
      members.push_back(&a);
    }
  }
  std::stable_sort(members.begin(), members.end(),
                   [](const auto* x, const auto* y) { return x->id < y->id; });
  text::Segmenter segmenter;
  score::ScoreOptions options;
  options.hits = true;
  for (const corpus::Article* a : members) {
    auto scored = scorer.Score(*a, segmenter, options);
    if (!scored.ok()) continue;
    const score::ArticleScore& s = scored.value();
    for (std::size_t i = 0; i < s.sentences.size(); ++i) {
      const text::Span span = s.sentences[i].span;
      std::vector<Range> marks;
      if (category.empty()) {
        const std::string_view sentence =
            std::string_view(a->text).substr(span.begin, span.end - span.begin);
        const std::size_t found = sentence.find(phrase);
        if (phrase.empty() || found == std::string_view::npos) continue;
        marks.push_back({span.begin + found, span.begin + found + phrase.size()});
      } else {
        for (const score::HitRecord& h : s.hits) {
          if (h.sentence == i && h.category == category && !(own_voice && h.quoted)) {
            marks.push_back({h.begin, h.end});
          }
        }
      }
      if (marks.empty()) continue;
      std::sort(marks.begin(), marks.end(),
                [](const Range& x, const Range& y) { return x.begin < y.begin; });
      return "“" + Excerpt(a->text, {span.begin, span.end}, marks) + "” (" + EscapeMarkdown(a->id) +
             ")";
    }
  }
  return "";
}

}  // namespace slant::report
