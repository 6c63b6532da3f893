// Agreement of `--valence-rules vader` with canonical vaderSentiment 3.3.1 on its outputs for
// 34,856 news sentences (../shared/vader/reference.jsonl), and on VADER's rule examples
// (rules.jsonl). Reports the share of records whose compound, and whose pos/neu/neg, are
// within 0.001 of the reference, and lists the first disagreements. VADER's emoji lexicon
// (VADER_DIR/emoji_utf8_lexicon.txt) is used unless `--no-emoji` is given.
//
//   build/bench/vader_agreement VADER_DIR lexicons/vader/vader-rules.json [--no-emoji]
#include <cmath>
#include <fstream>
#include <iostream>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "lexicon/load.h"
#include "score/vader.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: vader_agreement VADER_DIR VADER_RULES.json [--no-emoji]\n";
    return 2;
  }
  const std::string dir = argv[1];
  auto lexicon = slant::lexicon::LoadLexicon(dir + "/vader_lexicon.txt");
  auto rules = slant::lexicon::LoadLexicon(argv[2]);
  if (!lexicon.ok() || !rules.ok()) {
    std::cerr << "cannot load the lexicons\n";
    return 2;
  }
  slant::score::VaderEmoji emoji;
  if (argc < 4 || std::string(argv[3]) != "--no-emoji") {
    auto read = slant::score::VaderEmoji::Read(dir + "/emoji_utf8_lexicon.txt");
    if (!read.ok()) {
      std::cerr << read.error().ToString() << "\n";
      return 2;
    }
    emoji = std::move(read).value();
  }
  std::cout << "emoji lexicon: " << emoji.size() << " single-code-point entries\n";
  const slant::score::VaderScorer vader(lexicon.lexicon, rules.lexicon, std::move(emoji));
  for (const char* file : {"rules.jsonl", "reference.jsonl"}) {
    std::ifstream in(dir + "/" + file);
    std::size_t n = 0, compound_ok = 0, shares_ok = 0, shown = 0;
    for (std::string line; std::getline(in, line);) {
      const auto ref = nlohmann::json::parse(line);
      const slant::score::Valence v = vader.Score(ref["text"].get<std::string>());
      ++n;
      const bool c = std::fabs(v.compound - ref["compound"].get<double>()) <= 0.001 + 1e-9;
      const bool s = std::fabs(v.pos - ref["pos"].get<double>()) <= 0.001 + 1e-9 &&
                     std::fabs(v.neu - ref["neu"].get<double>()) <= 0.001 + 1e-9 &&
                     std::fabs(v.neg - ref["neg"].get<double>()) <= 0.001 + 1e-9;
      compound_ok += c;
      shares_ok += s;
      if ((!c || !s) && shown < 8) {
        ++shown;
        std::cout << "  differs: " << ref["text"].get<std::string>().substr(0, 100)
                  << "\n    slant " << v.compound << " " << v.pos << "/" << v.neu << "/" << v.neg
                  << "  vader " << ref["compound"] << " " << ref["pos"] << "/" << ref["neu"] << "/"
                  << ref["neg"] << "\n";
      }
    }
    std::cout << file << ": " << n << " records; compound within 0.001: " << compound_ok << " ("
              << 100.0 * static_cast<double>(compound_ok) / static_cast<double>(n)
              << "%); pos/neu/neg within 0.001: " << shares_ok << " ("
              << 100.0 * static_cast<double>(shares_ok) / static_cast<double>(n) << "%)\n";
  }
  return 0;
}
