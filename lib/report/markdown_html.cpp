#include "report/markdown_html.h"

#include <memory>
#include <vector>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include "report/page_style.h"
#include "report/svg.h"

namespace slant::report {
namespace {

// Without CMARK_OPT_UNSAFE cmark-gfm renders in safe mode (CMARK_OPT_SAFE is a no-op since
// 0.29). Not CMARK_OPT_SMART: quotations must keep their own quote marks.
constexpr int kParseOptions = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8;
constexpr int kRenderOptions = CMARK_OPT_DEFAULT;
// GitHub's tagfilter only filters raw HTML, which safe mode drops anyway.
constexpr const char* kExtensions[] = {"table", "strikethrough"};

struct ParserFree {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeFree {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct IterFree {
  void operator()(cmark_iter* i) const { cmark_iter_free(i); }
};

// A parsed document; the parser stays alive because rendering needs its extension list.
struct Document {
  std::unique_ptr<cmark_parser, ParserFree> parser;
  std::unique_ptr<cmark_node, NodeFree> root;
};

Document Parse(std::string_view markdown) {
  // The registry is process-wide and its registration is not thread-safe: once, under the
  // guarantee C++ gives function-local statics.
  static const bool registered = [] {
    cmark_gfm_core_extensions_ensure_registered();
    return true;
  }();
  (void)registered;
  Document doc;
  doc.parser.reset(cmark_parser_new(kParseOptions));
  for (const char* name : kExtensions) {
    cmark_parser_attach_syntax_extension(doc.parser.get(), cmark_find_syntax_extension(name));
  }
  cmark_parser_feed(doc.parser.get(), markdown.data(), markdown.size());
  doc.root.reset(cmark_parser_finish(doc.parser.get()));
  return doc;
}

std::string Render(const Document& doc) {
  char* html = cmark_render_html(doc.root.get(), kRenderOptions,
                                 cmark_parser_get_syntax_extensions(doc.parser.get()));
  std::string out = html;
  cmark_get_default_mem_allocator()->free(html);
  return out;
}

// Where the start tag that begins `svg` ends (its '>'), or npos. A '>' in a quoted attribute
// value does not end it.
std::size_t StartTagEnd(std::string_view svg) {
  char quote = 0;
  for (std::size_t i = 0; i < svg.size(); ++i) {
    const char c = svg[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i;
    }
  }
  return std::string_view::npos;
}

// Where the root <svg ...> start tag of `document` begins, or npos when there is none.
std::size_t SvgStart(std::string_view document) {
  for (std::size_t at = document.find("<svg"); at != std::string_view::npos;
       at = document.find("<svg", at + 4)) {
    const char next = at + 4 < document.size() ? document[at + 4] : '\0';
    const bool is_tag =
        next == ' ' || next == '\n' || next == '\r' || next == '\t' || next == '>' || next == '/';
    if (is_tag && StartTagEnd(document.substr(at)) != std::string_view::npos) return at;
  }
  return std::string_view::npos;
}

// The SVG document from its root element on, with `alt_html` (already HTML-escaped) as its
// accessible name. An XML prolog, doctype or comment before the root would be a stray node
// (or a parse error) inside an HTML body. Requires SvgStart(document) != npos.
std::string InlineSvg(std::string_view document, std::string_view alt_html) {
  std::string_view svg = document.substr(SvgStart(document));
  while (!svg.empty() && (svg.back() == '\n' || svg.back() == '\r' || svg.back() == ' ')) {
    svg.remove_suffix(1);
  }
  const std::size_t tag_end = StartTagEnd(svg);
  const std::string_view attributes = svg.substr(4, tag_end - 4);  // after "<svg"
  // Ours come first: an HTML parser keeps the first of two attributes with the same name.
  if (alt_html.empty()) {
    return "<svg aria-hidden=\"true\"" + std::string(svg.substr(4));
  }
  std::string out = "<svg role=\"img\" aria-label=\"" + std::string(alt_html) + "\"";
  const std::string title = "<title>" + std::string(alt_html) + "</title>";
  if (attributes.ends_with('/')) {
    // <svg .../> has no room for a <title>: open it and close it around one.
    out.append(attributes.substr(0, attributes.size() - 1));
    return out + ">" + title + "</svg>";
  }
  out.append(attributes);
  return out + ">" + title + std::string(svg.substr(tag_end + 1));
}

// The images to inline get a marker destination, unique in the document, before rendering;
// the rendered <img> with that src is then swapped for the SVG. (A node of verbatim HTML
// cannot take the image's place: cmark-gfm refuses custom nodes inside table cells.)
std::vector<const std::string*> MarkImages(cmark_node* root,
                                           const std::map<std::string, std::string>& inline_svgs,
                                           std::string& marker) {
  std::vector<cmark_node*> images;
  std::vector<std::string> other_urls;
  {
    std::unique_ptr<cmark_iter, IterFree> iter(cmark_iter_new(root));
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
      cmark_node* node = cmark_iter_get_node(iter.get());
      if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_IMAGE) continue;
      const char* url = cmark_node_get_url(node);
      const auto svg = url == nullptr ? inline_svgs.end() : inline_svgs.find(url);
      if (svg != inline_svgs.end() && SvgStart(svg->second) != std::string_view::npos) {
        images.push_back(node);
      } else {
        other_urls.emplace_back(url == nullptr ? "" : url);
      }
    }
  }
  marker = "slant-inline-svg-";
  for (bool clash = true; clash;) {
    clash = false;
    for (const std::string& url : other_urls) {
      if (url.starts_with(marker)) {
        marker += 'x';
        clash = true;
      }
    }
  }
  std::vector<const std::string*> svgs;
  for (cmark_node* image : images) {
    const std::string marked = marker + std::to_string(svgs.size());
    svgs.push_back(&inline_svgs.at(cmark_node_get_url(image)));
    cmark_node_set_url(image, marked.c_str());
  }
  return svgs;
}

// cmark writes every image as <img src="S" alt="A" /> or <img src="S" alt="A" title="T" />,
// with S and A HTML-escaped, so A is already fit for an attribute and for text.
std::string SwapMarkedImages(const std::string& html, const std::string& marker,
                             const std::vector<const std::string*>& svgs) {
  const std::string open = "<img src=\"" + marker;
  std::string out;
  std::size_t from = 0;
  for (std::size_t at = html.find(open); at != std::string::npos; at = html.find(open, from)) {
    std::size_t index = 0;
    std::size_t i = at + open.size();
    while (i < html.size() && html[i] >= '0' && html[i] <= '9') {
      index = index * 10 + static_cast<std::size_t>(html[i++] - '0');
    }
    const std::size_t alt = html.find("alt=\"", i);
    const std::size_t alt_end = alt == std::string::npos ? alt : html.find('"', alt + 5);
    const std::size_t tag_end = alt_end == std::string::npos ? alt_end : html.find("/>", alt_end);
    if (tag_end == std::string::npos || index >= svgs.size()) break;  // not cmark's <img>
    out.append(html, from, at - from);
    out += InlineSvg(*svgs[index], std::string_view(html).substr(alt + 5, alt_end - alt - 5));
    from = tag_end + 2;
  }
  out.append(html, from, std::string::npos);
  return out;
}

}  // namespace

std::string RenderGfm(std::string_view markdown) { return Render(Parse(markdown)); }

std::string HtmlPage(std::string_view title, std::string_view markdown,
                     const std::map<std::string, std::string>& inline_svgs) {
  Document doc = Parse(markdown);
  std::string marker;
  const std::vector<const std::string*> svgs = MarkImages(doc.root.get(), inline_svgs, marker);
  std::string body = Render(doc);
  if (!svgs.empty()) body = SwapMarkedImages(body, marker, svgs);

  std::string page =
      "<!DOCTYPE html>\n"
      "<html lang=\"en\">\n"
      "<head>\n"
      "<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"slant report\">\n"
      // Nothing runs and nothing is fetched but images, even if an SVG carried a script.
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'; img-src * data:; base-uri 'none'; form-action 'none'\">\n";
  page += "<title>" + EscapeXml(title) + "</title>\n";  // XML escaping is valid HTML
  page += "<style>\n";
  page += kPageStyle;
  page += "</style>\n</head>\n<body>\n<main>\n";
  page += body;
  page += "</main>\n</body>\n</html>\n";
  return page;
}

}  // namespace slant::report
