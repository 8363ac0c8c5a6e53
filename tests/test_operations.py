"""Every operation of the spec, one parametrized test: sent to Prism on every HTTP path.

Prism validates each request against the spec (path, query, form body, auth)
and answers with the spec's example, so this is the contract test: what the
wrapper sends for every operation, sync and async, is what the spec accepts,
and what comes back is the operation's typed result (None for a delete). The
arguments are the spec's own request examples, turned into Python values by
the kind the spec gives each field. Faults and retries are tested elsewhere,
on one operation of each method: this file does not grow with the API.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import twilio_proxy
from _support import OPERATIONS, PATHS, Api, arguments, spec_operation
from twilio_proxy.runtime import Operation


@pytest.fixture(params=PATHS)
def prism_api(request: pytest.FixtureRequest, prism_url: str) -> Iterator[Api]:
    api = Api(str(request.param), prism_url, max_retries=0)
    yield api
    api.close()


def test_every_operation_is_in_the_table() -> None:
    operations = [spec_operation(op.name) for _, _, op in OPERATIONS]
    assert len(operations) == 25  # the whole Proxy v1 API


@pytest.mark.parametrize(
    ("resource", "verb", "operation"), OPERATIONS, ids=[op.name for _, _, op in OPERATIONS]
)
def test_every_operation_against_prism(
    prism_api: Api, resource: str, verb: str, operation: Operation[Any]
) -> None:
    method = getattr(getattr(prism_api.client, resource), verb)
    kwargs = arguments(operation)
    if verb == "list":
        found = prism_api.walk(method(**kwargs, limit=1))
        assert len(found) == 1
        result = found[0]
    else:
        result = prism_api.result(method(**kwargs))
    if verb == "delete":
        assert result is None
        return
    assert operation.parse is not None
    assert type(result).__name__ == operation.what.split()[-1]
    assert result.sid is not None
    assert result.to_dict()["sid"] == result.sid
    raw = getattr(getattr(prism_api.client, resource).with_response, verb)
    if verb == "list":
        pages = prism_api.walk(raw(**kwargs, limit=1))
        assert pages[0].status_code == 200
        assert pages[0].parsed == [result]
    else:
        answered = prism_api.result(raw(**kwargs))
        assert answered.status_code == operation.status
        assert answered.parsed == result


def test_a_sid_by_unique_name_is_one_path_segment(prism_api: Api) -> None:
    # Prism serves its example ("my-service") for any name: the answer is checked.
    service = prism_api.result(prism_api.client.services.fetch(sid="my-service"))
    assert service.unique_name == "my-service"
    with pytest.raises(twilio_proxy.ResponseValidationError, match="not the 'a/b' asked for"):
        prism_api.result(prism_api.client.services.fetch(sid="a/b"))
