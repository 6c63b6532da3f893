#include "score/valence.h"

#include <algorithm>
#include <cmath>

#include "text/normalize.h"

namespace slant::score {
namespace {

std::string NormalizePhrase(const std::string& phrase) {
  // Modifier phrases are matched against item norms, which join tokens with single spaces.
  std::string out;
  bool space = false;
  for (char c : text::NormalizeForMatching(phrase)) {
    if (c == ' ' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

double PunctuationEmphasis(int exclamations, int questions) {
  const double bang = std::min(exclamations, 4) * 0.292;
  double question = 0;
  if (questions > 1) question = questions <= 3 ? questions * 0.18 : 0.96;
  return bang + question;
}

}  // namespace

ValenceRules ValenceRules::FromModifiers(const lexicon::Modifiers& modifiers) {
  ValenceRules rules;
  for (const std::string& n : modifiers.negators) rules.negators.insert(NormalizePhrase(n));
  for (const auto& [word, weight] : modifiers.boosters) {
    rules.boosters[NormalizePhrase(word)] = weight;
  }
  for (const std::string& c : modifiers.contrast) rules.contrast.insert(NormalizePhrase(c));
  const auto note = [&rules](const std::string& norm) {
    if (norm.empty()) return;
    rules.first_byte_lengths[static_cast<unsigned char>(norm[0])] |=
        std::uint64_t{1} << std::min<std::size_t>(norm.size(), 63);
  };
  for (const std::string& n : rules.negators) note(n);
  for (const auto& [word, weight] : rules.boosters) note(word);
  for (const std::string& c : rules.contrast) note(c);
  rules.filtered = true;
  return rules;
}

Valence ScoreSentence(std::span<const ValenceItem> items, const ValenceRules& rules,
                      int exclamations, int questions) {
  const bool mixed_case =
      std::any_of(items.begin(), items.end(), [](const ValenceItem& i) { return !i.all_caps; }) &&
      std::any_of(items.begin(), items.end(), [](const ValenceItem& i) { return i.all_caps; });
  std::vector<double> sentiments(items.size(), 0.0);
  for (std::size_t i = 0; i < items.size(); ++i) {
    const ValenceItem& item = items[i];
    if (!item.has_valence || item.valence == 0) continue;
    double v = item.valence;
    if (item.all_caps && mixed_case) v += v > 0 ? kCapsIncrement : -kCapsIncrement;
    bool negated = false;
    for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
      const ValenceItem& before = items[i - back];
      if (before.has_valence) continue;  // a valenced word is not a modifier
      if (!rules.MayBeModifier(before.norm)) continue;
      if (auto b = rules.boosters.find(before.norm); b != rules.boosters.end()) {
        double scalar = v > 0 ? b->second : -b->second;
        if (before.all_caps && mixed_case) scalar += scalar > 0 ? kCapsIncrement : -kCapsIncrement;
        v += scalar * (back == 1 ? 1.0 : back == 2 ? 0.95 : 0.9);
      }
      if (rules.negators.count(before.norm) != 0) negated = true;
    }
    if (negated) v *= kNegationScalar;
    sentiments[i] = v;
  }
  // Contrast: the first contrast word splits the sentence (VADER takes the first "but").
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!rules.MayBeModifier(items[i].norm) || rules.contrast.count(items[i].norm) == 0) continue;
    for (std::size_t k = 0; k < items.size(); ++k) {
      if (k < i) sentiments[k] *= 0.5;
      if (k > i) sentiments[k] *= 1.5;
    }
    break;
  }
  double sum = 0;
  double pos_sum = 0;
  double neg_sum = 0;
  double neutral = 0;
  for (double s : sentiments) {
    sum += s;
    if (s > 0) pos_sum += s + 1;
    if (s < 0) neg_sum += s - 1;
    if (s == 0) neutral += 1;
  }
  Valence out;
  if (sum == 0 && pos_sum == 0 && neg_sum == 0) {
    out.neu = items.empty() ? 0 : 1;
    return out;
  }
  const double emphasis = PunctuationEmphasis(exclamations, questions);
  if (sum > 0) sum += emphasis;
  if (sum < 0) sum -= emphasis;
  out.compound = std::clamp(sum / std::sqrt(sum * sum + kCompoundAlpha), -1.0, 1.0);
  if (pos_sum > std::fabs(neg_sum)) {
    pos_sum += emphasis;
  } else if (pos_sum < std::fabs(neg_sum)) {
    neg_sum -= emphasis;
  }
  const double total = pos_sum + std::fabs(neg_sum) + neutral;
  out.pos = std::fabs(pos_sum / total);
  out.neg = std::fabs(neg_sum / total);
  out.neu = std::fabs(neutral / total);
  return out;
}

}  // namespace slant::score
