"""Emit ``twilio_proxy_spec/webhooks.py``: Proxy's callbacks as typed events.

Called by ``emit.py`` (which writes the rest of ``twilio_proxy_spec``) with the
spec and the enums it emitted in ``enums.py``. It reads the spec's OpenAPI 3.1
``webhooks:`` section and writes, for each webhook whose ``post`` takes a form
(``application/x-www-form-urlencoded``) described by a named schema:

* a frozen stdlib dataclass named after that schema, with one ``X | None``
  attribute per form field (snake_case of the name Twilio sends), typed from
  the spec: ``str``, ``int``, timezone-aware ``datetime`` (``format:
  date-time``), open enums (``anyOf: [$ref enum, {type: string}]``) as
  ``Enum | str``; personal data (``x-twilio: pii``) left out of ``repr``;
  ``decode_<field>()`` for ``contentMediaType: application/json``; fields the
  spec does not name kept in ``extra``;
* ``from_form(form)``, which reads a posted form with plain code (no table
  interpreted at run time) and raises ``InvalidCallbackError`` naming a
  malformed field, never quoting its value;
* the enums those fields use: imported from ``twilio_proxy_spec.enums`` when
  emit.py wrote one of that name with the same values, else defined here as
  ``class X(str, enum.Enum)``.

The module needs only the standard library, ``twilio_proxy._exceptions`` and
``twilio_proxy_spec.enums``. A shape this step cannot type fails generation
with a message naming the webhook and the field.
"""

from __future__ import annotations

import keyword
import re
import textwrap
from collections.abc import Mapping, Sequence
from typing import Any

HEADER = '''\
"""Twilio Proxy's callbacks as typed events, emitted from the spec by openapi/emit_webhooks.py.

Do not edit: ``make generate`` rewrites this file, ``make check-generated``
fails when it differs from what the spec gives. Apps import these names from
``twilio_proxy.webhooks``.

Reading a form: every field is optional, and a field Twilio sends empty is
None like a field it leaves out (``extra`` keeps unknown fields as sent). A
field sent more than once with different values is refused: Twilio sends each
once, and picking one of several would let a tampered form choose.
"""

from __future__ import annotations

import dataclasses
import datetime
import email.utils
import enum
import json
from collections.abc import Callable, Mapping
from typing import TypeVar

from twilio_proxy._exceptions import InvalidCallbackError

E = TypeVar("E", bound=enum.Enum)


def form_values(form: Mapping[str, object]) -> dict[str, list[str]]:
    """Every field of a posted form with all its values.

    ``form`` is a mapping whose values are strings or lists of strings, or a
    multi-value mapping with ``getlist`` (Werkzeug's MultiDict, Starlette's
    FormData, Django's QueryDict) or ``getall`` (multidict, aiohttp). Raises
    InvalidCallbackError naming a field whose value is not text (a file).
    """
    getlist: Callable[[str], object] | None = getattr(form, "getlist", None) or getattr(
        form, "getall", None
    )
    values: dict[str, list[str]] = {}
    # dict.fromkeys: a multidict lists a repeated name once per value.
    for name in dict.fromkeys(form):
        if not isinstance(name, str):
            raise InvalidCallbackError("a field name is not text", field=repr(type(name)))
        raw = getlist(name) if getlist is not None else form[name]
        items = list(raw) if isinstance(raw, list | tuple) else [raw]
        texts = [item for item in items if isinstance(item, str)]
        if len(texts) != len(items):
            raise InvalidCallbackError(f"{name} is not text", field=name)
        values[name] = texts
    return values


def _single(values: Mapping[str, list[str]], name: str) -> str:
    found = set(values[name])
    if len(found) > 1:
        message = f"{name} is sent more than once, with different values"
        raise InvalidCallbackError(message, field=name)
    return found.pop() if found else ""


def _text(values: Mapping[str, list[str]], name: str) -> str | None:
    return (_single(values, name) or None) if name in values else None


def _rest(values: Mapping[str, list[str]], known: frozenset[str]) -> dict[str, str]:
    return {name: _single(values, name) for name in values if name not in known}


def _integer(name: str, value: str | None, minimum: int | None) -> int | None:
    if value is None:
        return None
    digits = value[1:] if value.startswith("-") else value
    # int() alone would take " 1", "1_0" and other scripts' digits.
    if not (0 < len(digits) <= 18 and digits.isascii() and digits.isdigit()):
        raise InvalidCallbackError(f"{name} is not a whole number", field=name)
    number = int(value)
    if minimum is not None and number < minimum:
        raise InvalidCallbackError(f"{name} is below {minimum}", field=name)
    return number


def _datetime(name: str, value: str | None) -> datetime.datetime | None:
    if value is None:
        return None
    parsed: datetime.datetime | None = None
    try:
        # upper(): RFC 3339 allows a lower-case "t" and "z", fromisoformat does not.
        parsed = datetime.datetime.fromisoformat(value.upper())
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            parsed = None
    if parsed is None:
        # Raised outside the except blocks: their exceptions quote the value.
        raise InvalidCallbackError(f"{name} is not a date and time", field=name)
    # Twilio's times are UTC; one without an offset is read as such.
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=datetime.UTC)


def _open_enum(value: str | None, cls: type[E]) -> E | str | None:
    if value is None:
        return None
    try:
        return cls(value)
    except ValueError:
        return value


_NOT_JSON = object()


def _decode_object(name: str, value: str | None) -> dict[str, object] | None:
    if value is None:
        return None
    try:
        decoded: object = json.loads(value)
    except ValueError:
        decoded = _NOT_JSON
    if decoded is _NOT_JSON:
        # Raised outside the except block: a JSONDecodeError holds the text.
        raise InvalidCallbackError(f"{name} is not JSON", field=name)
    if not isinstance(decoded, dict):
        message = f"{name} holds a JSON {type(decoded).__name__}, not an object"
        raise InvalidCallbackError(message, field=name)
    return decoded


def _hidden(value: str | None) -> str:
    return "None" if value is None else f"<{len(value)} characters hidden>"
'''

FORM = "application/x-www-form-urlencoded"
JSON_MEDIA = "application/json"
CLASS_MEMBERS = {"extra", "from_form"}


class EmitError(Exception):
    """The spec has something this step cannot turn into a typed callback."""


class Field:
    """One form field of a callback, as the emitted code reads it."""

    def __init__(
        self,
        name: str,
        attribute: str,
        annotation: str,
        reader: str,
        *,
        pii: bool,
        json: bool,
        description: str,
    ) -> None:
        self.name = name
        self.attribute = attribute
        self.annotation = annotation
        self.reader = reader
        self.pii = pii
        self.json = json
        self.description = description


def _words(text: object) -> str:
    return " ".join(str(text or "").split())


def _docstring(text: str, indent: str) -> str:
    """A docstring literal for ``text``, wrapped, safe to embed."""
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if text.endswith('"'):
        text += " "
    lines = textwrap.wrap(text, width=88 - len(indent) - 6) or [""]
    if len(lines) == 1:
        return f'{indent}"""{lines[0]}"""\n'
    body = "\n".join(f"{indent}{line}" if line else "" for line in lines[1:])
    return f'{indent}"""{lines[0]}\n{body}\n{indent}"""\n'


def snake(name: str) -> str:
    """``interactionDateCreated`` → ``interaction_date_created``; keywords get a ``_``."""
    attr = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()
    attr = re.sub(r"\W", "_", attr)
    if not attr.isidentifier():
        attr = "f_" + attr
    return attr + "_" if keyword.iskeyword(attr) else attr


def _member(value: str) -> str:
    member = re.sub(r"\W", "_", value.upper())
    return member if member.isidentifier() else "V_" + member


def _schema(spec: dict[str, Any], ref: object, where: str) -> tuple[str, dict[str, Any]]:
    prefix = "#/components/schemas/"
    if not isinstance(ref, str) or not ref.startswith(prefix):
        raise EmitError(f"{where}: expected a $ref to {prefix}<Name>, got {ref!r}")
    name = ref[len(prefix) :]
    schema = spec.get("components", {}).get("schemas", {}).get(name)
    if not isinstance(schema, dict):
        raise EmitError(f"{where}: {ref} names no schema")
    return name, schema


def _enum(spec: dict[str, Any], ref: object, where: str, enums: dict[str, list[str]]) -> str:
    name, schema = _schema(spec, ref, where)
    values = schema.get("enum")
    if (
        schema.get("type") != "string"
        or not isinstance(values, list)
        or not values
        or not all(isinstance(value, str) for value in values)
    ):
        raise EmitError(f"{where}: {name} must be a string enum (type: string, enum: [...])")
    if not name.isidentifier() or keyword.iskeyword(name):
        raise EmitError(f"{where}: {name} is not a Python class name")
    members = [_member(value) for value in values]
    if len(set(members)) != len(members):
        raise EmitError(f"{where}: {name} has values that give the same member name")
    enums[name] = values
    return name


def _field(
    spec: dict[str, Any], where: str, name: str, schema: object, enums: dict[str, list[str]]
) -> Field:
    if not isinstance(schema, dict):
        raise EmitError(f"{where}: the field's schema is not a mapping")
    description = _words(schema.get("description"))
    pii = "pii" in (schema.get("x-twilio") or {})
    options = schema.get("anyOf")
    if "$ref" in schema or "oneOf" in schema or "allOf" in schema:
        raise EmitError(
            f"{where}: write an enum as anyOf: [$ref: <enum>, type: string] (open to new "
            "values); other $ref, oneOf and allOf are not supported in a form"
        )
    if "enum" in schema:
        raise EmitError(f"{where}: write the enum as a named schema, used through anyOf")
    kind: str
    if options is not None:
        refs = [o["$ref"] for o in options if isinstance(o, dict) and "$ref" in o]
        rest = [o for o in options if not (isinstance(o, dict) and "$ref" in o)]
        if len(refs) != 1 or [o for o in rest if o not in ({"type": "string"}, {"type": "null"})]:
            raise EmitError(f"{where}: anyOf must be exactly one $ref to an enum and type: string")
        cls = _enum(spec, refs[0], where, enums)
        annotation = f"{cls} | str | None"
        kind = "enum"
    else:
        types = schema.get("type")
        types = [t for t in types if t != "null"] if isinstance(types, list) else [types]
        if types == ["string"] and schema.get("format") == "date-time":
            annotation, kind = "datetime.datetime | None", "datetime"
        elif types == ["string"]:
            annotation, kind = "str | None", "str"
        elif types == ["integer"]:
            annotation, kind = "int | None", "int"
        else:
            raise EmitError(
                f"{where}: type {schema.get('type')!r} is not supported in a form "
                "(string, string with format: date-time, integer, or an open enum)"
            )
    if pii and kind != "str":
        raise EmitError(f"{where}: personal data (x-twilio: pii) is only supported on strings")
    is_json = schema.get("contentMediaType") == JSON_MEDIA
    if is_json and kind != "str":
        raise EmitError(f"{where}: contentMediaType: {JSON_MEDIA} is only supported on strings")
    text = f"_text(values, {name!r})"
    if kind == "enum":
        reader = f"_open_enum({text}, {cls})"
    elif kind == "datetime":
        reader = f"_datetime({name!r}, {text})"
    elif kind == "int":
        minimum = schema.get("minimum")
        if minimum is not None and (not isinstance(minimum, int) or isinstance(minimum, bool)):
            raise EmitError(f"{where}: minimum must be an integer")
        reader = f"_integer({name!r}, {text}, {minimum!r})"
    else:
        reader = text
    return Field(
        name, snake(name), annotation, reader, pii=pii, json=is_json, description=description
    )


def _callback(
    spec: dict[str, Any], hook: str, item: object, enums: dict[str, list[str]]
) -> tuple[str, str, list[Field]]:
    """(class name, docstring, fields) of one webhook."""
    where = f"webhooks.{hook}"
    if not isinstance(item, dict) or set(item) - {"post", "summary", "description"}:
        raise EmitError(f"{where}: only a post operation is supported")
    post = item.get("post")
    if not isinstance(post, dict):
        raise EmitError(f"{where}: only a post operation is supported")
    content = (post.get("requestBody") or {}).get("content") or {}
    if set(content) != {FORM}:
        raise EmitError(f"{where}: the request body must be {FORM} (and only that)")
    cls, schema = _schema(spec, (content[FORM].get("schema") or {}).get("$ref"), where)
    where = f"{where} ({cls})"
    if not cls.isidentifier() or keyword.iskeyword(cls) or not cls[0].isupper():
        raise EmitError(f"{where}: the schema's name must be a Python class name")
    properties = schema.get("properties")
    if schema.get("type") != "object" or not isinstance(properties, dict) or not properties:
        raise EmitError(f"{where}: the form's schema must be an object with properties")
    fields = [
        _field(spec, f"{where}.{name}", name, prop, enums) for name, prop in properties.items()
    ]
    seen: dict[str, str] = {}
    for field in fields:
        clash = seen.get(field.attribute)
        members = CLASS_MEMBERS | {f"decode_{f.attribute}" for f in fields if f.json}
        if clash is not None or field.attribute in members:
            with_what = clash or "the class's own members"
            raise EmitError(
                f"{where}.{field.name}: attribute {field.attribute} clashes with {with_what}"
            )
        seen[field.attribute] = field.name
    doc = _words(schema.get("description") or post.get("description") or post.get("summary"))
    return cls, doc, fields


def _emit_enum(name: str, description: str, values: list[str]) -> str:
    out = f"\n\nclass {name}(str, enum.Enum):\n"
    out += _docstring(description or f"The values of {name}.", "    ")
    out += "\n"
    out += "".join(f"    {_member(value)} = {value!r}\n" for value in values)
    out += "\n    def __str__(self) -> str:\n        return str(self.value)\n"
    return out


def _emit_class(cls: str, doc: str, fields: list[Field]) -> str:
    const = snake(cls).upper() + "_FIELDS"
    out = "\n\n@dataclasses.dataclass(frozen=True, kw_only=True, repr=False)\n"
    out += f"class {cls}:\n"
    intro = (doc + "\n\n" if doc else "") + (
        "Every field is None when Twilio left it out or sent it empty. Fields this "
        "version does not know are kept in ``extra``, as sent. Personal data is left out of "
        "``repr``. Build it with ``from_form`` after checking the request's signature."
    )
    lines: list[str] = []
    for paragraph in intro.split("\n\n"):
        text = paragraph.replace("\\", "\\\\").replace('"""', "'''")
        lines.extend([*textwrap.wrap(text, width=80), ""])
    body = "\n".join(f"    {line}" if line else "" for line in lines[:-1])
    out += f'    """{body.lstrip()}\n    """\n\n'
    for field in fields:
        out += f"    {field.attribute}: {field.annotation} = None\n"
        if field.description:
            out += _docstring(field.description, "    ")
    out += "    extra: Mapping[str, str] = dataclasses.field(default_factory=dict, hash=False)\n"
    out += '    """Form fields the spec does not name, as sent (e.g. ``MediaUrl0``)."""\n'
    out += "\n    @classmethod\n"
    out += f"    def from_form(cls, form: Mapping[str, object]) -> {cls}:\n"
    out += (
        '        """Read the form Twilio posted (check its signature first: '
        "``validate_signature``).\n\n"
        "        ``form`` is a mapping of field names to strings or lists of strings, or a\n"
        "        framework's multi-value form (Werkzeug's ``request.form``, Starlette's\n"
        "        ``await request.form()``). Raises InvalidCallbackError (a ValueError)\n"
        "        naming a field that is malformed or sent twice with different values;\n"
        '        it never quotes the value.\n        """\n'
    )
    out += "        values = form_values(form)\n        return cls(\n"
    for field in fields:
        out += f"            {field.attribute}={field.reader},\n"
    out += f"            extra=_rest(values, {const}),\n        )\n"
    for field in fields:
        if field.json:
            out += (
                f"\n    def decode_{field.attribute}(self) -> dict[str, object] | None:\n"
                f'        """``{field.attribute}`` decoded from JSON, or None when absent.\n\n'
                "        Raises InvalidCallbackError when it is not a JSON object.\n"
                '        """\n'
                f"        return _decode_object({field.name!r}, self.{field.attribute})\n"
            )
    parts = [
        f"{f.attribute}={{_hidden(self.{f.attribute})}}"
        if f.pii
        else f"{f.attribute}={{self.{f.attribute}!r}}"
        for f in fields
    ]
    parts.append("extra={tuple(sorted(self.extra))!r}")
    out += "\n    def __repr__(self) -> str:\n"
    out += '        """The fields, personal data hidden, ``extra`` by name only."""\n'
    out += f'        return f"{cls}({", ".join(parts)})"\n'
    names = ", ".join(repr(f.name) for f in fields)
    out += f"\n\n{const}: frozenset[str] = frozenset(({names},))\n"
    out += f'"""The form fields ``{cls}`` reads into attributes."""\n'
    return out


def emit_webhooks(spec: dict[str, Any], emitted: Mapping[str, Sequence[str]] | None = None) -> str:
    """The source of ``twilio_proxy_spec/webhooks.py`` for the spec's ``webhooks:`` section.

    ``emitted``: the enums emit.py wrote in ``enums.py`` (class name -> values).
    One the callbacks use, of the same name and values, is imported from there;
    one of the same name and other values is an error (rename the schema).
    """
    hooks = spec.get("webhooks")
    if not isinstance(hooks, dict) or not hooks:
        raise EmitError("the spec has no webhooks: section to emit callbacks from")
    enums: dict[str, list[str]] = {}
    callbacks = [_callback(spec, hook, item, enums) for hook, item in hooks.items()]
    classes = [cls for cls, _, _ in callbacks]
    if len(set(classes)) != len(classes):
        raise EmitError("webhooks: two webhooks use the same schema; give each its own")
    schemas = spec["components"]["schemas"]
    emitted = emitted or {}
    shared = sorted(name for name in enums if name in emitted)
    for name in shared:
        if list(emitted[name]) != enums[name]:
            raise EmitError(
                f"{name}: enums.py already has an enum of that name with other values; "
                "give the callbacks' schema another name"
            )
    out = HEADER
    if shared:
        anchor = "from twilio_proxy._exceptions import InvalidCallbackError\n"
        out = out.replace(
            anchor, f"{anchor}from twilio_proxy_spec.enums import {', '.join(shared)}\n", 1
        )
    for name in sorted(set(enums) - set(shared)):
        out += _emit_enum(name, _words(schemas[name].get("description")), enums[name])
    for cls, doc, fields in callbacks:
        out += _emit_class(cls, doc, fields)
    exported = sorted([*enums, *classes, "form_values"])
    out += "\n\n__all__ = [\n" + "".join(f"    {name!r},\n" for name in exported) + "]\n"
    return out
