"""Reading an answer's body with a cap on its decoded size, from any transport's raw chunks.

The cap counts bytes after decompression and stops as soon as it is crossed:
a 300 KB gzip body that inflates to 300 MB costs at most the cap in memory.
Transports hand over the raw (still compressed) bytes; decompression happens
here, in bounded steps, never in the transport's own decoder (httpx's turns
one 64 KB chunk of such a body into about 64 MB at once).
"""

from __future__ import annotations

import zlib
from typing import NamedTuple

# A Message Interaction is a few KB, a page of 1,000 of them about 1.5 MB; a
# 2xx body past its cap is refused rather than held in memory. Error bodies
# are only excerpted, so less is read.
MAX_BODY_BYTES = 1 << 20
MAX_PAGE_BYTES = 8 << 20
MAX_ERROR_BODY_BYTES = 64 << 10


class BodyLimits(NamedTuple):
    """The caps on a response's decoded bytes: a 2xx body's, and an error body's excerpt."""

    success: int
    error: int


# The caps of a response holding one resource.
SINGLE_LIMITS = BodyLimits(MAX_BODY_BYTES, MAX_ERROR_BODY_BYTES)
# What we ask for: the encodings this module can decode in bounded steps.
ACCEPT_ENCODING = "gzip, deflate"


class UnsupportedEncoding(Exception):
    """The server sent a Content-Encoding this client did not ask for and cannot decode."""


class BodyReader:
    """Feed raw chunks, get at most ``limit`` + 1 decoded bytes; ``full`` says to stop reading."""

    __slots__ = ("_decoder", "_deflate", "_head", "_kept", "full", "limit", "size")

    def __init__(self, content_encoding: str | None, limit: int) -> None:
        self.limit = limit
        self.size = 0
        self.full = False
        self._kept: list[bytes] = []
        self._head = b""
        encoding = (content_encoding or "identity").strip().lower()
        # "deflate" is meant to be zlib-wrapped, but some servers send it raw.
        self._deflate = encoding == "deflate"
        self._decoder: zlib._Decompress | None
        if encoding in ("identity", ""):
            self._decoder = None
        elif encoding in ("gzip", "x-gzip"):
            self._decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._decoder = zlib.decompressobj()
        else:
            raise UnsupportedEncoding(f"Content-Encoding {encoding[:40]!a}")

    def feed(self, chunk: bytes) -> None:
        """Take one raw chunk; sets ``full`` once more than ``limit`` decoded bytes arrived."""
        if self.full or not chunk:
            return
        if self._decoder is None:
            self._keep(chunk)
            return
        data = chunk
        if self._deflate:
            # zlib-wrapped or raw: its first two bytes tell, and a chunk may be
            # one byte, so hold them until both are here.
            data = self._head + chunk
            if len(data) < 2:
                self._head = data
                return
            self._deflate = False
            if not _is_zlib_header(data):
                self._decoder = zlib.decompressobj(-zlib.MAX_WBITS)
        while data and not self.full:
            room = self.limit + 1 - self.size
            try:
                out = self._decoder.decompress(data, room)
            except zlib.error:
                raise ValueError("the compressed body is corrupt") from None
            self._keep(out)
            data = self._decoder.unconsumed_tail

    def _keep(self, data: bytes) -> None:
        if data:
            self._kept.append(data)
            self.size += len(data)
            if self.size > self.limit:
                self.full = True

    def body(self) -> bytes:
        """What was decoded so far (at most ``limit`` + 1 bytes)."""
        return b"".join(self._kept)[: self.limit + 1]


def _is_zlib_header(data: bytes) -> bool:
    # RFC 1950: method 8 (deflate), a window of at most 32 KiB, and a check
    # making the first two bytes, big-endian, a multiple of 31.
    return data[0] & 0x0F == 8 and data[0] >> 4 <= 7 and (data[0] << 8 | data[1]) % 31 == 0
