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
