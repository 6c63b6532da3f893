#ifndef SLANT_CORE_JSON_WRITER_H_
#define SLANT_CORE_JSON_WRITER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace slant {

// Writes compact JSON straight into a string, for records written by the million: building
// an nlohmann::json tree first cost more than scoring the article. The bytes are those of
// nlohmann's dump() for the same document (tests/core/json_writer_test.cpp checks it), so
// records look the same whichever wrote them:
//  - strings keep UTF-8 as is and escape ", \, and control characters (\n, \t ..., \u001f);
//  - doubles print the shortest digits that read back to the same value, in plain notation
//    for exponents from -4 to 15 ("0.0001", "12.0", "-0.0") and as "1e-05" outside;
//    NaN and infinities print null.
// The caller keeps keys and values in step; strings must be valid UTF-8.
class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  JsonWriter& BeginObject() { return Open('{'); }
  JsonWriter& EndObject() { return Close('}'); }
  JsonWriter& BeginArray() { return Open('['); }
  JsonWriter& EndArray() { return Close(']'); }
  JsonWriter& Key(std::string_view key);

  JsonWriter& String(std::string_view value);
  JsonWriter& Number(std::int64_t value);
  JsonWriter& Number(std::size_t value);
  JsonWriter& Number(int value) { return Number(static_cast<std::int64_t>(value)); }
  JsonWriter& Number(double value);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();
  // A string, or null when it is empty.
  JsonWriter& StringOrNull(std::string_view value) {
    return value.empty() ? Null() : String(value);
  }

  // Key and value in one call.
  template <typename T>
  JsonWriter& Field(std::string_view key, const T& value) {
    Key(key);
    return Value(value);
  }

 private:
  JsonWriter& Value(std::string_view v) { return String(v); }
  JsonWriter& Value(const std::string& v) { return String(v); }
  JsonWriter& Value(const char* v) { return String(v); }
  JsonWriter& Value(double v) { return Number(v); }
  JsonWriter& Value(std::size_t v) { return Number(v); }
  JsonWriter& Value(std::int64_t v) { return Number(v); }
  JsonWriter& Value(int v) { return Number(v); }
  JsonWriter& Value(bool v) { return Bool(v); }

  JsonWriter& Open(char bracket);
  JsonWriter& Close(char bracket);
  void BeforeValue();
  void Escaped(std::string_view s);

  std::string& out_;
  std::vector<std::uint8_t> first_;  // per open container: 1 while nothing is written in it
  bool after_key_ = false;           // the next value follows a key: no comma
};

}  // namespace slant

#endif  // SLANT_CORE_JSON_WRITER_H_
