// slant report on the samples (the planted signals of samples/PLANTED.md among its findings),
// on hostile outlet names (escaped everywhere, never a file name), its files and its refusals.
#include <filesystem>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "../report/html_check.h"
#include "../test_files.h"
#include "report/markdown_html.h"
#include "run_slant.h"

namespace slant::testing {
namespace {

namespace fs = std::filesystem;

// The demo's exact command (scripts/demo), run from the source folder.
const std::vector<std::string> kDemoArgs = {
    "report",
    "--quiet",
    "-l",
    "lexicons/framing-core.json",
    "-l",
    "lexicons/valence-core.json",
    "-l",
    "lexicons/actors/russia-ukraine.json",
    "-l",
    "lexicons/actors/sample-cast.json",
    "samples/articles.jsonl",
    "-o",
};

std::string Section(const std::string& md, const std::string& heading) {
  const std::size_t at = md.find("\n## " + heading);
  if (at == std::string::npos) return "";
  const std::size_t end = md.find("\n## ", at + 1);
  return md.substr(at, end == std::string::npos ? std::string::npos : end - at);
}

// Every chart the Markdown links, as paths relative to the report's folder.
std::vector<std::string> ChartLinks(const std::string& md) {
  std::vector<std::string> out;
  const std::regex image(R"(!\[[^\]]*\]\(([^)]+)\))");
  for (auto it = std::sregex_iterator(md.begin(), md.end(), image); it != std::sregex_iterator();
       ++it) {
    out.push_back((*it)[1]);
  }
  return out;
}

// Renders with cmark-gfm and checks what GitHub would show: tables keep their column count,
// and only the elements and attributes GFM itself writes appear.
void CheckRendering(const std::string& md) {
  const HtmlShape shape = ParseHtmlShape(report::RenderGfm(md));
  CHECK(shape.problems.empty());
  REQUIRE_FALSE(shape.tables.empty());
  for (const TableShape& t : shape.tables) {
    for (std::size_t cells : t.body_row_cells) CHECK(cells == t.header_cells);
  }
  for (const std::string& e : shape.elements) {
    INFO(e);
    CHECK(kGfmElements.count(e) == 1);
  }
  for (const std::string& a : shape.attributes) {
    INFO(a);
    CHECK(kGfmAttributes.count(a) == 1);
  }
}

TEST_CASE("On the samples, the report's findings name the planted signals", "[cli]") {
  TempDir dir;
  const std::string out = (dir.path() / "samples.md").string();
  std::vector<std::string> args = kDemoArgs;
  args.push_back(out);
  for (std::string& a : args) {
    if (a.rfind("lexicons/", 0) == 0 || a.rfind("samples/", 0) == 0) a = SourceRoot() + "/" + a;
  }
  const RunResult run = RunSlant(args);
  REQUIRE(run.exit_code == 0);
  CHECK(run.err.empty());
  const std::string md = ReadFile(out);
  CHECK(md.rfind("<!-- slant report -->\n# ", 0) == 0);
  for (const char* heading :
       {"1. Summary", "2. Key findings", "3. Loaded language, stance and frames",
        "4. Distinctive vocabulary", "5. Naming choices", "6. Voices", "7. Actor portrayal",
        "8. Same events, different words", "9. Method and caveats"}) {
    INFO(heading);
    CHECK_FALSE(Section(md, heading).empty());
  }
  const std::string findings = Section(md, "2. Key findings");
  // PLANTED.md: the state-aligned outlet's delegitimizing labels ("the Kiev regime"), the
  // Kiev/Kyiv naming split, the tabloid's rewrite of the wire's Kharkiv story, and the
  // Odesa casualties the state-aligned outlet leaves out.
  CHECK(findings.find("**northern-courier** uses *label.delegitimizing*") != std::string::npos);
  CHECK(findings.find("Naming of *kyiv*") != std::string::npos);
  CHECK(findings.find("northern-courier *Kiev*") != std::string::npos);
  CHECK(findings.find("**meridian-wire** and **daily-blaze** share a source on "
                      "*kharkiv-blackout*") != std::string::npos);
  CHECK(findings.find("Likely source: kharkiv-blackout-meridian-wire") != std::string::npos);
  CHECK(findings.find("**northern-courier** leaves out") != std::string::npos);
  // Excerpts show the matched words in bold.
  CHECK(findings.find("> “") != std::string::npos);
  CHECK(findings.find("**regime**") != std::string::npos);
  // Every chart the Markdown links exists, and is an SVG without scripts.
  const std::vector<std::string> links = ChartLinks(md);
  REQUIRE(links.size() >= 2);
  for (const std::string& link : links) {
    INFO(link);
    CHECK(link.rfind("samples_files/", 0) == 0);
    const fs::path chart = dir.path() / link;
    REQUIRE(fs::exists(chart));
    const std::string svg = ReadFile(chart);
    CHECK(svg.find("<svg") != std::string::npos);
    CHECK(svg.find("<script") == std::string::npos);
  }
  CheckRendering(md);

  // The same input gives the same bytes, at any thread count.
  std::vector<std::string> again = args;
  again.back() = (dir.path() / "again" / "samples.md").string();
  again.insert(again.begin() + 1, {"-j", "1"});
  fs::create_directory(dir.path() / "again");  // the report's folder must exist, as for -o
  REQUIRE(RunSlant(again).exit_code == 0);
  // Only the reproduce line (its -o and -j) may differ.
  const auto body = [](const std::string& text) {
    return text.substr(0, text.find("Reproduce this report:"));
  };
  CHECK(body(ReadFile(again.back())) == body(md));
  for (const std::string& link : links) {
    CHECK(ReadFile(dir.path() / "again" / link) == ReadFile(dir.path() / link));
  }
}

TEST_CASE("The committed reports/samples.md is what scripts/demo makes", "[cli]") {
  std::vector<std::string> args = kDemoArgs;
  TempDir dir;
  const std::string out = (dir.path() / "samples.md").string();
  args.push_back(out);
  const RunResult run = RunSlant(args, "", SourceRoot());
  REQUIRE(run.exit_code == 0);
  // The reproduce line names the demo's own -o.
  std::string expected = ReadFile(out);
  const std::string tmp_path = out;
  const std::size_t at = expected.find(tmp_path);
  REQUIRE(at != std::string::npos);
  expected.replace(at, tmp_path.size(), "reports/samples.md");
  INFO("run scripts/demo and commit reports/samples.md and reports/samples_files/");
  CHECK(ReadFile(SourceRoot() + "/reports/samples.md") == expected);
  for (const std::string& link : ChartLinks(expected)) {
    INFO(link);
    CHECK(ReadFile(SourceRoot() + "/reports/" + link) == ReadFile(dir.path() / link));
  }
}

TEST_CASE("Hostile outlet names are escaped in the report and never name a file", "[cli]") {
  TempDir dir;
  std::string corpus;
  const std::vector<std::string> outlets = {"../../x", "<script>alert(1)</script>", "a|b|c"};
  int id = 0;
  for (const std::string& outlet : outlets) {
    for (int event = 0; event < 5; ++event) {
      const std::string name =
          outlet == "<script>alert(1)</script>" ? "<script>alert(1)<\\/script>" : outlet;
      corpus += "{\"id\": \"a" + std::to_string(++id) + "\", \"outlet\": \"" + name +
                "\", \"event\": \"e" + std::to_string(event) +
                "\", \"text\": \"The regime said the strike hit a school in Kyiv. Officials "
                "claimed the <b>port</b> | burned.\"}\n";
    }
  }
  dir.Write("in/corpus.jsonl", corpus);
  fs::create_directory(dir.path() / "out");
  const RunResult run =
      RunSlant({"report", "-q", "--resamples", "200", "in/corpus.jsonl", "-o", "out/r.md"}, "",
               dir.path().string());
  REQUIRE(run.exit_code == 0);
  // Only the report and its charts were written.
  std::set<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir.path())) {
    if (entry.is_regular_file()) files.insert(fs::relative(entry.path(), dir.path()).string());
  }
  for (const std::string& f : files) {
    INFO(f);
    CHECK((f == "in/corpus.jsonl" || f == "out/r.md" || f.rfind("out/r_files/", 0) == 0));
  }
  const std::string md = ReadFile(dir.path() / "out/r.md");
  CHECK(md.find("<script") == std::string::npos);
  CHECK(md.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(md.find("<b>") == std::string::npos);
  CHECK(md.find("a\\|b\\|c") != std::string::npos);
  CheckRendering(md);
  for (const std::string& link : ChartLinks(md)) {
    const std::string svg = ReadFile(dir.path() / "out" / link);
    CHECK(svg.find("<script") == std::string::npos);
  }

  // The HTML form: one page, charts inline, no script from the input.
  const RunResult html = RunSlant({"report", "-q", "--resamples", "200", "--format", "html",
                                   "in/corpus.jsonl", "-o", "out/r.html"},
                                  "", dir.path().string());
  REQUIRE(html.exit_code == 0);
  const std::string page = ReadFile(dir.path() / "out/r.html");
  CHECK(page.find("<meta name=\"generator\" content=\"slant report\">") != std::string::npos);
  CHECK(page.find("<svg") != std::string::npos);
  CHECK(page.find("<script") == std::string::npos);
  CHECK_FALSE(fs::exists(dir.path() / "out/r_files/categories.svg.html"));
}

TEST_CASE("slant report does not overwrite a file that is not a report", "[cli]") {
  TempDir dir;
  dir.Write("notes.md", "my own notes\n");
  dir.Write("a.jsonl",
            "{\"id\": \"1\", \"outlet\": \"o\", \"text\": \"The regime said so.\"}\n"
            "{\"id\": \"2\", \"outlet\": \"p\", \"text\": \"The government said so.\"}\n");
  const RunResult refused = RunSlant(
      {"report", "-q", "--resamples", "100", "a.jsonl", "-o", "notes.md"}, "", dir.path().string());
  CHECK(refused.exit_code == 2);
  CHECK(refused.err ==
        "slant report: notes.md: exists and is not a slant report; not overwritten (give --force "
        "to replace it)\n");
  CHECK(ReadFile(dir.path() / "notes.md") == "my own notes\n");
  const RunResult forced =
      RunSlant({"report", "-q", "--resamples", "100", "--force", "a.jsonl", "-o", "notes.md"}, "",
               dir.path().string());
  CHECK(forced.exit_code == 0);
  const std::string md = ReadFile(dir.path() / "notes.md");
  CHECK(md.rfind("<!-- slant report -->", 0) == 0);
  // A slant report is replaced without --force.
  CHECK(RunSlant({"report", "-q", "--resamples", "100", "a.jsonl", "-o", "notes.md"}, "",
                 dir.path().string())
            .exit_code == 0);
  // No -o: a usage error, nothing written.
  const RunResult no_output = RunSlant({"report", "a.jsonl"}, "", dir.path().string());
  CHECK(no_output.exit_code == 2);
  CHECK(no_output.err.find("give the report's file with -o") != std::string::npos);
}

}  // namespace
}  // namespace slant::testing
