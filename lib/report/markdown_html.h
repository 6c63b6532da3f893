#ifndef SLANT_REPORT_MARKDOWN_HTML_H_
#define SLANT_REPORT_MARKDOWN_HTML_H_

#include <map>
#include <string>
#include <string_view>

namespace slant::report {

// GitHub-flavoured Markdown rendered to an HTML fragment by cmark-gfm, GitHub's own
// implementation, so the HTML report shows what GitHub shows for the Markdown one.
//  - Extensions: tables and strikethrough. Not autolinks: a bare "www.x.org" or URL stays text.
//    Report text quotes articles, and an address in a quotation is evidence, not a link to
//    follow; the report writer makes explicit links where it means one. Debian 12's cmark-gfm
//    (0.29.0.gfm.6) also predates upstream's January 2023 fixes to the autolink extension
//    (out-of-bounds read and polynomial time on crafted text). `<https://x.org>` still links.
//  - Safe mode: raw HTML in the Markdown never becomes HTML (an HTML block or tag is replaced
//    by the comment "<!-- raw HTML omitted -->", the text between tags stays), and links or
//    images to javascript:, vbscript:, file: or non-image data: URLs get an empty href/src.
//  - Ill-formed UTF-8 becomes U+FFFD; valid UTF-8 (Cyrillic, emoji) passes byte for byte.
//    CRLF and CR line endings read as LF. No typographic quotes ("smart" punctuation is off).
std::string RenderGfm(std::string_view markdown);

// One self-contained HTML page for `slant report --format html`:
//  <!DOCTYPE html>, <meta charset="utf-8">, <meta name="generator" content="slant report">
//  (slant recognises its own reports by it before overwriting a file), the title escaped, an
//  embedded stylesheet (readable width, bordered zebra tables that scroll sideways on narrow
//  screens, charts scaled to the width, print-friendly), a Content-Security-Policy that
//  allows no scripts and no fetches but images, and the Markdown rendered as by RenderGfm.
// Each image whose destination, as the Markdown parser reads it (after backslash escapes and
// entities), is a key of `inline_svgs` becomes that SVG document inline: the XML prolog and
// doctype dropped, the alt text kept as aria-label and <title> (an empty alt marks the chart
// aria-hidden); the image's Markdown title is dropped. Images whose destination is not a key,
// or whose value has no <svg> element, stay <img> as written.
// The SVG documents are trusted markup (slant's own charts): inlined as they are, so their
// text must be escaped and their ids unique within the page, as several share one document.
std::string HtmlPage(std::string_view title, std::string_view markdown,
                     const std::map<std::string, std::string>& inline_svgs);

}  // namespace slant::report

#endif  // SLANT_REPORT_MARKDOWN_HTML_H_
