// slant segment: sentences, tokens and quotations of each article, as JSON Lines.
#include <iostream>

#include <nlohmann/json.hpp>

#include "article_loop.h"
#include "command.h"
#include "options.h"
#include "text/quotes.h"
#include "text/segmenter.h"

namespace po = boost::program_options;

namespace slant::tools {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kExample = R"(
Each output line is one article, in input order:
  {"id":..., "outlet":..., "event":...,
   "sentences": [{"start":0,"end":57}, ...],
   "tokens": [{"start":0,"end":6,"norm":"moscow","kind":"word","sentence":0}, ...],
   "quotes": [{"start":120,"end":164,"quotation":0,"depth":0}, ...]}
Offsets are UTF-8 byte offsets into the article's text (start inclusive, end exclusive).
A token's "bare" is its norm without a possessive 's, when it has one.

example:
  slant segment samples/articles.jsonl | head -c 600
  slant segment --on-error skip corpus/ -o segments.jsonl
)";

Json SegmentRecord(const corpus::Article& article, const text::SegmentedText& segmented) {
  Json record = Json::object();
  record["id"] = article.id;
  record["outlet"] = article.outlet;
  record["event"] = article.event;
  Json sentences = Json::array();
  for (const text::Span& s : segmented.sentences) {
    sentences.push_back({{"start", s.begin}, {"end", s.end}});
  }
  Json tokens = Json::array();
  for (const text::Token& t : segmented.tokens) {
    Json token = {{"start", t.begin},
                  {"end", t.end},
                  {"norm", t.norm},
                  {"kind", text::TokenKindName(t.kind)},
                  {"sentence", t.sentence}};
    if (!t.bare.empty()) token["bare"] = t.bare;
    tokens.push_back(std::move(token));
  }
  Json quotes = Json::array();
  for (const text::Quote& q : text::FindQuotes(article.text)) {
    quotes.push_back(
        {{"start", q.begin}, {"end", q.end}, {"quotation", q.quotation}, {"depth", q.depth}});
  }
  record["sentences"] = std::move(sentences);
  record["tokens"] = std::move(tokens);
  record["quotes"] = std::move(quotes);
  return record;
}

}  // namespace

int RunSegment(const std::vector<std::string>& args) {
  InputOptions input;
  po::options_description visible("usage: slant segment [options] [INPUT...]\n\noptions");
  visible.add_options()("help,h", "show this help");
  input.AddTo(visible);
  po::variables_map vm;
  if (!ParseWithInputs(args, visible, input.inputs, vm)) {
    std::cout << visible << kExample;
    return kExitOk;
  }
  if (!input.Validate("segment")) return kExitInput;

  text::Segmenter segmenter;
  return ForEachArticle("segment", input, 1,
                        [&](const corpus::Article& article, std::size_t) -> Result<std::string> {
                          auto segmented = segmenter.Segment(article.text);
                          if (!segmented.ok()) return std::move(segmented.error());
                          return SegmentRecord(article, segmented.value()).dump() + "\n";
                        });
}

}  // namespace slant::tools
