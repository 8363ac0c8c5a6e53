"""Which failures are retried, how long to wait, and the log line for each retry.

Safe requests (GET) retry 429, 500/502/503/504, connection errors and
timeouts. A request that is not safe to repeat (POST: create sends a message)
retries only what provably never reached Twilio: a 429 (Twilio did not process
it) and a connection that could not be made. Waits are exponential backoff with
jitter, or the server's Retry-After when it fits the retry budget.

The loop itself lives in the clients (one sync, one async); this module holds
the decision, so both follow the same rule. It is our own rather than
stamina's: stamina reports each retry through process-wide instrumentation that
prints to stderr when the app has not configured logging.
"""

from __future__ import annotations

import logging
import random
import time

from ._exceptions import APIConnectionError, APIStatusError, RateLimitError
from ._status import MAX_RETRY_AFTER, parse_retry_after

logger = logging.getLogger("twilio_proxy")

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
WAIT_INITIAL = 0.5
WAIT_MAX = 8.0
WAIT_JITTER = 0.5

# Looked up at call time, so tests can record waits instead of sleeping.
sleep = time.sleep


async def asyncio_sleep(seconds: float) -> None:
    """asyncio.sleep, imported only by the async client's retries."""
    import asyncio

    await asyncio.sleep(seconds)


asleep = asyncio_sleep


def is_retryable(exc: Exception, *, idempotent: bool) -> bool:
    """Whether *exc* may be retried: any transient failure if *idempotent*, else unsent ones."""
    if isinstance(exc, APIStatusError):
        return exc.status_code == 429 or (idempotent and exc.status_code in RETRY_STATUSES)
    if isinstance(exc, APIConnectionError):
        return idempotent or not exc.sent
    return False


def backoff(attempt: int) -> float:
    """The wait after failed attempt number *attempt* (1-based), before jitter."""
    # The exponent is capped: 2.0 ** 1024 raises OverflowError, and max_retries has no cap.
    return min(WAIT_MAX, WAIT_INITIAL * 2.0 ** min(attempt - 1, 64))


def next_wait(
    exc: Exception,
    *,
    attempt: int,
    max_attempts: int,
    deadline: float,
    idempotent: bool,
    what: str,
) -> float | None:
    """Seconds to wait before retrying after *exc*, or None to give up; logs the decision.

    *attempt* is the number of the attempt that failed; *deadline* (monotonic)
    is when no new attempt may start; *what* is "GET /v1/…" for the log line.
    """
    if attempt >= max_attempts or not is_retryable(exc, idempotent=idempotent):
        return None
    remaining = deadline - time.monotonic()
    reason = _reason(exc)
    retry_after = None
    if isinstance(exc, RateLimitError):
        retry_after = exc.retry_after
    elif isinstance(exc, APIStatusError):
        retry_after = parse_retry_after(exc.headers.get("retry-after"))
    if retry_after is not None:
        if retry_after > MAX_RETRY_AFTER or retry_after > remaining:
            logger.info(
                "Not retrying %s after %s: Retry-After %.1f s exceeds the retry budget",
                what,
                reason,
                retry_after,
            )
            return None
        wait = retry_after
        how = "as Retry-After asks"
    else:
        wait = backoff(attempt) + random.uniform(0, WAIT_JITTER)  # noqa: S311 - not crypto
        how = "backing off"
        if wait > remaining:
            logger.info("Not retrying %s after %s: the retry time is used up", what, reason)
            return None
    logger.info(
        "Retrying %s after %s (attempt %d of %d): waiting %.2f s, %s",
        what,
        reason,
        attempt + 1,
        max_attempts,
        wait,
        how,
    )
    return wait


def _reason(exc: Exception) -> str:
    if isinstance(exc, APIStatusError):
        return f"HTTP {exc.status_code}"
    if isinstance(exc, APIConnectionError) and exc.cause_name:
        return exc.cause_name
    return type(exc).__name__
