// Matching throughput against lexicon size: the same articles matched with random lexicons of
// 1k, 10k and 100k entries drawn from the corpus's own vocabulary (so entries really hit),
// 20% of them multiword and 10% prefix wildcards. The cost per token should not grow with
// the lexicon.
//
//   build/bench/matcher_bench FILE.jsonl
#include <algorithm>
#include <chrono>
#include <iostream>
#include <random>
#include <string>
#include <sys/resource.h>
#include <unordered_set>
#include <vector>

#include "corpus/corpus_reader.h"
#include "lexicon/builder.h"
#include "lexicon/matcher.h"
#include "text/segmenter.h"

namespace {

using slant::text::Token;

// `size` entries: the first `from_corpus` drawn from the corpus vocabulary, the rest made-up
// words of the same shape that never occur, so hits stay fixed while the lexicon grows.
slant::lexicon::Lexicon RandomLexicon(const std::vector<std::string>& vocabulary, std::size_t size,
                                      std::size_t from_corpus, std::mt19937& random) {
  slant::lexicon::LexiconBuilder builder("random", true);
  const auto category = builder.AddCategory({"c", "", "", ""}, 0);
  std::uniform_int_distribution<std::size_t> word(0, vocabulary.size() - 1);
  std::uniform_int_distribution<int> percent(0, 99);
  std::unordered_set<std::string> seen;
  while (builder.lexicon().entries.size() < size) {
    const bool real = builder.lexicon().entries.size() < from_corpus;
    auto draw = [&] {
      std::string w = vocabulary[word(random)];
      if (!real) w = "zq" + w;  // no English word starts with "zq"
      return w;
    };
    std::string pattern = draw();
    const int kind = percent(random);
    if (kind < 20) {
      pattern += " " + draw();
    } else if (kind < 30 && pattern.size() > 4) {
      pattern = pattern.substr(0, pattern.size() - 2) + "*";
    }
    if (!seen.insert(pattern).second) continue;
    builder.AddEntry(pattern, {{category, 1.0}}, 0);
  }
  return std::move(builder.Finish().lexicon);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: matcher_bench FILE.jsonl\n";
    return 2;
  }
  slant::corpus::CorpusReader reader({argv[1]}, {});
  slant::text::Segmenter segmenter;
  std::vector<std::vector<Token>> articles;
  std::size_t bytes = 0;
  std::size_t token_count = 0;
  std::unordered_set<std::string> words;
  while (auto next = reader.Next()) {
    if (!next->ok()) continue;
    auto segmented = segmenter.Segment(next->value().text);
    if (!segmented.ok()) continue;
    bytes += next->value().text.size();
    for (const Token& t : segmented.value().tokens) {
      if (t.kind == slant::text::TokenKind::kWord && t.norm.find('*') == std::string::npos) {
        words.insert(t.norm);
      }
    }
    token_count += segmented.value().tokens.size();
    articles.push_back(std::move(segmented.value().tokens));
  }
  std::vector<std::string> vocabulary(words.begin(), words.end());
  std::sort(vocabulary.begin(), vocabulary.end());  // deterministic across runs
  std::cout << articles.size() << " articles, " << static_cast<double>(bytes) / 1e6 << " MB, "
            << token_count << " tokens, vocabulary " << vocabulary.size() << "\n";
  std::mt19937 random(7);
  struct Run {
    std::size_t size;
    std::size_t from_corpus;
  };
  // Fixed hits (1,000 real entries, the rest never occur): the cost of lexicon size alone.
  // All real: more entries also mean more hits and longer multiword candidates.
  for (const Run run : {Run{1000, 1000}, Run{10000, 1000}, Run{100000, 1000}, Run{10000, 10000},
                        Run{100000, 100000}}) {
    const std::size_t size = run.size;
    const auto lexicon = RandomLexicon(vocabulary, size, run.from_corpus, random);
    const slant::lexicon::Matcher matcher(lexicon);
    std::size_t hits = 0;
    constexpr int kRepeat = 3;
    const auto start = std::chrono::steady_clock::now();
    for (int r = 0; r < kRepeat; ++r) {
      for (const auto& tokens : articles) hits += matcher.FindAll(tokens).size();
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::cout << size << " entries (" << run.from_corpus
              << " from the corpus): " << static_cast<double>(token_count) * kRepeat / seconds / 1e6
              << " M tokens/s, " << static_cast<double>(bytes) * kRepeat / seconds / 1e6
              << " MB/s of text, " << hits / kRepeat << " hits; peak RSS " << usage.ru_maxrss / 1024
              << " MiB\n";
  }
  return 0;
}
