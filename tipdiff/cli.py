"""Command line: a thin layer over the library API.

Exit codes follow diff(1): 0 clean, 1 flagged by ``--fail-on``, 2 error. Only
:class:`~tipdiff.errors.TipdiffError` is caught (one line on stderr); anything else is
a bug and keeps its traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from . import __version__, compare, load
from .batch import BATCH_PAGES, BRIEF_SUFFIXES, Failure, progress_stream, run_batch
from .batch.discover import Narrative, Skipped
from .errors import TipdiffError, UsageError
from .failon import fail_reasons, parse_fail_on
from .figures.display import format_figure
from .files import check_folder, check_target, make_folder, write_atomic
from .ingest import display_name
from .model import Confidence, FoundBy, Report, SectionName
from .render.formats import FORMAT_NAMES, OUTPUT_FORMATS, PAPER_SIZES, format_for_path

#: The formats a timeline is written in (chosen by the output file's suffix).
TIMELINE_FORMATS = ("html", "pdf")


def build_parser() -> argparse.ArgumentParser:
    """The command line: one subcommand per job."""
    parser = argparse.ArgumentParser(
        prog="tipdiff",
        description=(
            "Compare two editions of a U.S. Trafficking in Persons Report country narrative "
            "and produce a change brief (tier, effort verdicts, key figures, recommendations, "
            "every changed sentence)."
        ),
        epilog="Exit codes: 0 success, 1 a --fail-on condition was found, 2 error.",
    )
    parser.add_argument("--version", action="version", version=f"tipdiff {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    _add_inspect(commands)
    _add_compare(commands)
    _add_batch(commands)
    _add_split(commands)
    _add_timeline(commands)
    _add_archive(commands)
    return parser


def _add_inspect(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """tipdiff inspect FILE: what tipdiff reads in one narrative."""
    command = commands.add_parser(
        "inspect",
        help="show what tipdiff reads in one narrative",
        description=(
            "Print a narrative's country, edition year and tier (with the phrase each was "
            "read from), its sections with paragraph and sentence counts, its "
            "recommendations, effort verdicts and key figures."
        ),
    )
    command.add_argument("file", help="narrative file (.txt or .html)")
    command.add_argument("--json", action="store_true", help="print the Report as JSON")
    command.add_argument(
        "--country",
        help="the country to read when the file holds several (pages cut from the report); "
        "else it overrides the detected country",
    )
    command.add_argument("--year", type=int, help="override the detected edition year")


def _add_compare(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """tipdiff compare OLD NEW: one change brief."""
    command = commands.add_parser(
        "compare",
        help="compare two editions and write a change brief",
        description=(
            "Compare OLD and NEW editions of one country's narrative. The brief's format "
            "comes from the -o suffix (.html .pdf .md .json) or --format; without -o it is "
            "printed to stdout (not for pdf)."
        ),
    )
    command.add_argument("old", help="the older edition (.txt or .html)")
    command.add_argument("new", help="the newer edition (.txt or .html)")
    command.add_argument("-o", "--output", help="output file; '-' for stdout")
    command.add_argument(
        "--format", choices=FORMAT_NAMES, help="output format (default: from -o, else json)"
    )
    command.add_argument(
        "--country",
        help="the country to read when a file holds several (pages cut from the report); "
        "else it overrides the country of both texts",
    )
    command.add_argument("--old-year", type=int, help="override the old edition's year")
    command.add_argument("--new-year", type=int, help="override the new edition's year")
    _add_rendering_options(command)
    command.add_argument("--fail-on", metavar="LIST", help=_FAIL_ON_HELP)


def _add_batch(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """tipdiff batch INPUT…: every country's briefs, an index and a summary."""
    command = commands.add_parser(
        "batch",
        help="compare every country's editions: whole reports, folders, files (release day)",
        description=(
            "Read every INPUT — the whole report as published (its pdftotext text or a "
            "multi-country web page, split into one narrative per country), a single "
            "narrative, or a folder of them (.txt/.html, searched recursively) — settle "
            "each narrative's country and edition (a manifest entry wins; else the text; "
            "else a file name like 'moldova-2024.txt'), keep one copy per country and "
            "edition (the most complete), pair each country's editions and write a brief "
            "per pair, index.html and summary.json into OUT_DIR. A whole edition whose text "
            "states no year takes its manifest entry's, else its file name's ('tip-2025.txt'). "
            "A file that cannot be read is listed with its reason and does not stop the batch "
            "(exit 2 at the end); one found in a folder that reads and is no narrative (a "
            "site's other pages saved with the country pages) and a saved page's own files "
            "folder ('X_files') are passed over and listed, not failed. A batch with nothing "
            "to compare writes nothing and exits 2. "
            "Re-run into the same OUT_DIR, a batch removes the briefs the earlier one wrote "
            "there (those its summary.json lists) that it does not write again, and says so; "
            "no other file in OUT_DIR is touched."
        ),
        epilog=(
            "Example (release day): pdftotext tip-2023.pdf 2023.txt; pdftotext "
            "tip-2024.pdf 2024.txt; tipdiff batch 2023.txt 2024.txt -o briefs --fail-on "
            "tier-downgrade. Manifest keys: file, country, year, tier, pages. Exit codes: 0 "
            "success, 1 a --fail-on condition was found, 2 an input or pair failed, or "
            "nothing to compare. Messages (the closing line, each --fail-on reason, each "
            "failure) go to stderr and stdout stays empty: read summary.json for the data."
        ),
    )
    command.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="report file, narrative file or folder"
    )
    command.add_argument(
        "-o",
        "--output",
        required=True,
        help="folder for the briefs (created if missing; an earlier batch's briefs there "
        "that this one does not write again are removed)",
    )
    command.add_argument(
        "--formats",
        default="html",
        metavar="LIST",
        help="comma list of brief formats: html, pdf, markdown (md), json (default: html)",
    )
    command.add_argument(
        "--pairs",
        choices=("consecutive", "latest", "all"),
        default="consecutive",
        help="which editions to compare: each with the next (default), the latest two, or all pairs",
    )
    command.add_argument(
        "--jobs", type=int, metavar="N", help="worker processes (default: CPU count)"
    )
    command.add_argument(
        "--manifest",
        metavar="FILE",
        help="JSON list of {file, country, year, tier, pages} for texts that do not say "
        "(default: the manifest.json of each input folder)",
    )
    _add_rendering_options(command)
    command.add_argument("--fail-on", metavar="LIST", help=_FAIL_ON_HELP)
    command.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="stop a job (reading one file, or comparing one pair and writing its briefs) "
        "that runs longer than this and list it as failed (default: no limit)",
    )
    command.add_argument("-q", "--quiet", action="store_true", help="no progress line on stderr")


def _add_split(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """tipdiff split REPORT: one narrative file per country."""
    command = commands.add_parser(
        "split",
        help="cut a whole report into one narrative file per country",
        description=(
            "Read a whole edition — the text of the report as published (pdftotext "
            "report.pdf report.txt) or a multi-country web page — and write one cleaned "
            "narrative per country as DIR/<country>-<year>.txt, with DIR/manifest.json "
            "(a JSON list of {file, country, year, tier, pages}) that 'tipdiff batch' reads. "
            "Running heads, page numbers and the front and closing matter are left out; "
            "pages that pdftotext -layout printed in two columns side by side are read "
            "column after column."
        ),
    )
    command.add_argument("report", help="the report's text (.txt) or web page (.html)")
    command.add_argument("-o", "--output", required=True, help="folder to write into (created if missing)")
    command.add_argument("--year", type=int, help="the edition year, when the report does not say it")


def _add_timeline(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """tipdiff timeline FILE…: one country across three or more editions."""
    command = commands.add_parser(
        "timeline",
        help="one country across three or more editions",
        description=(
            "Tier history, key figures over the years (charts and tables), recommendations "
            "that persist across editions and effort verdicts per section over time."
        ),
    )
    command.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="three or more editions of one country; with --db, the country",
    )
    command.add_argument(
        "--db", metavar="ARCHIVE", help="draw the country's timeline from an archive ('tipdiff archive')"
    )
    command.add_argument("-o", "--output", required=True, help="output file (.html or .pdf)")
    _add_rendering_options(command)


def _add_archive(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """tipdiff archive INPUT…: every edition of every country in one SQLite database."""
    command = commands.add_parser(
        "archive",
        help="keep every edition of every country in one SQLite database",
        description=(
            "Read every INPUT (folders, whole editions, single narratives, as 'batch' takes "
            "them) and build or update an SQLite archive: editions, narratives, sections, "
            "sentences (full-text index), tiers, effort verdicts, key figures, "
            "recommendations and their links between consecutive editions, with views for "
            "tier history, verdict history and figure series. Incremental: each edition is "
            "one transaction, a narrative already stored with the same content is left "
            "alone, and a re-run on the same inputs changes nothing. Writes Datasette's "
            "metadata.json beside a new database."
        ),
        epilog="Exit codes: 0 success, 2 an input could not be read (listed) or an error.",
    )
    command.add_argument("inputs", nargs="+", metavar="INPUT", help="report file, narrative file or folder")
    command.add_argument("-o", "--output", required=True, help="the database file (created if missing)")
    command.add_argument("--csv", metavar="DIR", help="also write every table and view as DIR/<name>.csv")
    command.add_argument("--jobs", type=int, metavar="N", help="worker processes (default: CPU count)")
    command.add_argument("--manifest", metavar="FILE", help="JSON list of {file, country, year, tier, pages}")
    command.add_argument("--timeout", type=float, metavar="SECONDS", help="stop a job that runs longer than this")
    command.add_argument("-q", "--quiet", action="store_true", help="no progress line on stderr")


def _add_rendering_options(command: argparse.ArgumentParser) -> None:
    """The options of every command that renders: paper size and template folder."""
    command.add_argument("--paper", choices=tuple(PAPER_SIZES), default="a4", help="PDF paper size")
    command.add_argument("--template-dir", help="folder of templates overriding the built-in ones")


_FAIL_ON_HELP = (
    "exit 1 when any of these is found (comma list): tier-downgrade, verdict-decrease, "
    "new-recommendation, figure-revision; the reasons are printed one per line"
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "inspect":
            return _inspect(args, sys.stdout)
        if args.command == "compare":
            return _compare(args, sys.stdout)
        if args.command == "batch":
            return _batch(args)
        if args.command == "timeline":
            return _timeline(args)
        if args.command == "split":
            return _split(args)
        if args.command == "archive":
            return _archive(args)
    except TipdiffError as exc:
        print(f"tipdiff: error: {one_line(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("tipdiff: interrupted", file=sys.stderr)
        return 130
    parser.error(f"unknown command {args.command!r}")
    return 2  # pragma: no cover


def plural(n: int, word: str) -> str:
    """``1 brief``, ``2 briefs`` (the command line loads no renderer, which has its own)."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def one_line(message: str) -> str:
    """A message as one printable line (a file name or a template error may hold line
    breaks or control characters)."""
    return display_name(" ".join(message.split()))


def _inspect(args: argparse.Namespace, out: TextIO) -> int:
    # Command-line arguments are always file names, never text to read.
    report = load(Path(args.file), country=args.country, year=args.year)
    if args.json:
        json.dump(report.to_dict(), out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        out.write(describe(report))
    for warning in report.warnings:
        print(f"tipdiff: warning: {one_line(warning)}", file=sys.stderr)
    return 0


def describe(report: Report) -> str:
    """A human-readable account of what tipdiff read in one narrative."""
    lines = [f"{report.source}"]

    def meta(label: str, value: object, key: str) -> None:
        evidence = report.evidence.get(key)
        sure = report.confidence.get(key, Confidence.UNKNOWN if value is None else Confidence.STATED)
        if value is None:
            lines.append(f"  {label:<8} unknown")
        elif sure is Confidence.INFERRED:  # worked out, not quoted: no quotation marks
            lines.append(f"  {label:<8} {value}   (inferred: {evidence})")
        else:
            lines.append(f"  {label:<8} {value}" + (f"   ← {evidence!r}" if evidence else ""))

    meta("country", report.country, "country")
    meta("edition", report.year, "year")
    meta("tier", report.tier, "tier")
    if report.title:
        lines.append(f"  title    {report.title}")
    lines.append("")
    lines.append("Sections")
    for section in report.sections.values():
        sentences = len(section.sentences)
        if not section.heading:
            how = "found from content"
        elif section.found_by is FoundBy.HEADING:
            how = f"heading {section.heading!r}"
        else:  # a special case's P section under "GOVERNMENT EFFORTS"
            how = f"found from content, under {section.heading!r}"
        lines.append(
            f"  {section.name.value:<16} {len(section.paragraphs):>2} paragraphs "
            f"{sentences:>3} sentences  ({how})"
        )
        for paragraph in section.paragraphs:
            lines.append(f"      ¶ {_opening(paragraph.text)}")
    missing = [name.value for name in SectionName if name not in report.sections]
    if missing:
        lines.append(f"  not in this text: {', '.join(missing)}")
    if report.recommendations:
        lines.append("")
        lines.append(f"Recommendations ({len(report.recommendations)})")
        for number, item in enumerate(report.recommendations, start=1):
            lines.append(f"  {number:>2}. {item}")
    if report.verdicts:
        lines.append("")
        lines.append("Effort verdicts")
        for name, verdict in report.verdicts.items():
            lines.append(f"  {name.value:<12} {verdict.phrase} ({verdict.scale})")
    if report.figures:
        lines.append("")
        lines.append(f"Key figures ({len(report.figures)})")
        for figure in report.figures:
            period = figure.period if figure.period is not None else "?"
            restated = ", restated" if figure.restated else ""
            where = "" if figure.at is None else f"  {figure.at}"
            written = format_figure(figure)
            lines.append(f"  {figure.metric:<32} {written}  ({period}{restated}){where}")
    return "\n".join(lines) + "\n"


def _opening(text: str, words: int = 10) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _compare(args: argparse.Namespace, out: TextIO) -> int:
    from .render.outputs import renderer  # Jinja2 is loaded only to render

    to_stdout = args.output in (None, "-")
    fmt = args.format or ("json" if to_stdout else format_for_path(args.output))
    chosen = renderer(fmt)
    if to_stdout and chosen.name == "pdf":
        raise UsageError("a PDF brief needs a file: pass -o brief.pdf")
    conditions = parse_fail_on(args.fail_on)
    if not to_stdout:
        check_target(args.output)  # before the work, not after it
    if chosen.name == "pdf":
        _note_pdf_speed()
    old = load(Path(args.old), country=args.country, year=args.old_year)
    new = load(Path(args.new), country=args.country, year=args.new_year)
    diff = compare(old, new)
    for warning in (*old.warnings, *new.warnings, *diff.warnings):
        print(f"tipdiff: warning: {one_line(warning)}", file=sys.stderr)
    if to_stdout:
        data = chosen.render(diff, paper=args.paper, template_dir=args.template_dir)
        out.write(data.decode("utf-8"))
    else:
        chosen.write(diff, args.output, paper=args.paper, template_dir=args.template_dir)
    return _report_flags(fail_reasons(diff, conditions))


def _note_pdf_speed() -> None:
    """One note on stderr, before any PDF is made, when PDFs will be slower than need be."""
    from .render.pdf import font_subsetting_hint

    hint = font_subsetting_hint()
    if hint:
        print(f"tipdiff: note: {hint}", file=sys.stderr)


def _report_flags(reasons: list[str]) -> int:
    for reason in reasons:
        print(one_line(reason), file=sys.stderr)
    return 1 if reasons else 0


def _batch(args: argparse.Namespace) -> int:
    formats = tuple(f.strip() for f in args.formats.split(",") if f.strip())
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    if "pdf" in formats:
        _note_pdf_speed()
    started = time.time()
    try:
        result = run_batch(
            args.inputs,
            args.output,
            formats=formats,
            pairs=args.pairs,
            jobs=args.jobs,
            manifest=args.manifest,
            paper=args.paper,
            template_dir=args.template_dir,
            fail_on=parse_fail_on(args.fail_on),
            progress=progress_stream(args.quiet),
            timeout=args.timeout,
        )
    except KeyboardInterrupt:
        _say_interrupted(Path(args.output), started)
        return 130
    _print_set_aside(result.set_aside)
    print(
        f"tipdiff: {plural(len(result.pairs), 'brief')} from "
        f"{plural(len(result.narratives), 'narrative')} in {args.output}/ (index.html, summary.json)",
        file=sys.stderr,
    )
    if result.removed:
        print(
            f"tipdiff: removed {plural(len(result.removed), 'brief')} an earlier batch wrote "
            f"in {args.output}/ that this one did not write again (first: {result.removed[0]})",
            file=sys.stderr,
        )
    for narrative in result.narratives:
        for warning in narrative.warnings:
            print(f"tipdiff: warning: {one_line(warning)}", file=sys.stderr)
    _print_passed_over(result.skipped)
    _print_failures(result.failures)
    for flag in result.flags:
        print(one_line(flag), file=sys.stderr)
    return result.exit_code


def _print_set_aside(set_aside: Sequence[tuple[Narrative, Narrative]]) -> None:
    """The copies a batch set aside, in one stderr line: one copy named, many counted
    (two copies of a whole edition set aside one per country)."""
    if len(set_aside) == 1:
        copy, chosen = set_aside[0]
        print(
            f"tipdiff: set aside {one_line(copy.label)}: the same {copy.country} {copy.year} "
            f"edition as {one_line(chosen.label)}, which is more complete",
            file=sys.stderr,
        )
    elif set_aside:
        files = dict.fromkeys(one_line(copy.path.name) for copy, _ in set_aside)
        print(
            f"tipdiff: set aside {len(set_aside)} narratives (from {', '.join(files)}): another "
            "copy of the same edition is more complete; the list is in summary.json "
            "(set_aside) and index.html (Copies set aside)",
            file=sys.stderr,
        )


def _say_interrupted(out: Path, started: float) -> None:
    """What an interrupted batch left in ``out``: the briefs written so far, and no index."""
    new = [
        path.name
        for path in (out.iterdir() if out.is_dir() else ())
        if path.stat().st_mtime >= started and not path.name.startswith(".")
    ]
    briefs = [name for name in new if name not in BATCH_PAGES and Path(name).suffix in BRIEF_SUFFIXES]
    missing = " and ".join(name for name in BATCH_PAGES if name not in new)
    print(
        f"tipdiff: interrupted: {plural(len(briefs), 'brief file')} written in {out}/"
        + (f"; {missing} not written (run the batch again to finish)" if missing else ""),
        file=sys.stderr,
    )


_PASSED_OVER_SHOWN = 3  # inputs passed over for one reason named on stderr; the rest counted


def _print_passed_over(skipped: Sequence[Skipped]) -> None:
    """One stderr line per reason a batch or an archive passed inputs over on purpose,
    naming the first few (summary.json and index.html list them all)."""
    by_reason: dict[str, list[str]] = {}
    for item in skipped:
        by_reason.setdefault(item.reason, []).append(item.path)
    for reason, paths in by_reason.items():
        shown = ", ".join(paths[:_PASSED_OVER_SHOWN])
        if len(paths) > _PASSED_OVER_SHOWN:
            shown += f" and {len(paths) - _PASSED_OVER_SHOWN} more"
        print(f"tipdiff: passed over {one_line(f'{shown}: {reason}')}", file=sys.stderr)


def _print_failures(failures: Sequence[Failure]) -> None:
    """One stderr line per input or pair that could not be used (they make the exit code
    2, unlike the inputs passed over on purpose)."""
    for failure in failures:
        print(f"tipdiff: failed {one_line(failure.line)}", file=sys.stderr)


def _split(args: argparse.Namespace) -> int:
    from .countries import country_slug
    from .edition import load_edition, narrative_text

    out = check_folder(args.output, "the narratives")
    edition = load_edition(Path(args.report), year=args.year)
    if edition.year is None:
        raise UsageError(f"{args.report} does not say its edition year; pass --year")
    for warning in edition.warnings:
        print(f"tipdiff: warning: {one_line(warning)}", file=sys.stderr)
    make_folder(out)
    manifest = []
    for report in edition.reports:
        name = f"{country_slug(report.country or 'country')}-{edition.year}.txt"
        write_atomic(out / name, narrative_text(report).encode("utf-8"))
        manifest.append(
            {
                "file": name,
                "country": report.country,
                "year": edition.year,
                "tier": None if report.tier is None else str(report.tier),
                "pages": None if report.pages is None else list(report.pages),
            }
        )
    data = json.dumps(manifest, indent=1, ensure_ascii=False) + "\n"
    write_atomic(out / "manifest.json", data.encode("utf-8"))
    print(
        f"tipdiff: {plural(len(manifest), 'narrative')} of the {edition.year} edition in {out}/ "
        "(manifest.json)",
        file=sys.stderr,
    )
    return 0


def _archive(args: argparse.Namespace) -> int:
    from .archive import Archive, build

    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    if args.timeout is not None and not args.timeout > 0:
        raise UsageError("the timeout must be a number of seconds above 0")
    result = build(
        args.inputs,
        args.output,
        jobs=args.jobs,
        manifest=args.manifest,
        progress=progress_stream(args.quiet),
        timeout=args.timeout,
    )
    print(
        f"tipdiff: {args.output}: {plural(len(result.added), 'narrative')} added, "
        f"{len(result.replaced)} replaced, {len(result.unchanged)} unchanged, "
        f"{plural(result.links, 'recommendation link')} written",
        file=sys.stderr,
    )
    _print_passed_over(result.skipped)
    _print_failures(result.failures)
    if args.csv:
        with Archive(args.output) as archive:
            written = archive.export_csv(args.csv)
        print(f"tipdiff: {plural(len(written), 'CSV file')} in {args.csv}/", file=sys.stderr)
    return result.exit_code


def _timeline(args: argparse.Namespace) -> int:
    from .timeline import build_timeline, render_timeline_html, render_timeline_pdf

    if args.db is None and len(args.files) < 3:
        raise UsageError(
            "a timeline needs three or more editions; for two, compare them: "
            "'tipdiff compare OLD NEW --country NAME' for one country of whole editions, "
            "'tipdiff batch OLD NEW -o FOLDER' for every country"
        )
    if args.db is not None and len(args.files) != 1:
        raise UsageError("with --db, give one country: tipdiff timeline --db tip.sqlite COUNTRY")
    suffix = Path(args.output).suffix.lower()
    fmt = next((f for f in TIMELINE_FORMATS if suffix in OUTPUT_FORMATS[f].suffixes), None)
    if fmt is None:
        raise UsageError(f"cannot tell the format from {args.output!r}; use .html or .pdf")
    check_target(args.output)
    if args.db is not None:
        from .archive import Archive

        with Archive(args.db) as archive:
            reports = archive.reports(args.files[0])
            links = archive.links(args.files[0])
        if len(reports) < 2:
            raise UsageError(
                f"the archive holds {len(reports)} edition(s) of {args.files[0]!r}; a timeline "
                f"needs more (countries: {', '.join(archive.countries()) or 'none'})"
            )
    else:
        reports = [load(Path(path)) for path in args.files]
        links = None
    timeline = build_timeline(reports, links=links)
    for warning in timeline.warnings:
        print(f"tipdiff: warning: {one_line(warning)}", file=sys.stderr)
    if fmt == "pdf":
        _note_pdf_speed()
        render_timeline_pdf(timeline, args.output, paper=args.paper, template_dir=args.template_dir)
    else:
        html = render_timeline_html(timeline, template_dir=args.template_dir)
        write_atomic(Path(args.output), html.encode("utf-8"))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
