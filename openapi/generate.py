"""``make generate``: openapi-python-client renders twilio_proxy_api from the spec, our templates.

    python openapi/generate.py SPEC DEST    # DEST must not exist yet

One run of openapi-python-client (pinned in pyproject.toml): its parser reads
the spec (settings in ``config.yaml``), its ``Project`` renders our Jinja
templates (``openapi/templates``), its post-hooks format the result with the
pinned ruff. ``ProxyProject`` says which files the package has: one module
per resource (its result, parse function, operations and the classes apps
call), ``enums.py``, ``webhooks.py`` (the callbacks), ``client.py`` (the
client's resource attributes) and the index ``__init__.py``; beside it
``api.md`` (the API reference) and ``README.md``. The templates get ``view``
(``spec_view.View``: the parse joined with the extensions it drops).
"""

from __future__ import annotations

import shutil
import sys
import textwrap
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from spec_view import SpecError, View, first_sentence, text, view  # a sibling: run as a script

HERE = Path(__file__).resolve().parent


def _safe(value: object) -> str:
    """A string of the spec on one line, safe inside a triple-quoted docstring."""
    words: str = text(value).replace("\\", "\\\\").replace('"""', "'''")
    return words


def docstring(value: object, indent: int = 0) -> str:
    """*value* wrapped for a docstring *indent* columns deep (the first line: the caller's)."""
    lines = textwrap.wrap(_safe(value), 88 - indent, break_on_hyphens=False)
    wrapped = ("\n" + " " * indent).join(lines)
    return wrapped + " " if wrapped.endswith('"') else wrapped  # a " would end the docstring


def argument(name: str, description: object, indent: int) -> str:
    """``name: description`` in an ``Args:`` or ``Attributes:`` section *indent* columns deep.

    Continuation lines are four columns deeper, as Google-style readers expect.
    """
    line = _safe(f"{name}: {text(description)}")
    first, *rest = textwrap.wrap(line, 88 - indent, break_on_hyphens=False)
    more = textwrap.wrap(" ".join(rest), 84 - indent, break_on_hyphens=False)
    return "".join([first, *("\n" + " " * (indent + 4) + part for part in more)])


def literal(value: object) -> str:
    """A Python literal of a string, number, bool or None from the spec."""
    if not isinstance(value, str | int | float | bool | type(None)):
        raise TypeError(f"not a literal: {type(value).__name__}")
    return repr(value)


def markdown(value: object) -> str:
    """A string of the spec inside a Markdown table cell."""
    cell: str = text(value).replace("|", "\\|")
    return cell


class ProxyProject(Project):
    """openapi-python-client's Project, writing this package's files from our templates."""

    def __init__(self, *, openapi: GeneratorData, config: Config, spec_view: View) -> None:
        super().__init__(openapi=openapi, config=config, custom_template_path=HERE / "templates")
        self.view = self.env.globals["view"] = spec_view
        self.env.filters.update(
            docstring=docstring,
            argument=argument,
            literal=literal,
            markdown=markdown,
            first_sentence=lambda value: first_sentence(text(value)),
        )

    def _write(self, template: str, path: Path, **context: Any) -> None:
        rendered = self.env.get_template(template).render(**context)
        path.write_text(rendered, encoding=self.config.file_encoding)

    def _create_package(self) -> None:
        self._write("package_init.py.jinja", self.package_dir / "__init__.py")
        # PEP 561: without it, apps type-checking against the wheel see Any.
        (self.package_dir / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")

    def _build_models(self) -> None:
        self._write("enums.py.jinja", self.package_dir / "enums.py")
        if self.view.callbacks:
            self._write("webhooks.py.jinja", self.package_dir / "webhooks.py")

    def _build_api(self) -> None:
        self._write("client.py.jinja", self.package_dir / "client.py")
        for resource in self.view.resources:
            path = self.package_dir / f"{resource.namespace}.py"
            self._write("resource.py.jinja", path, resource=resource)
        self._write("api.md.jinja", self.project_dir.parent / "api.md")
        shutil.copyfile(HERE / "GENERATED_README.md", self.project_dir.parent / "README.md")


def _problem(error: GeneratorError) -> str:
    return ": ".join(part for part in (error.header, error.detail) if part)


def generate(spec_path: Path, dest: Path) -> list[str]:
    """Write DEST/twilio_proxy_api, DEST/api.md and DEST/README.md; the problems found, if any."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    settings = ConfigFile.load_from_path(HERE / "config.yaml")
    output = dest / (settings.package_name_override or "twilio_proxy_api")
    config = Config.from_sources(settings, MetaType.NONE, spec_path, "utf-8", False, output)
    data = GeneratorData.from_dict(spec, config=config)
    if isinstance(data, GeneratorError):
        return [_problem(data)]
    problems = [*data.errors]
    for collection in data.endpoint_collections_by_tag.values():
        problems.extend(collection.parse_errors)
    if problems:  # warnings too: a spec the parser only half understands is refused
        return [_problem(p) for p in problems]
    try:
        project = ProxyProject(openapi=data, config=config, spec_view=view(spec, data))
    except SpecError as exc:
        return [str(exc)]
    # Post-hook failures too (ruff not found, or failing): the output would not be what CI checks.
    return [_problem(p) for p in project.build()]


def main(argv: list[str]) -> int:
    """Generate; exit 1 naming each problem."""
    if len(argv) != 2:
        print("usage: generate.py SPEC DEST", file=sys.stderr)
        return 2
    spec_path, dest = Path(argv[0]), Path(argv[1])
    if dest.exists():
        print(f"generate.py: {dest} already exists", file=sys.stderr)
        return 2
    problems = generate(spec_path, dest)
    for problem in problems:
        print(f"generate.py: {spec_path.name}: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
