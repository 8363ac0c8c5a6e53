"""Client and AsyncClient: what apps import.

The resources (``client.services``, ``client.sessions``, ...) come from the
spec (``twilio_proxy_spec.namespaces``, emitted by openapi/emit.py), each
loaded on first use; everything they share, from credentials to paging, is
the one core in ``_base``. The three ``*_message_interaction*`` methods of the
first release stay as documented aliases.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from typing import TYPE_CHECKING

from twilio_proxy_spec.namespaces import AsyncResources, SyncResources

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, Coroutine

    from twilio_proxy_spec.message_interactions import MessageInteraction

    from ._config import Timeout
    from ._response import APIResponse


class Client(SyncResources):
    """A synchronous client for the Twilio Proxy v1 API.

    ``client.services``, ``client.sessions``, ``client.participants``,
    ``client.interactions``, ``client.message_interactions`` and
    ``client.phone_numbers`` have the operations of the spec (``create``,
    ``fetch``, ``list``, ``update``, ``delete``), each also under
    ``.with_response`` returning the APIResponse.

    Credentials come from the arguments, else from ``TWILIO_ACCOUNT_SID`` +
    ``TWILIO_AUTH_TOKEN`` or ``TWILIO_API_KEY`` + ``TWILIO_API_SECRET``. The host
    is ``https://proxy.twilio.com`` unless ``region``/``edge`` or ``base_url``
    (or ``TWILIO_REGION``/``TWILIO_EDGE``/``TWILIO_PROXY_BASE_URL``) say
    otherwise. ``timeout`` is seconds or an ``httpx2.Timeout`` (default:
    connect 5 s, the rest 30 s, each attempt 30 s at most). Failed requests are
    retried ``max_retries`` times within ``retry_timeout`` seconds (a POST only
    when it provably did not run). Pass ``http_client`` to use your own
    ``httpx2.Client``; it is then yours to close. Safe to share between
    threads. Use as a context manager, or call ``close()``.
    """

    def fetch_message_interaction(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> MessageInteraction:
        """Alias of ``client.message_interactions.fetch`` (the first release's name)."""
        return self.message_interactions.fetch(
            service_sid=service_sid,
            session_sid=session_sid,
            participant_sid=participant_sid,
            sid=sid,
            timeout=timeout,
        )

    def fetch_message_interaction_with_response(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> APIResponse[MessageInteraction]:
        """Alias of ``client.message_interactions.with_response.fetch``."""
        return self.message_interactions.with_response.fetch(
            service_sid=service_sid,
            session_sid=session_sid,
            participant_sid=participant_sid,
            sid=sid,
            timeout=timeout,
        )

    def list_message_interactions(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: Timeout | None = None,
    ) -> Generator[MessageInteraction, None, None]:
        """Alias of ``client.message_interactions.list``."""
        return self.message_interactions.list(
            service_sid=service_sid,
            session_sid=session_sid,
            participant_sid=participant_sid,
            page_size=page_size,
            limit=limit,
            timeout=timeout,
        )

    def create_message_interaction(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        body: str | None = None,
        media_url: str | Sequence[str] | None = None,
        timeout: Timeout | None = None,
    ) -> MessageInteraction:
        """Alias of ``client.message_interactions.create`` (never retried once sent)."""
        return self.message_interactions.create(
            service_sid=service_sid,
            session_sid=session_sid,
            participant_sid=participant_sid,
            body=body,
            media_url=media_url,
            timeout=timeout,
        )


class AsyncClient(AsyncResources):
    """The asyncio twin of Client: the same resources and arguments, ``await``-able methods.

    Lists are ``async for``: ``async for s in client.sessions.list(...)``. By
    default requests go through one aiohttp session (opened on first use),
    which sustains far more concurrent requests than httpx2's async pool. Pass
    ``http_client`` to use your own ``httpx2.AsyncClient`` instead; it is then
    yours to close. An AsyncClient belongs to the event loop it first runs in:
    create one per loop. Close it with ``aclose()`` or ``async with``.
    """

    def fetch_message_interaction(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, MessageInteraction]:
        """Alias of ``client.message_interactions.fetch`` (the first release's name)."""
        return self.message_interactions.fetch(
            service_sid=service_sid,
            session_sid=session_sid,
            participant_sid=participant_sid,
            sid=sid,
            timeout=timeout,
        )

    def fetch_message_interaction_with_response(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, APIResponse[MessageInteraction]]:
        """Alias of ``client.message_interactions.with_response.fetch``."""
        return self.message_interactions.with_response.fetch(
            service_sid=service_sid,
            session_sid=session_sid,
            participant_sid=participant_sid,
            sid=sid,
            timeout=timeout,
        )

    def list_message_interactions(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: Timeout | None = None,
    ) -> AsyncGenerator[MessageInteraction, None]:
        """Alias of ``client.message_interactions.list``."""
        return self.message_interactions.list(
            service_sid=service_sid,
            session_sid=session_sid,
            participant_sid=participant_sid,
            page_size=page_size,
            limit=limit,
            timeout=timeout,
        )

    def create_message_interaction(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        body: str | None = None,
        media_url: str | Sequence[str] | None = None,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, MessageInteraction]:
        """Alias of ``client.message_interactions.create`` (never retried once sent)."""
        return self.message_interactions.create(
            service_sid=service_sid,
            session_sid=session_sid,
            participant_sid=participant_sid,
            body=body,
            media_url=media_url,
            timeout=timeout,
        )
