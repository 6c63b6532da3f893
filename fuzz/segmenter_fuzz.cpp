// libFuzzer target: the text stage on arbitrary bytes: UTF-8 validation, normalization,
// sentence and word boundaries, tokens and quotations. Ill-formed UTF-8 must be an error;
// well-formed text must segment with every span inside the text and in order.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/quotes.h"
#include "text/segmenter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  static slant::text::Segmenter segmenter;
  auto segmented = segmenter.Segment(text);
  if (!segmented.ok()) return 0;
  std::size_t last = 0;
  for (const slant::text::Token& t : segmented.value().tokens) {
    if (t.begin < last || t.end > size || t.begin > t.end) __builtin_trap();
    last = t.end;
  }
  for (const slant::text::Quote& q : slant::text::FindQuotes(text)) {
    if (q.end > size || q.begin > q.end || q.inner_begin < q.begin || q.inner_end > q.end) {
      __builtin_trap();
    }
  }
  return 0;
}
