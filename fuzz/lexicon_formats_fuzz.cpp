// libFuzzer target: every lexicon format reader (native JSON, LIWC .dic and .dicx, weighted
// TSV and CSV) on the same bytes; the first byte picks the format. A lexicon read without
// errors must compile into a matcher and match a short text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "lexicon/json_format.h"
#include "lexicon/liwc_format.h"
#include "lexicon/matcher.h"
#include "lexicon/table_format.h"
#include "text/segmenter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  slant::lexicon::Loaded loaded;
  switch (data[0] % 5) {
    case 0:
      loaded = slant::lexicon::ReadNativeJson(bytes, "fuzz.json", "fuzz");
      break;
    case 1:
      loaded = slant::lexicon::ReadLiwcDic(bytes, "fuzz.dic", "fuzz");
      break;
    case 2:
      loaded = slant::lexicon::ReadLiwcDicx(bytes, "fuzz.dicx", "fuzz");
      break;
    case 3:
      loaded = slant::lexicon::ReadWeightedTsv(bytes, "fuzz.tsv", "fuzz");
      break;
    default:
      loaded = slant::lexicon::ReadWeightedCsv(bytes, "fuzz.csv", "fuzz");
  }
  if (!loaded.ok()) return 0;
  static slant::text::Segmenter segmenter;
  auto text = segmenter.Segment("The Kiev regime's so-called “civilian” port — Київ, 2026.");
  if (!text.ok()) __builtin_trap();
  const slant::lexicon::Matcher matcher(loaded.lexicon);
  (void)matcher.FindAll(text.value().tokens);
  return 0;
}
