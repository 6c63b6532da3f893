#include "article_loop.h"

#include <iostream>

#include "command.h"
#include "core/limits.h"
#include "corpus/corpus_reader.h"

namespace po = boost::program_options;

namespace slant::tools {

void InputOptions::AddTo(po::options_description& options) {
  auto add = options.add_options();
  add("output,o", po::value(&output)->value_name("FILE"),
      "write to FILE (atomically: all or nothing) instead of standard output");
  add("manifest,m", po::value(&manifest)->value_name("FILE"),
      "CSV or JSON list of .txt articles with their outlet, event, date, title");
  add("on-error", po::value(&on_error)->default_value("stop")->value_name("stop|skip"),
      "stop at the first bad record (exit 2), or report it, skip it and go on (exit 3)");
  add("max-record-bytes",
      po::value(&max_record_bytes)->default_value(kDefaultMaxRecordBytes)->value_name("N"),
      "refuse a record or .txt file larger than N bytes");
}

bool InputOptions::Validate(const std::string& command) const {
  if (on_error != "stop" && on_error != "skip") {
    std::cerr << "slant " << command << ": --on-error must be 'stop' or 'skip', not '" << on_error
              << "'\n";
    return false;
  }
  if (max_record_bytes == 0) {
    std::cerr << "slant " << command << ": --max-record-bytes must be at least 1\n";
    return false;
  }
  return true;
}

int ForEachArticle(const std::string& command, const InputOptions& options,
                   const std::function<Status(const corpus::Article&, std::ostream&)>& handle) {
  const std::string prefix = "slant " + command + ": ";
  std::optional<AtomicFile> file;
  if (!options.output.empty() && options.output != "-") {
    auto created = AtomicFile::Create(options.output);
    if (!created.ok()) {
      std::cerr << prefix << created.error().ToString() << "\n";
      return kExitInput;
    }
    file.emplace(std::move(created).value());
  }
  std::ostream& out = file ? file->stream() : std::cout;

  corpus::ReadOptions read_options;
  read_options.max_record_bytes = options.max_record_bytes;
  read_options.manifest = options.manifest;
  // A corpus with thousands of empty texts should not bury the errors: show the first few.
  constexpr std::size_t kShownWarnings = 20;
  std::size_t warnings = 0;
  read_options.warn = [&](const std::string& warning) {
    if (++warnings <= kShownWarnings) std::cerr << prefix << "warning: " << warning << "\n";
  };
  std::vector<std::string> inputs = options.inputs;
  if (inputs.empty() && options.manifest.empty()) inputs.push_back("-");
  corpus::CorpusReader reader(std::move(inputs), read_options);

  const bool skip = options.on_error == "skip";
  std::size_t records = 0;
  std::size_t skipped = 0;
  while (auto next = reader.Next()) {
    ++records;
    std::optional<Error> error;
    if (next->ok()) {
      const corpus::Article& article = next->value();
      Status handled = handle(article, out);
      if (!handled.ok()) {
        error = std::move(handled.error());
        // Say which article, unless the handler already did.
        if (error->source().empty()) error->InFile(article.source, article.line);
      }
    } else {
      error = std::move(next->error());
    }
    if (!error) continue;
    std::cerr << prefix << error->ToString() << "\n";
    if (!skip) return kExitInput;  // `file` is dropped uncommitted: no partial output
    ++skipped;
  }
  if (file) {
    if (Status committed = file->Commit(); !committed.ok()) {
      std::cerr << prefix << committed.error().ToString() << "\n";
      return kExitInput;
    }
  } else {
    std::cout.flush();
  }
  if (warnings > kShownWarnings) {
    std::cerr << prefix << (warnings - kShownWarnings) << " more warnings not shown\n";
  }
  if (skipped > 0) {
    std::cerr << prefix << "skipped " << skipped << " of " << records
              << " records (errors above)\n";
    return kExitSkipped;
  }
  return kExitOk;
}

}  // namespace slant::tools
