// Validates loaded-language lexicons against BABE (Spinde et al., Findings of EMNLP 2021):
// sentences labelled biased or non-biased by experts, with the words they marked as biased.
//
//  - Word level: a word token is predicted loaded when a hit of a chosen category covers it, and
//    is gold when an annotated span covers it; precision, recall and F1 over all word tokens.
//  - Sentence level: each sentence's loaded-language rate (hits per word token) as a score for
//    "biased"; ROC AUC (Mann-Whitney, ties counted one half) over biased vs non-biased.
// Every category is also scored alone, so the report says which categories carry the result.
//
//   build/bench/lexicon_validation BABE.jsonl LEXICON.json... [--family label.,affect.]
//
// The categories counted as loaded language are those whose name starts with one of the
// --family prefixes (default "label.delegitimizing,label.dehumanizing,label.extreme,
// label.euphemism,label.partisan,affect.,attribution.doubt,attribution.hostile,stance.booster,
// valence.strong": every label but the neutral institutional one, affect, the attribution
// verbs that cast doubt or attack, certainty boosters and strongly valenced words);
// "valence.strong" stands for the words of a lexicon's "valence" category whose weight is at
// least 2 in absolute value (-4..+4 scale): strongly loaded wording in either direction.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lexicon/load.h"
#include "lexicon/matcher.h"
#include "text/segmenter.h"

namespace {

constexpr double kStrongValence = 2.0;

using slant::lexicon::Lexicon;
using slant::text::Token;

struct Sentence {
  bool biased = false;
  std::vector<bool> gold;                        // per token: inside an annotated span
  std::vector<bool> word;                        // per token: a word (not punctuation)
  std::map<std::string, std::vector<bool>> hit;  // category key -> per token covered
  std::size_t words = 0;
  std::map<std::string, std::size_t> hits;  // category key -> hits
};

// Byte offset of each code point index (BABE's spans count code points).
std::vector<std::size_t> CodePointOffsets(const std::string& text) {
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) offsets.push_back(i);
  }
  offsets.push_back(text.size());
  return offsets;
}

double Auc(const std::vector<std::pair<double, bool>>& scored) {
  // Mann-Whitney U from ranks, with average ranks for ties.
  std::vector<std::pair<double, bool>> s = scored;
  std::sort(s.begin(), s.end());
  double positive_rank_sum = 0;
  std::size_t positives = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t j = i;
    while (j < s.size() && s[j].first == s[i].first) ++j;
    const double average_rank = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
    for (std::size_t k = i; k < j; ++k) {
      if (s[k].second) {
        positive_rank_sum += average_rank;
        ++positives;
      }
    }
    i = j;
  }
  const double negatives = static_cast<double>(s.size() - positives);
  const double p = static_cast<double>(positives);
  if (p == 0 || negatives == 0) return 0.5;
  return (positive_rank_sum - p * (p + 1) / 2.0) / (p * negatives);
}

struct Scores {
  double precision = 0, recall = 0, f1 = 0, auc = 0.5;
  std::size_t predicted = 0;
};

Scores Evaluate(const std::vector<Sentence>& sentences, const std::set<std::string>& keys) {
  std::size_t tp = 0, fp = 0, fn = 0;
  std::vector<std::pair<double, bool>> scored;
  for (const Sentence& s : sentences) {
    std::size_t hits = 0;
    for (const std::string& key : keys) {
      if (auto it = s.hits.find(key); it != s.hits.end()) hits += it->second;
    }
    scored.emplace_back(
        s.words == 0 ? 0.0 : static_cast<double>(hits) / static_cast<double>(s.words), s.biased);
    for (std::size_t t = 0; t < s.gold.size(); ++t) {
      if (!s.word[t]) continue;
      bool predicted = false;
      for (const std::string& key : keys) {
        if (auto it = s.hit.find(key); it != s.hit.end() && it->second[t]) predicted = true;
      }
      tp += predicted && s.gold[t];
      fp += predicted && !s.gold[t];
      fn += !predicted && s.gold[t];
    }
  }
  Scores out;
  out.predicted = tp + fp;
  out.precision = tp + fp == 0 ? 0 : static_cast<double>(tp) / static_cast<double>(tp + fp);
  out.recall = tp + fn == 0 ? 0 : static_cast<double>(tp) / static_cast<double>(tp + fn);
  out.f1 = out.precision + out.recall == 0
               ? 0
               : 2 * out.precision * out.recall / (out.precision + out.recall);
  out.auc = Auc(scored);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: lexicon_validation BABE.jsonl LEXICON... [--family p1,p2,...]\n";
    return 2;
  }
  std::vector<std::string> families = {"label.delegitimizing", "label.dehumanizing",
                                       "label.extreme",        "label.euphemism",
                                       "label.partisan",       "affect.",
                                       "attribution.doubt",    "attribution.hostile",
                                       "stance.booster",       "valence.strong"};
  std::vector<Lexicon> lexicons;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--family" && i + 1 < argc) {
      families.clear();
      std::stringstream list(argv[++i]);
      for (std::string f; std::getline(list, f, ',');) families.push_back(f);
      continue;
    }
    auto loaded = slant::lexicon::LoadLexicon(arg);
    if (!loaded.ok()) {
      std::cerr << arg << ": does not load (slant lexicon check " << arg << ")\n";
      return 2;
    }
    lexicons.push_back(std::move(loaded.lexicon));
  }
  std::vector<slant::lexicon::Matcher> matchers;
  for (const Lexicon& l : lexicons) matchers.emplace_back(l);

  slant::text::Segmenter segmenter;
  std::ifstream in(argv[1]);
  std::vector<Sentence> sentences;
  std::size_t skipped = 0;
  for (std::string line; std::getline(in, line);) {
    const auto record = nlohmann::json::parse(line);
    const std::string label = record["label"];
    if (label != "biased" && label != "non-biased") {
      ++skipped;
      continue;
    }
    const std::string text = record["text"];
    auto segmented = segmenter.Segment(text);
    if (!segmented.ok()) {
      ++skipped;
      continue;
    }
    const std::vector<Token>& tokens = segmented.value().tokens;
    const auto offsets = CodePointOffsets(text);
    Sentence s;
    s.biased = label == "biased";
    s.gold.assign(tokens.size(), false);
    s.word.assign(tokens.size(), false);
    for (std::size_t t = 0; t < tokens.size(); ++t) {
      s.word[t] = tokens[t].kind == slant::text::TokenKind::kWord;
      s.words += s.word[t];
    }
    for (const auto& span : record["spans"]) {
      const std::size_t begin = offsets.at(span["start"].get<std::size_t>());
      const std::size_t end = offsets.at(span["end"].get<std::size_t>());
      for (std::size_t t = 0; t < tokens.size(); ++t) {
        if (tokens[t].begin < end && tokens[t].end > begin) s.gold[t] = true;
      }
    }
    for (std::size_t l = 0; l < lexicons.size(); ++l) {
      for (const auto& hit : matchers[l].FindAll(tokens)) {
        for (const auto& weight : lexicons[l].entries[hit.entry].weights) {
          std::vector<std::string> keys = {lexicons[l].Key(weight.category)};
          // Strongly valenced words (|weight| >= 2 on the -4..+4 scale) also count as a
          // category of their own: emotionally loaded wording, whichever its direction.
          if (lexicons[l].categories[weight.category].name == "valence" &&
              std::abs(weight.value) >= kStrongValence) {
            keys.push_back(keys.front() + ".strong");
          }
          for (const std::string& key : keys) {
            auto& covered = s.hit[key];
            covered.resize(tokens.size(), false);
            for (std::size_t t = hit.first_token; t < hit.first_token + hit.token_count; ++t) {
              covered[t] = true;
            }
            ++s.hits[key];
          }
        }
      }
    }
    sentences.push_back(std::move(s));
  }
  std::size_t biased = 0;
  for (const Sentence& s : sentences) biased += s.biased;
  std::cout << "BABE: " << sentences.size() << " sentences (" << biased << " biased, "
            << sentences.size() - biased << " non-biased; " << skipped
            << " without agreement left out)\n\n";

  std::set<std::string> all_keys;
  std::set<std::string> family_keys;
  for (const Lexicon& l : lexicons) {
    if (auto valence = l.FindCategory("valence")) {
      const std::string key = l.Key(*valence) + ".strong";
      all_keys.insert(key);
      for (const std::string& f : families) {
        if (std::string("valence.strong").rfind(f, 0) == 0) family_keys.insert(key);
      }
    }
  }
  for (const Lexicon& l : lexicons) {
    for (std::size_t c = 0; c < l.categories.size(); ++c) {
      const std::string key = l.Key(static_cast<slant::lexicon::CategoryId>(c));
      all_keys.insert(key);
      for (const std::string& f : families) {
        if (l.categories[c].name.rfind(f, 0) == 0) family_keys.insert(key);
      }
    }
  }
  std::cout << std::fixed << std::setprecision(3);
  std::cout << "| categories | word P | word R | word F1 | sentence AUC | words predicted |\n"
               "|---|---|---|---|---|---|\n";
  const Scores combined = Evaluate(sentences, family_keys);
  std::cout << "| loaded language (" << family_keys.size() << " categories) | "
            << combined.precision << " | " << combined.recall << " | " << combined.f1 << " | "
            << combined.auc << " | " << combined.predicted << " |\n";
  for (const std::string& key : all_keys) {
    const Scores s = Evaluate(sentences, {key});
    std::cout << "| " << key << (family_keys.count(key) ? " *" : "") << " | " << s.precision
              << " | " << s.recall << " | " << s.f1 << " | " << s.auc << " | " << s.predicted
              << " |\n";
  }
  std::cout << "\n* counted as loaded language\n";
  return 0;
}
