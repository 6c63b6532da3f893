#ifndef SLANT_REPORT_SVG_H_
#define SLANT_REPORT_SVG_H_

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace slant::report {

// Text from the input (an outlet's name, a word, a category) made into what XML 1.0 accepts,
// without escaping: each ill-formed UTF-8 sequence (a maximal subpart, as ICU's U8_NEXT reads
// it) becomes U+FFFD, and characters XML 1.0 forbids are dropped: C0 controls other than tab,
// line feed and carriage return, and U+FFFE, U+FFFF. Everything else is kept byte for byte.
// Cleaning twice changes nothing.
std::string CleanXmlText(std::string_view text);

// CleanXmlText, then escaped for character data and for a double- or single-quoted attribute
// value: & < > " ' become &amp; &lt; &gt; &quot; &apos;, and tab, line feed and carriage return
// become &#9; &#10; &#13; (a reader would otherwise turn them into spaces in an attribute and
// CR LF into LF in text). The result can never open or close a tag.
std::string EscapeXml(std::string_view text);

// `value` with exactly `decimals` digits after the point (none and no point for 0), rounded to
// nearest by std::to_chars: the same bytes in every locale and on every run. A value that rounds
// to zero prints without a minus sign ("0.00", never "-0.00"). NaN and infinities print as "0";
// the charts never pass them. `decimals` is clamped to 0..340.
std::string FormatNumber(double value, int decimals);

// An attribute for SvgWriter. The name comes from slant's code, never from input; the value is
// escaped when written. Numbers print with FormatNumber(value, decimals).
struct Attribute {
  Attribute(std::string_view attribute_name, std::string_view text)
      : name(attribute_name), value(text) {}
  Attribute(std::string_view attribute_name, const char* text)
      : name(attribute_name), value(text) {}
  Attribute(std::string_view attribute_name, double number, int decimals = 2)
      : name(attribute_name), value(FormatNumber(number, decimals)) {}

  std::string_view name;
  std::string value;
};

// Writes an SVG 1.1 document into a string, one element at a time:
//
//   SvgWriter svg(720, 96);
//   svg.Open("text", {{"x", 16.0}, {"y", 26.0}}).Text(title).Close();
//   std::string document = std::move(svg).Finish();
//
// The root <svg> carries xmlns, version, width, height and viewBox (0 0 width height); there is
// no XML declaration, so the document can be inlined in HTML as it is. Every value and every
// piece of text goes through EscapeXml, so input cannot add elements or attributes.
// Element and attribute names are checked: letters, digits, '-' and ':' only, and never an
// element that runs code, links out or styles (script, foreignObject, a, use, image, iframe,
// style, a nested svg) or an attribute that does (on..., anything with "href", style); a bad
// name is a bug in slant and throws std::invalid_argument.
// A line break follows each tag, except inside <text>, <title> and <desc>, where it would become
// part of the text.
class SvgWriter {
 public:
  // `width` and `height` are written with no decimals; `extra` attributes go on the root too.
  SvgWriter(double width, double height, std::initializer_list<Attribute> extra = {});

  // <element a="..."> ; later calls write inside it until Close().
  SvgWriter& Open(std::string_view element, std::initializer_list<Attribute> attributes = {});
  // </element> for the innermost open element (never the root: Finish closes that).
  SvgWriter& Close();
  // <element a="..."/>
  SvgWriter& Leaf(std::string_view element, std::initializer_list<Attribute> attributes);
  // Escaped text inside the innermost open element.
  SvgWriter& Text(std::string_view text);

  // Closes what is still open, root included, and returns the document.
  std::string Finish() &&;

 private:
  void StartTag(std::string_view element, std::initializer_list<Attribute> attributes);
  bool InText() const;

  std::string out_;
  std::vector<std::string> open_;  // element names, root first
};

}  // namespace slant::report

#endif  // SLANT_REPORT_SVG_H_
