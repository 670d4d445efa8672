"""Key figures compared across editions, found by probe t (real excerpts): a year that
only dates background is no reporting period."""

from __future__ import annotations

import tipdiff
from tipdiff import figures


def test_a_background_sentence_s_year_is_no_reporting_period() -> None:
    """Probe t A2 (Iraq 2023, no edition stated): "In 2020 and 2021, an international
    organization coordinated with the Ministry …" dated every figure 2020 (and "the
    previous reporting period" 2019). A year opening a sentence that reports no count,
    or a span of years, says nothing of the reporting period."""
    counts = (
        "The ministry reported it identified 32 trafficking victims. This compared with "
        "identifying 81 victims in the previous reporting period. "
    )
    background = "In 2020 and 2021, an international organization coordinated with the ministry."
    report = tipdiff.load(f"PROTECTION\n\n{counts}{background}\n")
    assert report.year is None and figures.reporting_period(report) is None
    assert [(f.value, f.period) for f in report.figures] == [(32, None), (81, None)]
    one_year = "In 2020, an international organization coordinated with the ministry."
    assert figures.reporting_period(tipdiff.load(f"PROTECTION\n\n{counts}{one_year}\n")) is None
    span = "In 2020 and 2021, the ministry referred 12 victims to shelters."
    assert figures.reporting_period(tipdiff.load(f"PROTECTION\n\n{counts}{span}\n")) is None
    dated = "In 2020, the ministry referred 12 victims to shelters."
    assert figures.reporting_period(tipdiff.load(f"PROTECTION\n\n{counts}{dated}\n")) == 2020
