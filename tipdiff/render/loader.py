"""Template loading: the Jinja environment and where tipdiff's templates are found.

Installed from a wheel the templates live in the package (``tipdiff/templates``,
force-included by the build); in a checkout or an editable install they are the
repository's top-level ``templates/`` folder. A user's template folder is searched first
and overrides any template by name. HTML templates are autoescaped; Markdown ones are
escaped by the filters of :mod:`.markdown`. One environment per template folder is kept.
"""

from __future__ import annotations

import functools
import importlib.resources
import os
from collections.abc import Callable, Mapping
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeAlias

import jinja2

from ..errors import RenderError
from .formatting import edition_name
from .html_marks import HTML_FILTERS
from .markdown import markdown_cell, markdown_escape, markdown_escape_block

__all__ = ["TemplateDir", "render_template", "template_dirs"]

#: A user folder of templates overriding tipdiff's own by name (None: tipdiff's only).
TemplateDir: TypeAlias = str | os.PathLike[str] | None

_TEMPLATE_MARKER = "brief.html.j2"

#: The repository's top-level templates folder (a checkout or an editable install).
_CHECKOUT_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def template_dirs() -> tuple[Traversable, ...]:
    """The packaged template folders, in lookup order.

    Installed from a wheel, the templates live in the package (``tipdiff/templates``,
    force-included by the build). In a checkout or an editable install they are the
    repository's top-level ``templates/`` folder next to the package. Both are returned
    when both exist, the packaged copy first.
    """
    found: list[Traversable] = []
    packaged = importlib.resources.files("tipdiff") / "templates"
    if packaged.is_dir() and (packaged / _TEMPLATE_MARKER).is_file():
        found.append(packaged)
    checkout = _CHECKOUT_TEMPLATES
    if (checkout / _TEMPLATE_MARKER).is_file() and not any(
        isinstance(d, Path) and d.resolve() == checkout for d in found
    ):
        found.append(checkout)
    return tuple(found)


class _ResourceLoader(jinja2.BaseLoader):
    """Load templates from a :class:`Traversable` (a folder, or a folder in a zip)."""

    def __init__(self, root: Traversable) -> None:
        self.root = root

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        node = self.root
        for part in template.split("/"):
            if part in ("", ".", ".."):
                raise jinja2.TemplateNotFound(template)
            node = node / part
        if not node.is_file():
            raise jinja2.TemplateNotFound(template)
        source = node.read_text(encoding="utf-8")
        filename = str(node) if isinstance(node, Path) else None
        return source, filename, lambda: True

    def list_templates(self) -> list[str]:
        return sorted(p.name for p in self.root.iterdir() if p.is_file())


def _autoescape(name: str | None) -> bool:
    """Autoescape everything but Markdown and plain-text templates."""
    return not (name or "").endswith((".md.j2", ".md", ".txt.j2", ".txt"))


@functools.lru_cache(maxsize=16)
def _environment(template_dir: str | None) -> jinja2.Environment:
    """The environment for one user template folder (or none), built once."""
    loaders: list[jinja2.BaseLoader] = []
    if template_dir is not None:
        loaders.append(jinja2.FileSystemLoader(template_dir, encoding="utf-8"))
    loaders.extend(_ResourceLoader(d) for d in template_dirs())
    if len(loaders) == (1 if template_dir is not None else 0):
        raise RenderError(
            "tipdiff's templates are missing from this installation (no "
            "tipdiff/templates and no templates/ folder in the checkout); "
            "reinstall tipdiff"
        )
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=_autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters.update(HTML_FILTERS)
    env.filters["edition"] = edition_name
    env.filters["md"] = markdown_escape
    env.filters["mdblock"] = markdown_escape_block
    env.filters["mdcell"] = markdown_cell
    return env


def _template_key(template_dir: TemplateDir) -> str | None:
    """The user template folder as a cache key (its resolved path), checked to exist."""
    if template_dir is None:
        return None
    folder = Path(template_dir)
    if not folder.is_dir():
        raise RenderError(
            f"template folder {str(folder)!r} does not exist or is not a folder; "
            "pass a folder holding the templates you want to override "
            "(e.g. brief.html.j2, brief.css, brief.md.j2)"
        )
    return str(folder.resolve())


def render_template(
    name: str,
    context: Mapping[str, Any],
    *,
    template_dir: TemplateDir = None,
) -> str:
    """Render one of tipdiff's templates (or its override in ``template_dir``)."""
    key = _template_key(template_dir)
    env = _environment(key)
    try:
        return env.get_template(name).render(context)
    except jinja2.TemplateNotFound as exc:
        raise RenderError(
            f"template {exc.name!r} not found (looked in "
            f"{'the template folder ' + repr(key) + ' and ' if key else ''}"
            "tipdiff's own templates)"
        ) from exc
    except jinja2.TemplateSyntaxError as exc:
        raise RenderError(
            f"template {exc.name or name!r} line {exc.lineno}: {exc.message}; "
            "fix the template or remove it from the template folder"
        ) from exc
    except jinja2.UndefinedError as exc:
        raise RenderError(
            f"template {name!r} uses a value the brief does not provide ({exc.message}); "
            "see tipdiff.render.brief_context for the names available"
        ) from exc
