// Baseline: ICU word segmentation alone (UAX #29 boundaries over UTF-8 through UText, counting
// the segments), over the texts of a JSON Lines file. The floor any tokenizer-based tool pays.
//
//   build/bench/icu_words_bench FILE.jsonl
#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: icu_words_bench FILE.jsonl\n";
    return 2;
  }
  std::vector<std::string> texts;
  std::size_t bytes = 0;
  std::ifstream in(argv[1]);
  for (std::string line; std::getline(in, line);) {
    texts.push_back(nlohmann::json::parse(line)["text"].get<std::string>());
    bytes += texts.back().size();
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale("en"), status));
  std::size_t segments = 0;
  const auto start = std::chrono::steady_clock::now();
  for (const std::string& text : texts) {
    UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    words->setText(ut, status);
    for (int32_t b = words->next(); b != icu::BreakIterator::DONE; b = words->next()) {
      segments += words->getRuleStatus() != UBRK_WORD_NONE ? 1U : 0U;
    }
    utext_close(ut);
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << "ICU word segmentation alone: " << texts.size() << " texts, "
            << static_cast<double>(bytes) / 1e6 << " MB, " << segments << " words in " << seconds
            << " s: " << static_cast<double>(bytes) / 1e6 / seconds << " MB/s\n";
  return 0;
}
