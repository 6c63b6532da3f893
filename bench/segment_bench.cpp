// Throughput of the text stage: sentence + word segmentation with normalization, and quote
// finding, on the articles of a JSON Lines file (read into memory first, so disk and JSON
// parsing are not timed). Prints MB/s, articles/s and peak RSS.
//
//   build/bench/segment_bench FILE.jsonl [REPEAT]
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <sys/resource.h>
#include <vector>

#include "corpus/corpus_reader.h"
#include "text/quotes.h"
#include "text/segmenter.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: segment_bench FILE.jsonl [REPEAT]\n";
    return 2;
  }
  const int repeat = argc > 2 ? std::atoi(argv[2]) : 1;
  std::vector<std::string> texts;
  slant::corpus::CorpusReader reader({argv[1]}, {});
  std::size_t bytes = 0;
  while (auto next = reader.Next()) {
    if (!next->ok()) continue;
    texts.push_back(next->value().text);
    bytes += texts.back().size();
  }
  slant::text::Segmenter segmenter;
  std::size_t tokens = 0;
  std::size_t sentences = 0;
  std::size_t quotes = 0;
  const auto start = std::chrono::steady_clock::now();
  for (int r = 0; r < repeat; ++r) {
    for (const std::string& text : texts) {
      auto segmented = segmenter.Segment(text);
      if (!segmented.ok()) continue;
      tokens += segmented.value().tokens.size();
      sentences += segmented.value().sentences.size();
      quotes += slant::text::FindQuotes(text).size();
    }
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const double total_mb = static_cast<double>(bytes) * repeat / 1e6;
  const double articles = static_cast<double>(texts.size()) * repeat;
  std::cout << "articles " << texts.size() << " x " << repeat << ", " << total_mb << " MB, "
            << tokens << " tokens, " << sentences << " sentences, " << quotes << " quotes\n"
            << "time " << seconds << " s: " << total_mb / seconds << " MB/s, " << articles / seconds
            << " articles/s; peak RSS " << usage.ru_maxrss / 1024 << " MiB\n";
  return 0;
}
