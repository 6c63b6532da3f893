#include "text/normalize.h"

#include <string>

#include <catch2/catch.hpp>

namespace slant::text {
namespace {

TEST_CASE("NormalizeForMatching folds case, compatibility forms and apostrophes", "[text]") {
  struct Case {
    const char* name;
    std::string input;
    std::string expected;
  };
  const Case cases[] = {
      {"ascii", "Kyiv", "kyiv"},
      {"all caps", "BRUTAL", "brutal"},
      {"cyrillic", "Київ", "київ"},
      {"cyrillic caps", "МОСКВА", "москва"},
      {"german sharp s folds to ss", "Straße", "strasse"},
      {"capital sharp s", "STRAẞE", "strasse"},
      {"turkish dotted capital I", "İstanbul", "istanbul"},
      {"turkish word keeps its umlaut", "Türkiye", "türkiye"},
      {"curly apostrophe", "Ukraine’s", "ukraine's"},
      {"left single quote as apostrophe", "rock‘n", "rock'n"},
      {"modifier letter apostrophe", "Ukraineʼs", "ukraine's"},
      {"non-breaking hyphen", "\u2011", "-"},
      {"fi ligature unfolds", "\uFB01nal", "final"},
      {"full-width letters", "ＫＹＩＶ", "kyiv"},
      {"soft hyphen disappears", "so\u00ADcalled", "socalled"},
      {"greek final sigma folds to sigma", "ΟΔΟΣ", "οδοσ"},
      {"emoji unchanged", "😡", "😡"},
      // The fast path's marks, each as NFKC_Casefold leaves it (or as step 3 maps it).
      {"curly quotes, dashes and guillemets stay", "\u201C\u201D\u2013\u2014\u00AB\u00BB",
       "\u201C\u201D\u2013\u2014\u00AB\u00BB"},
      {"hyphen U+2010 inside a word", "Pro\u2010Russian", "pro-russian"},
      {"apostrophe then a letter ICU must fold", "\u2019\u00C9T\u00C9", "'\u00E9t\u00E9"},
      {"ellipsis unfolds to three periods", "\u2026", "..."},
      {"no-break space unfolds to a space", "a\u00A0b", "a b"},
      {"empty", "", ""},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(NormalizeForMatching(c.input) == c.expected);
  }
}

TEST_CASE("StripPossessive removes a trailing 's only", "[text]") {
  CHECK(StripPossessive("ukraine's") == "ukraine");
  CHECK(StripPossessive("putin's") == "putin");
  CHECK(StripPossessive("ukraine") == "");
  CHECK(StripPossessive("'s") == "");  // nothing would be left
  CHECK(StripPossessive("s") == "");
}

}  // namespace
}  // namespace slant::text
