// Markdown output: untrusted text escaped, differing words marked, the sections present.
#include "align/align_md.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace slant::align {
namespace {

corpus::Article MakeArticle(std::string id, std::string outlet, std::string text) {
  corpus::Article a;
  a.id = std::move(id);
  a.outlet = std::move(outlet);
  a.event = "e";
  a.text = std::move(text);
  return a;
}

TEST_CASE("The Markdown shows aligned sentences side by side with the differing words marked",
          "[align]") {
  const std::vector<corpus::Article> articles = {
      MakeArticle("w", "wire", "The mayor said repairs could take weeks. Markets were calm."),
      MakeArticle("t", "tab|loid",
                  "The mayor admitted repairs could take weeks.\n\n<b>Cats</b> & dogs."),
  };
  const Aligner aligner({});
  const AlignOptions options;
  auto aligned = aligner.Align(articles, options);
  REQUIRE(aligned.ok());
  const std::string md = AlignMarkdown(articles, aligned.value(), options);
  CHECK(md.find("### Event e\n") != std::string::npos);
  CHECK(md.find("#### wire ↔ tab\\|loid\n") != std::string::npos);
  CHECK(md.find("| The mayor **said** repairs could take weeks. | The mayor **admitted** "
                "repairs could take weeks. |") != std::string::npos);
  // The article's own markup is escaped, never passed through.
  CHECK(md.find("&lt;b&gt;Cats&lt;/b&gt; &amp; dogs.") != std::string::npos);
  CHECK(md.find("<b>Cats") == std::string::npos);
  CHECK(md.find("**Only one outlet**") != std::string::npos);
  // No lexicon loaded: the verb change is unclassified and seen once, so the table is empty.
  CHECK(md.find("No classified difference, and none seen twice.") != std::string::npos);
}

}  // namespace
}  // namespace slant::align
