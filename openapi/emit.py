"""Emit ``twilio_proxy_spec``: everything the spec decides, as plain, typed Python.

Run by ``generate.sh`` after openapi-python-client, inside the project's
virtualenv. openapi-python-client's package is the spec's low-level client (its
attrs models name fields after Python, use ``Unset`` and cast without
checking); this step reads the same spec and writes the package the wrapper
stands on, checking that the generator saw the same operations:

* ``enums.py``: every named enum schema as a ``StrEnum``;
* one module per resource (``services.py``, ``sessions.py``, ...): the result
  class (a frozen dataclass: JSON field names, ``X | None``, open enums as
  ``Enum | str``, personal data out of ``repr``, ``decode_<field>()`` for JSON
  text fields, ``to_dict()``), its checked parse function, one ``Operation``
  per operation (method, path template, every parameter with its wire and
  Python name, kind, SID pattern and whether it is required, conditional
  groups, answer status, page key), and the resource classes apps call
  (``Services``, ``AsyncServices`` and their ``with_response`` twins) with
  typed keyword arguments and docstrings from the spec;
* ``namespaces.py``: the client's resource attributes, each loaded on first use;
* ``webhooks.py``: the callbacks of the spec's ``webhooks:`` section as typed
  events (emit_webhooks.py);
* ``__init__.py``: the index of resources (for the CLI) and of exported names.

A spec shape this step cannot handle fails generation with a message naming
the operation or schema.

    python openapi/emit.py SPEC OUT_DIR    # OUT_DIR holds twilio_proxy_api/
"""

from __future__ import annotations

import keyword
import re
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from emit_webhooks import EmitError as WebhookError  # a sibling: emit.py runs as a script
from emit_webhooks import emit_webhooks
from openapi_python_client.strings import snake_case  # the generator's own naming

PACKAGE = "twilio_proxy_spec"
VERBS = ("create", "fetch", "list", "update", "delete")
# List parameters the wrapper's paging owns: PageSize becomes page_size (checked
# by the paging rules), Page and PageToken come only from Twilio's next_page_url.
PAGING = {"PageSize": "page_size", "Page": None, "PageToken": None}
DO_NOT_EDIT = (
    "Emitted from the spec by openapi/emit.py: do not edit. ``make generate``\n"
    "rewrites it; ``make check-generated`` fails when it differs from the spec."
)


class EmitError(Exception):
    """The spec has something this step cannot turn into typed code."""


# --- reading the spec -------------------------------------------------------


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    ref = node.get("$ref")
    if ref is None:
        return None, node
    kind, name = ref.split("/")[-2:]
    found: dict[str, Any] = spec["components"][kind][name]
    return name, found


def _types(schema: dict[str, Any]) -> set[str]:
    value = schema.get("type", [])
    return {value} if isinstance(value, str) else set(value)


def _attribute(name: str) -> str:
    attr = snake_case(name) if not name.isidentifier() or name[0].isupper() else name
    return attr + "_" if keyword.iskeyword(attr) else attr


def _class_name(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9a-zA-Z]+", name))


def _doc(text: object, indent: str) -> str:
    """A docstring body: the spec's words, wrapped, without markdown links."""
    words = re.sub(r"\[([^]]+)\]\([^)]+\)", r"\1", " ".join(str(text or "").split()))
    words = words.replace("\\", "\\\\").replace('"""', "'''")
    return textwrap.fill(words, 88 - len(indent), subsequent_indent=indent) if words else ""


def _sid_pattern(schema: dict[str, Any], where: str) -> str:
    pattern = schema.get("pattern")
    if not isinstance(pattern, str) or not pattern.startswith("^") or not pattern.endswith("$"):
        raise EmitError(f"{where}: a path parameter needs a pattern anchored with ^ and $")
    return pattern[1:-1]


@dataclass
class Kind:
    """How one value is checked, sent or read: its kind constant and Python type."""

    kind: str
    pytype: str
    enum: str | None = None


@dataclass
class Param:
    """One argument of an operation."""

    name: str
    wire: str
    where: str  # PATH, QUERY or FORM
    kind: Kind
    required: bool
    description: str
    pattern: str | None = None
    unique_name: str | None = None  # the answer's field for a name given instead of a SID
    private: bool = False
    many: bool = False
    url: bool = False


@dataclass
class Op:
    """One operation, as the emitted code needs it."""

    op_id: str
    verb: str
    method: str
    path: str
    summary: str
    description: str
    params: list[Param]
    status: int
    model: str | None
    items: str | None
    conditional: list[list[str]] = field(default_factory=list)

    @property
    def constant(self) -> str:
        """The Python name of its Operation: FETCH_SERVICE."""
        return snake_case(self.op_id).upper()


@dataclass
class Resource:
    """One resource: its namespace name, result schema and operations."""

    namespace: str
    model: str | None = None
    ops: list[Op] = field(default_factory=list)

    @property
    def cls(self) -> str:
        """The resource class's name: Services."""
        return _class_name(self.namespace)


def _value_kind(
    spec: dict[str, Any], where: str, schema: dict[str, Any], enums: dict[str, list[str]]
) -> Kind:
    """The kind of an answer field or an argument."""
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        refs = [o for o in options if "$ref" in o]
        plain = [o for o in options if "$ref" not in o]
        if len(refs) != 1:
            raise EmitError(f"{where}: anyOf/oneOf must hold exactly one $ref to an enum")
        name, target = _resolve(spec, refs[0])
        if "enum" not in target or name is None:
            raise EmitError(f"{where}: the $ref in anyOf/oneOf must name an enum schema")
        types = {t for o in plain for t in _types(o)}
        if not types <= {"string", "null"}:
            raise EmitError(f"{where}: next to the enum only string and null are supported")
        enums[name] = [str(v) for v in target["enum"]]
        cls = _class_name(name)
        if "string" in types:
            return Kind("OPEN_ENUM", f"{cls} | str", cls)
        return Kind("ENUM", cls, cls)
    name, target = _resolve(spec, schema)
    if name is not None:
        if "enum" not in target:
            raise EmitError(f"{where}: a $ref here must name an enum schema")
        enums[name] = [str(v) for v in target["enum"]]
        cls = _class_name(name)
        return Kind("ENUM", cls, cls)
    if "enum" in schema:
        raise EmitError(f"{where}: write the enum as a named schema and $ref it")
    types = _types(schema) - {"null"}
    if types == {"string"}:
        if schema.get("format") == "date-time":
            return Kind("DATETIME", "datetime.datetime")
        return Kind("STR", "str")
    if types == {"integer"}:
        return Kind("INT", "int")
    if types == {"number"}:
        return Kind("NUMBER", "float")
    if types == {"boolean"}:
        return Kind("BOOL", "bool")
    if types == {"object"}:
        return Kind("OBJECT", "dict[str, object]")
    return Kind("JSON", "object")


def _verb(op_id: str, where: str) -> str:
    for verb in VERBS:
        if op_id.lower().startswith(verb):
            return verb
    raise EmitError(f"{where}: operationId {op_id!r} starts with none of {', '.join(VERBS)}")


def _answer(
    spec: dict[str, Any], operation: dict[str, Any], where: str
) -> tuple[int, str | None, str | None]:
    """(status, resource schema name or None, page key or None) of the 2xx answer."""
    for status, response in operation.get("responses", {}).items():
        if not str(status).startswith("2"):
            continue
        if "$ref" in response:
            _, response = _resolve(spec, response)
        content = response.get("content")
        if not content:
            return int(status), None, None  # a delete: no body
        if "application/json" not in content:
            raise EmitError(f"{where}: a 2xx answer with a body must be application/json")
        name, target = _resolve(spec, content["application/json"]["schema"])
        if name is None:
            raise EmitError(f"{where}: the 2xx answer must $ref a named schema")
        props = target.get("properties", {})
        arrays = [(k, p) for k, p in props.items() if "array" in _types(p)]
        if "meta" in props and len(arrays) == 1:
            key, prop = arrays[0]
            item, _ = _resolve(spec, prop.get("items", {}))
            if item is None:
                raise EmitError(f"{where}: a page's items must $ref a named schema")
            return int(status), item, key
        return int(status), name, None
    raise EmitError(f"{where}: no 2xx answer")


def _path_params(
    spec: dict[str, Any], operation: dict[str, Any], item: dict[str, Any]
) -> list[dict[str, Any]]:
    found = []
    for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
        _, param = _resolve(spec, raw)
        found.append(param)
    return found


def _params(
    spec: dict[str, Any],
    operation: dict[str, Any],
    item: dict[str, Any],
    where: str,
    verb: str,
    enums: dict[str, list[str]],
) -> list[Param]:
    params: list[Param] = []
    for param in _path_params(spec, operation, item):
        wire, location = param["name"], param["in"]
        here = f"{where}: parameter {wire}"
        schema = param.get("schema", {})
        if location == "path":
            options = schema.get("anyOf")
            unique = param.get("x-unique-name")
            if options:
                if not unique or len(options) != 2:
                    raise EmitError(
                        f"{here}: anyOf in a path parameter needs x-unique-name and two options"
                    )
                pattern = _sid_pattern(options[0], here)
            else:
                pattern = _sid_pattern(schema, here)
            params.append(
                Param(
                    _attribute(wire),
                    wire,
                    "PATH",
                    Kind("SID", "str"),
                    True,
                    str(param.get("description", "")),
                    pattern=pattern,
                    unique_name=unique,
                )
            )
        elif location == "query":
            if wire in PAGING:
                if verb != "list":
                    raise EmitError(f"{here}: paging parameters belong to list operations")
                continue
            params.append(_param(spec, here, wire, schema, "QUERY", param, enums))
        else:
            raise EmitError(f"{here}: only path and query parameters are supported")
    body = operation.get("requestBody")
    if body is None:
        return params
    content = body.get("content", {})
    if list(content) != ["application/x-www-form-urlencoded"]:
        raise EmitError(f"{where}: only form-encoded request bodies are supported")
    form = content["application/x-www-form-urlencoded"]
    name, schema = _resolve(spec, form["schema"])
    if name is None:
        raise EmitError(f"{where}: the request body must $ref a named schema")
    required = set(schema.get("required", []))
    encoding = form.get("encoding", {})
    for wire, prop in schema.get("properties", {}).items():
        here = f"{where}: form field {wire}"
        extra = {"required": wire in required, "encoding": encoding.get(wire, {})}
        params.append(_param(spec, here, wire, prop, "FORM", extra, enums))
    return params


def _param(
    spec: dict[str, Any],
    where: str,
    wire: str,
    schema: dict[str, Any],
    location: str,
    info: dict[str, Any],
    enums: dict[str, list[str]],
) -> Param:
    many = "array" in _types(schema)
    value = schema.get("items", {}) if many else schema
    kind = _value_kind(spec, where, value, enums)
    if many:
        json_items = info.get("encoding", {}).get("contentType") == "application/json"
        if kind.kind == "JSON" and json_items:
            kind = Kind("JSON_TEXT", "Mapping[str, object]")
        elif kind.kind not in ("STR", "ENUM"):
            raise EmitError(f"{where}: an array must hold strings, enums or JSON objects")
        elif info.get("encoding", {}).get("explode") is not True:
            raise EmitError(f"{where}: an array needs encoding style: form, explode: true")
    elif kind.kind in ("JSON", "OBJECT", "OPEN_ENUM"):
        raise EmitError(f"{where}: an argument must be a string, number, boolean, date or enum")
    description = str(schema.get("description", ""))
    return Param(
        _attribute(wire),
        wire,
        location,
        kind,
        bool(info.get("required")),
        description,
        private="pii" in (schema.get("x-twilio") or {}),
        many=many,
        url=value.get("format") == "uri",
    )


def _namespace(spec: dict[str, Any], item: dict[str, Any], tag: str) -> str:
    mount = (item.get("x-twilio") or {}).get("mountName")
    if isinstance(mount, str) and mount.isidentifier():
        return mount
    base = snake_case(re.sub(r"^ProxyV\d+", "", tag))
    return base if base.endswith("s") else base + "s"


def read_spec(spec: dict[str, Any]) -> tuple[list[Resource], dict[str, list[str]]]:
    """The resources of *spec*, in spec order, and every enum they use."""
    resources: dict[str, Resource] = {}
    enums: dict[str, list[str]] = {}
    for path, item in spec.get("paths", {}).items():
        for method in ("get", "post", "put", "patch", "delete"):
            operation = item.get(method)
            if operation is None:
                continue
            where = f"{method.upper()} {path}"
            op_id = operation.get("operationId")
            if not isinstance(op_id, str) or not op_id.isidentifier():
                raise EmitError(f"{where}: an operationId (an identifier) is required")
            where = f"{op_id} ({where})"
            tags = operation.get("tags") or []
            if len(tags) != 1:
                raise EmitError(f"{where}: exactly one tag (its resource) is required")
            verb = _verb(op_id, where)
            status, model, items = _answer(spec, operation, where)
            if (verb == "list") != (items is not None):
                raise EmitError(f"{where}: a list answers a page, and only a list does")
            if (verb == "delete") != (model is None):
                raise EmitError(f"{where}: a delete answers no body, and only a delete")
            params = _params(spec, operation, item, where, verb, enums)
            names = [p.name for p in params]
            if len(set(names)) != len(names) or {"timeout", "limit", "page_size"} & set(names):
                raise EmitError(f"{where}: two arguments would have the same Python name")
            template = path
            for p in params:
                if p.where == "PATH":
                    template = template.replace("{" + p.wire + "}", "{" + p.name + "}")
            if re.search(r"\{[A-Z]", template):
                raise EmitError(f"{where}: a path placeholder has no path parameter")
            conditional = (operation.get("x-twilio") or {}).get("conditional") or []
            known = {p.name for p in params}
            for group in conditional:
                if not set(group) <= known:
                    raise EmitError(f"{where}: conditional group {group} names unknown fields")
            namespace = _namespace(spec, item, tags[0])
            resource = resources.setdefault(namespace, Resource(namespace))
            if model is not None:
                if resource.model not in (None, model):
                    raise EmitError(f"{where}: resource {namespace} answers two schemas")
                resource.model = model
            if any(op.verb == verb for op in resource.ops):
                raise EmitError(f"{where}: resource {namespace} has two {verb} operations")
            resource.ops.append(
                Op(
                    op_id,
                    verb,
                    method.upper(),
                    template,
                    str(operation.get("summary", op_id)),
                    str(operation.get("description", "")),
                    params,
                    status,
                    model,
                    items,
                    [list(g) for g in conditional],
                )
            )
    for resource in resources.values():
        if resource.model is None:
            raise EmitError(f"resource {resource.namespace}: no operation answers its schema")
    return list(resources.values()), enums


# --- writing code -------------------------------------------------------------

SUPPORT = f'''\
"""What every emitted module shares: the operation table's types and small helpers.

{DO_NOT_EDIT}
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from enum import Enum
from typing import Any, Final, Generic, TypeVar

R = TypeVar("R")

# Where an argument goes.
PATH: Final = "path"
QUERY: Final = "query"
FORM: Final = "form"

# What an argument or answer field holds.
SID: Final = "sid"  # a path SID, checked against the spec's pattern
STR: Final = "str"
INT: Final = "int"
NUMBER: Final = "number"
BOOL: Final = "bool"
DATETIME: Final = "datetime"
ENUM: Final = "enum"  # one of the enum's values, nothing else
OPEN_ENUM: Final = "open_enum"  # an enum value, or any string Twilio adds later
JSON: Final = "json"  # any JSON value, kept as decoded
JSON_TEXT: Final = "json_text"  # a JSON object, sent as JSON text in a form value


class _Required:
    """The default of a required form argument: omitted, it is refused before any I/O."""

    def __repr__(self) -> str:
        return "REQUIRED"


REQUIRED: Any = _Required()


class Param:
    """One argument: its Python keyword, the spec's name, where it goes, and its checks.

    A plain class (not a dataclass): this module is loaded with twilio_proxy,
    and importing dataclasses would cost more than all of it.
    """

    __slots__ = (
        "enum",
        "help",
        "many",
        "name",
        "pattern",
        "private",
        "required",
        "unique_name",
        "url",
        "where",
        "wire",
        "kind",
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
        self.unique_name = unique_name  # the answer's field when a name is passed for the SID
        self.enum = enum
        self.many = many  # a list: the form key is repeated
        self.url = url  # an http(s) URL
        self.private = private  # personal data: never quoted in an error
        self.help = help  # the spec's description, first sentence

    def __repr__(self) -> str:
        return f"Param({{self.name!r}}, {{self.wire!r}}, {{self.where!r}}, {{self.kind!r}})"


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

    def __repr__(self) -> str:
        return f"<Operation {{self.name}}: {{self.method}} {{self.path}}>"


def plain(value: object) -> object:
    """An enum member or datetime as its JSON value."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return value


def hidden(value: object) -> str:
    """What repr shows of personal data."""
    if value is None:
        return "None"
    return f"<{{len(value) if isinstance(value, str) else 'value'}} characters hidden>"


_NOT_JSON = object()


def decode_object(name: str, value: str | None) -> dict[str, object] | None:
    """The JSON object in text field *name*; ValueError naming it, never quoting it."""
    if value is None:
        return None
    import json  # only when a JSON text field is decoded

    try:
        decoded: object = json.loads(value)
    except ValueError:
        decoded = _NOT_JSON
    if decoded is _NOT_JSON:
        # Raised outside the except block: a JSONDecodeError holds the whole
        # text (personal data) in .doc, and would be chained.
        raise ValueError(f"{{name}} is not JSON")
    if not isinstance(decoded, dict):
        raise ValueError(f"{{name}} holds a JSON {{type(decoded).__name__}}, not an object")
    return decoded
'''

# What the parse function checks for each kind of answer field, as straight-line
# code: {v} is the value (not None), {n} the JSON name's repr, {e} the enum class.
CHECKS = {
    "NUMBER": "{v} = number({n}, {v})",
    # The common case inline (ISO 8601 with an offset); anything else, and every
    # error, through parse_datetime.
    "DATETIME": (
        # parse_datetime is called outside the except block: fromisoformat's
        # error quotes the value, and would be chained to ours.
        "try:\n    {v}_ = fromisoformat({v})\n"
        "except (TypeError, ValueError):\n    {v}_ = None\n"
        "if {v}_ is None:\n    {v} = parse_datetime({n}, {v})\n"
        "elif {v}_.tzinfo is None:\n    {v} = {v}_.replace(tzinfo=UTC)\n"
        "else:\n    {v} = {v}_"
    ),
    "OPEN_ENUM": (
        "if {v}.__class__ is not str:\n    raise wrong({n}, {v}, 'a string')\n"
        "{v} = _{e}_MEMBERS.get({v}, {v})"
    ),
    "ENUM": (
        "if {v}.__class__ is not str:\n    raise wrong({n}, {v}, 'a string')\n"
        "if {v} not in _{e}_MEMBERS:\n"
        "    raise InvalidBody('field ' + repr({n}) + ' is not one of its values')\n"
        "{v} = _{e}_MEMBERS[{v}]"
    ),
    "JSON": "",
}
# The kinds checked by the value's class alone: the class and the words for it.
# Their check comes first and the null test second: most values are not null.
CLASS_CHECKS = {
    "STR": ("str", "a string"),
    "INT": ("int", "an integer"),
    "BOOL": ("bool", "a boolean"),
    "OBJECT": ("dict", "an object"),
}
# The kinds whose value to_dict gives as JSON's (an enum member's value, ISO 8601).
TO_PLAIN = {"DATETIME", "OPEN_ENUM", "ENUM"}


@dataclass
class Model:
    """The emitted source of one result class and its parse function."""

    cls: str
    source: str
    private: list[str]
    identity: bool  # has a ``sid`` field


def _model(spec: dict[str, Any], name: str, enums: dict[str, list[str]]) -> Model:
    schema = spec["components"]["schemas"][name]
    if "object" not in _types(schema) or "properties" not in schema:
        raise EmitError(f"schema {name}: an answer's schema must be an object with properties")
    cls = _class_name(name)
    description = _doc(schema.get("description", f"A {name}."), "    ")
    attrs, shown, to_dict, methods, checks = [], [], [], [], []
    reads, gets, fields = [], [], []
    kinds: list[Kind] = []
    private = []
    for index, (prop, prop_schema) in enumerate(schema["properties"].items()):
        where = f"schema {name}, field {prop}"
        attr = _attribute(prop)
        if attr in ("extra", "to_dict") or attr.startswith("decode_"):
            raise EmitError(f"{where}: the name clashes with the class's own members")
        kind = _value_kind(spec, where, prop_schema, enums)
        kinds.append(kind)
        doc = _doc(prop_schema.get("description"), "    ")
        if kind.kind == "OBJECT":  # a dict cannot be hashed: left out of the hash
            attrs.append(
                f"    {attr}: {kind.pytype} | None = dataclasses.field(default=None, hash=False)"
            )
        else:
            attrs.append(f"    {attr}: {kind.pytype} | None = None")
        if doc:
            attrs.append(f'    """{doc}"""')
        value = f"self.{attr}"
        if kind.kind in TO_PLAIN:
            value = f"plain({value})"  # enums and datetimes as their JSON values
        to_dict.append(f"            {prop!r}: {value},")
        if "pii" in (prop_schema.get("x-twilio") or {}):
            private.append(attr)
            shown.append(f"{attr}={{hidden(self.{attr})}}")
        else:
            shown.append(f"{attr}={{self.{attr}!r}}")
        if prop_schema.get("contentMediaType") == "application/json":
            if kind.kind != "STR":
                raise EmitError(f"{where}: contentMediaType is only supported on strings")
            methods.append(
                f"    def decode_{attr}(self) -> dict[str, object] | None:\n"
                f'        """``{prop}`` decoded from JSON, or None when absent.\n\n'
                f'        Raises ValueError when it is not a JSON object.\n        """\n'
                f"        return decode_object({prop!r}, self.{attr})\n\n"
            )
        v = f"v{index}"
        reads.append(f"        {v} = payload[{prop!r}]")
        gets.append(f"        {v} = get({prop!r})")
        fields.append(f"            {attr!r}: {v},")
        if kind.kind in CLASS_CHECKS:
            cls_name, words = CLASS_CHECKS[kind.kind]
            checks.append(f"    if {v}.__class__ is not {cls_name} and {v} is not None:")
            checks.append(f"        raise wrong({prop!r}, {v}, {words!r})")
        elif check := CHECKS[kind.kind].format(v=v, n=repr(prop), e=kind.enum):
            checks.append(f"    if {v} is not None:")
            checks.extend(f"        {line}" for line in check.split("\n"))
    members = sorted({k.enum for k in kinds if k.enum})
    member_maps = "".join(
        f"\n# Value -> member, looked up once per module rather than on every field read.\n"
        f"_{e}_MEMBERS = {e}._value2member_map_\n"
        for e in members
    )
    known = ", ".join(repr(p) for p in schema["properties"])
    known_name = f"_{snake_case(name).upper()}_FIELDS"
    repr_body = ", ".join(shown)
    parse_name = f"parse_{snake_case(name)}"
    source = (
        f"\n\n@dataclasses.dataclass(frozen=True, kw_only=True, repr=False)\nclass {cls}:\n"
        f'    """{description}\n\n'
        "    Every field is None when Twilio sent null or left it out. Fields this\n"
        "    version does not know are kept in ``extra``. Personal data is left out of\n"
        '    ``repr``.\n    """\n\n'
        + "\n".join(attrs)
        + "\n    extra: Mapping[str, object] = dataclasses.field("
        + "default_factory=dict, hash=False)\n"
        + '    """Fields of the answer this version does not know, as decoded."""\n\n'
        + "".join(methods)
        + "    def to_dict(self) -> dict[str, object]:\n"
        + '        """JSON-ready: JSON field names, ISO 8601 dates, ``extra`` merged in."""\n'
        + "        return {\n            **self.extra,\n"
        + "\n".join(to_dict)
        + "\n        }\n\n"
        + "    def __repr__(self) -> str:\n"
        + f'        return f"{cls}({repr_body})"\n'
        + f"\n\n_{snake_case(name).upper()}_FIELDS = frozenset(({known},))\n"
        + member_maps
        + f"\n\ndef {parse_name}(payload: object) -> {cls}:\n"
        + f'    """A {cls} from a decoded JSON object, every field checked (InvalidBody)."""\n'
        + "    if type(payload) is not dict:\n        raise not_object(payload)\n"
        # Twilio sends every field, null or not: each read at once, and then
        # the answer's size says whether it holds any other.
        + "    every = True\n    try:\n"
        + "\n".join(reads)
        + "\n    except KeyError:  # a field left out reads as null\n"
        + "        every = False\n        get = payload.get\n"
        + "\n".join(gets)
        + "\n"
        + "\n".join(checks)
        + f"\n    if every and len(payload) == {len(fields)}:\n"
        + "        extra: dict[str, object] = {}\n    else:\n"
        + f"        extra = {{k: v for k, v in payload.items() if k not in {known_name}}}\n"
        # The instance's __dict__ in one go (a frozen dataclass refuses setattr).
        + f"    made = new({cls})\n"
        + "    object_setattr(\n        made,\n        '__dict__',\n        {\n"
        + "\n".join(fields)
        + "\n            'extra': extra,\n        },\n    )\n"
        + "    return made\n"
    )
    return Model(cls, source, private, "sid" in schema["properties"])


def _param_source(p: Param) -> str:
    args = [repr(p.name), repr(p.wire), p.where, p.kind.kind]
    if p.required:
        args.append("required=True")
    if p.pattern is not None:
        args.append(f"pattern=re.compile({p.pattern!r})")
    if p.unique_name:
        args.append(f"unique_name={p.unique_name!r}")
    if p.kind.enum and p.kind.kind == "ENUM":
        args.append(f"enum={p.kind.enum}")
    for flag in ("many", "url", "private"):
        if getattr(p, flag):
            args.append(f"{flag}=True")
    if p.description:
        args.append(f"help={_first_sentence(p.description)!r}")
    return f"        Param({', '.join(args)}),"


def _first_sentence(text: str) -> str:
    words = _doc(text, "").replace("\n", " ")
    return words.split(". ")[0].rstrip(".") + "."


def _signature_type(p: Param) -> str:
    base = p.kind.pytype
    if p.kind.kind == "ENUM":
        base = f"{p.kind.enum} | str"
    if p.many:
        if p.kind.kind == "JSON_TEXT":
            return "Sequence[Mapping[str, object]]"
        return f"{base} | Sequence[{base}]" if p.kind.kind == "STR" else f"Sequence[{base}]"
    return base


def _method(op: Op, model: str, mode: str) -> str:
    """One method of a resource class; *mode* is sync, async, sync_raw or async_raw."""
    raw = mode.endswith("raw")
    is_async = mode.startswith("async")
    path_args = [p for p in op.params if p.where == "PATH"]
    other = [p for p in op.params if p.where != "PATH"]
    lines = ["self", "*"]
    lines += [f"{p.name}: str" for p in path_args]
    for p in other:
        if p.required:
            lines.append(f"{p.name}: {_signature_type(p)} = REQUIRED")
        else:
            lines.append(f"{p.name}: {_signature_type(p)} | None = None")
    if op.verb == "list":
        lines += ["page_size: int | None = None", "limit: int | None = None"]
    lines.append("timeout: Timeout | None = None")
    result = "None" if op.verb == "delete" else model
    generator = "AsyncGenerator" if is_async else "Generator"
    sent = "None" if is_async else "None, None"
    call = "call"
    if op.verb == "list":
        if raw:
            returns = f"{generator}[APIResponse[list[{model}]], {sent}]"
            call = "pages"
        else:
            returns = f"{generator}[{model}, {sent}]"
            call = "items"
    elif raw:
        returns = f"APIResponse[{result}]"
        if is_async:
            returns = f"Coroutine[object, None, {returns}]"
        call = "call_with_response"
    elif is_async:
        # Not a coroutine function: the arguments are checked when it is called,
        # and the core's send loop is the coroutine returned (a frame less).
        returns = f"Coroutine[object, None, {result}]"
    else:
        returns = result
    arguments = ", ".join(f"{p.name!r}: {p.name}" for p in op.params)
    extra = ", page_size=page_size, limit=limit" if op.verb == "list" else ""
    body = f"self._client.{call}({op.constant}, {{{arguments}}}, timeout{extra})"
    doc = _method_doc(op, raw)
    if is_async and op.verb != "list":
        note = "Await the result; the arguments are checked on the call."
        doc = doc.replace("\n\n", f"\n\n        {note}\n\n", 1)
    head = f"    def {op.verb}(\n"
    params = "".join(f"        {line},\n" for line in lines)
    signature = f"{head}{params}    ) -> {returns}:\n"
    code = f"return {body}"
    if _fast_fetch(op) and not raw:
        # The usual fetch skips the general argument checks: its path is ready.
        sids = ", ".join(p.name for p in op.params)
        code = (
            f"path = _{op.constant.lower()}_path({sids})\n"
            "        if path is None or timeout is not None:\n"
            "            # A unique name, a SID to refuse, a timeout: checked one by one.\n"
            f"            {code}\n"
            f"        return self._client.fetch_path({op.constant}, path, sid)"
        )
    return f'{signature}        """{doc}\n        """\n        {code}\n'


def _method_doc(op: Op, raw: bool) -> str:
    indent = "        "
    summary = _doc(op.summary, indent).rstrip(".") + "."
    parts = [summary]
    if raw:
        parts.append(
            _doc(
                "As the plain method, returning an APIResponse: the parsed result with the"
                " status, headers and request id"
                + (" (one per page)." if op.verb == "list" else "."),
                indent,
            )
        )
    if op.description:
        parts.append(_doc(op.description, indent))
    args = []
    for p in op.params:
        text = p.description or p.wire
        if p.unique_name:
            text += " A SID, or the resource's unique name."
        if p.required and p.where != "PATH":
            text = "Required. " + text
        args.append(f"{p.name}: " + _doc(text, indent + "    "))
    if op.verb == "list":
        args.append("page_size: How many to fetch in each request (1 to 1000).")
        args.append("limit: Stop after this many (None: all), fetching no further pages.")
    args.append("timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if None.")
    parts.append("Args:\n" + "\n".join(indent + "    " + a for a in args))
    return f"\n\n{indent}".join(parts)


# The SID patterns a fetch's shorter way takes: two capitals and 32 hex digits.
_SID_PATTERN = re.compile(r"[A-Z]{2}\[0-9a-fA-F\]\{32\}")
# A literal path segment (or the empty one before the first "/") the shorter way takes.
_PLAIN_SEGMENT = re.compile(r"[A-Za-z0-9_-]*")


def _fast_fetch(op: Op) -> bool:
    """Whether *op* is a fetch whose every argument is a SID, each a whole path segment.

    Such a path is checked by one pattern: each SID's pattern keeps "/" out of
    it, so the whole path matches only when every SID matches its own.
    """
    names = [p.name for p in op.params]
    if op.verb != "fetch" or "sid" not in names or any(p.where != "PATH" for p in op.params):
        return False  # (the answer must hold the ``sid`` asked for)
    segments = op.path.split("/")
    placeholders = [s for s in segments if "{" in s or "}" in s]
    return (
        sorted(placeholders) == sorted("{" + name + "}" for name in names)
        and all(_SID_PATTERN.fullmatch(p.pattern or "") for p in op.params)
        # Literal segments go into an f-string and a pattern as they are.
        and all(_PLAIN_SEGMENT.fullmatch(s) for s in segments if s not in placeholders)
    )


def _path_function(op: Op) -> str:
    """The function giving the path of a fetch that takes the shorter way (see _fast_fetch)."""
    patterns = {p.name: p.pattern or "" for p in op.params}
    pattern = "/".join(
        patterns[segment[1:-1]] if segment.startswith("{") else re.escape(segment)
        for segment in op.path.split("/")
    )
    constant = f"_{op.constant}_PATH"
    signature = ", ".join(f"{name}: object" for name in patterns)
    strings = "\n        and ".join(f"type({name}) is str" for name in patterns)
    return (
        f"\n\n# The path of {op.constant}, every SID checked by its pattern.\n"
        f"{constant} = re.compile({pattern!r})\n"
        f"\n\ndef _{op.constant.lower()}_path({signature}) -> str | None:\n"
        '    """The path to fetch, when every SID is a str of its pattern; else None."""\n'
        f"    if (\n        {strings}\n    ):\n"
        f'        path = f"{op.path}"\n'
        f"        if {constant}.fullmatch(path):\n"
        "            return path\n"
        "    return None\n"
    )


def _resource_module(resource: Resource, model: Model, used_enums: list[str]) -> str:
    ops = resource.ops
    verbs = ", ".join(op.verb for op in ops)
    fast = [op for op in ops if _fast_fetch(op)]
    path_source = "".join(_path_function(op) for op in fast)
    operations = []
    for op in ops:
        params = "\n".join(_param_source(p) for p in op.params)
        conditional = ", ".join("(" + "".join(f"{n!r}, " for n in g) + ")" for g in op.conditional)
        parse = "None" if op.verb == "delete" else f"parse_{snake_case(resource.model or '')}"
        comma = "," if len(op.conditional) == 1 else ""
        generic = "None" if op.verb == "delete" else model.cls
        operations.append(
            f"\n\n{op.constant}: Final[Operation[{generic}]] = Operation(\n"
            f"    name={op.op_id!r},\n    verb={op.verb!r},\n    method={op.method!r},\n"
            f"    path={op.path!r},\n    params=(\n{params}\n    ),\n"
            f"    status={op.status},\n    parse={parse},\n"
            f"    what={_what(op.verb, model.cls)!r},\n"
            f"    items={op.items!r},\n    conditional=({conditional}{comma}),\n"
            f"    summary={_first_sentence(op.summary)!r},\n)\n"
        )
    classes = []
    for mode, prefix, suffix in (
        ("sync", "", ""),
        ("sync_raw", "", "WithResponse"),
        ("async", "Async", ""),
        ("async_raw", "Async", "WithResponse"),
    ):
        name = f"{prefix}{resource.cls}{suffix}"
        base = "AsyncBase" if mode.startswith("async") else "SyncBase"
        doc = f"{resource.cls.replace('_', ' ')}: {verbs}"
        if mode.endswith("raw"):
            doc += " (each returning the APIResponse)"
        extra = ""
        if not mode.endswith("raw"):
            raw_cls = f"{prefix}{resource.cls}WithResponse"
            extra = (
                "    @property\n"
                f"    def with_response(self) -> {raw_cls}:\n"
                '        """The same methods, returning the APIResponse '
                '(status, headers, request id)."""\n'
                f"        return {raw_cls}(self._client)\n\n"
            )
        methods = "\n".join(_method(op, model.cls, mode) for op in ops)
        classes.append(
            f"\n\nclass {name}:\n"
            f'    """{doc}."""\n\n'
            '    __slots__ = ("_client",)\n\n'
            f"    def __init__(self, client: {base}) -> None:\n"
            "        self._client = client\n\n"
            f"{extra}{methods}"
        )
    enum_import = f"from .enums import {', '.join(sorted(used_enums))}\n" if used_enums else ""
    return (
        f'"""{resource.cls}: the {model.cls} result, its operations and the methods apps call.\n\n'
        f'{DO_NOT_EDIT}\n"""\n\n'
        "from __future__ import annotations\n\n"
        "import dataclasses\nimport datetime\nimport re\n"
        "from collections.abc import AsyncGenerator, Coroutine, Generator, Mapping, Sequence\n"
        "from datetime import UTC\n"
        "from typing import TYPE_CHECKING, Final\n\n"
        "from twilio_proxy._parsing import (\n"
        "    InvalidBody, not_object, number, parse_datetime, wrong\n)\n\n"
        f"{enum_import}"
        "from ._support import (\n    BOOL,\n    DATETIME,\n    ENUM,\n    FORM,\n    INT,\n"
        "    JSON,\n    JSON_TEXT,\n    NUMBER,\n    OPEN_ENUM,\n    PATH,\n    QUERY,\n"
        "    REQUIRED,\n    SID,\n    STR,\n    Operation,\n    Param,\n    decode_object,\n"
        "    hidden,\n    plain,\n)\n\n"
        "if TYPE_CHECKING:\n"
        "    from twilio_proxy._base import AsyncBase, SyncBase\n"
        "    from twilio_proxy._config import Timeout\n"
        "    from twilio_proxy._response import APIResponse\n\n"
        "new = object.__new__\nobject_setattr = object.__setattr__\n"
        "fromisoformat = datetime.datetime.fromisoformat\n"
        "__all__ = ["
        + ", ".join(repr(n) for n in _exports(resource, model))
        + "]\n"
        + model.source
        + path_source
        + "".join(operations)
        + "".join(classes)
    )


def _what(verb: str, cls: str) -> str:
    """What an answer should be, in words: "an Interaction", "a page of Session"."""
    if verb == "list":
        return f"a page of {cls}"
    return ("an " if cls[:1] in "AEIOU" else "a ") + cls


def _exports(resource: Resource, model: Model) -> list[str]:
    return sorted(
        [
            model.cls,
            resource.cls,
            f"Async{resource.cls}",
            f"{resource.cls}WithResponse",
            f"Async{resource.cls}WithResponse",
            *(op.constant for op in resource.ops),
        ]
    )


def _enums_module(enums: dict[str, list[str]]) -> str:
    parts = [
        f'"""Every enum of the spec.\n\n{DO_NOT_EDIT}\n"""\n\nfrom enum import StrEnum\n\n'
        f"__all__ = [{', '.join(repr(_class_name(n)) for n in sorted(enums))}]\n"
    ]
    for name in sorted(enums):
        members = []
        for value in enums[name]:
            member = re.sub(r"[^0-9a-zA-Z]+", "_", value).upper().strip("_") or "EMPTY"
            if member[0].isdigit():
                member = "VALUE_" + member
            members.append(f"    {member} = {value!r}")
        if len({m.split(" = ")[0] for m in members}) != len(members):
            raise EmitError(f"enum {name}: two values give the same member name")
        parts.append(
            f"\n\nclass {_class_name(name)}(StrEnum):\n"
            f'    """{_class_name(name)}: one of the spec\'s values (Twilio may add more)."""\n\n'
            + "\n".join(members)
            + "\n"
        )
    return "".join(parts)


def _namespaces_module(resources: list[Resource]) -> str:
    imports_sync: list[str] = []
    sync_props: list[str] = []
    async_props: list[str] = []
    for r in resources:
        imports_sync.append(f"    from .{r.namespace} import Async{r.cls}, {r.cls}")
        doc = f"{r.cls}: " + ", ".join(op.verb for op in r.ops) + " (loaded on first use)."
        for props, cls in ((sync_props, r.cls), (async_props, f"Async{r.cls}")):
            props.append(
                "    @functools.cached_property\n"
                f"    def {r.namespace}(self) -> {cls}:\n"
                f'        """{doc}"""\n'
                f"        from .{r.namespace} import {cls}\n\n"
                f"        return {cls}(self)\n"
            )
    return (
        '"""The client\'s resource attributes (``client.services``, ...), '
        "each loaded on first use.\n\n"
        f'{DO_NOT_EDIT}\n"""\n\n'
        "from __future__ import annotations\n\n"
        "import functools\nfrom typing import TYPE_CHECKING\n\n"
        "from twilio_proxy._base import AsyncBase, SyncBase\n\n"
        "if TYPE_CHECKING:\n" + "\n".join(imports_sync) + "\n\n\n"
        "class SyncResources(SyncBase):\n"
        '    """The resources of the sync client."""\n\n'
        + "\n".join(sync_props)
        + "\n\nclass AsyncResources(AsyncBase):\n"
        '    """The resources of the async client."""\n\n' + "\n".join(async_props)
    )


def _index_module(
    spec: dict[str, Any], resources: list[Resource], models: dict[str, Model], enums: list[str]
) -> str:
    rows = []
    exports = []
    for r in resources:
        verbs = ", ".join(f"{op.verb!r}: {op.constant!r}" for op in r.ops)
        schema = spec["components"]["schemas"][r.model or ""]
        helps = _first_sentence(str(schema.get("description", models[r.namespace].cls)))
        rows.append(
            f"    {r.namespace!r}: Resource(\n"
            f"        module={r.namespace!r},\n        result={models[r.namespace].cls!r},\n"
            f"        verbs={{{verbs}}},\n        help={helps!r},\n    ),"
        )
        exports.append(f"    {models[r.namespace].cls!r}: {r.namespace!r},")
    exports += [f"    {_class_name(e)!r}: 'enums'," for e in sorted(enums)]
    return (
        f'"""The spec\'s resources, as plain code: results, operations, resource classes.\n\n'
        "Each resource's module is imported on first use (``RESOURCES`` says which\n"
        "module holds what), so importing this package costs almost nothing.\n\n"
        f'{DO_NOT_EDIT}\n"""\n\n'
        "from __future__ import annotations\n\nfrom typing import Final, NamedTuple\n\n\n"
        "class Resource(NamedTuple):\n"
        '    """One resource: its module, result class and operation constant per verb."""\n\n'
        "    module: str\n    result: str\n    verbs: dict[str, str]\n    help: str\n\n\n"
        "RESOURCES: Final[dict[str, Resource]] = {\n" + "\n".join(rows) + "\n}\n"
        '"""Every resource by its client attribute (``client.services``) and CLI name."""\n\n'
        "EXPORTS: Final[dict[str, str]] = {\n" + "\n".join(exports) + "\n}\n"
        '"""Every result class and enum, by the module that holds it."""\n'
    )


def _exports_module(resources: list[Resource], models: dict[str, Model], enums: list[str]) -> str:
    lines = [f"from .{r.namespace} import {models[r.namespace].cls}" for r in resources]
    lines.append(f"from .enums import {', '.join(_class_name(e) for e in sorted(enums))}")
    names = sorted([m.cls for m in models.values()] + [_class_name(e) for e in enums])
    return (
        f'"""Every result class and enum in one module (for type checkers and star imports).\n\n'
        f'{DO_NOT_EDIT}\n"""\n\n'
        + "\n".join(lines)
        + "\n\n__all__ = ["
        + ", ".join(repr(n) for n in names)
        + "]\n"
    )


def emit(spec: dict[str, Any]) -> dict[str, str]:
    """The files of the package (name -> source) for *spec*."""
    resources, enums = read_spec(spec)
    models: dict[str, Model] = {}
    files = {"_support.py": SUPPORT}
    for resource in resources:
        assert resource.model is not None
        used: dict[str, list[str]] = {}
        model = _model(spec, resource.model, used)
        for op in resource.ops:
            for p in op.params:
                if p.kind.enum:
                    used.setdefault(p.kind.enum, [])
        models[resource.namespace] = model
        enums.update({k: v for k, v in used.items() if v})
        enum_names = sorted({_class_name(n) for n in used})
        files[f"{resource.namespace}.py"] = _resource_module(resource, model, enum_names)
    all_enums = sorted(enums)
    files["enums.py"] = _enums_module(enums)
    files["namespaces.py"] = _namespaces_module(resources)
    files["exports.py"] = _exports_module(resources, models, all_enums)
    files["__init__.py"] = _index_module(spec, resources, models, all_enums)
    if "webhooks" in spec:
        emitted = {_class_name(name): values for name, values in enums.items()}
        try:
            files["webhooks.py"] = emit_webhooks(spec, emitted)
        except WebhookError as exc:
            raise EmitError(f"webhooks.py: {exc}") from exc
    return files


def check_generator(spec: dict[str, Any], package: Path) -> None:
    """Fail unless openapi-python-client wrote a module for every operation."""
    for item in spec.get("paths", {}).values():
        for method in ("get", "post", "put", "patch", "delete"):
            operation = item.get(method)
            if operation is None:
                continue
            module = snake_case(operation["operationId"])
            tag = snake_case(operation["tags"][0])
            if not (package / "api" / tag / f"{module}.py").is_file():
                raise EmitError(
                    f"{operation['operationId']}: the generator wrote no api/{tag}/{module}.py"
                )


def main(argv: list[str]) -> int:
    """Write OUT_DIR/twilio_proxy_spec/ and the packages' py.typed; exit 1 naming a failure."""
    if len(argv) != 2:
        print("usage: emit.py SPEC OUT_DIR", file=sys.stderr)
        return 2
    spec_path, out = Path(argv[0]), Path(argv[1])
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    try:
        check_generator(spec, out / "twilio_proxy_api")
        files = emit(spec)
    except EmitError as exc:
        print(f"emit.py: {spec_path.name}: {exc}", file=sys.stderr)
        return 1
    target = out / PACKAGE
    target.mkdir(parents=True, exist_ok=True)
    for name, source in files.items():
        (target / name).write_text(source, encoding="utf-8")
    # PEP 561: without it, apps type-checking against the wheel see Any.
    for package in (target, out / "twilio_proxy_api"):
        (package / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
