// Bad input through the real binary: each case's exact message and exit code.
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "../test_files.h"
#include "run_slant.h"

namespace slant::testing {
namespace {

struct Case {
  const char* name;
  std::map<std::string, std::string> files;  // written into the run's folder
  std::vector<std::string> args;
  std::string stdin_bytes;
  int exit_code;
  std::string err;
  std::string out = "";
};

const std::string kGood = "{\"id\":\"ok\",\"text\":\"Fine.\"}\n";
const std::string kTwoArticlesOneOutlet =
    "{\"id\":\"1\",\"outlet\":\"o\",\"text\":\"The regime said so.\"}\n"
    "{\"id\":\"2\",\"outlet\":\"o\",\"text\":\"The government said so.\"}\n";
const std::string kGoodRecord =
    R"({"id":"ok","outlet":"unknown","event":"","sentences":[{"start":0,"end":5}],)"
    R"("tokens":[{"start":0,"end":4,"norm":"fine","kind":"word","sentence":0},)"
    R"({"start":4,"end":5,"norm":".","kind":"punct","sentence":0}],"quotes":[]})"
    "\n";

// Two articles of one event from two outlets: what compare, align and report accept.
const std::string kOneEvent =
    "{\"id\":\"1\",\"outlet\":\"a\",\"event\":\"e\",\"text\":\"One. Two. Three.\"}\n"
    "{\"id\":\"2\",\"outlet\":\"b\",\"event\":\"e\",\"text\":\"One. Two.\"}\n";

// A JSON text nested `depth` levels deep inside `before` ... `after`.
std::string Nested(const std::string& before, int depth, const std::string& after) {
  return before + std::string(static_cast<std::size_t>(depth), '[') +
         std::string(static_cast<std::size_t>(depth), ']') + after;
}

// One record of 100 MiB of text: 104,857,600 x's inside {"text":"…"} (11 bytes more; the newline
// is not counted).
const std::string& HundredMegabyteLine() {
  static const std::string line =
      "{\"text\":\"" + std::string(std::size_t{100} << 20, 'x') + "\"}\n";
  return line;
}

// A weighted word list (AFINN's layout) of `n` entries w0 … w<n-1>.
std::string WordList(std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += "w" + std::to_string(i) + "\t1\n";
  return out;
}

// Random bytes, the same on every run (a binary file: invalid UTF-8 from its first byte).
std::string BinaryBytes(std::size_t n, unsigned seed) {
  std::string out(n, '\0');
  unsigned x = seed;
  for (char& c : out) {
    x = x * 1103515245u + 12345u;
    c = static_cast<char>(0x80 | (x >> 16));  // high bit set: never a whole ASCII text
  }
  return out;
}

TEST_CASE("slant rejects bad input with one clear line naming file, line and reason",
          "[cli][errors]") {
  const Case cases[] = {
      {"malformed JSON stops the run after the good records",
       {{"a.jsonl", kGood + "{\"text\": oops}\n" + kGood}},
       {"segment", "a.jsonl"},
       "",
       2,
       "slant segment: a.jsonl:2: malformed JSON at byte 9: syntax error while parsing value - "
       "invalid literal; last read: '\"text\": o'\n",
       kGoodRecord},
      // Found by fuzzing: nlohmann reports a number too large for a double as out_of_range,
      // not as a parse error; it was an "internal error" (exit 1).
      {"a number too large for a double",
       {{"a.jsonl", kGood + "{\"text\": \"x\", \"n\": 1e999}\n"}},
       {"segment", "a.jsonl"},
       "",
       2,
       "slant segment: a.jsonl:2: malformed JSON: number overflow parsing '1e999'\n",
       kGoodRecord},
      {"truncated JSON",
       {{"a.jsonl", "{\"text\":\"cut off"}},
       {"segment", "a.jsonl"},
       "",
       2,
       "slant segment: a.jsonl:1: malformed JSON at byte 16: syntax error while parsing value - "
       "invalid string: missing closing quote; last read: '\"cut off'\n"},
      {"text missing",
       {{"a.jsonl", "{\"id\":\"x\",\"body\":\"y\"}\n"}},
       {"segment", "a.jsonl"},
       "",
       2,
       "slant segment: a.jsonl:1: missing required field 'text'\n"},
      {"text not a string",
       {{"a.jsonl", "{\"text\":{\"en\":\"y\"}}\n"}},
       {"segment", "a.jsonl"},
       "",
       2,
       "slant segment: a.jsonl:1: field 'text' must be a string, not object\n"},
      {"record not an object",
       {{"a.jsonl", "\"just a string\"\n"}},
       {"segment", "a.jsonl"},
       "",
       2,
       "slant segment: a.jsonl:1: record must be a JSON object, not string\n"},
      {"invalid UTF-8 in a JSON Lines record",
       {{"a.jsonl", kGood + "{\"text\":\"caf\xE9\"}\n"}},
       {"segment", "a.jsonl"},
       "",
       2,
       "slant segment: a.jsonl:2: invalid UTF-8 at byte 12 of the line\n",
       kGoodRecord},
      {"invalid UTF-8 in an outlet name",
       {{"a.jsonl", "{\"text\":\"x\",\"outlet\":\"\xFF\"}\n"}},
       {"segment", "a.jsonl"},
       "",
       2,
       "slant segment: a.jsonl:1: invalid UTF-8 at byte 22 of the line\n"},
      {"invalid UTF-8 in a .txt article",
       {{"wire/a.txt", "First line.\r\nSecond \xC3( line."}},
       {"segment", "wire/a.txt"},
       "",
       2,
       "slant segment: wire/a.txt:2: invalid UTF-8 at byte 20\n"},
      {"a raw NUL byte inside a JSON string",
       {{"a.jsonl", std::string("{\"text\":\"a\0b\"}\n", 15)}},
       {"segment", "a.jsonl"},
       "",
       2,
       "slant segment: a.jsonl:1: malformed JSON at byte 10: syntax error while parsing value - "
       "invalid string: control character U+0000 (NUL) must be escaped to \\u0000; last read: "
       "'\"a<U+0000>'\n"},
      {"bad date",
       {{"a.jsonl", "{\"text\":\"x\",\"date\":\"04/03/2026\"}\n"}},
       {"segment", "a.jsonl"},
       "",
       2,
       "slant segment: a.jsonl:1: field 'date' is not an ISO 8601 date (YYYY-MM-DD): "
       "'04/03/2026'\n"},
      {"record over the size cap",
       {{"a.jsonl", "{\"text\":\"" + std::string(200, 'x') + "\"}\n"}},
       {"segment", "--max-record-bytes", "100", "a.jsonl"},
       "",
       2,
       "slant segment: a.jsonl:1: record of 211 bytes is over the 100-byte cap "
       "(--max-record-bytes)\n"},
      {"empty file",
       {{"a.jsonl", ""}},
       {"segment", "a.jsonl"},
       "",
       2,
       "slant segment: a.jsonl: no articles (the input is empty)\n"},
      {"empty standard input",
       {},
       {"segment", "-"},
       "",
       2,
       "slant segment: -: no articles (the input is empty)\n"},
      {"missing file",
       {},
       {"segment", "nope.jsonl"},
       "",
       2,
       "slant segment: nope.jsonl: no such file or directory\n"},
      {"directory without articles",
       {{"d/readme.md", "hi"}},
       {"segment", "d"},
       "",
       2,
       "slant segment: d: no .jsonl or .txt files in directory\n"},
      {"manifest without a path column",
       {{"m.csv", "file,outlet\na.txt,x\n"}},
       {"segment", "--manifest", "m.csv"},
       "",
       2,
       "slant segment: m.csv:1: manifest header has no 'path' column\n"},
      {"manifest row pointing at a missing file",
       {{"m.csv", "path,outlet\ngone.txt,x\n"}},
       {"segment", "--manifest", "m.csv"},
       "",
       2,
       "slant segment: gone.txt: cannot open: No such file or directory\n"},
      {"unwritable output path",
       {{"a.jsonl", kGood}},
       {"segment", "a.jsonl", "-o", "no/such/dir/out.jsonl"},
       "",
       2,
       "slant segment: no/such/dir/out.jsonl: cannot write: No such file or directory\n"},
      {"unknown command",
       {},
       {"frobnicate"},
       "",
       2,
       "slant: unknown command 'frobnicate' (see slant --help)\n"},
      {"unknown option",
       {},
       {"segment", "--bogus"},
       "",
       2,
       "slant segment: unrecognised option '--bogus' (see slant segment --help)\n"},
      {"bad --on-error value",
       {},
       {"segment", "--on-error", "ignore"},
       "",
       2,
       "slant segment: --on-error must be 'stop' or 'skip', not 'ignore'\n"},
      {"non-numeric --max-record-bytes",
       {},
       {"segment", "--max-record-bytes", "big"},
       "",
       2,
       "slant segment: the argument ('big') for option '--max-record-bytes' is invalid (see "
       "slant segment --help)\n"},
      {"no command", {}, {}, "", 2, ""},
      // The commands after segment: what each refuses, and how it says so.
      {"compare with a single outlet",
       {{"a.jsonl", kTwoArticlesOneOutlet}},
       {"compare", "a.jsonl"},
       "",
       2,
       "slant compare: only one group ('o') by outlet: nothing to compare\n"},
      {"compare with --a but no --b",
       {{"a.jsonl", kTwoArticlesOneOutlet}},
       {"compare", "--a", "o", "a.jsonl"},
       "",
       2,
       "slant compare: give both --a and --b, or neither\n"},
      {"compare on an empty corpus",
       {{"a.jsonl", ""}},
       {"compare", "a.jsonl"},
       "",
       2,
       "slant compare: a.jsonl: no articles (the input is empty)\n"},
      {"compare --stats given articles, not statistics",
       {{"a.jsonl", kTwoArticlesOneOutlet}},
       {"compare", "--stats", "a.jsonl"},
       "",
       2,
       "slant compare: a.jsonl:1: not a slant statistics file (the first line has no "
       "\"slant_stats\"; write one with slant score --stats-out)\n"},
      {"a lexicon of an unknown format",
       {{"a.jsonl", kGood}, {"lex.yaml", "x"}},
       {"score", "-l", "lex.yaml", "a.jsonl"},
       "",
       2,
       "slant score: lex.yaml: error: cannot tell the lexicon format from the extension '.yaml' "
       "(name it .json, .dic, .dicx, .tsv, .txt or .csv; slant lexicon also takes --format)\n"},
      {"align with a threshold of 0",
       {{"a.jsonl", kTwoArticlesOneOutlet}},
       {"align", "--threshold", "0", "a.jsonl"},
       "",
       2,
       "slant align: --threshold must be above 0 and at most 1\n"},
      {"report in an unknown format",
       {{"a.jsonl", kTwoArticlesOneOutlet}},
       {"report", "--format", "pdf", "a.jsonl", "-o", "r.md"},
       "",
       2,
       "slant report: --format must be 'md' or 'html', not 'pdf'\n"},
      {"report written over a directory",
       {{"a.jsonl", kTwoArticlesOneOutlet}, {"out/keep.txt", "mine"}},
       {"report", "a.jsonl", "-o", "out"},
       "",
       2,
       "slant report: out: is a directory, not a report file\n"},
      // Size, binary data and hostile structure, across the commands.
      {"a 100 MB line stops the run without being held in memory",
       {{"a.jsonl", HundredMegabyteLine() + kGood}},
       {"score", "a.jsonl", "-o", "out.jsonl"},
       "",
       2,
       "slant score: a.jsonl:1: record of 104857611 bytes is over the 16777216-byte cap "
       "(--max-record-bytes)\n"},
      {"a 100 MB line is skipped with --on-error skip and the next record read",
       {{"a.jsonl", HundredMegabyteLine() + kGood}},
       {"segment", "--on-error", "skip", "a.jsonl"},
       "",
       3,
       "slant segment: a.jsonl:1: record of 104857611 bytes is over the 16777216-byte cap "
       "(--max-record-bytes)\n"
       "slant segment: skipped 1 of 2 records (errors above)\n",
       kGoodRecord},
      {"NUL bytes in a .txt article",
       {{"a.txt", std::string("Fine.\nabc\0def\0\0", 16)}},
       {"score", "a.txt", "-o", "out.jsonl"},
       "",
       2,
       "slant score: a.txt:2: binary data (a NUL byte) at byte 9\n"},
      {"a directory of binary files, given to compare",
       {{"d/a.txt", BinaryBytes(5000, 1)}, {"d/b.jsonl", BinaryBytes(5000, 2)}},
       {"compare", "d", "-o", "out.json"},
       "",
       2,
       "slant compare: d/a.txt:1: invalid UTF-8 at byte 0\n"},
      {"a directory of binary files, given to report",
       {{"d/a.txt", BinaryBytes(5000, 1)}, {"d/b.jsonl", BinaryBytes(5000, 2)}},
       {"report", "d", "-o", "r.md"},
       "",
       2,
       "slant report: d/a.txt:1: invalid UTF-8 at byte 0\n"},
      {"invalid UTF-8 in an outlet name, given to compare",
       {{"a.jsonl", kOneEvent + "{\"text\":\"x\",\"outlet\":\"b\xC0\xAF\"}\n"}},
       {"compare", "a.jsonl", "-o", "out.json"},
       "",
       2,
       "slant compare: a.jsonl:3: invalid UTF-8 at byte 23 of the line\n"},
      {"invalid UTF-8 in an outlet name, given to report",
       {{"a.jsonl", kOneEvent + "{\"text\":\"x\",\"outlet\":\"b\xC0\xAF\"}\n"}},
       {"report", "a.jsonl", "-o", "r.md"},
       "",
       2,
       "slant report: a.jsonl:3: invalid UTF-8 at byte 23 of the line\n"},
      {"a lexicon of a million and one entries",
       {{"a.jsonl", kGood}, {"big.tsv", WordList(1'000'001)}},
       {"score", "-l", "big.tsv", "a.jsonl", "-o", "out.jsonl"},
       "",
       2,
       "slant score: big.tsv:1000001: error: more than 1000000 entries (the cap; "
       "--max-lexicon-entries raises it)\n"},
      {"a lexicon over a lowered entry cap",
       {{"three.tsv", WordList(3)}},
       {"lexicon", "check", "--max-lexicon-entries", "2", "three.tsv"},
       "",
       2,
       "slant lexicon check: three.tsv:3: error: more than 2 entries (the cap; "
       "--max-lexicon-entries raises it)\n"},
      {"a JSON Lines record nested 100,000 deep",
       {{"a.jsonl", Nested("{\"text\":\"x\",\"extra\":", 100'000, "}\n")}},
       {"segment", "a.jsonl"},
       "",
       2,
       "slant segment: a.jsonl:1: JSON nested deeper than 64 levels\n"},
      // Found writing this battery: printing the bad header recursed until the stack overflowed.
      {"a statistics file nested 100,000 deep",
       {{"s.stats", Nested("{\"slant_stats\":", 100'000, "}\n")}},
       {"compare", "--stats", "s.stats"},
       "",
       2,
       "slant compare: s.stats:1: JSON nested deeper than 64 levels\n"},
      {"a native lexicon nested 100,000 deep",
       {{"a.jsonl", kGood}, {"lex.json", Nested("{\"name\":\"x\",\"categories\":", 100'000, "}")}},
       {"score", "-l", "lex.json", "a.jsonl"},
       "",
       2,
       "slant score: lex.json: error: JSON nested deeper than 64 levels\n"},
      {"a JSON manifest nested 100,000 deep",
       {{"m.json", Nested("[{\"path\":", 100'000, "}]")}},
       {"score", "--manifest", "m.json"},
       "",
       2,
       "slant score: m.json: JSON nested deeper than 64 levels\n"},
      {"an article over the alignment's sentence cap",
       {{"a.jsonl", kOneEvent}},
       {"align", "--max-sentences", "2", "a.jsonl", "-o", "out.json"},
       "",
       2,
       "slant align: a.jsonl:1: article '1' has 3 sentences, over the 2-sentence cap for "
       "alignment (--max-sentences)\n"},
      {"standard input closed in the middle of a record",
       {},
       {"score", "-", "-o", "out.jsonl"},
       kGood + "{\"id\":\"cut\",\"text\":\"The wire story goes on and on until the "
               "connection drops right here in the mid",
       2,
       "slant score: -:2: malformed JSON at byte 98: syntax error while parsing value - "
       "invalid string: missing closing quote; last read: '…e connection drops right "
       "here in the mid'\n"},
      {"score to an output folder that does not exist",
       {{"a.jsonl", kGood}},
       {"score", "a.jsonl", "-o", "no/such/dir/out.jsonl"},
       "",
       2,
       "slant score: no/such/dir/out.jsonl: cannot write: No such file or directory\n"},
      {"compare to an output folder that does not exist",
       {{"a.jsonl", kOneEvent}},
       {"compare", "a.jsonl", "-o", "no/such/dir/out.json"},
       "",
       2,
       "slant compare: no/such/dir/out.json: cannot write: No such file or directory\n"},
      {"align to an output folder that does not exist",
       {{"a.jsonl", kOneEvent}},
       {"align", "a.jsonl", "-o", "no/such/dir/out.json"},
       "",
       2,
       "slant align: no/such/dir/out.json: cannot write: No such file or directory\n"},
      // It created the missing folders before this battery; now it refuses, as the others do.
      {"report to an output folder that does not exist",
       {{"a.jsonl", kOneEvent}},
       {"report", "a.jsonl", "-o", "no/such/dir/r.md"},
       "",
       2,
       "slant report: no/such/dir/r.md: cannot write: No such file or directory\n"},
      {"skip reports each bad record, goes on, and exits 3",
       {{"a.jsonl", "{\"text\":1}\n" + kGood + "not json\n"}},
       {"segment", "--on-error", "skip", "a.jsonl"},
       "",
       3,
       "slant segment: a.jsonl:1: field 'text' must be a string, not number\n"
       "slant segment: a.jsonl:3: malformed JSON at byte 1: syntax error while parsing value - "
       "invalid literal; last read: 'no'\n"
       "slant segment: skipped 2 of 3 records (errors above)\n",
       kGoodRecord},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    TempDir dir;
    for (const auto& [name, bytes] : c.files) dir.Write(name, bytes);
    const RunResult run = RunSlant(c.args, c.stdin_bytes, dir.path().string());
    CHECK(run.exit_code == c.exit_code);
    if (std::string(c.name) == "no command") {
      CHECK(run.err.rfind("usage: slant <command>", 0) == 0);  // the usage text
    } else {
      CHECK(run.err == c.err);
    }
    CHECK(run.out == c.out);
    // Loses nothing, leaves nothing: a failed run writes no file, partial or whole.
    if (c.exit_code == 2) {
      std::set<std::string> found;
      for (const auto& entry : std::filesystem::recursive_directory_iterator(dir.path())) {
        if (!entry.is_directory()) {
          found.insert(std::filesystem::relative(entry.path(), dir.path()).generic_string());
        }
      }
      std::set<std::string> given;
      for (const auto& [name, bytes] : c.files) given.insert(name);
      CHECK(found == given);
    }
  }
}

TEST_CASE("A failed run with -o leaves no output file behind", "[cli][errors]") {
  TempDir dir;
  dir.Write("a.jsonl", kGood + "{broken\n");
  const RunResult run =
      RunSlant({"segment", "a.jsonl", "-o", "out.jsonl"}, "", dir.path().string());
  CHECK(run.exit_code == 2);
  CHECK_FALSE(std::filesystem::exists(dir.path() / "out.jsonl"));
  CHECK(std::distance(std::filesystem::directory_iterator(dir.path()),
                      std::filesystem::directory_iterator()) == 1);  // only a.jsonl
}

TEST_CASE("slant --help, --version and segment --help exit 0 on stdout", "[cli]") {
  const RunResult help = RunSlant({"--help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("segment") != std::string::npos);
  CHECK(help.err.empty());
  const RunResult version = RunSlant({"--version"});
  CHECK(version.exit_code == 0);
  CHECK(version.out.rfind("slant ", 0) == 0);
  const RunResult segment_help = RunSlant({"segment", "--help"});
  CHECK(segment_help.exit_code == 0);
  CHECK(segment_help.out.find("example:") != std::string::npos);
  CHECK(segment_help.out.find("--on-error") != std::string::npos);
}

}  // namespace
}  // namespace slant::testing
