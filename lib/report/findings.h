#ifndef SLANT_REPORT_FINDINGS_H_
#define SLANT_REPORT_FINDINGS_H_

#include <string>
#include <vector>

#include "report/report.h"

namespace slant::report {

// One key finding: a plain sentence with its numbers (Markdown), an excerpt in the words that
// produced it (may be empty), and how strong it is, for ranking within its kind.
struct Finding {
  std::string kind;   // "category", "naming", "verbs", "shared source", "omission"
  std::string group;  // the group it is about (category findings)
  std::string text;
  std::string excerpt;
  double strength = 0;
};

// The strongest contrasts, at most options.max_findings: first the other kinds (together at
// most half the list), then category rates in the places left:
//  - category rates (each group against the rest, or the one pair; overall voice; q below
//    options.alpha; not descriptive): strength is the log of the ratio's interval end nearest
//    1 (a large difference that is also certain ranks first); when the other side's rate is 0,
//    the log of 1 + the difference's lower end (per 1,000 words); taken in rounds (each
//    group's strongest, then each group's second ...) so that no one group fills the list;
//  - naming: the group with the largest G² among those with p below alpha, naming the others;
//  - reporting-verb classes, when their G-test p is below alpha;
//  - shared-source pairs (copies before rewrites, then by cosine ratio): at most 2;
//  - the most reported omission (most outlets, then salience).
// Listed categories first, then naming, verbs, shared sources, omission.
std::vector<Finding> KeyFindings(const ReportInputs& inputs, const ReportOptions& options);

}  // namespace slant::report

#endif  // SLANT_REPORT_FINDINGS_H_
