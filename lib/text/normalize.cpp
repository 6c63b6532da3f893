#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace slant::text {
namespace {

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

const icu::Normalizer2& NfkcCasefold() {
  static const icu::Normalizer2* const normalizer = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
    // ICU's data is linked in; failing here means a broken ICU install, not bad input.
    if (U_FAILURE(status) || n == nullptr) std::abort();
    return n;
  }();
  return *normalizer;
}

}  // namespace

std::string NormalizeForMatching(std::string_view utf8) {
  if (IsAscii(utf8)) {
    std::string out(utf8);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
  icu::UnicodeString folded = NfkcCasefold().normalize(source, status);
  if (U_FAILURE(status)) folded = source;  // cannot happen for valid UTF-8; stay usable

  icu::UnicodeString out;
  const std::int32_t length = folded.length();
  for (std::int32_t i = 0; i < length; ++i) {
    const char16_t c = folded.charAt(i);
    if (c == u'\u0307' && i > 0 && folded.charAt(i - 1) == u'i') continue;  // from İ
    if (c == u'\u2019' || c == u'\u2018' || c == u'\u02BC') {
      out.append(u'\'');
    } else if (c == u'\u2010' || c == u'\u2011') {
      out.append(u'-');
    } else {
      out.append(c);
    }
  }
  std::string result;
  out.toUTF8String(result);
  return result;
}

std::string StripPossessive(std::string_view norm) {
  constexpr std::string_view kSuffix = "'s";
  if (norm.size() > kSuffix.size() && norm.substr(norm.size() - kSuffix.size()) == kSuffix) {
    return std::string(norm.substr(0, norm.size() - kSuffix.size()));
  }
  return {};
}

}  // namespace slant::text
