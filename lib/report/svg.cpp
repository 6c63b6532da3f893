#include "report/svg.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <stdexcept>

#include <unicode/utf8.h>

namespace slant::report {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Appends `text` cleaned for XML 1.0 (see CleanXmlText), escaped too when `escape` is set.
void AppendXml(std::string& out, std::string_view text, bool escape) {
  // ICU indexes with int32_t: longer text goes in windows that end before a lead byte, so no
  // well-formed sequence is split (a window only ends mid-sequence inside an ill-formed one).
  constexpr std::size_t kWindow = std::size_t{1} << 30;
  if (text.size() > kWindow) {
    std::size_t done = 0;
    while (done < text.size()) {
      std::size_t end = std::min(text.size(), done + kWindow);
      for (int back = 0;
           back < 3 && end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80;
           ++back) {
        --end;
      }
      AppendXml(out, text.substr(done, end - done), escape);
      done = end;
    }
    return;
  }
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  std::int32_t i = 0;
  while (i < length) {
    const std::uint8_t byte = s[i];
    if (byte < 0x80) {
      ++i;
      const char c = static_cast<char>(byte);
      if (byte < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;  // not an XML Char
      if (!escape) {
        out += c;
        continue;
      }
      switch (c) {
        case '&':
          out += "&amp;";
          break;
        case '<':
          out += "&lt;";
          break;
        case '>':
          out += "&gt;";
          break;
        case '"':
          out += "&quot;";
          break;
        case '\'':
          out += "&apos;";
          break;
        case '\t':
          out += "&#9;";
          break;
        case '\n':
          out += "&#10;";
          break;
        case '\r':
          out += "&#13;";
          break;
        default:
          out += c;
      }
      continue;
    }
    const std::int32_t start = i;
    UChar32 code_point = 0;
    U8_NEXT(s, i, length, code_point);
    if (code_point < 0) {
      out += kReplacement;
    } else if (code_point != 0xFFFE && code_point != 0xFFFF) {
      out.append(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    }
  }
}

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == ':';
}

std::string Lower(std::string_view name) {
  std::string lower(name);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

// Names come from slant's code; this guards against a future edit that would let a chart run
// code or fetch something when the report is opened.
void CheckName(std::string_view name, bool is_attribute) {
  bool ok = !name.empty() && std::all_of(name.begin(), name.end(), IsNameChar) &&
            !(name[0] >= '0' && name[0] <= '9') && name[0] != '-';
  const std::string lower = Lower(name);
  if (is_attribute) {
    ok = ok && lower.rfind("on", 0) != 0 && lower.find("href") == std::string::npos &&
         lower != "style";
  } else {
    constexpr std::array<std::string_view, 8> kForbidden = {
        "script", "foreignobject", "a", "use", "image", "iframe", "style", "svg"};
    ok = ok && std::find(kForbidden.begin(), kForbidden.end(), lower) == kForbidden.end();
  }
  if (!ok) {
    throw std::invalid_argument(std::string(is_attribute ? "SVG attribute" : "SVG element") +
                                " not allowed: " + std::string(name));
  }
}

}  // namespace

std::string CleanXmlText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendXml(out, text, false);
  return out;
}

std::string EscapeXml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendXml(out, text, true);
  return out;
}

std::string FormatNumber(double value, int decimals) {
  if (!std::isfinite(value)) return "0";
  decimals = std::clamp(decimals, 0, 340);
  // 309 digits before the point for the largest double, a sign, a point, 340 decimals.
  std::array<char, 700> buffer{};
  const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                          std::chars_format::fixed, decimals);
  if (error != std::errc()) return "0";  // cannot happen: the buffer holds any double
  std::string s(buffer.data(), end);
  if (s[0] == '-' && s.find_first_not_of("-0.") == std::string::npos) s.erase(0, 1);
  return s;
}

SvgWriter::SvgWriter(double width, double height, std::initializer_list<Attribute> extra) {
  const std::string w = FormatNumber(width, 0);
  const std::string h = FormatNumber(height, 0);
  out_ += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + w +
          "\" height=\"" + h + "\" viewBox=\"0 0 " + w + " " + h + "\"";
  for (const Attribute& a : extra) {
    CheckName(a.name, true);
    out_ += ' ';
    out_ += a.name;
    out_ += "=\"" + EscapeXml(a.value) + '"';
  }
  out_ += ">\n";
  open_.emplace_back("svg");
}

bool SvgWriter::InText() const {
  const std::string& top = open_.back();
  return top == "text" || top == "title" || top == "desc";
}

void SvgWriter::StartTag(std::string_view element, std::initializer_list<Attribute> attributes) {
  CheckName(element, false);
  out_ += '<';
  out_ += element;
  for (const Attribute& a : attributes) {
    CheckName(a.name, true);
    out_ += ' ';
    out_ += a.name;
    out_ += "=\"" + EscapeXml(a.value) + '"';
  }
}

SvgWriter& SvgWriter::Open(std::string_view element, std::initializer_list<Attribute> attributes) {
  StartTag(element, attributes);
  out_ += '>';
  open_.emplace_back(element);
  if (!InText()) out_ += '\n';
  return *this;
}

SvgWriter& SvgWriter::Close() {
  if (open_.size() <= 1) throw std::logic_error("SvgWriter::Close with nothing open");
  out_ += "</" + open_.back() + '>';
  open_.pop_back();
  if (!InText()) out_ += '\n';
  return *this;
}

SvgWriter& SvgWriter::Leaf(std::string_view element, std::initializer_list<Attribute> attributes) {
  StartTag(element, attributes);
  out_ += "/>";
  if (!InText()) out_ += '\n';
  return *this;
}

SvgWriter& SvgWriter::Text(std::string_view text) {
  AppendXml(out_, text, true);
  return *this;
}

std::string SvgWriter::Finish() && {
  while (open_.size() > 1) Close();
  out_ += "</svg>\n";
  open_.clear();
  return std::move(out_);
}

}  // namespace slant::report
