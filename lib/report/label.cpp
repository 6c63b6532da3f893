#include "report/label.h"

#include <cstdint>
#include <memory>
#include <vector>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

namespace slant::report {
namespace {

constexpr std::size_t kMaxBytes = 64 * 1024;

struct BreakCloser {
  void operator()(UBreakIterator* it) const { ubrk_close(it); }
};
struct TextCloser {
  void operator()(UText* ut) const { utext_close(ut); }
};

// Byte offsets where each grapheme cluster ends, and the columns each takes.
struct Cluster {
  std::size_t end = 0;
  std::size_t columns = 1;
};

std::vector<Cluster> Clusters(std::string_view utf8) {
  if (utf8.size() > kMaxBytes) {
    std::size_t cut = kMaxBytes;
    while (cut > 0 && (static_cast<unsigned char>(utf8[cut]) & 0xC0) == 0x80) --cut;
    utf8 = utf8.substr(0, cut);
  }
  std::vector<Cluster> clusters;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, TextCloser> text(
      utext_openUTF8(nullptr, utf8.data(), static_cast<std::int64_t>(utf8.size()), &status));
  std::unique_ptr<UBreakIterator, BreakCloser> breaks(
      ubrk_open(UBRK_CHARACTER, "", nullptr, 0, &status));
  if (U_SUCCESS(status)) ubrk_setUText(breaks.get(), text.get(), &status);
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
  if (U_FAILURE(status)) {
    // ICU without its break data: one cluster per code point is still a safe cut.
    for (std::int32_t i = 0; i < static_cast<std::int32_t>(utf8.size());) {
      U8_FWD_1(bytes, i, static_cast<std::int32_t>(utf8.size()));
      clusters.push_back({static_cast<std::size_t>(i), 1});
    }
    return clusters;
  }
  std::int32_t begin = ubrk_first(breaks.get());
  for (std::int32_t end = ubrk_next(breaks.get()); end != UBRK_DONE;
       begin = end, end = ubrk_next(breaks.get())) {
    std::int32_t i = begin;
    UChar32 first = 0;
    U8_NEXT(bytes, i, end, first);
    const auto width =
        static_cast<UEastAsianWidth>(u_getIntPropertyValue(first, UCHAR_EAST_ASIAN_WIDTH));
    const bool wide = width == U_EA_WIDE || width == U_EA_FULLWIDTH;
    clusters.push_back({static_cast<std::size_t>(end), wide ? std::size_t{2} : std::size_t{1}});
  }
  return clusters;
}

}  // namespace

std::size_t DisplayColumns(std::string_view clean_utf8) {
  std::size_t columns = 0;
  for (const Cluster& c : Clusters(clean_utf8)) columns += c.columns;
  return columns;
}

std::string TruncateLabel(std::string_view clean_utf8, std::size_t max_columns) {
  const std::vector<Cluster> clusters = Clusters(clean_utf8);
  std::size_t total = 0;
  for (const Cluster& c : clusters) total += c.columns;
  if (total <= max_columns && clean_utf8.size() <= kMaxBytes) return std::string(clean_utf8);
  std::size_t columns = 0;
  std::size_t keep = 0;  // bytes
  for (const Cluster& c : clusters) {
    if (columns + c.columns + 1 > max_columns) break;
    columns += c.columns;
    keep = c.end;
  }
  return std::string(clean_utf8.substr(0, keep)) + "\u2026";
}

}  // namespace slant::report
