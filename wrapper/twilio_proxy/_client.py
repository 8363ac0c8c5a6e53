"""Client and AsyncClient: what apps import.

Each composes the two halves of the package: the resources of the spec
(``client.services``, ``client.sessions``, ...; rendered by ``make generate``
into ``twilio_proxy_api.client``, each loaded on first use) and one core that
runs every operation (``_core``: credentials, sending, retries, paging), which
the resources are given as their runner. The three ``*_message_interaction*``
methods of the first release stay as documented aliases.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Self

from twilio_proxy_api.client import AsyncResources, SyncResources

from ._config import DEFAULT_MAX_RETRIES, DEFAULT_RETRY_TIMEOUT
from ._core import AsyncCore, Settings, SyncCore

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, Coroutine

    import httpx2

    from twilio_proxy_api.message_interactions import MessageInteraction

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

    _runner: SyncCore

    def __init__(
        self,
        account_sid: str | None = None,
        auth_token: str | None = None,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        region: str | None = None,
        edge: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_timeout: float = DEFAULT_RETRY_TIMEOUT,
        user_agent_extra: str | None = None,
        http_client: httpx2.Client | None = None,
    ) -> None:
        self._runner = SyncCore(
            Settings(
                account_sid=account_sid,
                auth_token=auth_token,
                api_key=api_key,
                api_secret=api_secret,
                region=region,
                edge=edge,
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                retry_timeout=retry_timeout,
                user_agent_extra=user_agent_extra,
            ),
            http_client,
        )

    def __repr__(self) -> str:
        return f"Client({self._runner.describe()})"

    def close(self) -> None:
        """Release the connection pool (not an ``http_client`` the app passed in)."""
        self._runner.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

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

    _runner: AsyncCore

    def __init__(
        self,
        account_sid: str | None = None,
        auth_token: str | None = None,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        region: str | None = None,
        edge: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_timeout: float = DEFAULT_RETRY_TIMEOUT,
        user_agent_extra: str | None = None,
        http_client: httpx2.AsyncClient | None = None,
    ) -> None:
        self._runner = AsyncCore(
            Settings(
                account_sid=account_sid,
                auth_token=auth_token,
                api_key=api_key,
                api_secret=api_secret,
                region=region,
                edge=edge,
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                retry_timeout=retry_timeout,
                user_agent_extra=user_agent_extra,
            ),
            http_client,
        )

    def __repr__(self) -> str:
        return f"AsyncClient({self._runner.describe()})"

    async def aclose(self) -> None:
        """Release the connection pool (not an ``http_client`` the app passed in)."""
        await self._runner.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

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
