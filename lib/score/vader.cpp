#include "score/vader.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <vector>

#include "score/python_str.h"

namespace slant::score {
namespace {

bool IsAsciiPunctuation(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

// VADER's words_and_emoticons: split on white space; strip ASCII punctuation from both ends
// unless that leaves two code points or fewer (then the token is kept whole: ":)").
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::size_t begin = std::string_view::npos;
  auto flush = [&](std::size_t end) {
    if (begin == std::string_view::npos) return;
    std::string_view token = text.substr(begin, end - begin);
    std::string_view stripped = token;
    while (!stripped.empty() && IsAsciiPunctuation(stripped.front())) stripped.remove_prefix(1);
    while (!stripped.empty() && IsAsciiPunctuation(stripped.back())) stripped.remove_suffix(1);
    words.emplace_back(CodePoints(stripped) <= 2 ? token : stripped);
    begin = std::string_view::npos;
  };
  ForEachCodePoint(text, [&](UChar32 c, std::size_t start, std::size_t) {
    if (IsPythonSpace(c)) {
      flush(start);
    } else if (begin == std::string_view::npos) {
      begin = start;
    }
  });
  flush(text.size());
  return words;
}

double Round(double x, int digits) {
  const double scale = std::pow(10.0, digits);
  return std::round(x * scale) / scale;
}

}  // namespace

VaderScorer::VaderScorer(const lexicon::Lexicon& valence, const lexicon::Lexicon& rules,
                         VaderEmoji emoji)
    : emoji_(std::move(emoji)) {
  if (const auto category = valence.FindCategory("valence")) {
    for (const lexicon::Entry& e : valence.entries) {
      if (PythonLower(e.pattern) != e.pattern) continue;  // VADER never reaches it
      for (const lexicon::Weight& w : e.weights) {
        if (w.category == *category) lexicon_[e.pattern] = w.value;
      }
    }
  }
  for (const std::string& n : rules.modifiers.negators) negate_.insert(n);
  for (const auto& [word, weight] : rules.modifiers.boosters) boosters_[word] = weight;
  for (const lexicon::Entry& e : rules.entries) {
    if (!e.weights.empty()) special_[e.pattern] = e.weights.front().value;
  }
}

double VaderScorer::Lookup(const std::string& lower) const {
  const auto it = lexicon_.find(lower);
  return it == lexicon_.end() ? std::nan("") : it->second;
}

Valence VaderScorer::Score(std::string_view raw) const {
  // VADER first replaces emoji by their descriptions, then strips the text of white space.
  std::string translated;
  const std::string_view text = PythonStrip(emoji_.Translate(raw, translated) ? translated : raw);

  const std::vector<std::string> words = Words(text);
  std::vector<std::string> lower;
  lower.reserve(words.size());
  for (const std::string& w : words) lower.push_back(PythonLower(w));
  // What the rules ask of each word, looked up once (they ask of each word up to eight times).
  const std::size_t n = words.size();
  std::vector<double> listed(n);  // its lexicon valence, NaN when not listed
  std::vector<char> in_lexicon(n);
  std::vector<const double*> booster(n, nullptr);
  std::vector<char> upper(n);
  std::size_t upper_words = 0;
  for (std::size_t k = 0; k < n; ++k) {
    listed[k] = Lookup(lower[k]);
    in_lexicon[k] = std::isnan(listed[k]) ? 0 : 1;
    if (const auto it = boosters_.find(lower[k]); it != boosters_.end()) booster[k] = &it->second;
    upper[k] = PythonIsUpper(words[k]) ? 1 : 0;
    upper_words += upper[k] != 0 ? 1U : 0U;
  }
  const bool cap_diff = upper_words > 0 && upper_words < n;

  auto negated = [&](const std::string& w) {
    return negate_.count(w) != 0 || w.find("n't") != std::string::npos;
  };
  auto scalar = [&](std::size_t k, double valence) {
    if (booster[k] == nullptr) return 0.0;
    double s = valence < 0 ? -*booster[k] : *booster[k];
    if (upper[k] != 0 && cap_diff) s += valence > 0 ? kCapsIncrement : -kCapsIncrement;
    return s;
  };

  std::vector<double> sentiments;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& item = lower[i];
    if (booster[i] != nullptr || (i + 1 < words.size() && item == "kind" && lower[i + 1] == "of")) {
      sentiments.push_back(0);
      continue;
    }
    double valence = 0;
    if (in_lexicon[i] != 0) {
      valence = listed[i];
      if (item == "no" && i + 1 < words.size() && in_lexicon[i + 1] != 0) valence = 0;
      if ((i > 0 && lower[i - 1] == "no") || (i > 1 && lower[i - 2] == "no") ||
          (i > 2 && lower[i - 3] == "no" && (lower[i - 1] == "or" || lower[i - 1] == "nor"))) {
        valence = listed[i] * kNegationScalar;
      }
      if (upper[i] != 0 && cap_diff) valence += valence > 0 ? kCapsIncrement : -kCapsIncrement;
      for (std::size_t start = 0; start < 3; ++start) {
        if (i <= start || in_lexicon[i - (start + 1)] != 0) continue;
        double s = scalar(i - (start + 1), valence);
        if (start == 1 && s != 0) s *= 0.95;
        if (start == 2 && s != 0) s *= 0.9;
        valence += s;
        // VADER's negation check, with its "never so/this" and "without doubt" exceptions.
        if (start == 0) {
          if (negated(lower[i - 1])) valence *= kNegationScalar;
        } else if (start == 1) {
          if (lower[i - 2] == "never" && (lower[i - 1] == "so" || lower[i - 1] == "this")) {
            valence *= 1.25;
          } else if (lower[i - 2] == "without" && lower[i - 1] == "doubt") {
          } else if (negated(lower[i - 2])) {
            valence *= kNegationScalar;
          }
        } else {
          if ((lower[i - 3] == "never" && (lower[i - 2] == "so" || lower[i - 2] == "this")) ||
              (lower[i - 1] == "so" || lower[i - 1] == "this")) {
            valence *= 1.25;
          } else if (lower[i - 3] == "without" &&
                     (lower[i - 2] == "doubt" || lower[i - 1] == "doubt")) {
          } else if (negated(lower[i - 3])) {
            valence *= kNegationScalar;
          }
          // Special-case idioms, checked once the three words before are known.
          const std::string onezero = lower[i - 1] + " " + lower[i];
          const std::string twoonezero = lower[i - 2] + " " + lower[i - 1] + " " + lower[i];
          const std::string twoone = lower[i - 2] + " " + lower[i - 1];
          const std::string threetwoone = lower[i - 3] + " " + lower[i - 2] + " " + lower[i - 1];
          const std::string threetwo = lower[i - 3] + " " + lower[i - 2];
          for (const std::string* seq : {&onezero, &twoonezero, &twoone, &threetwoone, &threetwo}) {
            if (auto it = special_.find(*seq); it != special_.end()) {
              valence = it->second;
              break;
            }
          }
          if (words.size() - 1 > i) {
            if (auto it = special_.find(lower[i] + " " + lower[i + 1]); it != special_.end()) {
              valence = it->second;
            }
          }
          if (words.size() - 1 > i + 1) {
            const std::string zeroonetwo = lower[i] + " " + lower[i + 1] + " " + lower[i + 2];
            if (auto it = special_.find(zeroonetwo); it != special_.end()) valence = it->second;
          }
          for (const std::string* gram : {&threetwoone, &threetwo, &twoone}) {
            if (auto it = boosters_.find(*gram); it != boosters_.end()) valence += it->second;
          }
        }
      }
      // "least": a negation, unless "at least" or "very least".
      if (i > 1 && in_lexicon[i - 1] == 0 && lower[i - 1] == "least") {
        if (lower[i - 2] != "at" && lower[i - 2] != "very") valence *= kNegationScalar;
      } else if (i > 0 && in_lexicon[i - 1] == 0 && lower[i - 1] == "least") {
        valence *= kNegationScalar;
      }
    }
    sentiments.push_back(valence);
  }

  // The first "but": before ×0.5, after ×1.5, replicating VADER's list.index() lookups, which
  // modify the first element equal to each value in turn.
  // Where each value stands now is kept in a map (value -> its positions), so the lookups
  // cost log n each instead of a pass: a hostile "sentence" of 100,000 words was quadratic.
  if (auto but = std::find(lower.begin(), lower.end(), "but"); but != lower.end()) {
    const auto bi = static_cast<std::size_t>(but - lower.begin());
    std::map<double, std::set<std::size_t>> at;  // -0.0 and 0.0 are one key, as == has it
    for (std::size_t p = 0; p < sentiments.size(); ++p) at[sentiments[p]].insert(p);
    for (std::size_t p = 0; p < sentiments.size(); ++p) {
      const double value = sentiments[p];
      std::set<std::size_t>& same = at[value];
      const std::size_t si = *same.begin();  // list.index(value): the first equal element
      double changed = value;
      if (si < bi) changed = value * 0.5;
      if (si > bi) changed = value * 1.5;
      if (si == bi) continue;
      same.erase(same.begin());
      sentiments[si] = changed;
      at[changed].insert(si);
    }
  }

  Valence out;
  if (sentiments.empty()) return out;
  double sum = 0;
  for (double s : sentiments) sum += s;
  const auto bangs = static_cast<int>(std::count(text.begin(), text.end(), '!'));
  const auto questions = static_cast<int>(std::count(text.begin(), text.end(), '?'));
  double emphasis = std::min(bangs, 4) * 0.292;
  if (questions > 1) emphasis += questions <= 3 ? questions * 0.18 : 0.96;
  if (sum > 0) sum += emphasis;
  if (sum < 0) sum -= emphasis;
  out.compound = std::clamp(sum / std::sqrt(sum * sum + kCompoundAlpha), -1.0, 1.0);
  double pos_sum = 0;
  double neg_sum = 0;
  double neutral = 0;
  for (double s : sentiments) {
    if (s > 0) pos_sum += s + 1;
    if (s < 0) neg_sum += s - 1;
    if (s == 0) neutral += 1;
  }
  if (pos_sum > std::fabs(neg_sum)) {
    pos_sum += emphasis;
  } else if (pos_sum < std::fabs(neg_sum)) {
    neg_sum -= emphasis;
  }
  const double total = pos_sum + std::fabs(neg_sum) + neutral;
  out.compound = Round(out.compound, 4);
  out.pos = Round(std::fabs(pos_sum / total), 3);
  out.neg = Round(std::fabs(neg_sum / total), 3);
  out.neu = Round(std::fabs(neutral / total), 3);
  return out;
}

}  // namespace slant::score
