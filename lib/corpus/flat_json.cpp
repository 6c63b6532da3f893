#include "corpus/flat_json.h"

#include <string>

#include "core/limits.h"
#include "core/utf8.h"

namespace slant::corpus {
namespace {

class FlatParser {
 public:
  static constexpr int kMaxNestedDepth = kMaxJsonDepth - 1;  // the record itself is one level

  explicit FlatParser(std::string_view json) : s_(json) {}

  std::optional<nlohmann::ordered_json> Object() {
    nlohmann::ordered_json object = nlohmann::ordered_json::object();
    SkipSpace();
    if (!Eat('{')) return std::nullopt;
    SkipSpace();
    if (Eat('}')) return End(std::move(object));
    while (true) {
      std::string key;
      SkipSpace();
      if (!String(key)) return std::nullopt;
      SkipSpace();
      if (!Eat(':')) return std::nullopt;
      SkipSpace();
      nlohmann::ordered_json value;
      if (!Value(value)) return std::nullopt;
      if (object.contains(key)) return std::nullopt;  // nlohmann decides what duplicates mean
      object.emplace(std::move(key), std::move(value));
      SkipSpace();
      if (Eat('}')) return End(std::move(object));
      if (!Eat(',')) return std::nullopt;
    }
  }

 private:
  std::optional<nlohmann::ordered_json> End(nlohmann::ordered_json object) {
    SkipSpace();
    if (i_ != s_.size()) return std::nullopt;
    return object;
  }

  bool Eat(char c) {
    if (i_ < s_.size() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }

  void SkipSpace() {
    while (i_ < s_.size() &&
           (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) {
      ++i_;
    }
  }

  bool Value(nlohmann::ordered_json& out) {
    if (i_ >= s_.size()) return false;
    const char c = s_[i_];
    if (c == '"') {
      std::string value;
      if (!String(value)) return false;
      out = std::move(value);
      return true;
    }
    if (Literal("true")) {
      out = true;
      return true;
    }
    if (Literal("false")) {
      out = false;
      return true;
    }
    if (Literal("null")) {
      out = nullptr;
      return true;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      const std::size_t begin = i_;
      while (i_ < s_.size() && (s_[i_] == '-' || s_[i_] == '+' || s_[i_] == '.' || s_[i_] == 'e' ||
                                s_[i_] == 'E' || (s_[i_] >= '0' && s_[i_] <= '9'))) {
        ++i_;
      }
      // Rare in article records: nlohmann checks the grammar and chooses the number type.
      out = nlohmann::ordered_json::parse(s_.substr(begin, i_ - begin), nullptr, false);
      return !out.is_discarded() && out.is_number();
    }
    if (c == '{' || c == '[') return Nested(out);
    return false;
  }

  // An object or array inside the record (metadata passed through): its extent found by
  // one pass that skips strings, its value parsed by nlohmann; too deep is left to the caller.
  bool Nested(nlohmann::ordered_json& out) {
    const std::size_t begin = i_;
    int depth = 0;
    for (; i_ < s_.size(); ++i_) {
      const char c = s_[i_];
      if (c == '"') {
        for (++i_; i_ < s_.size() && s_[i_] != '"'; ++i_) {
          if (s_[i_] == '\\') ++i_;
        }
      } else if (c == '{' || c == '[') {
        if (++depth > kMaxNestedDepth) return false;
      } else if ((c == '}' || c == ']') && --depth == 0) {
        ++i_;
        out = nlohmann::ordered_json::parse(s_.substr(begin, i_ - begin), nullptr, false);
        return !out.is_discarded();
      }
    }
    return false;
  }

  bool Literal(std::string_view word) {
    if (s_.substr(i_, word.size()) != word) return false;
    i_ += word.size();
    return true;
  }

  static int HexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  bool Hex4(std::uint32_t& out) {
    if (i_ + 4 > s_.size()) return false;
    out = 0;
    for (int k = 0; k < 4; ++k) {
      const int v = HexValue(s_[i_++]);
      if (v < 0) return false;
      out = out * 16 + static_cast<std::uint32_t>(v);
    }
    return true;
  }

  // A string, its escapes decoded; the bytes between escapes are copied in runs. The line
  // was checked to be valid UTF-8 before.
  bool String(std::string& out) {
    if (!Eat('"')) return false;
    std::size_t run = i_;
    while (i_ < s_.size()) {
      const auto c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') {
        out.append(s_.substr(run, i_ - run));
        ++i_;
        return true;
      }
      if (c < 0x20) return false;  // control characters must be escaped
      if (c != '\\') {
        ++i_;
        continue;
      }
      out.append(s_.substr(run, i_ - run));
      if (++i_ >= s_.size()) return false;
      const char e = s_[i_++];
      switch (e) {
        case '"':
        case '\\':
        case '/':
          out += e;
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          std::uint32_t cp = 0;
          if (!Hex4(cp)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {  // a surrogate pair
            std::uint32_t low = 0;
            if (!Eat('\\') || !Eat('u') || !Hex4(low) || low < 0xDC00 || low > 0xDFFF) {
              return false;
            }
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return false;  // a lone low surrogate
          }
          AppendUtf8(out, cp);
          break;
        }
        default:
          return false;
      }
      run = i_;
    }
    return false;  // unterminated
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

}  // namespace

std::optional<nlohmann::ordered_json> ParseFlatJsonObject(std::string_view json) {
  return FlatParser(json).Object();
}

}  // namespace slant::corpus
