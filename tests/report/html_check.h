#ifndef SLANT_TESTS_REPORT_HTML_CHECK_H_
#define SLANT_TESTS_REPORT_HTML_CHECK_H_

// Checks on the HTML slant's reports render to: the shape of every table, and which elements,
// attributes and URLs occur. Header-only so the report's tests can use it too. It reads the
// HTML cmark-gfm writes (and the page around it) with HTML's tokenizing rules for tags,
// attributes, comments and raw-text elements; it builds no tree and fixes no markup.

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/utf8.h"

namespace slant::testing {

struct TableShape {
  std::size_t header_cells = 0;             // <th> or <td> in the <thead> row
  std::vector<std::size_t> body_row_cells;  // cells of each <tbody> row, in order
};

struct HtmlShape {
  std::vector<TableShape> tables;     // in document order of their <table>
  std::set<std::string> elements;     // names of all start tags, lower case
  std::set<std::string> attributes;   // names of all attributes, lower case
  std::vector<std::string> urls;      // values of href and src, character references decoded
  std::vector<std::string> problems;  // what could not be read: an unclosed tag, comment ...
};

// What cmark-gfm writes for GFM with the table and strikethrough extensions in safe mode
// (no tasklist <input>, no footnote <section>/<sup>: those extensions are off).
inline const std::set<std::string> kGfmElements = {
    "p",     "h1", "h2", "h3", "h4",         "h5",  "h6",  "table", "thead",
    "tbody", "tr", "th", "td", "strong",     "em",  "del", "code",  "pre",
    "a",     "ul", "ol", "li", "blockquote", "img", "hr",  "br"};
// href and title on <a>; src, alt, title on <img>; align on table cells; class="language-x"
// on fenced code; start on an <ol> that does not start at 1.
inline const std::set<std::string> kGfmAttributes = {"href",  "src",   "alt",  "title",
                                                     "align", "class", "start"};

namespace html_check_internal {

inline char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

inline bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Decodes numeric references (with or without the ';', as browsers do) and the named ones
// cmark writes (&amp; &lt; &gt; &quot;). Any other named reference is left as written and
// reported: a browser decodes "javascript&colon;" to "javascript:", and this checker does not
// know every name.
inline std::string DecodeReferences(std::string_view s, std::vector<std::string>& problems) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] != '&') {
      out += s[i++];
      continue;
    }
    if (i + 1 < s.size() && s[i + 1] == '#') {
      const bool hex = i + 2 < s.size() && Lower(s[i + 2]) == 'x';
      std::size_t k = i + (hex ? 3 : 2);
      unsigned long cp = 0;
      std::size_t digits = 0;
      for (; k < s.size(); ++k, ++digits) {
        const char c = Lower(s[k]);
        unsigned long d = 0;
        if (c >= '0' && c <= '9') {
          d = static_cast<unsigned long>(c - '0');
        } else if (hex && c >= 'a' && c <= 'f') {
          d = static_cast<unsigned long>(c - 'a' + 10);
        } else {
          break;
        }
        if (cp <= 0x10FFFF) cp = cp * (hex ? 16 : 10) + d;
      }
      if (digits > 0) {
        AppendUtf8(out, static_cast<std::uint32_t>(cp == 0 || cp > 0x10FFFF ? 0xFFFD : cp));
        i = k < s.size() && s[k] == ';' ? k + 1 : k;
        continue;
      }
    }
    std::size_t semi = i + 1;
    while (semi < s.size() && (IsAsciiLetter(s[semi]) || (s[semi] >= '0' && s[semi] <= '9'))) {
      ++semi;
    }
    const std::string_view name =
        semi < s.size() && s[semi] == ';' ? s.substr(i + 1, semi - i - 1) : std::string_view();
    const char* known[][2] = {{"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}};
    bool decoded = false;
    for (const auto& entry : known) {
      if (name == entry[0]) {
        out += entry[1];
        i = semi + 1;
        decoded = true;
        break;
      }
    }
    if (decoded) continue;
    if (!name.empty() && IsAsciiLetter(name[0])) {
      problems.push_back("unknown character reference &" + std::string(name) + "; in \"" +
                         std::string(s) + "\"");
    }
    out += s[i++];
  }
  return out;
}

// Where "</name" (in any case) next starts at or after `from`, or html.size().
inline std::size_t FindEndTag(std::string_view html, std::size_t from, const std::string& name) {
  for (std::size_t at = html.find("</", from); at != std::string_view::npos;
       at = html.find("</", at + 2)) {
    std::size_t k = 0;
    while (k < name.size() && at + 2 + k < html.size() && Lower(html[at + 2 + k]) == name[k]) ++k;
    if (k == name.size()) return at;
  }
  return html.size();
}

struct TableState {
  std::size_t index = 0;  // into HtmlShape::tables
  bool in_head = false;
  std::size_t cells = 0;
};

}  // namespace html_check_internal

inline HtmlShape ParseHtmlShape(std::string_view html) {
  using namespace html_check_internal;
  HtmlShape shape;
  std::vector<TableState> open_tables;
  std::size_t i = 0;
  while (i < html.size()) {
    if (html[i] != '<') {
      ++i;
      continue;
    }
    if (html.substr(i, 4) == "<!--") {
      const std::size_t end = html.find("-->", i + 4);
      if (end == std::string_view::npos) {
        shape.problems.push_back("comment never closed");
        break;
      }
      i = end + 3;
      continue;
    }
    const bool end_tag = i + 1 < html.size() && html[i + 1] == '/';
    const std::size_t name_begin = i + (end_tag ? 2 : 1);
    if (name_begin < html.size() && (html[name_begin] == '!' || html[name_begin] == '?')) {
      const std::size_t end = html.find('>', name_begin);  // <!DOCTYPE html>, <?xml ...?>
      i = end == std::string_view::npos ? html.size() : end + 1;
      continue;
    }
    if (name_begin >= html.size() || !IsAsciiLetter(html[name_begin])) {
      ++i;  // a '<' that starts no tag is text
      continue;
    }
    std::size_t j = name_begin;
    std::string name;
    while (j < html.size() && !IsSpace(html[j]) && html[j] != '/' && html[j] != '>') {
      name += Lower(html[j++]);
    }
    // Attributes, up to the '>' that closes the tag.
    bool closed = false;
    while (j < html.size()) {
      while (j < html.size() && (IsSpace(html[j]) || html[j] == '/')) ++j;
      if (j < html.size() && html[j] == '>') {
        closed = true;
        ++j;
        break;
      }
      std::string attribute;
      while (j < html.size() && !IsSpace(html[j]) && html[j] != '/' && html[j] != '>' &&
             !(html[j] == '=' && !attribute.empty())) {
        attribute += Lower(html[j++]);
      }
      while (j < html.size() && IsSpace(html[j])) ++j;
      std::string_view value;
      if (j < html.size() && html[j] == '=') {
        ++j;
        while (j < html.size() && IsSpace(html[j])) ++j;
        if (j < html.size() && (html[j] == '"' || html[j] == '\'')) {
          const std::size_t close = html.find(html[j], j + 1);
          if (close == std::string_view::npos) {
            shape.problems.push_back("attribute " + attribute + " of <" + name +
                                     "> never closes its quote");
            j = html.size();
            break;
          }
          value = html.substr(j + 1, close - j - 1);
          j = close + 1;
        } else {
          const std::size_t start = j;
          while (j < html.size() && !IsSpace(html[j]) && html[j] != '>') ++j;
          value = html.substr(start, j - start);
        }
      }
      if (attribute.empty() || end_tag) continue;
      shape.attributes.insert(attribute);
      if (attribute == "href" || attribute == "src") {
        shape.urls.push_back(DecodeReferences(value, shape.problems));
      }
    }
    if (!closed) {
      shape.problems.push_back("tag <" + name + "> never closed");
      break;
    }
    i = j;
    if (end_tag) {
      if (name == "tr" && !open_tables.empty()) {
        TableState& t = open_tables.back();
        TableShape& table = shape.tables[t.index];
        if (t.in_head) {
          table.header_cells = t.cells;
        } else {
          table.body_row_cells.push_back(t.cells);
        }
      } else if (name == "thead" && !open_tables.empty()) {
        open_tables.back().in_head = false;
      } else if (name == "table" && !open_tables.empty()) {
        open_tables.pop_back();
      }
      continue;
    }
    shape.elements.insert(name);
    if (name == "table") {
      open_tables.push_back({shape.tables.size(), false, 0});
      shape.tables.emplace_back();
    } else if (name == "thead" && !open_tables.empty()) {
      open_tables.back().in_head = true;
    } else if (name == "tr" && !open_tables.empty()) {
      open_tables.back().cells = 0;
    } else if ((name == "th" || name == "td") && !open_tables.empty()) {
      ++open_tables.back().cells;
    } else if (name == "script" || name == "style" || name == "title" || name == "textarea") {
      // Raw text: a '<' inside is not a tag. The element ends at its own end tag only.
      i = FindEndTag(html, i, name);
    }
  }
  return shape;
}

// One message per body row whose cell count differs from its table's header row.
inline std::vector<std::string> RaggedRows(const HtmlShape& shape) {
  std::vector<std::string> out;
  for (std::size_t t = 0; t < shape.tables.size(); ++t) {
    const TableShape& table = shape.tables[t];
    for (std::size_t r = 0; r < table.body_row_cells.size(); ++r) {
      if (table.body_row_cells[r] != table.header_cells) {
        out.push_back("table " + std::to_string(t + 1) + " row " + std::to_string(r + 1) + " has " +
                      std::to_string(table.body_row_cells[r]) + " cells, its header " +
                      std::to_string(table.header_cells));
      }
    }
  }
  return out;
}

// Everything that could run script or leave the allowed vocabulary: an element or attribute
// outside the allowed sets, any on* event attribute (whatever the allowed set says), and
// href/src URLs with javascript:, vbscript:, file: or data: schemes (but data: images in the
// formats cmark lets through), read as a browser reads them (tabs and newlines removed,
// leading spaces and controls skipped, case ignored). Plus the parser's own problems.
inline std::vector<std::string> UnsafeOrUnexpected(const HtmlShape& shape,
                                                   const std::set<std::string>& elements,
                                                   const std::set<std::string>& attributes) {
  using html_check_internal::Lower;
  std::vector<std::string> out = shape.problems;
  for (const std::string& e : shape.elements) {
    if (!elements.contains(e)) out.push_back("element <" + e + ">");
  }
  for (const std::string& a : shape.attributes) {
    if (a.size() > 2 && a[0] == 'o' && a[1] == 'n') {
      out.push_back("event attribute " + a);
    } else if (!attributes.contains(a)) {
      out.push_back("attribute " + a);
    }
  }
  for (const std::string& url : shape.urls) {
    std::string seen;
    for (char c : url) {
      if (c == '\t' || c == '\n' || c == '\r') continue;
      if (seen.empty() && static_cast<unsigned char>(c) <= 0x20) continue;
      seen += Lower(c);
    }
    const bool data_image =
        seen.starts_with("data:image/png") || seen.starts_with("data:image/gif") ||
        seen.starts_with("data:image/jpeg") || seen.starts_with("data:image/webp");
    if (seen.starts_with("javascript:") || seen.starts_with("vbscript:") ||
        seen.starts_with("file:") || (seen.starts_with("data:") && !data_image)) {
      out.push_back("URL " + url);
    }
  }
  return out;
}

}  // namespace slant::testing

#endif  // SLANT_TESTS_REPORT_HTML_CHECK_H_
