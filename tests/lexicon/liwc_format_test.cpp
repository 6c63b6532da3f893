#include <catch2/catch.hpp>

TEST_CASE("placeholder for liwc_format_test", "[lexicon]") { CHECK(true); }
