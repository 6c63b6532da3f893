#ifndef SLANT_CORE_ERROR_H_
#define SLANT_CORE_ERROR_H_

#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace slant {

enum class ErrorCode {
  kInvalidArgument,  // a caller asked for something that cannot be done
  kNotFound,         // a file or field that should exist does not
  kParse,            // malformed JSON, CSV or lexicon syntax
  kInvalidUtf8,      // ill-formed UTF-8; the byte offset says where
  kTooLarge,         // input over a documented cap
  kIo,               // the operating system refused a read or write
};

// A failure the user can act on: what went wrong and where in *their* input.
// The low layer says what; callers add the file, line and byte on the way up.
class Error {
 public:
  Error(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}

  Error& InFile(std::string source, std::int64_t line = 0);
  Error& AtLine(std::int64_t line);
  Error& AtByte(std::int64_t byte);

  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::string& source() const { return source_; }
  std::int64_t line() const { return line_; }
  std::int64_t byte() const { return byte_; }

  // "articles.jsonl:12: invalid UTF-8 at byte 40"; parts that are unknown are left out.
  std::string ToString() const;

 private:
  ErrorCode code_;
  std::string message_;
  std::string source_;
  std::int64_t line_ = 0;   // 1-based; 0 = not known
  std::int64_t byte_ = -1;  // 0-based; -1 = not known
};

// Either a value or the Error that explains why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T& value() & { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  const Error& error() const& { return std::get<Error>(state_); }
  Error& error() & { return std::get<Error>(state_); }
  Error&& error() && { return std::get<Error>(std::move(state_)); }

 private:
  std::variant<T, Error> state_;
};

// A Result for operations that produce nothing but may fail.
struct Ok {};
using Status = Result<Ok>;

}  // namespace slant

#endif  // SLANT_CORE_ERROR_H_
