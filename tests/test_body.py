"""BodyReader: decoding raw chunks in bounded steps, capped at limit + 1 decoded bytes."""

from __future__ import annotations

import gzip
import tracemalloc
import zlib

import pytest

from _support import EXAMPLE
from twilio_proxy._body import BodyReader, UnsupportedEncoding

BODY = repr(EXAMPLE).encode() * 20  # a few KB, compressible like a real answer


def compress(data: bytes, wbits: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, wbits)
    return compressor.compress(data) + compressor.flush()


ENCODED = {
    "identity": BODY,
    "gzip": gzip.compress(BODY),
    "x-gzip": compress(BODY, 16 + zlib.MAX_WBITS),
    "deflate": compress(BODY, zlib.MAX_WBITS),  # zlib-wrapped, as RFC 9110 means it
    "deflate-raw": compress(BODY, -zlib.MAX_WBITS),  # what some servers send instead
    "deflate-small-window": compress(BODY, 9),
}


def read(encoding: str | None, raw: bytes, step: int, limit: int = 1 << 20) -> BodyReader:
    reader = BodyReader(encoding, limit)
    for start in range(0, len(raw), step):
        reader.feed(raw[start : start + step])
    return reader


@pytest.mark.parametrize("step", [1, 2, 7, 1 << 20], ids=lambda step: f"step{step}")
@pytest.mark.parametrize("kind", list(ENCODED))
def test_every_encoding_at_any_chunk_boundary(kind: str, step: int) -> None:
    reader = read(kind.removesuffix("-raw").removesuffix("-small-window"), ENCODED[kind], step)
    assert reader.body() == BODY
    assert (reader.size, reader.full) == (len(BODY), False)


@pytest.mark.parametrize("header", [None, "", "Identity", " GZIP ", "x-gzip", "Deflate"])
def test_encoding_names_are_read_loosely(header: str | None) -> None:
    raw = ENCODED[(header or "identity").strip().lower()]
    assert read(header, raw, 1000).body() == BODY


@pytest.mark.parametrize(
    ("header", "shown"),
    [("br", "'br'"), ("gzip, br", "'gzip, br'"), ("zstd\r\nX: 1", "'zstd\\r\\nx: 1'"),
     ("x" * 100, repr("x" * 40))],
)  # fmt: skip
def test_unsupported_encoding_is_refused(header: str, shown: str) -> None:
    with pytest.raises(UnsupportedEncoding) as info:
        BodyReader(header, 100)
    assert str(info.value) == f"Content-Encoding {shown}"


@pytest.mark.parametrize(
    ("encoding", "raw"),
    [
        ("gzip", b"not gzip at all"),
        ("gzip", ENCODED["gzip"][:10] + b"\xff" * 50),
        ("deflate", ENCODED["deflate"][:2] + b"\xff" * 50),
        ("deflate", b"\xff" * 50),  # no zlib header: read as raw deflate, and corrupt as that
    ],
)
@pytest.mark.parametrize("step", [1, 1000])
def test_corrupt_body_is_a_value_error(encoding: str, raw: bytes, step: int) -> None:
    with pytest.raises(ValueError, match=r"^the compressed body is corrupt$"):
        read(encoding, raw, step)


@pytest.mark.parametrize("kind", ["identity", "gzip", "deflate", "deflate-raw"])
@pytest.mark.parametrize("step", [1, 100, 1 << 20])
def test_full_once_over_the_limit(kind: str, step: int) -> None:
    limit = len(BODY) // 3
    reader = read(kind.removesuffix("-raw"), ENCODED[kind], step, limit)
    assert reader.full
    assert reader.body() == BODY[: limit + 1]
    reader.feed(b"more")  # ignored once full
    assert reader.body() == BODY[: limit + 1]


@pytest.mark.parametrize("kind", ["identity", "gzip"])
def test_exactly_the_limit_is_not_full(kind: str) -> None:
    reader = read(kind, ENCODED[kind], 5, len(BODY))
    assert not reader.full
    assert reader.body() == BODY


def test_empty_chunks_and_body() -> None:
    reader = BodyReader("gzip", 10)
    reader.feed(b"")
    assert (reader.body(), reader.size, reader.full) == (b"", 0, False)


@pytest.fixture(scope="module")
def bomb() -> bytes:
    """About 300 KB of gzip that inflates to 300 MB of zeros."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(10 << 20)
    return b"".join([compressor.compress(block) for _ in range(30)] + [compressor.flush()])


def test_decompression_bomb_costs_at_most_the_limit(bomb: bytes) -> None:
    limit, chunk = 1 << 20, 64 << 10
    assert len(bomb) < 400_000
    tracemalloc.start()
    try:
        reader = BodyReader("gzip", limit)
        fed = 0
        while not reader.full:
            reader.feed(bomb[fed : fed + chunk])
            fed += chunk
        body = reader.body()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (reader.size, len(body)) == (limit + 1, limit + 1)
    assert fed < len(bomb)  # stopped long before the end
    assert peak < 8 << 20
