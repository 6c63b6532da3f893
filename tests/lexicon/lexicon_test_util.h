#ifndef SLANT_TESTS_LEXICON_LEXICON_TEST_UTIL_H_
#define SLANT_TESTS_LEXICON_LEXICON_TEST_UTIL_H_

// What the lexicon format tests share: readable views of a loaded lexicon.

#include <cstdint>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "lexicon/builder.h"

namespace slant::lexicon::testing {

using Strings = std::vector<std::string>;
using Weights = std::vector<Weight>;

// Pattern tokens as "text", with '*' after a prefix token.
inline Strings TokenTexts(const Entry& entry) {
  Strings out;
  for (const PatternToken& t : entry.tokens) out.push_back(t.text + (t.prefix ? "*" : ""));
  return out;
}

inline Strings Problems(const Loaded& loaded) {
  Strings out;
  for (const Problem& p : loaded.problems) out.push_back(p.ToString());
  return out;
}

inline Strings CategoryNames(const Lexicon& lexicon) {
  Strings out;
  for (const Category& c : lexicon.categories) out.push_back(c.name);
  return out;
}

// What one entry should read as.
struct Expected {
  std::string pattern;
  Strings tokens;
  Weights weights;
  std::int64_t line;
};

inline void CheckEntries(const Lexicon& lexicon, const std::vector<Expected>& expected) {
  REQUIRE(lexicon.entries.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO("entry " << i << " '" << expected[i].pattern << "'");
    const Entry& entry = lexicon.entries[i];
    CHECK(entry.pattern == expected[i].pattern);
    CHECK(TokenTexts(entry) == expected[i].tokens);
    CHECK(entry.weights == expected[i].weights);
    CHECK(entry.line == expected[i].line);
  }
}

}  // namespace slant::lexicon::testing

#endif  // SLANT_TESTS_LEXICON_LEXICON_TEST_UTIL_H_
