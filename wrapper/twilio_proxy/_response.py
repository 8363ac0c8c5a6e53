"""APIResponse: a parsed result with the HTTP answer it came from."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class APIResponse(Generic[T]):
    """A parsed result together with the HTTP answer it came from.

    ``headers`` is a case-insensitive mapping whichever transport was used.
    """

    parsed: T
    status_code: int
    headers: Mapping[str, str]
    request_id: str | None
    http_version: str
