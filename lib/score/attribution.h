#ifndef SLANT_SCORE_ATTRIBUTION_H_
#define SLANT_SCORE_ATTRIBUTION_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/quotes.h"
#include "text/token.h"

namespace slant::score {

// What the attribution finder needs to know about the article, all from earlier stages.
struct AttributionInput {
  std::string_view text;
  const std::vector<text::Token>* tokens = nullptr;
  const std::vector<text::Quote>* quotes = nullptr;  // from text::FindQuotes
  // Reporting-verb hits: token range and the verb's class (the category name after
  // "attribution.", e.g. "neutral", "doubt").
  struct Verb {
    std::size_t first_token = 0;
    std::size_t token_count = 1;
    std::string verb_class;
  };
  std::vector<Verb> verbs;
  // Actor mentions: token range and the actor's index.
  struct Mention {
    std::size_t first_token = 0;
    std::size_t token_count = 1;
    std::size_t actor = 0;
  };
  std::vector<Mention> mentions;
};

// One quotation (all its paragraphs) with whoever the article says spoke it.
struct Attribution {
  std::size_t quotation = 0;  // as numbered by text::FindQuotes
  std::size_t begin = 0;      // byte range of the first span's marks
  std::size_t end = 0;        // end of the last span
  std::size_t words = 0;      // word tokens inside the marks, all spans
  std::string speaker;        // as written ("Maj. Gen. Igor Vetrov", "he"); "" = not found
  std::string resolved;       // for a pronoun: the previous named speaker it stands for
  long actor = -1;            // index into the actors, or -1
  std::string actor_id;       // set by the scorer from `actor`
  std::string verb;           // the reporting verb as written ("said", "told reporters")
  std::string verb_class;     // "neutral", "doubt", ...; "" when no verb was found
  // Three words or fewer and no reporting verb: a scare quote or a quoted term ("so-called
  // “peacekeepers”"), not speech; it has no speaker.
  bool scare = false;
  // No speaker in its own sentence, so it continues the previous quotation's speaker in the
  // same paragraph (news style: “…,” X said. “…”).
  bool continued = false;
};

// Finds the speaker and reporting verb of every quotation, in the quotation's own sentence:
// after it first ("“…,” X said." / "“…,” said X." / "“…” — X"), then before it ("X said:
// “…”", "According to X, “…”"). The speaker is the verb's subject as written (SubjectBefore,
// else SubjectAfter in speaker_phrase.h: "the regional governor said", "said a spokesman for
// the ministry"); its actor is the one named in that phrase, else in its apposition ("Oleksiy
// Marchenko, spokesman for Ukraine's Foreign Ministry"). A pronoun is resolved to the previous
// named speaker unless another full name ("Halyna Tkach") came up in the narration since.
// Without a subject ("… and made clear"), the speaker is the actor mentioned nearest the verb,
// else the capitalized name nearest it. Without a verb: the actor mentioned nearest the
// quotation, else a name after a dash or before the quotation. A quotation that runs over several
// paragraphs is one attribution. A quotation with no speaker of its own takes the previous
// quotation's speaker when no paragraph break separates them; three words or fewer without a verb
// are a scare quote.
std::vector<Attribution> FindAttributions(const AttributionInput& input);

// A claim reported without quotation marks: "X warned that …", "X claimed that …".
struct Paraphrase {
  std::size_t sentence = 0;
  std::string speaker;  // as written; "" when none is named
  long actor = -1;
  std::string actor_id;  // set by the scorer
  std::string verb;
  std::string verb_class;
};

// Every reporting verb outside quotation marks that is followed by "that" (or, for alarm
// verbs, "of": "warned of"), with its speaker found as for quotations but before the verb
// only: "Russian officials", "After the strike, officials warned" -> "officials", "Kremlin
// officials" -> "Kremlin" (the actor), "He" (not resolved); for "…, adding that" and "… and
// insisted that" the subject of the reporting verb before it in the sentence.
std::vector<Paraphrase> FindParaphrases(const AttributionInput& input);

}  // namespace slant::score

#endif  // SLANT_SCORE_ATTRIBUTION_H_
