#include "core/markdown.h"

#include <cmath>
#include <cstdio>

namespace slant {

std::string EscapeMarkdown(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  // At the start, what would open a list, a heading underline or a numbered list.
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  const bool numbered =
      digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')');
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '#':
      case '~':
      case '|':
      case '!':
        out += '\\';
        out += c;
        break;
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '\n':
      case '\r':
      case '\t':
        out += ' ';
        break;
      case '-':
      case '+':
      case '=':
        if (i == 0) out += '\\';
        out += c;
        break;
      default:
        if (numbered && i == digits) out += '\\';
        out += c;
    }
  }
  return out;
}

std::string StrongMarkdown(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return std::string(text.empty() ? "" : " ");
  const std::size_t last = text.find_last_not_of(" \t\r\n");
  std::string out = first > 0 ? " " : "";
  out += "**" + EscapeMarkdown(text.substr(first, last - first + 1)) + "**";
  if (last + 1 < text.size()) out += " ";
  return out;
}

std::string FixedNumber(double x, int decimals) {
  if (!std::isfinite(x)) return "–";
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, x);
  std::string s = buffer;
  // "-0.00": a value that rounds to zero has no sign.
  if (s[0] == '-' && s.find_first_not_of("-0.") == std::string::npos) s.erase(0, 1);
  return s;
}

void MarkdownRow(std::string& out, const std::vector<std::string>& cells) {
  out += "|";
  for (const std::string& c : cells) out += " " + c + " |";
  out += "\n";
}

void MarkdownHeader(std::string& out, const std::vector<std::string>& cells, bool numeric_columns) {
  MarkdownRow(out, cells);
  out += "|";
  for (std::size_t i = 0; i < cells.size(); ++i) {
    out += i == 0 || !numeric_columns ? "---|" : "---:|";
  }
  out += "\n";
}

}  // namespace slant
