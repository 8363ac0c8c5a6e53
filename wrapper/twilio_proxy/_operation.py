"""The operation table's types: what the generated code tells the core about each operation.

Every operation of the spec is one ``Operation`` in the generated package
(``twilio_proxy_api``), with one ``Param`` per argument: where it goes (path,
query or form), what it holds (a kind below), its SID pattern, whether it is
required. The core reads these tables; it never imports the modules that
hold them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import Enum
from typing import Any, Final, Generic, TypeVar

R = TypeVar("R")

# Where an argument goes.
PATH: Final = "path"
QUERY: Final = "query"
FORM: Final = "form"

# What an argument holds.
SID: Final = "sid"  # a path SID: its pattern, or (where allowed) a unique name
STR: Final = "str"  # text; checked against the spec's pattern when it has one
INT: Final = "int"
NUMBER: Final = "number"
BOOL: Final = "bool"
DATETIME: Final = "datetime"
ENUM: Final = "enum"  # one of the enum's values, nothing else
JSON_TEXT: Final = "json_text"  # a JSON object, sent as JSON text in a form value


class _Required:
    """The default of a required form argument: omitted, it is refused before any I/O."""

    def __repr__(self) -> str:
        return "REQUIRED"


REQUIRED: Any = _Required()


class Param:
    """One argument: its Python keyword, the spec's name, where it goes, and its checks.

    A plain class (not a dataclass): importing dataclasses would cost more
    than the whole of ``import twilio_proxy``.
    """

    __slots__ = (
        "enum",
        "help",
        "kind",
        "many",
        "name",
        "pattern",
        "private",
        "required",
        "unique_name",
        "url",
        "where",
        "wire",
    )

    def __init__(
        self,
        name: str,
        wire: str,
        where: str,
        kind: str,
        *,
        required: bool = False,
        pattern: re.Pattern[str] | None = None,
        unique_name: str | None = None,
        enum: type[Enum] | None = None,
        many: bool = False,
        url: bool = False,
        private: bool = False,
        help: str = "",
    ) -> None:
        self.name = name
        self.wire = wire
        self.where = where
        self.kind = kind
        self.required = required
        self.pattern = pattern
        # The answer's field that holds the name, when a name may be passed for the SID.
        self.unique_name = unique_name
        self.enum = enum
        self.many = many  # a list: the form key is repeated
        self.url = url  # an http(s) URL
        self.private = private  # personal data: never quoted in an error
        self.help = help  # the spec's description, first sentence


class Operation(Generic[R]):
    """One operation of the spec: how to build its request and read its answer.

    ``parse`` is None for a delete (no body). For a list, ``items`` is the key
    of the page's array and ``parse`` reads one item.
    """

    __slots__ = (
        "conditional",
        "items",
        "method",
        "name",
        "params",
        "parse",
        "path",
        "status",
        "summary",
        "verb",
        "what",
    )

    def __init__(
        self,
        *,
        name: str,
        verb: str,
        method: str,
        path: str,
        params: tuple[Param, ...],
        status: int,
        parse: Callable[[object], R] | None,
        what: str,
        items: str | None = None,
        conditional: tuple[tuple[str, ...], ...] = (),
        summary: str = "",
    ) -> None:
        self.name = name
        self.verb = verb
        self.method = method
        self.path = path
        self.params = params
        self.status = status
        self.parse = parse
        self.what = what
        self.items = items
        self.conditional = conditional
        self.summary = summary
