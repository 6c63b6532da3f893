// slant align on one synthetic event: N articles of S sentences, each article drawing its
// sentences from a shared pool of real news sentences (BABE, from ../shared/data) and rewording
// some of them (a word dropped, two words swapped, a word added), so most sentence pairs of
// different articles tell the same facts in slightly different words: the alignment's worst
// case (every pair aligned, every aligned pair diffed). Without a sentence file, the sentences
// are generated from a made-up vocabulary. Times the alignment (Aligner::Align with the shipped
// lexicons) and the JSON writing, and prints peak RSS; --write FILE also saves the event as
// JSON Lines, to time `slant align` end to end.
//
//   build-bench/bench/align_bench [SENTENCES.jsonl|-] [ARTICLES] [SENTENCES_EACH] [--write FILE]
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <vector>

#include <nlohmann/json.hpp>

#include "align/align_json.h"
#include "align/aligner.h"
#include "lexicon/load.h"
#include "stats/rng.h"

namespace {

std::vector<std::string> ReadSentences(const std::string& path) {
  std::vector<std::string> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    const auto record = nlohmann::json::parse(line, nullptr, false);
    if (record.is_object() && record.contains("text") && record["text"].is_string()) {
      out.push_back(record["text"]);
    }
  }
  return out;
}

std::vector<std::string> MadeUpSentences(slant::stats::Rng& rng, std::size_t count) {
  std::vector<std::string> out;
  for (std::size_t s = 0; s < count; ++s) {
    std::string sentence;
    const std::size_t words = 12 + rng.Below(14);
    for (std::size_t w = 0; w < words; ++w) {
      std::string word;
      const std::size_t letters = 3 + rng.Below(6);
      for (std::size_t l = 0; l < letters; ++l) {
        word += static_cast<char>('a' + rng.Below(12));  // few letters: words recur
      }
      if (w == 0) word[0] = static_cast<char>(word[0] - 'a' + 'A');
      sentence += (w == 0 ? "" : " ") + word;
    }
    out.push_back(sentence + ".");
  }
  return out;
}

// A light rewording: drop a word, swap two neighbours, or add one, at random places.
std::string Reword(const std::string& sentence, slant::stats::Rng& rng) {
  std::istringstream in(sentence);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  if (words.size() < 4) return sentence;
  const std::size_t edits = 1 + rng.Below(3);
  for (std::size_t e = 0; e < edits; ++e) {
    const std::size_t at = 1 + rng.Below(static_cast<std::uint32_t>(words.size() - 2));
    switch (rng.Below(3)) {
      case 0:
        words.erase(words.begin() + static_cast<std::ptrdiff_t>(at));
        break;
      case 1:
        std::swap(words[at], words[at + 1]);
        break;
      default:
        words.insert(words.begin() + static_cast<std::ptrdiff_t>(at), "reportedly");
    }
  }
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

long PeakRssKib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> positional;
  std::string write;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--write" && i + 1 < argc) {
      write = argv[++i];
    } else {
      positional.push_back(arg);
    }
  }
  const std::string source = positional.size() > 0 ? positional[0] : "-";
  const std::size_t n_articles = positional.size() > 1 ? std::stoul(positional[1]) : 50;
  const std::size_t n_sentences = positional.size() > 2 ? std::stoul(positional[2]) : 40;

  slant::stats::Rng rng(20260318);
  std::vector<std::string> pool;
  if (source != "-") pool = ReadSentences(source);
  const bool real = !pool.empty();
  if (!real) pool = MadeUpSentences(rng, 200);
  // The event's facts: a pool a little larger than one article, so articles overlap heavily
  // but each leaves some facts out.
  const std::size_t facts = n_sentences * 3 / 2;
  if (pool.size() > facts) pool.resize(facts);
  // One sentence each: end every pool entry with a full stop if it has no final mark.
  for (std::string& sentence : pool) {
    const char last = sentence.empty() ? '.' : sentence.back();
    if (last != '.' && last != '!' && last != '?' && last != '"') sentence += '.';
  }

  std::vector<slant::corpus::Article> articles;
  std::size_t text_bytes = 0;
  for (std::size_t a = 0; a < n_articles; ++a) {
    slant::corpus::Article article;
    article.id = "bench-" + std::to_string(a);
    article.outlet = "outlet-" + std::to_string(a);
    article.event = "bench-event";
    article.date = "2026-03-" + std::to_string(10 + a % 9);
    // Draw n_sentences distinct facts in the pool's order (most outlets keep the story's order).
    std::vector<std::size_t> chosen;
    for (std::size_t f = 0; f < pool.size() && chosen.size() < n_sentences; ++f) {
      const std::size_t left = pool.size() - f;
      const std::size_t needed = n_sentences - chosen.size();
      if (rng.Below(static_cast<std::uint32_t>(left)) < needed) chosen.push_back(f);
    }
    for (const std::size_t f : chosen) {
      const std::string sentence = rng.Below(2) == 0 ? pool[f] : Reword(pool[f], rng);
      article.text += (article.text.empty() ? "" : " ") + sentence;
    }
    text_bytes += article.text.size();
    articles.push_back(std::move(article));
  }
  if (!write.empty()) {
    std::ofstream out(write);
    for (const auto& a : articles) {
      out << nlohmann::json{{"id", a.id},
                            {"outlet", a.outlet},
                            {"event", a.event},
                            {"date", a.date},
                            {"text", a.text}}
                 .dump()
          << "\n";
    }
  }

  std::vector<slant::lexicon::Lexicon> lexicons;
  for (const char* name : {"framing-core.json", "valence-core.json", "actors/russia-ukraine.json",
                           "actors/us-politics.json"}) {
    auto loaded = slant::lexicon::LoadLexicon(std::string(SLANT_LEXICON_DIR) + "/" + name);
    if (!loaded.ok()) {
      std::cerr << "align_bench: cannot load " << name << "\n";
      return 2;
    }
    lexicons.push_back(std::move(loaded.lexicon));
  }
  const slant::align::Aligner aligner(lexicons);
  const slant::align::AlignOptions options;
  const auto start = std::chrono::steady_clock::now();
  auto result = aligner.Align(articles, options);
  const auto aligned = std::chrono::steady_clock::now();
  if (!result.ok()) {
    std::cerr << "align_bench: " << result.error().ToString() << "\n";
    return 1;
  }
  const std::string json = slant::align::AlignJson(articles, result.value(), options);
  const auto written = std::chrono::steady_clock::now();

  const auto& event = result.value().events.at(0);
  std::size_t aligned_pairs = 0;
  std::size_t differences = 0;
  for (const auto& p : event.pairs) {
    aligned_pairs += p.aligned.size();
    for (const auto& s : p.aligned) differences += s.differences.size();
  }
  std::size_t sentences = 0;
  for (const auto& info : result.value().articles) sentences += info.sentences.size();
  std::cout << "event: " << n_articles << " articles, " << sentences << " sentences ("
            << (real ? "real news sentences from " + source : std::string("made-up text")) << "), "
            << text_bytes << " bytes of text\n"
            << "article pairs: " << event.pairs.size()
            << ", aligned sentence pairs: " << aligned_pairs << ", differences: " << differences
            << ", wording rows: " << result.value().wording.size() << "\n"
            << "align: " << std::chrono::duration<double>(aligned - start).count() << " s\n"
            << "json:  " << std::chrono::duration<double>(written - aligned).count() << " s ("
            << static_cast<double>(json.size()) / 1e6 << " MB)\n"
            << "peak RSS: " << PeakRssKib() / 1024 << " MiB\n";
  return 0;
}
