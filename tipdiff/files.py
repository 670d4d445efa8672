"""Writing output files so that a reader never sees half of one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from .errors import RenderError

_UMASK = os.umask(0)
os.umask(_UMASK)
_FILE_MODE = 0o666 & ~_UMASK  # what open() would have given the file


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` completely or not at all (temp file + ``os.replace``).

    An existing file is replaced in one step; after a crash or Ctrl-C there is either
    the old file or the new one, never a torn one, and no temporary file is left.
    """
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise RenderError(
            f"cannot write {str(target)!r}: the folder {str(folder)!r} does not exist; create it first"
        )
    if target.is_dir():
        raise RenderError(f"cannot write {str(target)!r}: it is a folder; give a file name")
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise RenderError(f"cannot write {str(target)!r}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp, _FILE_MODE)
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise RenderError(f"cannot write {str(target)!r}: {exc.strerror or exc}") from exc
        raise
