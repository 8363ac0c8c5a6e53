"""The client's resource attributes (``client.services``, ...), each loaded on first use.

``twilio_proxy.Client`` and ``AsyncClient`` inherit these and give them their
runner (``self._runner``: the core that sends every operation); a resource's
module is imported the first time the attribute is read.

Rendered from the spec by openapi-python-client with openapi/templates: do not
edit. ``make generate`` rewrites it; ``make check-generated`` fails when it
differs from the spec.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from twilio_proxy.runtime import AsyncRunner, SyncRunner

    from .interactions import AsyncInteractions, Interactions
    from .message_interactions import AsyncMessageInteractions, MessageInteractions
    from .participants import AsyncParticipants, Participants
    from .phone_numbers import AsyncPhoneNumbers, PhoneNumbers
    from .services import AsyncServices, Services
    from .sessions import AsyncSessions, Sessions


class SyncResources:
    """The resources of Client, each a property loaded on first use."""

    _runner: SyncRunner

    @functools.cached_property
    def services(self) -> Services:
        """A Proxy Service: the top-level scope of Sessions and of the Proxy Number pool. List, create, fetch, update, delete."""
        from .services import Services

        return Services(self._runner)

    @functools.cached_property
    def sessions(self) -> Sessions:
        """A Proxy Session: one instance of two Participants communicating. List, create, fetch, update, delete."""
        from .sessions import Sessions

        return Sessions(self._runner)

    @functools.cached_property
    def participants(self) -> Participants:
        """A Proxy Participant: one individual communicating in a Session (at most two per Session). List, create, fetch, delete."""
        from .participants import Participants

        return Participants(self._runner)

    @functools.cached_property
    def message_interactions(self) -> MessageInteractions:
        """One message that passed through a Proxy Session. List, create, fetch."""
        from .message_interactions import MessageInteractions

        return MessageInteractions(self._runner)

    @functools.cached_property
    def interactions(self) -> Interactions:
        """One call or message that passed through a Proxy Session, between its Participants. List, fetch, delete."""
        from .interactions import Interactions

        return Interactions(self._runner)

    @functools.cached_property
    def phone_numbers(self) -> PhoneNumbers:
        """A Phone Number of a Service's Proxy Number pool. List, create, fetch, update, delete."""
        from .phone_numbers import PhoneNumbers

        return PhoneNumbers(self._runner)


class AsyncResources:
    """The resources of AsyncClient, each a property loaded on first use."""

    _runner: AsyncRunner

    @functools.cached_property
    def services(self) -> AsyncServices:
        """A Proxy Service: the top-level scope of Sessions and of the Proxy Number pool. List, create, fetch, update, delete."""
        from .services import AsyncServices

        return AsyncServices(self._runner)

    @functools.cached_property
    def sessions(self) -> AsyncSessions:
        """A Proxy Session: one instance of two Participants communicating. List, create, fetch, update, delete."""
        from .sessions import AsyncSessions

        return AsyncSessions(self._runner)

    @functools.cached_property
    def participants(self) -> AsyncParticipants:
        """A Proxy Participant: one individual communicating in a Session (at most two per Session). List, create, fetch, delete."""
        from .participants import AsyncParticipants

        return AsyncParticipants(self._runner)

    @functools.cached_property
    def message_interactions(self) -> AsyncMessageInteractions:
        """One message that passed through a Proxy Session. List, create, fetch."""
        from .message_interactions import AsyncMessageInteractions

        return AsyncMessageInteractions(self._runner)

    @functools.cached_property
    def interactions(self) -> AsyncInteractions:
        """One call or message that passed through a Proxy Session, between its Participants. List, fetch, delete."""
        from .interactions import AsyncInteractions

        return AsyncInteractions(self._runner)

    @functools.cached_property
    def phone_numbers(self) -> AsyncPhoneNumbers:
        """A Phone Number of a Service's Proxy Number pool. List, create, fetch, update, delete."""
        from .phone_numbers import AsyncPhoneNumbers

        return AsyncPhoneNumbers(self._runner)
