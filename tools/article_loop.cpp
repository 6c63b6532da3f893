#include "article_loop.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <thread>
#include <unistd.h>

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
  add("quiet,q", po::bool_switch(&quiet), "no progress line on a terminal");
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

int ForEachArticle(const std::string& command, const InputOptions& options, std::size_t threads,
                   const Transform& transform, const std::string& header) {
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
  out << header;

  corpus::ReadOptions read_options;
  read_options.max_record_bytes = options.max_record_bytes;
  read_options.manifest = options.manifest;
  // A corpus with thousands of empty texts should not bury the errors: show the first few.
  constexpr std::size_t kShownWarnings = 20;
  std::size_t warnings = 0;
  // Warnings belong to the record being read; they are printed when that record's output or
  // error is, so reading ahead for a batch never reorders stderr.
  std::vector<std::string> reading_warnings;
  read_options.warn = [&](const std::string& warning) { reading_warnings.push_back(warning); };
  std::vector<std::string> inputs = options.inputs;
  if (inputs.empty() && options.manifest.empty()) inputs.push_back("-");
  corpus::CorpusReader reader(std::move(inputs), read_options);

  // Batches keep memory bounded; within a batch the workers take records in turn, and the
  // results are written in input order, so the output is the same at any thread count.
  threads = std::max<std::size_t>(threads, 1);
  const std::size_t batch_size = 32 * threads;
  // Progress, only for a person watching: stderr a terminal, not --quiet.
  const bool progress = !options.quiet && ::isatty(2) == 1;
  std::uintmax_t input_bytes = 0;  // 0 = unknown (stdin, directories)
  for (const std::string& input : options.inputs) {
    std::error_code ec;
    if (input != "-" && std::filesystem::is_regular_file(input, ec)) {
      input_bytes += std::filesystem::file_size(input, ec);
    }
  }
  const auto started = std::chrono::steady_clock::now();
  std::size_t records = 0;
  std::uintmax_t text_bytes = 0;
  double last_report = -1;
  auto report = [&](bool done) {
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (!done && seconds - last_report < 0.25) return;  // a few updates a second
    last_report = seconds;
    const double mb = static_cast<double>(text_bytes) / 1e6;
    std::cerr << "\r" << prefix << records << " articles, " << static_cast<long>(mb) << " MB, "
              << static_cast<long>(seconds > 0 ? mb / seconds : 0) << " MB/s";
    if (!done && input_bytes > 0 && text_bytes > 0 && text_bytes < input_bytes) {
      const double eta =
          seconds * static_cast<double>(input_bytes - text_bytes) / static_cast<double>(text_bytes);
      std::cerr << ", about " << static_cast<long>(eta) << " s left";
    }
    std::cerr << (done ? "\n" : "   ") << std::flush;
  };

  const bool skip = options.on_error == "skip";
  std::size_t skipped = 0;
  std::vector<Result<corpus::Article>> batch;
  std::vector<std::vector<std::string>> batch_warnings;
  std::vector<Result<corpus::Article>> next_batch;
  std::vector<std::vector<std::string>> next_warnings;
  std::vector<std::optional<Result<std::string>>> results;
  bool more = true;
  auto read_batch = [&](std::vector<Result<corpus::Article>>& into,
                        std::vector<std::vector<std::string>>& warnings_into) {
    into.clear();
    warnings_into.clear();
    while (more && into.size() < batch_size) {
      auto next = reader.Next();
      if (!next) {
        more = false;
        break;
      }
      into.push_back(std::move(*next));
      warnings_into.push_back(std::move(reading_warnings));
      reading_warnings.clear();
    }
  };
  read_batch(batch, batch_warnings);
  while (!batch.empty()) {
    results.assign(batch.size(), std::nullopt);
    // Workers take the next record as they finish one (articles vary in length).
    std::atomic<std::size_t> cursor{0};
    auto work = [&](std::size_t worker) {
      for (std::size_t i = cursor++; i < batch.size(); i = cursor++) {
        if (batch[i].ok()) results[i] = transform(batch[i].value(), worker);
      }
    };
    if (threads == 1 || batch.size() < 2) {
      work(0);
      read_batch(next_batch, next_warnings);
    } else {
      // The next batch is read while the workers score this one.
      std::vector<std::thread> pool;
      for (std::size_t w = 0; w < threads; ++w) pool.emplace_back(work, w);
      read_batch(next_batch, next_warnings);
      for (std::thread& thread : pool) thread.join();
    }
    for (std::size_t i = 0; i < batch.size(); ++i) {
      ++records;
      for (const std::string& warning : batch_warnings[i]) {
        if (++warnings <= kShownWarnings) std::cerr << prefix << "warning: " << warning << "\n";
      }
      std::optional<Error> error;
      if (!batch[i].ok()) {
        error = std::move(batch[i].error());
      } else if (!results[i]->ok()) {
        error = std::move(results[i]->error());
        const corpus::Article& article = batch[i].value();
        // Say which article, unless the transform already did.
        if (error->source().empty()) error->InFile(article.source, article.line);
      } else {
        out << results[i]->value();
        text_bytes += batch[i].value().text.size();
        continue;
      }
      if (progress) std::cerr << "\n";
      std::cerr << prefix << error->ToString() << "\n";
      if (!skip) return kExitInput;  // `file` is dropped uncommitted: no partial output
      ++skipped;
    }
    if (progress) report(false);
    std::swap(batch, next_batch);
    std::swap(batch_warnings, next_warnings);
  }
  if (progress) report(true);
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

Status WriteOutput(const std::string& output, const std::string& text) {
  if (output.empty() || output == "-") {
    std::cout << text;
    std::cout.flush();
    return Ok{};
  }
  auto file = AtomicFile::Create(output);
  if (!file.ok()) return std::move(file.error());
  file.value().stream() << text;
  return file.value().Commit();
}

}  // namespace slant::tools
