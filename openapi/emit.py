"""Emit ``twilio_proxy_api/typed.py``: the typed result classes and operation table.

Run by ``generate.sh`` after openapi-python-client, inside the project's
virtualenv. openapi-python-client's attrs models name fields after Python
(``type_``), use ``Unset`` for absent values and cast rather than check what
they read, so apps would get ``Unset`` and unchecked values. This step reads
the same spec and writes, for every schema that an operation answers with:

* a frozen stdlib dataclass: JSON field names, ``X | None`` for every field,
  enums that stay open to values Twilio adds later (``Enum | str``), personal
  data (``x-twilio: pii``) hidden from ``repr``, ``decode_<field>()`` for
  fields whose ``contentMediaType`` is JSON, ``to_dict()``;
* its parse table (JSON name, attribute, kind, enum class) for the wrapper's
  checked parser;
* one ``Operation`` per operation: the generated endpoint's ``_get_kwargs``
  (method, path, query, body), the answer's model and status, and for a page
  the key of its items.

The enum classes and endpoint modules are openapi-python-client's own,
imported as they are. A schema this step cannot type fails generation with a
message that names it.

    python openapi/emit.py SPEC PACKAGE_DIR
"""

from __future__ import annotations

import keyword
import sys
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import ClassName, snake_case  # the generator's own naming

HEADER = '''\
"""Typed results and the operation table, emitted from the spec by openapi/emit.py.

Do not edit: ``make generate`` rewrites this file, ``make check-generated``
fails when it differs from what the spec gives.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any, Final, Generic, TypeVar

{imports}

R = TypeVar("R")

# Field kinds of a parse table: what the JSON value must be.
STR: Final = "str"
INT: Final = "int"
NUMBER: Final = "number"
BOOL: Final = "bool"
DATETIME: Final = "datetime"
ENUM: Final = "enum"  # one of the enum's values, nothing else
OPEN_ENUM: Final = "open_enum"  # an enum value, or any other string Twilio adds later
JSON: Final = "json"  # any JSON value, kept as decoded

Field = tuple[str, str, str, type[Enum] | None]
"""(JSON name, attribute name, kind, enum class or None)."""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Operation(Generic[R]):
    """One operation of the spec: how to build its request and read its answer."""

    name: str
    method: str
    path: str
    build: Callable[..., dict[str, Any]]
    status: int
    model: type[R]
    fields: tuple[Field, ...]
    items: str | None = None
    body: type[Any] | None = None


def _plain(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return value


def _hidden(value: str | None) -> str:
    return "None" if value is None else f"<{{len(value)}} characters hidden>"


_NOT_JSON = object()


def _decode_object(name: str, value: str | None) -> dict[str, object] | None:
    if value is None:
        return None
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


class EmitError(Exception):
    """The spec has something this step cannot turn into a typed field."""


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    ref = node.get("$ref")
    if ref is None:
        return None, node
    name = ref.rsplit("/", 1)[-1]
    return name, spec["components"]["schemas"][name]


def _attribute(name: str) -> str:
    attr = snake_case(name) if not name.isidentifier() else name
    return attr + "_" if keyword.iskeyword(attr) else attr


def _field(
    spec: dict[str, Any], model: str, name: str, schema: dict[str, Any], enums: dict[str, str]
) -> tuple[str, str, str | None]:
    """(kind, Python type, enum class name) of one property."""
    where = f"{model}.{name}"
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        refs = [o for o in options if "$ref" in o]
        plain = [o for o in options if "$ref" not in o]
        if len(refs) != 1:
            raise EmitError(f"{where}: anyOf/oneOf must hold exactly one $ref to an enum")
        enum_name, enum_schema = _resolve(spec, refs[0])
        if "enum" not in enum_schema or enum_name is None:
            raise EmitError(f"{where}: the $ref in anyOf/oneOf must name an enum schema")
        types = {t for o in plain for t in _types(o)}
        if not types <= {"string", "null"}:
            raise EmitError(f"{where}: next to the enum only string and null are supported")
        cls = ClassName(enum_name, "")
        enums[enum_name] = cls
        if "string" in types:
            return "OPEN_ENUM", f"{cls} | str", cls
        return "ENUM", cls, cls
    enum_name, target = _resolve(spec, schema)
    if enum_name is not None:
        if "enum" not in target:
            raise EmitError(f"{where}: a $ref property must name an enum schema")
        cls = ClassName(enum_name, "")
        enums[enum_name] = cls
        return "ENUM", cls, cls
    if "enum" in schema:
        raise EmitError(f"{where}: write the enum as a named schema and $ref it")
    types = _types(schema) - {"null"}
    if len(types) != 1:
        return "JSON", "object", None
    (kind,) = types
    if kind == "string":
        if schema.get("format") == "date-time":
            return "DATETIME", "datetime.datetime", None
        return "STR", "str", None
    if kind == "integer":
        return "INT", "int", None
    if kind == "number":
        return "NUMBER", "float", None
    if kind == "boolean":
        return "BOOL", "bool", None
    return "JSON", "object", None


def _types(schema: dict[str, Any]) -> set[str]:
    value = schema.get("type", [])
    return {value} if isinstance(value, str) else set(value)


def _model(spec: dict[str, Any], name: str, enums: dict[str, str]) -> tuple[str, str]:
    """The dataclass source and the parse-table source of schema *name*."""
    schema = spec["components"]["schemas"][name]
    if schema.get("type") != "object" or "properties" not in schema:
        raise EmitError(f"{name}: an answer's schema must be an object with properties")
    cls = ClassName(name, "")
    description = " ".join(str(schema.get("description", f"A {name}.")).split())
    attrs, rows, to_dict, shown, methods = [], [], [], [], []
    for prop, prop_schema in schema["properties"].items():
        attr = _attribute(prop)
        if attr in ("extra", "to_dict") or attr.startswith("decode_"):
            raise EmitError(f"{name}.{prop}: the name clashes with the class's own members")
        kind, pytype, enum = _field(spec, name, prop, prop_schema, enums)
        attrs.append(f"    {attr}: {pytype} | None = None")
        rows.append(f"    ({prop!r}, {attr!r}, {kind}, {enum or 'None'}),")
        value = f"self.{attr}"
        if kind not in ("STR", "INT", "NUMBER", "BOOL"):
            value = f"_plain({value})"  # enums and datetimes as their JSON values
        to_dict.append(f"            {prop!r}: {value},")
        if "pii" in (prop_schema.get("x-twilio") or {}):
            if kind != "STR":
                raise EmitError(f"{name}.{prop}: personal data is only supported on strings")
            shown.append(f"{attr}={{_hidden(self.{attr})}}")
        else:
            shown.append(f"{attr}={{self.{attr}!r}}")
        if prop_schema.get("contentMediaType") == "application/json":
            if kind != "STR":
                raise EmitError(f"{name}.{prop}: contentMediaType is only supported on strings")
            methods.append(
                f"    def decode_{attr}(self) -> dict[str, object] | None:\n"
                f'        """``{prop}`` decoded from JSON, or None when absent.\n\n'
                f'        Raises ValueError when it is not a JSON object.\n        """\n'
                f"        return _decode_object({prop!r}, self.{attr})\n"
            )
    repr_body = ", ".join(shown)
    source = (
        "\n\n@dataclasses.dataclass(frozen=True, kw_only=True, repr=False)\n"
        f"class {cls}:\n"
        f'    """{description}\n\n'
        "    Every field is None when Twilio sent null or left it out. Fields this\n"
        "    version does not know are kept in ``extra``. Personal data is left out of\n"
        '    ``repr``.\n    """\n\n'
        + "\n".join(attrs)
        + "\n    extra: Mapping[str, object] = dataclasses.field("
        + "default_factory=dict, hash=False)\n\n"
        + "".join(m + "\n" for m in methods)
        + "    def to_dict(self) -> dict[str, object]:\n"
        + '        """JSON-ready: JSON field names, ISO 8601 dates, ``extra`` merged in."""\n'
        + "        return {\n            **self.extra,\n"
        + "\n".join(to_dict)
        + "\n        }\n\n"
        + "    def __repr__(self) -> str:\n"
        + f'        return f"{cls}({repr_body})"\n'
    )
    table = (
        f"\n\n{snake_case(name).upper()}_FIELDS: Final[tuple[Field, ...]] = (\n"
        + "\n".join(rows)
        + "\n)\n"
    )
    return source, table


def _answer(
    spec: dict[str, Any], operation: dict[str, Any], where: str
) -> tuple[int, str, str | None]:
    """(status, model schema name, items key) of an operation's 2xx answer."""
    for status, response in operation["responses"].items():
        if str(status).startswith("2"):
            schema = response["content"]["application/json"]["schema"]
            name, target = _resolve(spec, schema)
            if name is None:
                raise EmitError(f"{where}: the 2xx answer must $ref a named schema")
            arrays = [
                (key, prop)
                for key, prop in target.get("properties", {}).items()
                if prop.get("type") == "array"
            ]
            if "meta" in target.get("properties", {}) and len(arrays) == 1:
                key, prop = arrays[0]
                item, _ = _resolve(spec, prop["items"])
                if item is None:
                    raise EmitError(f"{where}: a page's items must $ref a named schema")
                return int(status), item, key
            return int(status), name, None
    raise EmitError(f"{where}: no 2xx answer")


def _request_body(spec: dict[str, Any], operation: dict[str, Any], where: str) -> str | None:
    """The generated class of an operation's form body, or None without a body."""
    body = operation.get("requestBody")
    if body is None:
        return None
    content = body["content"]
    if list(content) != ["application/x-www-form-urlencoded"]:
        raise EmitError(f"{where}: only form-encoded request bodies are supported")
    name, _ = _resolve(spec, content["application/x-www-form-urlencoded"]["schema"])
    if name is None:
        raise EmitError(f"{where}: the request body must $ref a named schema")
    return ClassName(name, "")


def emit(spec_path: Path, package: Path) -> str:
    """The source of typed.py for the spec at *spec_path*."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    enums: dict[str, str] = {}
    models: dict[str, tuple[str, str]] = {}
    operations, imports = [], []
    for path, item in spec["paths"].items():
        for method in ("get", "post", "put", "patch", "delete"):
            operation = item.get(method)
            if operation is None:
                continue
            op_id = operation["operationId"]
            where = f"{method.upper()} {path}"
            status, model, items = _answer(spec, operation, where)
            if model not in models:
                models[model] = _model(spec, model, enums)
            module = snake_case(op_id)
            tag = snake_case(operation["tags"][0])
            if not (package / "api" / tag / f"{module}.py").is_file():
                raise EmitError(f"{where}: the generator wrote no api/{tag}/{module}.py")
            imports.append(f"from .api.{tag}.{module} import _get_kwargs as _{module}")
            cls: str = ClassName(model, "")
            body = _request_body(spec, operation, where)
            if body is not None:
                if not (package / "models" / f"{snake_case(body)}.py").is_file():
                    raise EmitError(f"{where}: the generator wrote no models/{snake_case(body)}.py")
                imports.append(f"from .models.{snake_case(body)} import {body}")
            operations.append(
                f"\n\n{module.upper()}: Final[Operation[{cls}]] = Operation(\n"
                f"    name={module!r},\n    method={method.upper()!r},\n    path={path!r},\n"
                f"    build=_{module},\n    status={status},\n    model={cls},\n"
                f"    fields={snake_case(model).upper()}_FIELDS,\n    items={items!r},\n"
                f"    body={body},\n)\n"
            )
    for enum_name, cls in sorted(enums.items()):
        module = snake_case(cls)
        if not (package / "models" / f"{module}.py").is_file():
            raise EmitError(f"{enum_name}: the generator wrote no models/{module}.py")
        imports.append(f"from .models.{module} import {cls}")
    body = HEADER.format(imports="\n".join(sorted(imports)))
    for source, table in models.values():
        body += source + table
    return body + "".join(operations)


def main(argv: list[str]) -> int:
    """Write PACKAGE_DIR/typed.py and PACKAGE_DIR/py.typed; exit 1 naming what failed."""
    if len(argv) != 2:
        print("usage: emit.py SPEC PACKAGE_DIR", file=sys.stderr)
        return 2
    spec_path, package = Path(argv[0]), Path(argv[1])
    try:
        source = emit(spec_path, package)
    except EmitError as exc:
        print(f"emit.py: {spec_path.name}: {exc}", file=sys.stderr)
        return 1
    (package / "typed.py").write_text(source, encoding="utf-8")
    # PEP 561: without it, apps type-checking against the wheel see Any.
    (package / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
