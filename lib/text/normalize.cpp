#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace slant::text {
namespace {

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

// The fast path: ASCII (lower-cased) and the few punctuation marks news text is full of,
// whose NFKC_Casefold form is themselves: curly quotes and apostrophes, dashes, guillemets
// (apostrophes and hyphens then mapped as step 3 says). Anything else returns false.
bool NormalizeCommon(std::string_view utf8, std::string& out) {
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      continue;
    }
    if (c == 0xC2 && i + 1 < utf8.size() &&
        (utf8[i + 1] == '\xAB' || utf8[i + 1] == '\xBB')) {  // « »
      out.append(utf8.substr(i, 2));
      ++i;
      continue;
    }
    if (c != 0xE2 || i + 2 >= utf8.size() || utf8[i + 1] != '\x80') return false;
    switch (static_cast<unsigned char>(utf8[i + 2])) {
      case 0x98:  // ‘
      case 0x99:  // ’
        out += '\'';
        break;
      case 0x90:  // U+2010 hyphen
      case 0x91:  // U+2011 non-breaking hyphen
        out += '-';
        break;
      case 0x93:  // – en dash
      case 0x94:  // — em dash
      case 0x9C:  // “
      case 0x9D:  // ”
        out.append(utf8.substr(i, 3));
        break;
      default:
        return false;
    }
    i += 2;
  }
  return true;
}

}  // namespace

std::string NormalizeForMatching(std::string_view utf8) {
  {
    std::string lower(utf8);  // most tokens are ASCII: lower-case a copy in place
    bool ascii = true;
    for (char& c : lower) {
      ascii = ascii && static_cast<unsigned char>(c) < 0x80;
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    if (ascii) return lower;
    lower.clear();
    if (NormalizeCommon(utf8, lower)) return lower;
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
