#include "corpus/corpus_reader.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "../test_files.h"

namespace slant::corpus {
namespace {

// "id|outlet|event" of each article, or "error: <message>".
struct Run {
  std::vector<std::string> items;
  std::vector<std::string> warnings;
};

Run ReadAll(std::vector<std::string> inputs, ReadOptions options = {}) {
  Run run;
  options.warn = [&](const std::string& w) { run.warnings.push_back(w); };
  CorpusReader reader(std::move(inputs), options);
  while (auto next = reader.Next()) {
    if (next->ok()) {
      const Article& a = next->value();
      run.items.push_back(a.id + "|" + a.outlet + "|" + a.event);
    } else {
      run.items.push_back("error: " + next->error().ToString());
    }
  }
  return run;
}

TEST_CASE("A directory is read recursively in name order with outlets from folder names",
          "[corpus]") {
  testing::TempDir dir;
  const std::string root = dir.path().string();
  dir.Write("wire/b.txt", "B text");
  dir.Write("wire/2026/a.txt", "A text");
  dir.Write("tabloid/c.txt", "C text");
  dir.Write("top.txt", "Top text");
  dir.Write("data.jsonl", "{\"id\":\"j1\",\"text\":\"x\",\"outlet\":\"o\"}\n\n{\"text\":\"y\"}\n");
  dir.Write("notes.md", "not an article");
  const Run run = ReadAll({root});
  CHECK(run.items == std::vector<std::string>{
                         "j1|o|",
                         root + "/data.jsonl:3|unknown|",
                         root + "/tabloid/c.txt|tabloid|",
                         root + "/top.txt|unknown|",
                         root + "/wire/2026/a.txt|wire|",
                         root + "/wire/b.txt|wire|",
                     });
  CHECK(run.warnings.empty());
}

TEST_CASE("A manifest decides which .txt files are articles and gives their fields", "[corpus]") {
  testing::TempDir dir;
  const std::string root = dir.path().string();
  dir.Write("b.txt", "B");
  dir.Write("a.txt", "A");
  dir.Write("unlisted.txt", "U");
  dir.Write("manifest.csv",
            "path,outlet,event,date,title,section\n"
            "b.txt,Wire,e1,2026-03-04,\"Title, with comma\",world\n"
            "a.txt,Tabloid,e1,,,\n");
  const Run run = ReadAll({root});
  CHECK(run.items == std::vector<std::string>{root + "/b.txt|Wire|e1", root + "/a.txt|Tabloid|e1"});

  // The same manifest given explicitly, as JSON this time.
  dir.Write("list.json", R"([{"path":"a.txt","outlet":"X","id":"first"},{"path":"b.txt"}])");
  ReadOptions options;
  options.manifest = root + "/list.json";
  const Run json = ReadAll({}, options);
  CHECK(json.items == std::vector<std::string>{"first|X|", root + "/b.txt|unknown|"});
}

TEST_CASE("Bad inputs become errors in place and reading goes on", "[corpus][errors]") {
  testing::TempDir dir;
  const std::string good = dir.Write("good.jsonl", "{\"id\":\"a\",\"text\":\"x\"}\n");
  const std::string mixed = dir.Write(
      "mixed.jsonl", "{\"id\":\"a\",\"text\":\"x\"}\n{oops\n{\"id\":\"c\",\"text\":\"\"}\n");
  const std::string empty = dir.Write("empty.jsonl", "\n\n");
  const std::string bad_txt = dir.Write("bad.txt", "line one\nab\xC3(");
  const std::string missing = dir.path().string() + "/missing.jsonl";
  const Run run = ReadAll({good, mixed, empty, bad_txt, missing});
  CHECK(run.items ==
        std::vector<std::string>{
            "a|unknown|",
            "a|unknown|",
            "error: " + mixed +
                ":2: malformed JSON at byte 1: syntax error while parsing object key - invalid "
                "literal; last read: '{o'; expected string literal",
            "c|unknown|",
            "error: " + empty + ": no articles (the input is empty)",
            "error: " + bad_txt + ":2: invalid UTF-8 at byte 11",
            "error: " + missing + ": no such file or directory",
        });
  CHECK(run.warnings == std::vector<std::string>{
                            mixed + ":1: duplicate id 'a'",
                            mixed + ":3: article 'c' has no text",
                        });
}

TEST_CASE("A record over the size cap is refused with the cap in the message", "[corpus][errors]") {
  testing::TempDir dir;
  const std::string path =
      dir.Write("big.jsonl", "{\"text\":\"" + std::string(100, 'x') + "\"}\n{\"text\":\"ok\"}\n");
  ReadOptions options;
  options.max_record_bytes = 50;
  const Run run = ReadAll({path}, options);
  CHECK(run.items == std::vector<std::string>{
                         "error: " + path +
                             ":1: record of 111 bytes is over the 50-byte cap (--max-record-bytes)",
                         path + ":2|unknown|",
                     });
}

}  // namespace
}  // namespace slant::corpus
