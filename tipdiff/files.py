"""Writing output files so that a reader never sees half of one."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .errors import RenderError, UsageError

_UMASK = os.umask(0)
os.umask(_UMASK)
_FILE_MODE = 0o666 & ~_UMASK  # what open() would have given the file


def check_target(path: str | os.PathLike[str]) -> Path:
    """The path of an output file, once it is clear it can be written there: its folder
    exists and it is not itself a folder. (A command checks this before the work.)"""
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise RenderError(
            f"cannot write {str(target)!r}: the folder {str(folder)!r} does not exist; create it first"
        )
    if target.is_dir():
        raise RenderError(f"cannot write {str(target)!r}: it is a folder; give a file name")
    return target


def check_folder(path: str | os.PathLike[str], what: str) -> Path:
    """The path of an output folder (created later if missing), once it is clear it is
    not a file and that files can be written there: a temporary file is made and removed
    in it or, when it is missing, in the nearest folder above it (a read-only disk is
    found before the work, not after it). ``what`` says what goes into it ("the briefs")."""
    folder = Path(path)
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder} is a file; -o takes the folder to write {what} into")
    nearest = folder
    while not nearest.exists() and nearest.parent != nearest:
        nearest = nearest.parent
    if not nearest.is_dir():
        raise RenderError(f"cannot create {str(folder)!r}: {str(nearest)!r} is a file")
    try:
        handle, temp = tempfile.mkstemp(prefix=".tipdiff-check.", suffix=".tmp", dir=nearest)
        os.close(handle)
        os.unlink(temp)
    except OSError as exc:
        raise RenderError(f"cannot write into {str(folder)!r}: {exc.strerror or exc}") from exc
    return folder


def make_folder(folder: Path) -> None:
    """Create an output folder (and those above it) when missing."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RenderError(f"cannot create {str(folder)!r}: {exc.strerror or exc}") from exc


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` completely or not at all (temp file + ``os.replace``).

    An existing file is replaced in one step; after a crash or Ctrl-C there is either
    the old file or the new one, never a torn one, and no temporary file is left.
    The data is not forced to disk (no ``fsync``): every output can be made again, and
    a release-day batch writes hundreds of files, where one disk flush each cost more
    than rendering them.
    """
    target = check_target(path)
    if target.exists() and not target.is_file():
        _write_through(target, data)  # "-o /dev/stdout", a pipe: written to, never replaced
        return
    folder = target.parent
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise RenderError(f"cannot write {str(target)!r}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temp, _FILE_MODE)
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise RenderError(f"cannot write {str(target)!r}: {exc.strerror or exc}") from exc
        raise


def _write_through(target: Path, data: bytes) -> None:
    """Write ``data`` into an output that is no regular file (a device, a pipe): replacing
    it would put a file where the device was (as root, for every process after)."""
    try:
        with open(target, "wb") as stream:
            stream.write(data)
    except OSError as exc:
        raise RenderError(f"cannot write {str(target)!r}: {exc.strerror or exc}") from exc


_TEMP_RANDOM = re.compile(r"[a-z0-9_]{8}")  # what tempfile.mkstemp puts in a name


def remove_temporary_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Remove what :func:`write_atomic` leaves of each of ``paths`` when its process is
    killed mid-write (SIGKILL, out of memory): ``.NAME.XXXXXXXX.tmp`` next to it. Only
    the writer of ``paths`` may call this, once no process of its own writes them any
    more. Each folder is listed once, however many of its files are named."""
    names: dict[Path, set[str]] = {}
    for path in paths:
        target = Path(path)
        names.setdefault(target.parent, set()).add(target.name)
    removed = []
    for folder, wanted in names.items():
        try:
            found = [entry.name for entry in os.scandir(folder)]
        except OSError:
            continue
        for name in found:
            if not (name.startswith(".") and name.endswith(".tmp")):
                continue
            base, _, random = name[1 : -len(".tmp")].rpartition(".")
            if base in wanted and _TEMP_RANDOM.fullmatch(random):
                with contextlib.suppress(FileNotFoundError):
                    (folder / name).unlink()
                    removed.append(folder / name)
    return removed
