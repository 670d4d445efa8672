"""Key figures compared across editions, found by probe t (real excerpts): a count the
two editions word differently ("alleged victims", then "potential victims") is still
checked, and a year that only dates background is no reporting period."""

from __future__ import annotations

import tipdiff
from tipdiff import figures
from tipdiff.model import FigureBasis, FigureCheck, FigureDelta, ReportDiff
from tipdiff.render.figure_rows import figure_rows

_OLD = (
    "PROTECTION\n\nThe government increased efforts to protect trafficking victims. It reported "
    "identifying 25 alleged victims, compared to 33 alleged victims in 2016.\n"
)
_NEW = (
    "PROTECTION\n\nThe government increased efforts to protect trafficking victims. It reported "
    "identifying 32 potential trafficking victims, an increase compared with {restated} in 2017.\n"
)


def _compare(old: str, new: str) -> ReportDiff:
    return tipdiff.compare(tipdiff.load(old, year=2018), tipdiff.load(new, year=2019))


def _checks(diff: ReportDiff) -> list[FigureDelta]:
    return [row for row in diff.figures if row.basis is FigureBasis.CHECK]


def test_victims_then_potential_victims_of_one_year_are_one_count_checked() -> None:
    """Probe t A1 (Singapore 2018 → 2019): "25 alleged victims" of 2017, restated as "20
    potential victims … in 2017", is a revision (the reports alternate "alleged",
    "potential", "suspected" victims); the row keeps the old edition's metric, each
    figure its own, and the table says the wording changed."""
    diff = _compare(_OLD, _NEW.format(restated="20 potential victims"))
    (check,) = _checks(diff)
    assert (check.metric, check.period, check.check) == ("victims_identified", 2017, FigureCheck.REVISED)
    assert check.old is not None and check.new is not None
    assert (check.old.value, check.new.value) == (25, 20)
    assert (check.old.metric, check.new.metric) == ("victims_identified", "potential_victims_identified")
    (row,) = figure_rows(diff.figures, "2018", "2019")
    assert row.check == "revised"
    assert "wording changed: “25 alleged victims” → “20 potential victims”" in row.check_note
    same = _compare(_OLD, _NEW.format(restated="25 potential victims"))
    assert [c.check for c in _checks(same)] == [FigureCheck.CONSISTENT]


def test_an_edition_counting_both_wordings_for_the_year_keeps_them_apart() -> None:
    """When an edition gives victims and potential victims for one year, they are two
    counts: a restated value of one is checked against the same count only."""
    both = _NEW.format(restated="20 potential victims and 15 victims").replace(
        "32 potential trafficking victims,", "32 potential trafficking victims and 12 victims,"
    )
    diff = _compare(_OLD, both)
    pairs = [(c.old.metric, c.old.value, c.new.metric, c.new.value) for c in _checks(diff) if c.old and c.new]
    assert pairs == [("victims_identified", 25, "victims_identified", 15)]


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


def test_a_revision_worded_differently_is_shown_but_fails_no_ci_job() -> None:
    """A count the editions word differently may be two counts (a new-user probe's
    generated Comoros: "identified 91 victims", then "27 potential victims, compared with 19
    in the previous reporting period"): the brief's headline says so, and ``--fail-on
    figure-revision`` does not fire on it; a revision of one wording still does."""
    from tipdiff.align.highlights import highlights
    from tipdiff.failon import fail_reasons

    reworded = _compare(_OLD, _NEW.format(restated="20 potential victims"))
    (check,) = _checks(reworded)
    assert check.worded_differently
    assert fail_reasons(reworded, ["figure-revision"]) == []
    revised = [h.text for h in highlights(reworded) if h.text.startswith("Revised:")]
    assert revised and revised[0].endswith("(worded differently: it may be another count)")
    plain = _compare(_OLD, _NEW.replace("potential trafficking", "alleged").format(restated="20 alleged victims"))
    (check,) = _checks(plain)
    assert not check.worded_differently
    (reason,) = fail_reasons(plain, ["figure-revision"])
    assert reason.endswith("figure-revision: victims_identified (2017) 25 → 20")
