#ifndef SLANT_CORPUS_CORPUS_READER_H_
#define SLANT_CORPUS_CORPUS_READER_H_

#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/error.h"
#include "core/limits.h"
#include "corpus/article.h"
#include "corpus/jsonl_reader.h"
#include "corpus/manifest.h"

namespace slant::corpus {

struct ReadOptions {
  // Cap on one JSON Lines record or one .txt file.
  std::size_t max_record_bytes = kDefaultMaxRecordBytes;
  // A manifest whose .txt files are read first, in its order ("" = none).
  std::string manifest;
  // Receives warnings that do not stop reading: duplicate ids, empty texts.
  std::function<void(const std::string&)> warn;
};

// Streams the articles of every input, in order, holding one article (and one directory
// listing per open folder level) at a time. An input is:
//  - "-": JSON Lines on standard input;
//  - a .txt file: one article, outlet = the name of the folder it is in;
//  - a directory: walked recursively in byte order of names, reading .jsonl/.ndjson and .txt
//    files; a .txt file's outlet is its first-level folder under the directory ("unknown" at
//    the top). A manifest.csv or manifest.json at the directory's top decides which .txt
//    files are articles, and their metadata, instead;
//  - any other file: JSON Lines.
// Every article or error comes out once; after an error reading goes on with the next record
// (the caller decides whether to stop). Symbolic links to directories are not followed.
class CorpusReader {
 public:
  CorpusReader(std::vector<std::string> inputs, ReadOptions options);
  ~CorpusReader();

  std::optional<Result<Article>> Next();

 private:
  struct Pending {
    std::string path;
    std::string outlet;      // for .txt files found in a directory walk
    bool top_level = false;  // given by the user (vs found in a walk)
    bool skip_text = false;  // a manifest decides which .txt files count
  };

  std::optional<Result<Article>> NextRaw();
  std::optional<Error> Expand(const Pending& item);  // starts reading `item`
  void Check(const Article& article);                // warnings

  ReadOptions options_;
  std::deque<Pending> pending_;
  std::unique_ptr<JsonlReader> jsonl_;
  std::unique_ptr<ManifestReader> manifest_;
  std::optional<Result<Article>> ready_;  // a .txt article waiting to be returned
  std::unordered_set<std::uint64_t> seen_ids_;
};

}  // namespace slant::corpus

#endif  // SLANT_CORPUS_CORPUS_READER_H_
