"""Reading fixes from probe sh (F3), second round."""

from __future__ import annotations

import tipdiff
from tipdiff.model import SectionName as S

# An old edition's order (profile, summary, recommendations) cut after the list: the
# summary's second paragraph (a page break or a short line split it off) speaks of
# victim identification, but stands before the recommendations' heading.
_CUT_AFTER_RECOMMENDATIONS = """LUXEMBOURG (TIER 1)

Luxembourg is a destination country for men, women, and children, who are subjected to
sex trafficking and forced labor.

The Government of Luxembourg fully complies with the minimum standards for the
elimination of trafficking.

Longstanding concerns, including lenient punishment for trafficking offenders, the lack
of a multidisciplinary approach to victim identification, and the absence of awareness
campaigns continued during the reporting period. However, in March, Luxembourg issued a
new Grand Ducal Decree and Parliament passed a law transposing EU Directive 2011/36/EU.

RECOMMENDATIONS FOR LUXEMBOURG:

Vigorously prosecute labor and sex trafficking offenses; employ a multidisciplinary
approach to the identification of victims.
"""


def test_a_paragraph_before_the_recommendations_heading_is_the_summary_s() -> None:
    # probe sh F3: the second paragraph was filed under protection "found from content",
    # a section the narrative does not have
    report = tipdiff.load(_CUT_AFTER_RECOMMENDATIONS)
    assert list(report.sections) == [S.PROFILE, S.SUMMARY, S.RECOMMENDATIONS]
    assert len(report.sections[S.SUMMARY].sentences) == 3

