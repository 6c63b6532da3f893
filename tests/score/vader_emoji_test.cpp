#include "score/vader_emoji.h"

#include <string>

#include <catch2/catch.hpp>

#include "lexicon/builder.h"
#include "score/vader.h"
#include "test_files.h"

namespace slant::score {
namespace {

// A few lines in the form of VADER's emoji_utf8_lexicon.txt, its descriptions for these emoji
// (🔛 is "ON! arrow" there too), plus a two-code-point entry whose description is made up so
// that it would show if it were ever applied.
const char* const kEmoji =
    "\U0001F600\tgrinning face\n"         // 😀
    "\U0001F622\tcrying face\n"           // 😢
    "\u2764\tred heart\n"                 // ❤ (U+2764 alone; "❤️" adds U+FE0F)
    "\U0001F51B\tON! arrow\n"             // 🔛
    "\U0001F44D\U0001F3FB\tbad thumbs\n"  // 👍🏻: two code points, never applies
    "\U0001F44D\tthumbs up\n"             // 👍
    "\U0001F3FB\tlight skin tone";        // 🏻 (no line break at the end, as in VADER's file)

VaderEmoji Emoji() {
  auto parsed = VaderEmoji::Parse(kEmoji, "emoji.txt");
  REQUIRE(parsed.ok());
  return std::move(parsed).value();
}

TEST_CASE("VaderEmoji translates emoji with VADER's spacing quirks", "[score]") {
  const VaderEmoji emoji = Emoji();
  CHECK(emoji.size() == 6);  // the two-code-point entry is left out
  struct Case {
    const char* name;
    std::string text;
    const char* expected;  // nullptr: nothing to translate
  };
  const Case cases[] = {
      {"no emoji", "Nothing to see here.", nullptr},
      {"after a space, no space is added", "Sad \U0001F622 day", "Sad crying face day"},
      {"after a letter, a space is added", "Kobe\U0001F622", "Kobe crying face"},
      {"nothing is added after it", "\U0001F622Kobe", "crying faceKobe"},
      {"two in a row", "a \U0001F600\U0001F600 b", "a grinning face grinning face b"},
      {"only U+0020 counts as a space before it", "a\t\U0001F600", "a\t grinning face"},
      {"a variation selector stays glued on", "I \u2764\uFE0F it", "I red heart\uFE0F it"},
      {"a skin tone is looked up on its own", "\U0001F44D\U0001F3FB", "thumbs up light skin tone"},
      {"an emoji not in the lexicon stays", "\U0001F680 go", nullptr},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    std::string out = "untouched";
    const bool translated = emoji.Translate(c.text, out);
    if (c.expected == nullptr) {
      CHECK_FALSE(translated);
      CHECK(out == "untouched");
    } else {
      CHECK(translated);
      CHECK(out == c.expected);
    }
  }
}

// VADER's lexicon values for the words these sentences use (vader_lexicon.txt).
lexicon::Lexicon VaderWords() {
  lexicon::LexiconBuilder builder("vader_lexicon", false);
  const auto valence = builder.AddCategory({"valence", "", "", ""}, 0);
  builder.AddEntry("good", {{valence, 1.9}}, 1);
  builder.AddEntry("bad", {{valence, -2.5}}, 2);
  builder.AddEntry("crying", {{valence, -2.1}}, 3);
  builder.AddEntry("grinning", {{valence, 1.5}}, 4);
  builder.AddEntry("heart", {{valence, 3.2}}, 5);
  builder.AddEntry("miss", {{valence, -0.6}}, 6);
  return std::move(builder.Finish().lexicon);
}

TEST_CASE("VADER mode scores emoji by their descriptions, computed by hand", "[score]") {
  // No negators or boosters occur in these sentences, so VADER's rule lists are not needed.
  const VaderScorer vader(VaderWords(), lexicon::Lexicon(), Emoji());
  struct Case {
    const char* name;
    std::string text;
    double compound, pos, neu, neg;
  };
  const Case cases[] = {
      // "Miss ya Kobe crying face": miss -0.6, crying -2.1 (its three-back word "miss" is in
      // the lexicon, so no modifier applies); s = -2.7, -2.7/sqrt(7.29+15) = -0.5719;
      // neg (1.6+3.1)/(4.7+3 neutral) = 0.610. (VADER's reference gives -0.5719 for "Miss ya
      // Kobe. 😢 ..." too.)
      {"an emoji glued to a word", "Miss ya Kobe\U0001F622", -0.5719, 0, 0.390, 0.610},
      // "crying facegood": "good" is glued to the description and is no word of the lexicon;
      // -2.1/sqrt(4.41+15) = -0.4767; neg 3.1/4.1 = 0.756.
      {"a word glued after an emoji is lost", "\U0001F622good", -0.4767, 0, 0.244, 0.756},
      // "Good grinning face grinning face": 1.9 + 1.5 + 1.5 = 4.9 (each word before a
      // "grinning" that could modify it is itself in the lexicon, or is "face");
      // 4.9/sqrt(24.01+15) = 0.7845; pos 7.9/9.9 = 0.798.
      {"two emoji in a row", "Good \U0001F600\U0001F600", 0.7845, 0.798, 0.202, 0},
      // "good ON! arrow": the description's "!" adds 0.292 and "ON!" (stripped to two letters,
      // so kept whole) is in capitals but has no valence: (1.9+0.292)/sqrt(2.192^2+15) =
      // 0.4926; pos (2.9+0.292)/(3.192+2) = 0.615.
      {"punctuation in a description counts", "good \U0001F51B", 0.4926, 0.615, 0.385, 0},
      // "good thumbs up light skin tone": the two-code-point entry ("bad thumbs") never applies;
      // 1.9/sqrt(3.61+15) = 0.4404; pos 2.9/7.9 = 0.367.
      {"a skin-toned emoji is two", "good \U0001F44D\U0001F3FB", 0.4404, 0.367, 0.633, 0},
      // "I red heart it": heart 3.2/sqrt(10.24+15) = 0.636949..., so 0.6369; pos 4.2/7.2 = 0.583.
      {"a heart", "I \u2764 it", 0.6369, 0.583, 0.417, 0},
      // "I red heart\uFE0F it": the word is "heart" plus U+FE0F, not in the lexicon: 0.
      {"a heart with its variation selector", "I \u2764\uFE0F it", 0, 0, 1, 0},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const Valence v = vader.Score(c.text);
    CHECK(v.compound == Approx(c.compound).margin(1e-4));
    CHECK(v.pos == Approx(c.pos).margin(1e-3));
    CHECK(v.neu == Approx(c.neu).margin(1e-3));
    CHECK(v.neg == Approx(c.neg).margin(1e-3));
  }
}

TEST_CASE("VaderEmoji reads lines as VADER does: stripped, split at tabs, later lines win",
          "[score]") {
  const std::string bytes =
      "\xEF\xBB\xBF"                        // a byte-order mark, dropped
      "\U0001F600\tgrinning face\r\n"       // CRLF
      "\n"                                  // a blank line, skipped
      "  \U0001F622\tcrying face\textra\n"  // spaces stripped, a third field ignored
      "\U0001F600\tbeaming face\n";         // the later line wins
  auto parsed = VaderEmoji::Parse(bytes, "emoji.txt");
  REQUIRE(parsed.ok());
  std::string out;
  REQUIRE(parsed.value().Translate("\U0001F600\U0001F622", out));
  CHECK(out == "beaming face crying face");
}

TEST_CASE("VaderEmoji rejects a malformed file with its name, line and reason", "[score][errors]") {
  const std::string long_description(VaderEmoji::kMaxDescriptionBytes + 1, 'x');
  struct Case {
    const char* name;
    std::string bytes;
    ErrorCode code;
    const char* message;
  };
  const Case cases[] = {
      {"no tab", "\U0001F600\tgrinning face\n\U0001F622 crying face\n", ErrorCode::kParse,
       "emoji.txt:2: no tab: expected an emoji, a tab and its description"},
      {"bad UTF-8", "\U0001F600\tgrinning face\n\n\xF0\x9F\tbroken\n", ErrorCode::kInvalidUtf8,
       "emoji.txt:3: invalid UTF-8 at byte 20"},
      {"an over-long description", "\U0001F600\t" + long_description + "\n", ErrorCode::kParse,
       "emoji.txt:1: description of 257 bytes is over the 256-byte cap"},
      {"no entries", "\n\r\n", ErrorCode::kParse, "emoji.txt: no entries"},
      {"empty", "", ErrorCode::kParse, "emoji.txt: no entries"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const auto parsed = VaderEmoji::Parse(c.bytes, "emoji.txt");
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code() == c.code);
    CHECK(parsed.error().ToString() == c.message);
  }
}

TEST_CASE("VaderEmoji::Read names the file it cannot read", "[score][errors]") {
  const testing::TempDir dir;
  const std::string missing = (dir.path() / "absent.txt").string();
  const auto absent = VaderEmoji::Read(missing);
  REQUIRE_FALSE(absent.ok());
  CHECK(absent.error().code() == ErrorCode::kNotFound);
  CHECK(absent.error().ToString() == missing + ": no such file");

  const std::string bad = dir.Write("emoji.txt", "\U0001F600\tgrinning face\nbroken line\n");
  const auto parsed = VaderEmoji::Read(bad);
  REQUIRE_FALSE(parsed.ok());
  CHECK(parsed.error().ToString() ==
        bad + ":2: no tab: expected an emoji, a tab and its description");

  const std::string good = dir.Write("good.txt", kEmoji);
  const auto read = VaderEmoji::Read(good);
  REQUIRE(read.ok());
  CHECK(read.value().size() == 6);
}

}  // namespace
}  // namespace slant::score
