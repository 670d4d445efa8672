"""The one exception root and its kinds: every failure a user can act on."""

from __future__ import annotations


class TipdiffError(Exception):
    """Base of every error tipdiff raises on purpose; the message says what to do."""


class InputError(TipdiffError):
    """The input cannot be read: missing path, a directory, empty, binary, undecodable."""


class NotANarrativeError(TipdiffError):
    """The text was read but is not a TIP Report country narrative."""


class RenderError(TipdiffError):
    """A brief could not be rendered or written (bad template, missing PDF engine …)."""


class UsageError(TipdiffError):
    """An option or argument has a value tipdiff does not accept."""


class UnknownCountryError(TipdiffError, KeyError):
    """A country asked for by name has no narrative here (also a ``KeyError``, as a
    mapping's lookup would raise)."""

    def __str__(self) -> str:
        # KeyError's own str() shows the message quoted, as a key's repr.
        return str(self.args[0]) if self.args else ""
