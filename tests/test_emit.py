"""openapi/emit.py: which fetches the emitted code gives the shorter way (a pure function)."""

from __future__ import annotations

import sys

import pytest

from _support import ROOT

sys.path.insert(0, str(ROOT / "openapi"))
try:
    import emit
finally:
    sys.path.remove(str(ROOT / "openapi"))

KS = "KS[0-9a-fA-F]{32}"


def fetch(path: str, *params: tuple[str, str], verb: str = "fetch") -> emit.Op:
    """An operation of *path* whose arguments are path SIDs (name, pattern)."""
    return emit.Op(
        op_id="FetchThing",
        verb=verb,
        method="GET" if verb == "fetch" else "DELETE",
        path=path,
        summary="",
        description="",
        params=[
            emit.Param(name, name, "PATH", emit.Kind("SID", "str"), True, "", pattern)
            for name, pattern in params
        ],
        status=200,
        model="Thing",
        items=None,
    )


@pytest.mark.parametrize(
    ("operation", "shorter"),
    [
        (fetch("/v1/Services/{sid}", ("sid", KS)), True),
        (
            fetch("/v1/Services/{service_sid}/Sessions/{sid}", ("service_sid", KS), ("sid", KS)),
            True,
        ),
        # The answer must hold the sid asked for: without one, the general way.
        (fetch("/v1/Services/{service_sid}/Config", ("service_sid", KS)), False),
        # A SID that is not a whole segment, or a segment the f-string cannot take as it is.
        (fetch("/v1/Services/{sid}.json", ("sid", KS)), False),
        (fetch('/v1/Ser"vices/{sid}', ("sid", KS)), False),
        (fetch("/v1/Services/{sid}/{sid}", ("sid", KS)), False),
        # A pattern of another shape (its matches might hold a "/").
        (fetch("/v1/Services/{sid}", ("sid", "[A-Za-z0-9/]+")), False),
        (fetch("/v1/Services/{sid}", ("sid", KS), verb="delete"), False),
    ],
    ids=lambda value: value.path if isinstance(value, emit.Op) else str(value),
)
def test_which_fetches_take_the_shorter_way(operation: emit.Op, shorter: bool) -> None:
    assert emit._fast_fetch(operation) is shorter
