"""APIResponse: a parsed result with the HTTP answer it came from."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class APIResponse(Generic[T]):
    """A parsed result together with the HTTP answer it came from; read-only.

    ``headers`` is a case-insensitive mapping whichever transport was used.
    (A plain class rather than a dataclass: importing dataclasses costs more
    than the whole of ``import twilio_proxy`` may.)
    """

    __slots__ = ("headers", "http_version", "parsed", "request_id", "status_code")

    parsed: T
    status_code: int
    headers: Mapping[str, str]
    request_id: str | None
    http_version: str

    def __init__(
        self,
        *,
        parsed: T,
        status_code: int,
        headers: Mapping[str, str],
        request_id: str | None,
        http_version: str,
    ) -> None:
        for name, value in (
            ("parsed", parsed),
            ("status_code", status_code),
            ("headers", headers),
            ("request_id", request_id),
            ("http_version", http_version),
        ):
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"APIResponse is read-only: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"APIResponse is read-only: cannot delete {name!r}")

    def __repr__(self) -> str:
        return (
            f"APIResponse(status_code={self.status_code}, request_id={self.request_id!r}, "
            f"http_version={self.http_version!r}, parsed={self.parsed!r})"
        )
