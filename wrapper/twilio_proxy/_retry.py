"""Which failures are retried, how long to wait, and the log line for each retry.

The first attempt of every fetch runs without stamina, so a call that succeeds
pays nothing for retries. When it fails in a retryable way, the failure is
replayed into a stamina retry loop, which does the waiting (exponential backoff
with jitter, or Retry-After), the attempt and time bounds, and honours
stamina's test mode (``stamina.set_testing``).
"""

from __future__ import annotations

import logging
import time

from ._exceptions import APIConnectionError, APIStatusError, RateLimitError
from ._status import MAX_RETRY_AFTER, parse_retry_after

logger = logging.getLogger("twilio_proxy")

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
WAIT_INITIAL = 0.5
WAIT_MAX = 8.0
WAIT_JITTER = 0.5


def is_retryable(exc: Exception) -> bool:
    """True for connection errors, timeouts, 429 and 500/502/503/504."""
    if isinstance(exc, APIStatusError):
        return exc.status_code in RETRY_STATUSES
    return isinstance(exc, APIConnectionError)


class RetryRun:
    """The state of one fetch's retries: its deadline, and the attempt under way.

    ``hook`` is stamina's ``on=`` callback: False to stop, a float to wait that
    many seconds (Retry-After), True to let stamina back off.
    """

    __slots__ = ("attempt_num", "deadline", "max_attempts", "next_wait", "path")

    def __init__(self, *, path: str, retry_timeout: float, max_attempts: int) -> None:
        self.path = path
        self.deadline = time.monotonic() + retry_timeout
        self.max_attempts = max_attempts
        self.attempt_num = 1
        self.next_wait = 0.0

    def hook(self, exc: Exception) -> bool | float:
        """Decide whether *exc* is retried and after how long; log the decision at INFO."""
        if not is_retryable(exc) or self.attempt_num >= self.max_attempts:
            return False
        remaining = self.deadline - time.monotonic()
        retry_after = None
        if isinstance(exc, RateLimitError):
            retry_after = exc.retry_after
        elif isinstance(exc, APIStatusError):
            retry_after = parse_retry_after(exc.headers.get("retry-after"))
        reason = _reason(exc)
        if retry_after is not None:
            if retry_after > MAX_RETRY_AFTER or retry_after > remaining:
                logger.info(
                    "Not retrying GET %s after %s: Retry-After %.1f s exceeds the retry budget",
                    self.path,
                    reason,
                    retry_after,
                )
                return False
            logger.info(
                "Retrying GET %s after %s (attempt %d of %d): waiting %.2f s as Retry-After asks",
                self.path,
                reason,
                self.attempt_num + 1,
                self.max_attempts,
                retry_after,
            )
            return retry_after
        if self.next_wait + WAIT_JITTER > remaining:
            logger.info(
                "Not retrying GET %s after %s: the retry time is used up", self.path, reason
            )
            return False
        logger.info(
            "Retrying GET %s after %s (attempt %d of %d): backing off %.2f-%.2f s",
            self.path,
            reason,
            self.attempt_num + 1,
            self.max_attempts,
            self.next_wait,
            self.next_wait + WAIT_JITTER,
        )
        return True


def _reason(exc: Exception) -> str:
    if isinstance(exc, APIStatusError):
        return f"HTTP {exc.status_code}"
    if isinstance(exc, APIConnectionError) and exc.cause_name:
        return exc.cause_name
    return type(exc).__name__
