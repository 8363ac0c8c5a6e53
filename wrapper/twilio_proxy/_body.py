"""Reading an answer's body with a size cap, from any transport's chunks."""

from __future__ import annotations

from collections.abc import AsyncIterable, Iterable

# A Message Interaction is a few KB; a 2xx body past this is refused rather
# than held in memory. Error bodies are only excerpted, so less is read.
MAX_BODY_BYTES = 1 << 20
MAX_ERROR_BODY_BYTES = 64 << 10


def read_capped(chunks: Iterable[bytes], limit: int) -> bytes:
    """Join *chunks*, stopping once more than *limit* bytes arrived."""
    kept: list[bytes] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        kept.append(chunk)
        if size > limit:
            break  # enough to tell it is too big, or to excerpt an error page
    return b"".join(kept)


async def aread_capped(chunks: AsyncIterable[bytes], limit: int) -> bytes:
    """The async twin of read_capped."""
    kept: list[bytes] = []
    size = 0
    async for chunk in chunks:
        size += len(chunk)
        kept.append(chunk)
        if size > limit:
            break
    return b"".join(kept)
