"""What the templates render: openapi-python-client's parse of the spec, plus what it drops.

openapi-python-client parses the spec (``GeneratorData``: endpoints by tag,
models with typed properties, enums, Python names). Its properties drop what
this client needs: SID patterns, personal-data marks (``x-twilio: pii``), the
unique-name alternative of a path SID (``x-unique-name``), "one of" groups
(``x-twilio: conditional``), a form field's encoding, a callback's identifying
fields (``x-identifying-fields``). This module joins the two into plain
objects (``View``) and decides what a template cannot: each value's kind and
Python type, and which fetches take the shorter way. A spec shape it cannot
type is a ``SpecError`` naming the operation, schema or field.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.strings import pascal_case, snake_case  # the generator's naming

VERBS = ("create", "fetch", "list", "update", "delete")
# The core's paging owns PageSize (page_size); Page and PageToken come only
# from Twilio's next_page_url.
PAGING = ("PageSize", "Page", "PageToken")
FORM = "application/x-www-form-urlencoded"
OWN_MEMBERS = {"extra", "to_dict", "from_form"}  # names a result or callback class has
SIMPLE: dict[type, tuple[str, str]] = {
    StringProperty: ("STR", "str"),
    DateTimeProperty: ("DATETIME", "datetime.datetime"),
    IntProperty: ("INT", "int"),
    FloatProperty: ("NUMBER", "float"),
    BooleanProperty: ("BOOL", "bool"),
    ModelProperty: ("OBJECT", "dict[str, object]"),
    AnyProperty: ("JSON", "object"),
}
# The SID patterns a fetch's shorter way takes (two capitals and 32 hex digits),
# and the literal path segments it puts into an f-string and a pattern as they are.
_SID_PATTERN = re.compile(r"[A-Z]{2}\[0-9a-fA-F\]\{32\}")
_PLAIN_SEGMENT = re.compile(r"[A-Za-z0-9_-]*")


class SpecError(Exception):
    """The spec has something the templates cannot turn into typed code."""


@dataclass(frozen=True)
class Value:
    """How a value is checked, sent or read: a kind of twilio_proxy.runtime, and its type."""

    kind: str
    annotation: str
    enum: str | None = None


@dataclass
class Field:
    """One field of a result, or one form field of a callback."""

    wire: str
    attribute: str
    value: Value
    description: str
    required: bool = False
    private: bool = False
    json_text: bool = False  # a string holding a JSON object: decode_<attribute>()
    minimum: int | None = None
    url: bool = False  # format: uri (its password, if any, is kept out of repr)


@dataclass
class Model:
    """A result or callback class: its fields in the spec's order."""

    cls: str
    description: str
    fields: list[Field]
    identifying: list[str] = field(default_factory=list)

    @property
    def enums(self) -> list[str]:
        """The enum classes its fields use."""
        return sorted({f.value.enum for f in self.fields if f.value.enum})


@dataclass
class Argument:
    """One argument of an operation; *where* is PATH, QUERY or FORM."""

    name: str
    wire: str
    where: str
    value: Value
    required: bool
    description: str
    pattern: str | None = None
    unique_name: str | None = None  # the response's field when a name is passed for the SID
    private: bool = False
    many: bool = False
    url: bool = False


@dataclass
class Operation:
    """One operation; *path* holds its SIDs' Python names (``/v1/Services/{sid}``)."""

    op_id: str
    verb: str
    method: str
    path: str
    summary: str
    description: str
    arguments: list[Argument]
    status: int
    items: str | None  # a list's page key
    conditional: list[list[str]]
    shorter_way: str | None = None  # a fetch's whole-path pattern (see _shorter_way)

    @property
    def constant(self) -> str:
        """Its Operation's Python name: FETCH_SERVICE."""
        return snake_case(self.op_id).upper()


@dataclass
class Resource:
    """One resource: its client attribute, result and operations."""

    namespace: str
    model: Model
    operations: list[Operation] = field(default_factory=list)

    @property
    def cls(self) -> str:
        """Its resource class: Services."""
        return pascal_case(self.namespace)

    @property
    def enums(self) -> list[str]:
        """The enum classes its result and arguments use."""
        used = {a.value.enum for op in self.operations for a in op.arguments if a.value.enum}
        return sorted(used | set(self.model.enums))


@dataclass
class View:
    """Everything the templates render."""

    resources: list[Resource]
    enums: list[Any]  # openapi-python-client's EnumProperty: class_info.name, values
    callbacks: list[Model]


def text(value: Any) -> str:
    """A string of the spec (openapi-python-client wraps them) on one line."""
    raw = value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else value
    return " ".join(str(raw or "").split())


def _extension(schema: object, name: str) -> Any:
    return (getattr(schema, "model_extra", None) or {}).get(name)


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    if "$ref" not in node:
        return node
    kind, name = node["$ref"].split("/")[-2:]
    found: dict[str, Any] = spec["components"][kind][name]
    return found


def value_of(prop: Any, where: str) -> Value:
    """The kind and Python type of an openapi-python-client property (null dropped)."""
    if isinstance(prop, UnionProperty):
        inner = [p for p in prop.inner_properties if not isinstance(p, NoneProperty)]
        if len(inner) == 1:
            return value_of(inner[0], where)
        if [type(p) for p in inner] == [EnumProperty, StringProperty]:
            cls = inner[0].class_info.name  # type: ignore[attr-defined]
            return Value("OPEN_ENUM", f"{cls} | str", cls)
        raise SpecError(f"{where}: anyOf/oneOf must be one $ref to an enum, string and null")
    if isinstance(prop, EnumProperty):
        return Value("ENUM", prop.class_info.name, prop.class_info.name)
    if type(prop) not in SIMPLE:
        raise SpecError(f"{where}: a {type(prop).__name__} is not supported here")
    kind, annotation = SIMPLE[type(prop)]
    return Value(kind, annotation)


def _properties(model: ModelProperty) -> list[tuple[Any, Any]]:
    """(property, its raw schema) of *model* in the spec's order."""
    raw = {text(key): schema for key, schema in (model.data.properties or {}).items()}
    found = [*(model.required_properties or []), *(model.optional_properties or [])]
    props = {text(p.name): p for p in found}
    return [(props[name], raw[name]) for name in raw]


def _nullable(prop: Any) -> bool:
    inner = getattr(prop, "inner_properties", [])
    return any(isinstance(p, NoneProperty) for p in inner)


def _attribute(wire: str, prop: Any) -> str:
    """A field's Python name: its JSON name when that is one (``type``), else the generator's."""
    if wire.isidentifier() and wire.islower() and not keyword.iskeyword(wire):
        return wire
    return str(prop.python_name)  # interactionSid -> interaction_sid, From -> from_


def _model(model: ModelProperty, where: str, *, callback: bool = False) -> Model:
    fields = []
    for prop, raw in _properties(model):
        wire = text(prop.name)
        here = f"{where}, field {wire}"
        if getattr(raw, "enum", None):
            raise SpecError(f"{here}: write the enum as a named schema and $ref it")
        value, attribute = value_of(prop, here), _attribute(wire, prop)
        if attribute in OWN_MEMBERS or attribute.startswith("decode_"):
            raise SpecError(f"{here}: the name clashes with the class's own members")
        json_text = _extension(raw, "contentMediaType") == "application/json"
        private = "pii" in (_extension(raw, "x-twilio") or {})
        if (json_text or private) and value.kind != "STR":
            raise SpecError(f"{here}: contentMediaType and pii are only supported on strings")
        if callback and value.kind not in ("STR", "INT", "DATETIME", "OPEN_ENUM"):
            raise SpecError(f"{here}: a form field is a string, integer, date-time or open enum")
        minimum = getattr(raw, "minimum", None)
        fields.append(
            Field(
                wire,
                attribute,
                value,
                text(prop.description),
                prop.required and not _nullable(prop),
                private,
                json_text,
                None if minimum is None else int(minimum),
                text(getattr(raw, "schema_format", None)) == "uri",
            )
        )
    if len({f.attribute for f in fields}) != len(fields):
        raise SpecError(f"{where}: two fields have the same Python name")
    identifying = _extension(model.data, "x-identifying-fields") or []
    if not set(identifying) <= {f.wire for f in fields}:
        raise SpecError(f"{where}: x-identifying-fields names a field it does not have")
    return Model(model.class_info.name, text(model.description), fields, list(identifying))


def _answer(endpoint: Any, where: str) -> tuple[int, ModelProperty | None, str | None]:
    """(status, result model or None, page key or None) of the 2xx answer."""
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range or (0, 0)
        if not 200 <= low == high <= 299:
            continue
        prop = response.prop
        if isinstance(prop, AnyProperty | NoneProperty):
            return low, None, None  # a delete: no body
        if not isinstance(prop, ModelProperty):
            raise SpecError(f"{where}: the 2xx answer must $ref a named object schema")
        props = {text(p.name): p for p in (prop.optional_properties or [])}
        arrays = [(k, p) for k, p in props.items() if isinstance(p, ListProperty)]
        if "meta" not in props or len(arrays) != 1:
            return low, prop, None
        key, array = arrays[0]
        if not isinstance(array.inner_property, ModelProperty):
            raise SpecError(f"{where}: a page's items must $ref a named schema")
        return low, array.inner_property, key
    raise SpecError(f"{where}: no 2xx answer")


def _pattern(pattern: object, where: str) -> str:
    pattern = text(pattern)
    if not pattern.startswith("^") or not pattern.endswith("$"):
        raise SpecError(f"{where}: a SID needs a pattern anchored with ^ and $")
    return pattern[1:-1]


def _path_argument(prop: Any, raw: dict[str, Any], where: str) -> Argument:
    schema, unique = raw.get("schema", {}), raw.get("x-unique-name")
    if schema.get("anyOf"):
        if not unique or len(schema["anyOf"]) != 2:
            raise SpecError(f"{where}: a path anyOf needs x-unique-name and two options")
        schema = schema["anyOf"][0]
    return Argument(
        str(prop.python_name),
        text(prop.name),
        "PATH",
        Value("SID", "str"),
        True,
        text(raw.get("description")),
        _pattern(schema.get("pattern"), where),
        unique,
    )


def _argument(
    prop: Any, raw: Any, where: str, location: str, encoding: dict[str, Any], described: str
) -> Argument:
    many = isinstance(prop, ListProperty)
    value = value_of(prop.inner_property if many else prop, where)
    item = (getattr(raw, "items", None) or raw) if many else raw
    if many:
        if value.kind == "JSON" and encoding.get("contentType") == "application/json":
            value = Value("JSON_TEXT", "Mapping[str, object]")
        elif value.kind not in ("STR", "ENUM"):
            raise SpecError(f"{where}: an array must hold strings, enums or JSON objects")
        elif encoding.get("explode") is not True:
            raise SpecError(f"{where}: an array needs encoding style: form, explode: true")
    elif value.kind in ("JSON", "OBJECT", "OPEN_ENUM"):
        raise SpecError(f"{where}: an argument must be a string, number, boolean, date or enum")
    pattern = getattr(item, "pattern", None)
    return Argument(
        str(prop.python_name),
        text(prop.name),
        location,
        value,
        prop.required,
        described or text(prop.description),
        _pattern(pattern, where) if pattern else None,
        None,
        "pii" in (_extension(raw, "x-twilio") or {}),
        many,
        text(getattr(item, "schema_format", None)) == "uri",
    )


def _arguments(
    spec: dict[str, Any], endpoint: Any, raw: tuple[Any, ...], where: str
) -> list[Argument]:
    _, item, operation, verb = raw
    params = {
        p["name"]: p
        for p in (
            _resolve(spec, r)
            for r in [*item.get("parameters", []), *operation.get("parameters", [])]
        )
    }
    for name, param in params.items():
        if param["in"] not in ("path", "query") or (name in PAGING and verb != "list"):
            raise SpecError(f"{where}: {name}: only path and query parameters (paging: a list's)")
    found = [
        _path_argument(p, params[text(p.name)], f"{where}: parameter {text(p.name)}")
        for p in endpoint.path_parameters
    ]
    for prop in endpoint.query_parameters:
        wire = text(prop.name)
        if wire not in PAGING:
            schema = params[wire].get("schema", {})
            found.append(
                _argument(
                    prop,
                    None,
                    f"{where}: parameter {wire}",
                    "QUERY",
                    {},
                    text(schema.get("description")),
                )
            )
    body = operation.get("requestBody")
    if body is None:
        return found
    content = _resolve(spec, body).get("content", {})
    model = endpoint.bodies[0].prop if len(endpoint.bodies) == 1 else None
    if (
        list(content) != [FORM]
        or not isinstance(model, ModelProperty)
        or "$ref" not in content[FORM].get("schema", {})
    ):
        raise SpecError(f"{where}: the request body must be a form that $refs a named schema")
    encoding = content[FORM].get("encoding", {})
    # The field's own words: openapi-python-client keeps a $ref'd enum's, not the field's.
    described = _resolve(spec, content[FORM]["schema"]).get("properties", {})
    for prop, schema in _properties(model):
        wire = text(prop.name)
        found.append(
            _argument(
                prop,
                schema,
                f"{where}: form field {wire}",
                "FORM",
                encoding.get(wire, {}),
                text(described[wire].get("description")),
            )
        )
    return found


def _namespace(item: dict[str, Any], tag: str) -> str:
    mount = (item.get("x-twilio") or {}).get("mountName")
    if isinstance(mount, str) and mount.isidentifier():
        return mount
    base = snake_case(re.sub(r"^ProxyV\d+", "", tag))
    return base if base.endswith("s") else base + "s"


def _shorter_way(op: Operation) -> str | None:
    """The whole-path pattern of a fetch whose every argument is a SID, each a whole segment.

    Such a path is checked by one pattern: each SID's pattern keeps "/" out of
    it, so the path matches only when every SID matches its own. None for any
    other operation (the response must also hold the ``sid`` asked for).
    """
    names = [a.name for a in op.arguments]
    if op.verb != "fetch" or "sid" not in names or any(a.where != "PATH" for a in op.arguments):
        return None
    segments = op.path.split("/")
    placeholders = [s for s in segments if "{" in s or "}" in s]
    if not (
        sorted(placeholders) == sorted("{" + name + "}" for name in names)
        and all(_SID_PATTERN.fullmatch(a.pattern or "") for a in op.arguments)
        and all(_PLAIN_SEGMENT.fullmatch(s) for s in segments if s not in placeholders)
    ):
        return None
    patterns = {a.name: a.pattern or "" for a in op.arguments}
    return "/".join(patterns[s[1:-1]] if s.startswith("{") else re.escape(s) for s in segments)


def _raw_operations(spec: dict[str, Any]) -> dict[str, tuple[Any, ...]]:
    """Each operation by its endpoint's name in openapi-python-client: (path, item, op, verb)."""
    found = {}
    for path, item in spec.get("paths", {}).items():
        for method in ("get", "post", "put", "patch", "delete"):
            operation = item.get(method)
            if operation is None:
                continue
            op_id, where = operation.get("operationId"), f"{method.upper()} {path}"
            if not isinstance(op_id, str) or not op_id.isidentifier():
                raise SpecError(f"{where}: an operationId (an identifier) is required")
            verb = next((v for v in VERBS if op_id.lower().startswith(v)), None)
            if verb is None:
                raise SpecError(f"{op_id} ({where}): it starts with none of {', '.join(VERBS)}")
            if len(operation.get("tags") or []) != 1:
                raise SpecError(f"{op_id} ({where}): exactly one tag (its resource) is required")
            found[snake_case(op_id)] = (path, item, operation, verb)
    return found


def _operation(
    spec: dict[str, Any], raw: tuple[Any, ...], endpoint: Any, resources: dict[str, Resource]
) -> None:
    path, item, operation, verb = raw
    op_id = operation["operationId"]
    where = f"{op_id} ({endpoint.method.upper()} {path})"
    status, model, items = _answer(endpoint, where)
    if (verb == "list") != (items is not None) or (verb == "delete") != (model is None):
        raise SpecError(f"{where}: a list answers a page, a delete no body, any other one resource")
    arguments = _arguments(spec, endpoint, raw, where)
    names = [a.name for a in arguments]
    if len(set(names)) != len(names) or {"timeout", "limit", "page_size"} & set(names):
        raise SpecError(f"{where}: two arguments would have the same Python name")
    conditional = [list(g) for g in (operation.get("x-twilio") or {}).get("conditional") or []]
    if not {n for g in conditional for n in g} <= set(names):
        raise SpecError(f"{where}: a conditional group names unknown fields")
    namespace = _namespace(item, operation["tags"][0])
    resource = resources.get(namespace)
    if model is not None and resource is None:
        resource = resources[namespace] = Resource(
            namespace, _model(model, f"schema {model.class_info.name}")
        )
    if resource is None or (model is not None and resource.model.cls != model.class_info.name):
        raise SpecError(f"{where}: resource {namespace} answers no schema, or two")
    if any(op.verb == verb for op in resource.operations):
        raise SpecError(f"{where}: resource {namespace} has two {verb} operations")
    # The endpoint's path names its SIDs as the generator does: their Python names.
    op = Operation(
        op_id,
        verb,
        endpoint.method.upper(),
        text(endpoint.path),
        text(operation.get("summary", op_id)),
        text(operation.get("description")),
        arguments,
        status,
        items,
        conditional,
    )
    op.shorter_way = _shorter_way(op)
    resource.operations.append(op)


def view(spec: dict[str, Any], data: GeneratorData) -> View:
    """The View of *spec*, as openapi-python-client parsed it into *data*."""
    resources: dict[str, Resource] = {}
    raw = _raw_operations(spec)
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            _operation(spec, raw[endpoint.name], endpoint, resources)
    models = {m.class_info.name: m for m in data.models}
    callbacks = []
    for hook, item in (spec.get("webhooks") or {}).items():
        post = item.get("post") or {}
        content = (post.get("requestBody") or {}).get("content") or {}
        ref = (content.get(FORM, {}).get("schema") or {}).get("$ref", "")
        if set(item) - {"post", "summary", "description"} or list(content) != [FORM] or not ref:
            raise SpecError(
                f"webhooks.{hook}: only a post of a form that $refs a schema is supported"
            )
        callback = _model(models[ref.rsplit("/", 1)[1]], f"webhooks.{hook}", callback=True)
        callback.description = callback.description or text(post.get("description"))
        callbacks.append(callback)
    used = {e for r in resources.values() for e in r.enums}
    used |= {e for c in callbacks for e in c.enums}
    enums = sorted(
        (e for e in data.enums if e.class_info.name in used), key=lambda e: e.class_info.name
    )
    return View(list(resources.values()), enums, callbacks)


def first_sentence(text: str) -> str:
    """*text* up to its first full stop that ends a sentence, with the stop.

    A stop inside parentheses or backticks, or after "e.g" or "i.e", ends none.
    """
    depth, quoted = 0, False
    for index, char in enumerate(text):
        if char == "`":
            quoted = not quoted
        elif not quoted:
            depth += (char == "(") - (char == ")")
        ends = char == "." and not quoted and depth <= 0 and text[index + 1 : index + 2] in " "
        if ends and not re.search(r"\b(e\.g|i\.e)$", text[:index]):
            return text[: index + 1]
    return text.rstrip(".") + "." if text else ""
