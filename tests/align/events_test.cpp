// Event clustering by text, and ISO dates as day numbers.
#include "align/events.h"

#include <vector>

#include <catch2/catch.hpp>

namespace slant::align {
namespace {

TEST_CASE("ISO dates become days since 1970-01-01", "[align]") {
  // Reference values from Python: (date(y, m, d) - date(1970, 1, 1)).days
  CHECK(DaysFromIsoDate("1970-01-01") == 0);
  CHECK(DaysFromIsoDate("1969-12-31") == -1);
  CHECK(DaysFromIsoDate("2000-03-01") == 11017);
  CHECK(DaysFromIsoDate("2024-02-29") == 19782);
  CHECK(DaysFromIsoDate("2026-03-18T09:00Z") == 20530);
  CHECK_FALSE(DaysFromIsoDate("2026-03").has_value());
  CHECK_FALSE(DaysFromIsoDate("2026-13-01").has_value());
  CHECK_FALSE(DaysFromIsoDate("March 18").has_value());
  CHECK_FALSE(DaysFromIsoDate("").has_value());
}

TEST_CASE("Articles are grouped into events by title, lede and text", "[align]") {
  // Terms 0-2 one story, 3-5 another, 6 in every article, 7-9 in one article each.
  // df: t0, t1, t3, t4, t5 in 2 articles (idf ln(6/3) = ln 2); t2 in 3 (ln(6/4) = ln 1.5);
  // t6 in all 5 (ln 1 = 0); t7, t8, t9 in one (0: they cannot link anything).
  // Title terms count 3 times, lede terms 2 times, body terms once, so
  //   article 0 = (t0: 3 ln2, t1: 3 ln2, t2: 2 ln1.5), article 1 the same: cosine 1;
  //   article 2 = (t2: ln1.5): cosine with 0 = 2 ln1.5 / |article 0| = 0.811 / 3.051 = 0.266;
  //   articles 3 and 4 = (t3: 3 ln2, t4: 3 ln2, t5: 2 ln2): cosine 1.
  std::vector<EventDocument> docs = {
      {{0, 1}, {2, 6}, {7}, "a", "2026-03-01"}, {{0, 1}, {2, 6}, {8}, "b", "2026-03-02"},
      {{9}, {6}, {2}, "c", "2026-03-01"},       {{3, 4}, {5, 6}, {}, "a", "2026-03-01"},
      {{3, 4}, {5, 6}, {}, "b", "2026-04-01"},
  };
  SECTION("without a window") {
    CHECK(ClusterEvents(docs, 10, 0.3, std::nullopt) == std::vector<std::size_t>{0, 0, 1, 2, 2});
    // At 0.25 article 2 (0.266) joins the first event.
    CHECK(ClusterEvents(docs, 10, 0.25, std::nullopt) == std::vector<std::size_t>{0, 0, 0, 1, 1});
  }
  SECTION("a 7-day window splits articles a month apart") {
    CHECK(ClusterEvents(docs, 10, 0.3, 7) == std::vector<std::size_t>{0, 0, 1, 2, 3});
  }
  SECTION("an undated article is linked whatever the window") {
    docs[4].date = "";
    CHECK(ClusterEvents(docs, 10, 0.3, 7) == std::vector<std::size_t>{0, 0, 1, 2, 2});
  }
  SECTION("articles of one outlet are not linked directly") {
    docs[4].outlet = "a";  // 3 and 4 now share an outlet: two events
    CHECK(ClusterEvents(docs, 10, 0.3, std::nullopt) == std::vector<std::size_t>{0, 0, 1, 2, 3});
  }
  SECTION("no articles") { CHECK(ClusterEvents({}, 0, 0.3, std::nullopt).empty()); }
}

}  // namespace
}  // namespace slant::align
