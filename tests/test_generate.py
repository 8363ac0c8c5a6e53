"""openapi/: what the generator's glue decides (pure functions), and what its templates render.

The generator itself runs in tests/test_generator.py (a spec change reaching
the clients) and in ``make check-generated`` (the committed output).
"""

from __future__ import annotations

import ast
import re
import sys

import pytest

from _support import ROOT

sys.path.insert(0, str(ROOT / "openapi"))
try:
    import generate
    import spec_view
finally:
    sys.path.remove(str(ROOT / "openapi"))

GENERATED = ROOT / "generated" / "twilio_proxy_api"
KS = "KS[0-9a-fA-F]{32}"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Fetch a session. By SID.", "Fetch a session."),
        ("Fetch a session", "Fetch a session."),
        ('The objects (e.g. `{"A": 1}`). Each is sent.', 'The objects (e.g. `{"A": 1}`).'),
        ("Send it, e.g. to a friend. Later.", "Send it, e.g. to a friend."),
        ("A value (the default. see below). Next.", "A value (the default. see below)."),
        ("Use `a.b. c` here. More.", "Use `a.b. c` here."),
        ("Version 1.5 is out. Now.", "Version 1.5 is out."),
        ("", ""),
    ],
)
def test_first_sentence_ends_where_a_sentence_ends(text: str, first: str) -> None:
    assert spec_view.first_sentence(text) == first


def test_an_argument_continues_four_columns_deeper() -> None:
    text = generate.argument("date_expiry", "word " * 40, 12)
    first, *rest = text.split("\n")
    assert first.startswith("date_expiry: word")
    assert rest
    assert all(line.startswith(" " * 16) and not line.startswith(" " * 17) for line in rest)
    assert all(len(line) <= 88 for line in text.split("\n")[1:])


def test_a_docstring_cannot_end_the_string_it_is_in() -> None:
    assert generate.docstring('a """ b \\ c"') == "a ''' b \\\\ c\" "
    with pytest.raises(TypeError):
        generate.literal(["not", "a", "literal"])
    assert generate.markdown("a | b\n c") == "a \\| b c"


def _fetch(path: str, *params: tuple[str, str], verb: str = "fetch") -> spec_view.Operation:
    arguments = [
        spec_view.Argument(name, name, "PATH", spec_view.Value("SID", "str"), True, "", pattern)
        for name, pattern in params
    ]
    return spec_view.Operation("FetchThing", verb, "GET", path, "", "", arguments, 200, None, [])


@pytest.mark.parametrize(
    ("operation", "shorter"),
    [
        (_fetch("/v1/Services/{sid}", ("sid", KS)), True),
        (
            _fetch("/v1/Services/{service_sid}/Sessions/{sid}", ("service_sid", KS), ("sid", KS)),
            True,
        ),
        # The response must hold the sid asked for: without one, the general way.
        (_fetch("/v1/Services/{service_sid}/Config", ("service_sid", KS)), False),
        # A SID that is not a whole segment, or a segment the f-string cannot take as it is.
        (_fetch("/v1/Services/{sid}.json", ("sid", KS)), False),
        (_fetch('/v1/Ser"vices/{sid}', ("sid", KS)), False),
        (_fetch("/v1/Services/{sid}/{sid}", ("sid", KS)), False),
        # A pattern of another shape (its matches might hold a "/").
        (_fetch("/v1/Services/{sid}", ("sid", "[A-Za-z0-9/]+")), False),
        (_fetch("/v1/Services/{sid}", ("sid", KS), verb="delete"), False),
    ],
    ids=lambda value: value.path if isinstance(value, spec_view.Operation) else str(value),
)
def test_which_fetches_take_the_shorter_way(operation: spec_view.Operation, shorter: bool) -> None:
    pattern = spec_view._shorter_way(operation)
    assert (pattern is not None) is shorter
    if pattern is not None:
        path = operation.path.format(sid="KS" + "a" * 32, service_sid="KS" + "b" * 32)
        assert re.fullmatch(pattern, path)
        assert not re.fullmatch(pattern, path.replace("KSa", "KCa"))


def _docstrings() -> list[str]:
    found = []
    for path in sorted(GENERATED.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.ClassDef) and ast.get_docstring(node):
                found.append(ast.get_docstring(node) or "")
    return found


def test_every_generated_args_section_reads_as_google_style() -> None:
    checked = 0
    for doc in _docstrings():
        for section in re.findall(r"(?:Args|Attributes):\n((?:    .*\n?)+)", doc):
            for line in section.rstrip("\n").split("\n"):
                # An entry ("name: text") at 4 columns, or its continuation at 8.
                assert re.match(r"    \w+:( \S|$)|        \S", line), line
                checked += 1
    assert checked > 500


def test_no_generated_sentence_is_cut_short() -> None:
    for doc in _docstrings():
        assert "(e.g." not in doc.split("\n")[0] or ")" in doc.split("\n")[0]
    # Every help line of the operation table ends a sentence it began.
    source = "".join(path.read_text() for path in GENERATED.glob("*.py"))
    for help_text in re.findall(r"help=\"(.*?)\",?\n", source):
        assert help_text.count("(") == help_text.count(")"), help_text
