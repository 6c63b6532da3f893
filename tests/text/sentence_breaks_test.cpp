#include "text/sentence_breaks.h"

#include <memory>
#include <random>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace slant::text {
namespace {

// ICU's own English sentence iterator with its abbreviation suppressions, run over the whole
// text: the reference FindIcuSentenceEnds must reproduce.
std::vector<std::size_t> IcuIteratorEnds(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  REQUIRE(U_SUCCESS(status));
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<std::int64_t>(text.size()), &status);
  it->setText(ut, status);
  std::vector<std::size_t> ends;
  for (std::int32_t end = it->next(); end != icu::BreakIterator::DONE; end = it->next()) {
    ends.push_back(static_cast<std::size_t>(end));
  }
  utext_close(ut);
  return ends;
}

TEST_CASE("Sentence ends agree with ICU's English sentence iterator on random text", "[text]") {
  // Pieces that exercise every rule: terminators and their runs, closing marks, spaces,
  // separators (LF, CRLF, CR, U+2029), capitals and lower case after a period, numbers
  // after a period, ICU's abbreviations (whole, partial and with inner periods), curly
  // quotes, NBSP, dashes, Cyrillic, emoji, a combining mark, a format character.
  const std::vector<std::string> pieces = {"word",
                                           "Word",
                                           "WORD",
                                           "the",
                                           "Mr.",
                                           "Mrs.",
                                           "J.K.",
                                           "U.S.",
                                           "Ph.D.",
                                           "etc.",
                                           "e.g.",
                                           "U.",
                                           "Dr.",
                                           "Sen.",
                                           "No.",
                                           "3",
                                           "3.5",
                                           ".",
                                           "!",
                                           "?",
                                           "?!",
                                           "...",
                                           ",",
                                           ";",
                                           ":",
                                           "-",
                                           "\u2014",
                                           "\u2013",
                                           "\"",
                                           "'",
                                           "(",
                                           ")",
                                           "\u201C",
                                           "\u201D",
                                           "\u2019",
                                           "\u00A0",
                                           "\u2026",
                                           "\u041A\u0438\u0457\u0432",
                                           "\u0432\u0456\u043D",
                                           "\U0001F621",
                                           "e\u0301",
                                           "\u200B",
                                           "\u00BF",
                                           "\u3002",
                                           "\u0964"};
  const std::vector<std::string> gaps = {" ",  " ",    " ",  "",   "  ",
                                         "\n", "\r\n", "\r", "\t", "\u2029"};
  std::mt19937 random(20261123);  // fixed seed: a failure can be replayed
  const auto pick = [&](std::size_t n) {
    return static_cast<std::size_t>(random() % n);  // bias is irrelevant here
  };
  std::size_t boundaries = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const std::size_t length = pick(40);
    for (std::size_t k = 0; k < length; ++k) {
      text += pieces[pick(pieces.size())];
      text += gaps[pick(gaps.size())];
    }
    INFO("round " << round << ", text: " << text);
    const std::vector<std::size_t> expected = IcuIteratorEnds(text);
    REQUIRE(FindIcuSentenceEnds(text) == expected);
    boundaries += expected.size();
  }
  CHECK(boundaries > 20000);  // the rounds really exercised breaking
}

TEST_CASE("Sentence ends: empty text, text end, separators", "[text]") {
  struct Case {
    const char* name;
    std::string text;
    std::vector<std::size_t> ends;
  };
  const Case cases[] = {
      {"empty", "", {}},
      {"no terminator", "no end", {6}},
      {"two sentences", "One. Two.", {5, 9}},
      {"CRLF is one separator", "One\r\nTwo", {5, 8}},
      {"a number after a period", "Version 3.5 shipped.", {20}},
      {"lower case after the period", "He left etc. and then came back.", {32}},
      {"ICU's Mr. and slant's Sen. both hold", "Mr. Li met Sen. Ho. Then", {20, 24}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(FindSentenceEnds(c.text) == c.ends);
  }
}

}  // namespace
}  // namespace slant::text
