"""The client's resource attributes (``client.services``, ...), each loaded on first use.

Emitted from the spec by openapi/emit.py: do not edit. ``make generate``
rewrites it; ``make check-generated`` fails when it differs from the spec.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from twilio_proxy._base import AsyncBase, SyncBase

if TYPE_CHECKING:
    from .interactions import AsyncInteractions, Interactions
    from .message_interactions import AsyncMessageInteractions, MessageInteractions
    from .participants import AsyncParticipants, Participants
    from .phone_numbers import AsyncPhoneNumbers, PhoneNumbers
    from .services import AsyncServices, Services
    from .sessions import AsyncSessions, Sessions


class SyncResources(SyncBase):
    """The resources of the sync client."""

    @functools.cached_property
    def services(self) -> Services:
        """Services: list, create, fetch, update, delete (loaded on first use)."""
        from .services import Services

        return Services(self)

    @functools.cached_property
    def sessions(self) -> Sessions:
        """Sessions: list, create, fetch, update, delete (loaded on first use)."""
        from .sessions import Sessions

        return Sessions(self)

    @functools.cached_property
    def participants(self) -> Participants:
        """Participants: list, create, fetch, delete (loaded on first use)."""
        from .participants import Participants

        return Participants(self)

    @functools.cached_property
    def message_interactions(self) -> MessageInteractions:
        """MessageInteractions: list, create, fetch (loaded on first use)."""
        from .message_interactions import MessageInteractions

        return MessageInteractions(self)

    @functools.cached_property
    def interactions(self) -> Interactions:
        """Interactions: list, fetch, delete (loaded on first use)."""
        from .interactions import Interactions

        return Interactions(self)

    @functools.cached_property
    def phone_numbers(self) -> PhoneNumbers:
        """PhoneNumbers: list, create, fetch, update, delete (loaded on first use)."""
        from .phone_numbers import PhoneNumbers

        return PhoneNumbers(self)


class AsyncResources(AsyncBase):
    """The resources of the async client."""

    @functools.cached_property
    def services(self) -> AsyncServices:
        """Services: list, create, fetch, update, delete (loaded on first use)."""
        from .services import AsyncServices

        return AsyncServices(self)

    @functools.cached_property
    def sessions(self) -> AsyncSessions:
        """Sessions: list, create, fetch, update, delete (loaded on first use)."""
        from .sessions import AsyncSessions

        return AsyncSessions(self)

    @functools.cached_property
    def participants(self) -> AsyncParticipants:
        """Participants: list, create, fetch, delete (loaded on first use)."""
        from .participants import AsyncParticipants

        return AsyncParticipants(self)

    @functools.cached_property
    def message_interactions(self) -> AsyncMessageInteractions:
        """MessageInteractions: list, create, fetch (loaded on first use)."""
        from .message_interactions import AsyncMessageInteractions

        return AsyncMessageInteractions(self)

    @functools.cached_property
    def interactions(self) -> AsyncInteractions:
        """Interactions: list, fetch, delete (loaded on first use)."""
        from .interactions import AsyncInteractions

        return AsyncInteractions(self)

    @functools.cached_property
    def phone_numbers(self) -> AsyncPhoneNumbers:
        """PhoneNumbers: list, create, fetch, update, delete (loaded on first use)."""
        from .phone_numbers import AsyncPhoneNumbers

        return AsyncPhoneNumbers(self)
