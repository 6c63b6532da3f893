// libFuzzer target: the whole score pipeline (a JSON Lines record read, segmented, matched
// against the shipped lexicons, valence, quotations, attribution, actors, naming, and the
// record written as JSON) on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/jsonl_reader.h"
#include "lexicon/load.h"
#include "score/score_json.h"
#include "score/scorer.h"
#include "text/segmenter.h"

namespace {

const slant::score::Scorer& ShippedScorer() {
  static const std::unique_ptr<slant::score::Scorer> scorer = [] {
    std::vector<slant::lexicon::Lexicon> lexicons;
    for (const char* name : {"framing-core.json", "valence-core.json", "actors/russia-ukraine.json",
                             "actors/us-politics.json"}) {
      slant::lexicon::Loaded loaded =
          slant::lexicon::LoadLexicon(std::string(SLANT_LEXICON_DIR) + "/" + name);
      if (!loaded.ok()) __builtin_trap();
      lexicons.push_back(std::move(loaded.lexicon));
    }
    return std::make_unique<slant::score::Scorer>(std::move(lexicons));
  }();
  return *scorer;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto article = slant::corpus::ParseArticleRecord(bytes);
  if (!article.ok()) {
    // Not a record: score the bytes as an article's text instead, when they are UTF-8.
    slant::corpus::Article a;
    a.id = "fuzz";
    a.text = std::string(bytes);
    article = std::move(a);
  }
  static slant::text::Segmenter segmenter;
  slant::score::ScoreOptions options;
  options.hits = true;
  auto scored = ShippedScorer().Score(article.value(), segmenter, options);
  if (scored.ok()) (void)slant::score::ScoreRecord(article.value(), scored.value(), {});
  return 0;
}
