"""The embedded Proxy's state and rules: what Twilio Proxy keeps and refuses, in memory.

Every method runs one operation of the API (named as the client's methods
are, ``sessions_create`` for ``client.sessions.create``) or one event
(``inbound_message``, ``advance``) under one lock, and answers the resource as
Twilio renders it (``render``: JSON field names and types of Twilio's own spec)
or raises ``ProxyError`` with Twilio's status and code. Callbacks are not sent
here: an event returns the ones due, and the caller sends them without the
lock (an app's callback handler may call the API back).

What is modelled, and what is not, is listed in the README ("Testing your
app"); where Twilio documents no behaviour, the choice made is said below.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import secrets
import threading
from collections.abc import Generator
from typing import Any

# A session's states that route messages (open: none yet; in-progress: after one).
ACTIVE = ("open", "in-progress")
# The only status changes Twilio allows (else 80608).
TRANSITIONS = {("open", "closed"), ("in-progress", "closed"), ("closed", "in-progress")}
# Country calling codes of the numbers a test is likely to use, for iso_country.
COUNTRIES = {
    "1": "US",
    "44": "GB",
    "61": "AU",
    "49": "DE",
    "33": "FR",
    "34": "ES",
    "39": "IT",
    "31": "NL",
    "46": "SE",
    "353": "IE",
    "52": "MX",
    "55": "BR",
    "91": "IN",
    "81": "JP",
    "65": "SG",
    "27": "ZA",
}
_E164 = re.compile(r"\+[1-9][0-9]{6,14}")
# A ttl Twilio takes: a 32-bit count of seconds (68 years).
MAX_TTL = 2**31 - 1
# How far the clock may be moved at once: past it, dates would leave datetime's range.
MAX_ADVANCE = 100 * 365 * 86400
MODES = ("message-only", "voice-only", "voice-and-message")


class ProxyError(Exception):
    """An error answer as Twilio gives it: HTTP status, Twilio's code and message."""

    def __init__(self, status: int, code: int, message: str) -> None:
        self.status = status
        self.code = code
        self.message = message
        super().__init__(f"{status} {code}: {message}")

    def body(self) -> dict[str, object]:
        """Twilio's JSON error body."""
        return {
            "code": self.code,
            "message": self.message,
            "more_info": f"https://www.twilio.com/docs/errors/{self.code}",
            "status": self.status,
        }


def invalid(wire: str, why: str) -> ProxyError:
    """Proxy's "Parameter Validation Failed" (80701) for form field *wire*."""
    return ProxyError(400, 80701, f"'{wire}' is invalid. {why}")


def masked(identifier: str) -> str:
    """A phone number as Twilio quotes it in an error: its last four digits hidden."""
    return identifier[:-4] + "XXXX" if len(identifier) > 4 else "XXXX"


def new_sid(prefix: str) -> str:
    """A SID of the usual shape: two letters and 32 hex digits."""
    return prefix + secrets.token_hex(16)


def timestamp(value: dt.datetime | None) -> str | None:
    """Twilio's date format: ISO 8601, UTC, to the second."""
    return None if value is None else value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def aware(value: dt.datetime) -> dt.datetime:
    """*value* with a time zone: UTC when it has none (as Twilio reads such a date)."""
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


class Answer:
    """The app's answer to a callback: its status, content type (no parameters) and body."""

    __slots__ = ("body", "content_type", "status")

    def __init__(self, status: int, content_type: str, body: bytes) -> None:
        self.status, self.content_type, self.body = status, content_type, body


class Callback:
    """A callback due: its kind (``callback``, ``intercept``, ``out_of_session``), URL and form."""

    __slots__ = ("form", "kind", "url")

    def __init__(self, kind: str, url: str, form: dict[str, str]) -> None:
        self.kind = kind
        self.url = url
        self.form = form


# An operation that calls the app back: yields each Callback due, is sent the
# app's Answer (None: none came), returns its result.
Flow = Generator[Callback, "Answer | None", Any]


class PhoneNumber:
    """A number of a Service's pool."""

    def __init__(self, service: Service, sid: str, number: str, reserved: bool, now: dt.datetime):
        self.service, self.sid, self.phone_number, self.is_reserved = service, sid, number, reserved
        self.date_created = self.date_updated = now


class Participant:
    """One of a Session's two participants, and the proxy number it was given."""

    def __init__(self, session: Session, identifier: str, name: str | None, proxy: PhoneNumber):
        self.session, self.identifier, self.friendly_name, self.proxy = (
            session,
            identifier,
            name,
            proxy,
        )
        self.sid = new_sid("KP")
        self.date_created = self.date_updated = session.service.state.now()


class Interaction:
    """One message through a Session: its inbound leg (a participant's text), its outbound one."""

    def __init__(self, session: Session, body: str) -> None:
        self.session, self.body = session, body
        self.sid = new_sid("KI")
        self.inbound: Participant | None = None
        self.inbound_sid: str | None = None
        self.outbound: Participant | None = None
        self.outbound_sid: str | None = None
        self.outbound_status: str | None = None
        self.date_created = self.date_updated = session.service.state.now()


class Session:
    """A Session of two participants; its ttl counts from creation or its last interaction."""

    def __init__(self, service: Service, unique_name: str | None, ttl: int, mode: str) -> None:
        now = service.state.now()
        self.service, self.unique_name, self.ttl, self.mode = service, unique_name, ttl, mode
        self.sid = new_sid("KC")
        self.status = "open"
        self.closed_reason: str | None = None
        self.date_expiry: dt.datetime | None = None
        self.date_started: dt.datetime = now
        self.date_ended: dt.datetime | None = None
        self.date_last_interaction: dt.datetime | None = None
        self.date_created = self.date_updated = now
        # Where the ttl counts from: creation, the last interaction, a re-opening.
        self.ttl_from = now
        self.participants: dict[str, Participant] = {}
        self.interactions: dict[str, Interaction] = {}

    @property
    def active(self) -> bool:
        """Whether it routes messages: open or in-progress."""
        return self.status in ACTIVE

    def deadline(self) -> dt.datetime | None:
        """When it expires: date_expiry, else ttl seconds after creation or its last interaction."""
        if self.date_expiry is not None:
            return self.date_expiry
        if self.ttl > 0:
            return self.ttl_from + dt.timedelta(seconds=self.ttl)
        return None

    def close(self, reason: str, when: dt.datetime) -> None:
        self.status, self.closed_reason, self.date_ended = "closed", reason, when
        self.date_updated = when


class Service:
    """A Service: its Sessions, its pool of numbers, its callback URLs and the numbers' history."""

    def __init__(self, state: ProxyState, fields: dict[str, Any]) -> None:
        self.state = state
        self.sid = new_sid("KS")
        self.date_created = self.date_updated = state.now()
        self.unique_name: str = fields["unique_name"]
        self.default_ttl: int = fields.get("default_ttl") or 0
        self.number_selection_behavior = fields.get("number_selection_behavior") or "prefer-sticky"
        self.geo_match_level = fields.get("geo_match_level") or "country"
        self.callback_url = fields.get("callback_url")
        self.intercept_callback_url = fields.get("intercept_callback_url")
        self.out_of_session_callback_url = fields.get("out_of_session_callback_url")
        self.chat_instance_sid = fields.get("chat_instance_sid")
        self.sessions: dict[str, Session] = {}
        self.numbers: dict[str, PhoneNumber] = {}
        # Every number each identifier was given here (prefer-sticky, avoid-sticky).
        self.given: dict[str, set[str]] = {}


class ProxyState:
    """One account's Proxy: services and everything under them, a clock, the messages sent."""

    def __init__(self, account_sid: str) -> None:
        self.account_sid = account_sid
        self.lock = threading.RLock()
        self.base_url = ""
        self.reset()

    def reset(self) -> None:
        """Forget everything (but the account)."""
        with self.lock:
            self.services: dict[str, Service] = {}
            self.sent: list[dict[str, Any]] = []
            self.callbacks: list[tuple[str, str, int | None]] = []  # kind, URL, answer's status
            self.offset = dt.timedelta()

    # --- the clock ---------------------------------------------------------------------

    def now(self) -> dt.datetime:
        """The fake's time: the real one, moved on by ``advance``, to the second."""
        return dt.datetime.now(dt.UTC).replace(microsecond=0) + self.offset

    def advance(self, seconds: float) -> None:
        """Move the clock on; sessions whose time is up close then."""
        if (
            not isinstance(seconds, int | float)
            or isinstance(seconds, bool)
            or not 0 <= seconds <= MAX_ADVANCE
            or math.isnan(seconds)
        ):
            raise ValueError(f"seconds must be a number from 0 to {MAX_ADVANCE} (100 years)")
        with self.lock:
            offset = self.offset + dt.timedelta(seconds=seconds)
            try:  # the furthest date the fake then computes: a ttl from now
                self.now() + offset + dt.timedelta(seconds=MAX_TTL)
            except OverflowError:
                raise ValueError("the fake's clock cannot go further") from None
            self.offset = offset
            self.expire()

    def expire(self) -> None:
        """Close every active session past its deadline, at its deadline."""
        now = self.now()
        for service in self.services.values():
            for session in service.sessions.values():
                deadline = session.deadline()
                if session.active and deadline is not None and deadline <= now:
                    session.close("expired", deadline)

    # --- finding things ------------------------------------------------------------------

    def _service(self, sid: str) -> Service:
        found = self.services.get(sid) or next(
            (s for s in self.services.values() if s.unique_name == sid), None
        )
        if found is None:
            raise self._not_found(f"/Services/{sid}")
        return found

    def _session(self, service_sid: str, sid: str) -> Session:
        service = self._service(service_sid)
        found = service.sessions.get(sid) or next(
            (s for s in service.sessions.values() if sid and s.unique_name == sid), None
        )
        if found is None:
            raise self._not_found(f"/Services/{service_sid}/Sessions/{sid}")
        return found

    def _participant(self, service_sid: str, session_sid: str, sid: str) -> Participant:
        found = self._session(service_sid, session_sid).participants.get(sid)
        if found is None:
            raise self._not_found(
                f"/Services/{service_sid}/Sessions/{session_sid}/Participants/{sid}"
            )
        return found

    def _number(self, service_sid: str, sid: str) -> PhoneNumber:
        found = self._service(service_sid).numbers.get(sid)
        if found is None:
            raise self._not_found(f"/Services/{service_sid}/PhoneNumbers/{sid}")
        return found

    @staticmethod
    def _not_found(path: str) -> ProxyError:
        return ProxyError(404, 20404, f"The requested resource {path} was not found")

    def _in_use(self, number: PhoneNumber) -> int:
        return sum(
            1
            for session in number.service.sessions.values()
            if session.active and any(p.proxy is number for p in session.participants.values())
        )

    # --- rendering: as Twilio's answers hold them ------------------------------------------

    def _url(self, path: str) -> str:
        return f"{self.base_url}/v1{path}"

    def render(self, thing: object, participant: Participant | None = None) -> dict[str, Any]:
        """The JSON Twilio answers for *thing* (a message interaction: as *participant*'s)."""
        if isinstance(thing, Service):
            return self._render_service(thing)
        if isinstance(thing, Session):
            return self._render_session(thing)
        if isinstance(thing, Participant):
            return self._render_participant(thing)
        if isinstance(thing, PhoneNumber):
            return self._render_number(thing)
        assert isinstance(thing, Interaction)
        return self._render_interaction(thing, participant)

    def _render_service(self, s: Service) -> dict[str, Any]:
        url = self._url(f"/Services/{s.sid}")
        return {
            "sid": s.sid,
            "unique_name": s.unique_name,
            "account_sid": self.account_sid,
            "chat_instance_sid": s.chat_instance_sid,
            "callback_url": s.callback_url,
            "default_ttl": s.default_ttl,
            "number_selection_behavior": s.number_selection_behavior,
            "geo_match_level": s.geo_match_level,
            "intercept_callback_url": s.intercept_callback_url,
            "out_of_session_callback_url": s.out_of_session_callback_url,
            "date_created": timestamp(s.date_created),
            "date_updated": timestamp(s.date_updated),
            "url": url,
            "links": {"sessions": url + "/Sessions", "phone_numbers": url + "/PhoneNumbers"},
        }

    def _render_session(self, s: Session) -> dict[str, Any]:
        url = self._url(f"/Services/{s.service.sid}/Sessions/{s.sid}")
        return {
            "sid": s.sid,
            "service_sid": s.service.sid,
            "account_sid": self.account_sid,
            "date_started": timestamp(s.date_started),
            "date_ended": timestamp(s.date_ended),
            "date_last_interaction": timestamp(s.date_last_interaction),
            "date_expiry": timestamp(s.date_expiry),
            "unique_name": s.unique_name,
            "status": s.status,
            "closed_reason": s.closed_reason,
            "ttl": s.ttl,
            "mode": s.mode,
            "date_created": timestamp(s.date_created),
            "date_updated": timestamp(s.date_updated),
            "url": url,
            "links": {"interactions": url + "/Interactions", "participants": url + "/Participants"},
        }

    def _render_participant(self, p: Participant) -> dict[str, Any]:
        session = p.session
        url = self._url(
            f"/Services/{session.service.sid}/Sessions/{session.sid}/Participants/{p.sid}"
        )
        return {
            "sid": p.sid,
            "session_sid": session.sid,
            "service_sid": session.service.sid,
            "account_sid": self.account_sid,
            "friendly_name": p.friendly_name,
            "identifier": p.identifier,
            "proxy_identifier": p.proxy.phone_number,
            "proxy_identifier_sid": p.proxy.sid,
            "date_deleted": None,
            "date_created": timestamp(p.date_created),
            "date_updated": timestamp(p.date_updated),
            "url": url,
            "links": {"message_interactions": url + "/MessageInteractions"},
        }

    def _render_number(self, n: PhoneNumber) -> dict[str, Any]:
        number = n.phone_number
        code = next(
            (
                c
                for c in ("1", number[1:3], number[1:4])
                if number[1:].startswith(c) and c in COUNTRIES
            ),
            None,
        )
        friendly = f"({number[2:5]}) {number[5:8]}-{number[8:]}" if code == "1" else number
        return {
            "sid": n.sid,
            "account_sid": self.account_sid,
            "service_sid": n.service.sid,
            "date_created": timestamp(n.date_created),
            "date_updated": timestamp(n.date_updated),
            "phone_number": number,
            "friendly_name": friendly,
            "iso_country": COUNTRIES.get(code or ""),
            "capabilities": {"fax": False, "mms": True, "sms": True, "voice": True},
            "url": self._url(f"/Services/{n.service.sid}/PhoneNumbers/{n.sid}"),
            "is_reserved": n.is_reserved,
            "in_use": self._in_use(n),
        }

    def _message_url(self, sid: str | None) -> str | None:
        if sid is None:
            return None
        return f"https://api.twilio.com/2010-04-01/Accounts/{self.account_sid}/Messages/{sid}.json"

    def _render_interaction(
        self, i: Interaction, participant: Participant | None
    ) -> dict[str, Any]:
        session, service = i.session, i.session.service
        path = f"/Services/{service.sid}/Sessions/{session.sid}"
        if participant is None:
            url = self._url(f"{path}/Interactions/{i.sid}")
        else:
            url = self._url(f"{path}/Participants/{participant.sid}/MessageInteractions/{i.sid}")
        answer: dict[str, Any] = {
            "sid": i.sid,
            "session_sid": session.sid,
            "service_sid": service.sid,
            "account_sid": self.account_sid,
            "data": json.dumps({"body": i.body}),
            "type": "message",
        }
        if participant is not None:
            answer["participant_sid"] = participant.sid
        answer.update(
            {
                "inbound_participant_sid": i.inbound.sid if i.inbound else None,
                "inbound_resource_sid": i.inbound_sid,
                "inbound_resource_status": "delivered" if i.inbound_sid else None,
                "inbound_resource_type": "Message" if i.inbound_sid else None,
                "inbound_resource_url": self._message_url(i.inbound_sid),
                "outbound_participant_sid": i.outbound.sid if i.outbound else None,
                "outbound_resource_sid": i.outbound_sid,
                "outbound_resource_status": i.outbound_status,
                "outbound_resource_type": "Message" if i.outbound_sid else None,
                "outbound_resource_url": self._message_url(i.outbound_sid),
                "date_created": timestamp(i.date_created),
                "date_updated": timestamp(i.date_updated),
                "url": url,
            }
        )
        return answer

    # --- Services -------------------------------------------------------------------------

    def services_list(self) -> list[dict[str, Any]]:
        return [self.render(s) for s in self.services.values()]

    def services_create(self, **fields: Any) -> dict[str, Any]:
        if any(s.unique_name == fields["unique_name"] for s in self.services.values()):
            raise ProxyError(400, 80602, "Service UniqueName must be unique.")
        service = Service(self, fields)
        self.services[service.sid] = service
        return self.render(service)

    def services_fetch(self, sid: str) -> dict[str, Any]:
        return self.render(self._service(sid))

    def services_update(self, sid: str, **fields: Any) -> dict[str, Any]:
        service = self._service(sid)
        name = fields.get("unique_name")
        if name and any(s.unique_name == name and s is not service for s in self.services.values()):
            raise ProxyError(400, 80602, "Service UniqueName must be unique.")
        if name == "":
            raise invalid("UniqueName", "A Service's UniqueName cannot be cleared.")
        for field, value in fields.items():
            if value is not None:
                setattr(service, field, value or None)  # an update sends "" to clear a value
        service.date_updated = self.now()
        return self.render(service)

    def services_delete(self, sid: str) -> None:
        del self.services[self._service(sid).sid]

    # --- Phone Numbers --------------------------------------------------------------------

    def phone_numbers_list(self, service_sid: str) -> list[dict[str, Any]]:
        return [self.render(n) for n in self._service(service_sid).numbers.values()]

    def phone_numbers_create(
        self, service_sid: str, sid: str | None, phone_number: str | None, is_reserved: bool | None
    ) -> dict[str, Any]:
        service = self._service(service_sid)
        if phone_number is None and sid is not None:
            # A Sid names one of the account's IncomingPhoneNumbers, which the fake has none
            # of: it makes one up (Twilio's test range), the same for the same Sid.
            phone_number = f"+1500555{int(sid[2:], 16) % 10000:04d}"
        if phone_number is None:
            raise invalid("PhoneNumber", "Pass PhoneNumber (E.164) or the Sid of a number.")
        if not _E164.fullmatch(phone_number):
            raise invalid("PhoneNumber", "It must be in E.164 format (+ and up to 15 digits).")
        for other in self.services.values():
            for number in other.numbers.values():
                if number.phone_number == phone_number or number.sid == sid:
                    if other is service:
                        raise ProxyError(
                            400, 80104, "PhoneNumber has already been added to Service"
                        )
                    raise ProxyError(
                        400, 80601, "Phone Number is not available: it is in another Service"
                    )
        number = PhoneNumber(
            service, sid or new_sid("PN"), phone_number, bool(is_reserved), self.now()
        )
        service.numbers[number.sid] = number
        return self.render(number)

    def phone_numbers_fetch(self, service_sid: str, sid: str) -> dict[str, Any]:
        return self.render(self._number(service_sid, sid))

    def phone_numbers_update(
        self, service_sid: str, sid: str, is_reserved: bool | None
    ) -> dict[str, Any]:
        number = self._number(service_sid, sid)
        if is_reserved is not None:
            number.is_reserved, number.date_updated = is_reserved, self.now()
        return self.render(number)

    def phone_numbers_delete(self, service_sid: str, sid: str) -> None:
        del self._service(service_sid).numbers[self._number(service_sid, sid).sid]

    # --- Sessions -------------------------------------------------------------------------

    def sessions_list(self, service_sid: str) -> list[dict[str, Any]]:
        return [self.render(s) for s in self._service(service_sid).sessions.values()]

    def sessions_create(
        self,
        service_sid: str,
        unique_name: str | None,
        date_expiry: dt.datetime | None,
        ttl: int | None,
        mode: str | None,
        status: str | None,
        participants: list[dict[str, Any]] | None,
    ) -> dict[str, Any]:
        service = self._service(service_sid)
        session = self._create_session(
            service, unique_name, date_expiry, ttl, mode, status, participants or []
        )
        self.expire()  # a date_expiry already past
        return self.render(session)

    def _create_session(
        self,
        service: Service,
        unique_name: str | None,
        date_expiry: dt.datetime | None,
        ttl: int | None,
        mode: str | None,
        status: str | None,
        participants: list[dict[str, Any]],
    ) -> Session:
        if unique_name and any(s.unique_name == unique_name for s in service.sessions.values()):
            raise ProxyError(400, 80603, "Session UniqueName must be unique.")
        if len(participants) > 2:
            raise ProxyError(400, 80609, "A Session takes at most two participants.")
        session = Session(
            service,
            unique_name,
            service.default_ttl if ttl is None else ttl,
            mode or "voice-and-message",
        )
        session.date_expiry = date_expiry
        if status not in (None, "open"):
            self._check_status(session, status)
            self._change_status(session, status)
        service.sessions[session.sid] = session
        try:
            for index, item in enumerate(participants):
                identifier = item.get("Identifier")
                if not isinstance(identifier, str) or not identifier:
                    raise invalid("Participants", f"Participant {index} has no Identifier.")
                for key in ("FriendlyName", "ProxyIdentifier", "ProxyIdentifierSid"):
                    if not isinstance(item.get(key) or "", str):
                        raise invalid("Participants", f"Participant {index}'s {key} is no text.")
                self._add_participant(
                    session,
                    identifier,
                    item.get("FriendlyName"),
                    item.get("ProxyIdentifier"),
                    item.get("ProxyIdentifierSid"),
                )
        except ProxyError:
            del service.sessions[session.sid]  # all of it, or nothing
            raise
        return session

    def sessions_fetch(self, service_sid: str, sid: str) -> dict[str, Any]:
        return self.render(self._session(service_sid, sid))

    def sessions_update(
        self,
        service_sid: str,
        sid: str,
        date_expiry: dt.datetime | None,
        ttl: int | None,
        status: str | None,
    ) -> dict[str, Any]:
        session = self._session(service_sid, sid)
        # Every check before any change: a refused update changes nothing.
        if status is not None:
            self._check_status(session, status)
        ends_closed = status == "closed" or (status is None and session.status == "closed")
        if (ttl is not None or date_expiry is not None) and ends_closed:
            raise ProxyError(400, 80607, "Session is closed and cannot be updated")
        now = self.now()
        if status == "in-progress":
            expiry = date_expiry if date_expiry is not None else session.date_expiry
            if expiry is not None and expiry <= now:
                raise invalid("DateExpiry", "It has passed: pass a later one to re-open.")
        if status is not None:
            self._change_status(session, status)
        if ttl is not None:
            session.ttl = ttl
        if date_expiry is not None:
            session.date_expiry = date_expiry
        session.date_updated = now
        self.expire()  # a deadline moved into the past
        return self.render(session)

    def _check_status(self, session: Session, status: str) -> None:
        """Refuse a status change Proxy refuses (a closed session only re-opens)."""
        if session.status == "closed" and status != "in-progress":
            raise ProxyError(400, 80607, "Session is closed and cannot be updated")
        if (session.status, status) not in TRANSITIONS:
            raise ProxyError(
                400,
                80608,
                "Session status change not supported. To re-open a session the valid status "
                "update is from closed to in-progress. To close a session, update from open to "
                "closed or from in-progress to closed.",
            )
        if status == "in-progress":
            for p in session.participants.values():
                if self._active_elsewhere(p.identifier, p.proxy, session):
                    raise ProxyError(
                        400,
                        80801,
                        "Re-opening this Session would make a participant "
                        "active in two Sessions with the same proxy number.",
                    )

    def _change_status(self, session: Session, status: str) -> None:
        """Apply a status change ``_check_status`` allowed."""
        if status == "closed":
            session.close("api", self.now())
            return
        session.status, session.closed_reason, session.date_ended = status, None, None
        session.ttl_from = self.now()  # re-opened: its ttl counts from now

    def sessions_delete(self, service_sid: str, sid: str) -> None:
        session = self._session(service_sid, sid)
        del session.service.sessions[session.sid]  # its participants and interactions with it

    # --- Participants ---------------------------------------------------------------------

    def participants_list(self, service_sid: str, session_sid: str) -> list[dict[str, Any]]:
        session = self._session(service_sid, session_sid)
        return [self.render(p) for p in session.participants.values()]

    def participants_create(
        self,
        service_sid: str,
        session_sid: str,
        identifier: str,
        friendly_name: str | None,
        proxy_identifier: str | None,
        proxy_identifier_sid: str | None,
    ) -> dict[str, Any]:
        session = self._session(service_sid, session_sid)
        participant = self._add_participant(
            session, identifier, friendly_name, proxy_identifier, proxy_identifier_sid
        )
        return self.render(participant)

    def participants_fetch(self, service_sid: str, session_sid: str, sid: str) -> dict[str, Any]:
        return self.render(self._participant(service_sid, session_sid, sid))

    def participants_delete(self, service_sid: str, session_sid: str, sid: str) -> None:
        participant = self._participant(service_sid, session_sid, sid)
        del participant.session.participants[participant.sid]

    def _active_elsewhere(self, identifier: str, number: PhoneNumber, session: Session) -> bool:
        """Whether *identifier* holds *number* in another active session."""
        return any(
            other is not session
            and other.active
            and p.identifier == identifier
            and p.proxy.phone_number == number.phone_number
            for other in number.service.sessions.values()
            for p in other.participants.values()
        )

    def _add_participant(
        self,
        session: Session,
        identifier: str,
        friendly_name: str | None,
        proxy_identifier: str | None,
        proxy_identifier_sid: str | None,
    ) -> Participant:
        if session.status == "closed":
            raise ProxyError(400, 80607, "Session is closed and cannot be updated")
        if any(p.identifier == identifier for p in session.participants.values()):
            raise ProxyError(400, 80103, "The identifier is already a participant in the Session.")
        if len(session.participants) >= 2:
            raise ProxyError(400, 80609, "A Session takes at most two participants.")
        service = session.service
        if proxy_identifier is not None or proxy_identifier_sid is not None:
            number = next(
                (
                    n
                    for n in service.numbers.values()
                    if n.sid == proxy_identifier_sid or n.phone_number == proxy_identifier
                ),
                None,
            )
            if number is None:
                raise ProxyError(400, 80605, "Proxy identifier not associated with service.")
            if self._active_elsewhere(identifier, number, session):
                raise ProxyError(
                    400, 80604, "Proxy identifier already in use with requested identifier."
                )
        else:
            number = self._choose(session, identifier)
        participant = Participant(session, identifier, friendly_name, number)
        session.participants[participant.sid] = participant
        service.given.setdefault(identifier, set()).add(number.sid)
        return participant

    def _choose(self, session: Session, identifier: str) -> PhoneNumber:
        """A pool number for *identifier*: not reserved, not its own in another active session."""
        service = session.service
        pool = list(service.numbers.values())
        if not pool:
            raise ProxyError(
                400,
                80205,
                "This Service has no compatible Proxy numbers for this "
                "Participant. This Service has no Proxy numbers configured.",
            )
        candidates = [n for n in pool if not n.is_reserved]
        if not candidates:
            raise ProxyError(
                400,
                80207,
                "Failed to find a proxy number. The only matching "
                "candidate number(s) in your pool are marked as Reserved.",
            )
        free = [n for n in candidates if not self._active_elsewhere(identifier, n, session)]
        if not free:
            raise ProxyError(
                400,
                80208,
                "This Service has no compatible Proxy numbers for this "
                f"Participant. Failed to find a proxy number for {masked(identifier)}. "
                "All matching proxies for this Participant are already in use in "
                "other Sessions.",
            )
        given = service.given.get(identifier, set())
        sticky = service.number_selection_behavior != "avoid-sticky"
        # sorted is stable: the pool's order among numbers alike.
        return sorted(free, key=lambda n: (n.sid in given) is not sticky)[0]

    # --- Interactions and Message Interactions --------------------------------------------

    def interactions_list(self, service_sid: str, session_sid: str) -> list[dict[str, Any]]:
        session = self._session(service_sid, session_sid)
        return [self.render(i) for i in session.interactions.values()]

    def _interaction(self, service_sid: str, session_sid: str, sid: str) -> Interaction:
        found = self._session(service_sid, session_sid).interactions.get(sid)
        if found is None:
            path = f"/Services/{service_sid}/Sessions/{session_sid}/Interactions/{sid}"
            raise self._not_found(path)
        return found

    def interactions_fetch(self, service_sid: str, session_sid: str, sid: str) -> dict[str, Any]:
        return self.render(self._interaction(service_sid, session_sid, sid))

    def interactions_delete(self, service_sid: str, session_sid: str, sid: str) -> None:
        interaction = self._interaction(service_sid, session_sid, sid)
        del interaction.session.interactions[interaction.sid]

    def message_interactions_list(
        self, service_sid: str, session_sid: str, participant_sid: str
    ) -> list[dict[str, Any]]:
        """The participant's messages: sent to it, or relayed from or to it."""
        participant = self._participant(service_sid, session_sid, participant_sid)
        return [
            self.render(i, participant)
            for i in participant.session.interactions.values()
            if participant in (i.inbound, i.outbound)
        ]

    def message_interactions_fetch(
        self, service_sid: str, session_sid: str, participant_sid: str, sid: str
    ) -> dict[str, Any]:
        for found in self.message_interactions_list(service_sid, session_sid, participant_sid):
            if found["sid"] == sid:
                return found
        path = f"/Services/{service_sid}/Sessions/{session_sid}/Participants/{participant_sid}"
        raise self._not_found(f"{path}/MessageInteractions/{sid}")

    def message_interactions_create(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        body: str | None,
        media_url: list[str] | None,
    ) -> Flow:
        """Send *body* to the participant from its proxy number: an outbound-only interaction."""
        with self.lock:
            base = self.base_url  # this request's; another may set its own meanwhile
            participant = self._participant(service_sid, session_sid, participant_sid)
            session = participant.session
            if not session.active:
                raise ProxyError(400, 80607, "Session is closed and cannot be updated")
            if not body and not media_url:
                raise invalid("Body", "Pass Body or MediaUrl.")
            interaction = Interaction(session, body or "")
            session.interactions[interaction.sid] = interaction
            self._deliver(interaction, participant)
            callback = self._interaction_callback(interaction)
        if callback is not None:
            yield callback
        with self.lock:
            self.base_url = base
            return self.render(interaction, participant)

    # --- messages -------------------------------------------------------------------------

    def _deliver(self, interaction: Interaction, to: Participant) -> None:
        """Send *interaction*'s text to *to* from its proxy number; the session goes in-progress."""
        interaction.outbound, interaction.outbound_sid = to, new_sid("SM")
        interaction.outbound_status = "sent"
        interaction.date_updated = self.now()
        self.sent.append(
            {
                "from_": to.proxy.phone_number,
                "to": to.identifier,
                "body": interaction.body,
                "session_sid": to.session.sid,
                "interaction_sid": interaction.sid,
                "date_sent": self.now(),
            }
        )
        self._interacted(interaction.session)

    def _interacted(self, session: Session) -> None:
        now = self.now()
        session.date_last_interaction = session.date_updated = session.ttl_from = now
        if session.status == "open":
            session.status = "in-progress"

    def inbound(self, sender: str, number: str, body: str) -> Flow:
        """*sender* texts *number*: relayed in its session, else out of session.

        Yields each callback due (an intercept, an interaction callback, an
        out-of-session callback) and is sent the app's answer to it (None: no
        answer); returns the interaction's SID, or None when nothing was recorded.
        """
        with self.lock:
            self.expire()
            proxy = next(
                (
                    n
                    for s in self.services.values()
                    for n in s.numbers.values()
                    if n.phone_number == number
                ),
                None,
            )
            if proxy is None:
                raise ValueError(f"{number} is no proxy number of a Service of this fake Proxy")
            sender_in = next(
                (
                    p
                    for session in proxy.service.sessions.values()
                    if session.active
                    for p in session.participants.values()
                    if p.identifier == sender and p.proxy.phone_number == number
                ),
                None,
            )
        if sender_in is not None:
            return (yield from self._relay(sender_in, body))
        return (yield from self._out_of_session(proxy, sender, body))

    def _relay(self, sender: Participant, body: str) -> Flow:
        """Intercept (a 403 blocks it), deliver to the partner from its number, call back."""
        with self.lock:
            session = sender.session
            interaction = Interaction(session, body)
            interaction.inbound, interaction.inbound_sid = sender, new_sid("SM")
            session.interactions[interaction.sid] = interaction
            url = session.service.intercept_callback_url
            form = self._interaction_form(interaction, outbound=False)
        if url:
            answer = yield Callback("intercept", url, form)
            with self.lock:
                if not self._routes(session, sender):
                    # The app closed or deleted it meanwhile (as an intercept may): no delivery.
                    kept = session.service.sessions.get(session.sid) is session
                    return interaction.sid if kept else None
                if answer is not None and answer.status == 403:
                    self._interacted(session)  # it happened, and was blocked: not delivered
                    return interaction.sid
        with self.lock:
            partner = next((p for p in session.participants.values() if p is not sender), None)
            if partner is None:  # no one to deliver to (Proxy's 80614)
                self._interacted(session)
                return interaction.sid
            self._deliver(interaction, partner)
            callback = self._interaction_callback(interaction)
        if callback is not None:
            yield callback
        return interaction.sid

    def _routes(self, session: Session, sender: Participant) -> bool:
        """Whether *sender* can still text in *session*: both there, the session active."""
        service = session.service
        return (
            self.services.get(service.sid) is service
            and service.sessions.get(session.sid) is session
            and session.active
            and session.participants.get(sender.sid) is sender
        )

    def _interaction_callback(self, interaction: Interaction) -> Callback | None:
        url = interaction.session.service.callback_url
        if not url:
            return None
        return Callback("callback", url, self._interaction_form(interaction, outbound=True))

    def _interaction_form(self, i: Interaction, *, outbound: bool) -> dict[str, str]:
        """The form Proxy posts about *i* (an intercept's has no outbound leg yet)."""
        answer = self._render_interaction(i, None)
        form = {
            "interactionSid": i.sid,
            "interactionSessionSid": i.session.sid,
            "interactionServiceSid": i.session.service.sid,
            "interactionAccountSid": self.account_sid,
            "interactionType": "message",
            "interactionData": answer["data"],
            "interactionDateCreated": answer["date_created"],
            "interactionDateUpdated": answer["date_updated"],
            "inboundParticipantSid": answer["inbound_participant_sid"],
            "inboundResourceSid": answer["inbound_resource_sid"],
            "inboundResourceStatus": answer["inbound_resource_status"],
            "inboundResourceType": "message" if i.inbound_sid else None,
            "inboundResourceUrl": answer["inbound_resource_url"],
        }
        if outbound:
            form.update(
                {
                    "outboundParticipantSid": answer["outbound_participant_sid"],
                    "outboundResourceSid": answer["outbound_resource_sid"],
                    "outboundResourceStatus": answer["outbound_resource_status"],
                    "outboundResourceType": "message" if i.outbound_sid else None,
                    "outboundResourceUrl": answer["outbound_resource_url"],
                }
            )
        return {name: value for name, value in form.items() if value is not None}

    def _out_of_session(self, number: PhoneNumber, sender: str, body: str) -> Flow:
        """No open session: ask the app; a JSON answer opens one, and the message goes on in it."""
        with self.lock:
            url = number.service.out_of_session_callback_url
            if not url:
                return None  # nothing to route it to: dropped
            last = None  # the sender with this number in the last session it had one
            for session in number.service.sessions.values():
                for p in session.participants.values():
                    if p.identifier == sender and p.proxy.phone_number == number.phone_number:
                        last = p
            message = new_sid("SM")
            form: dict[str, str | None] = {
                "AccountSid": self.account_sid,
                "ApiVersion": "2010-04-01",
                "MessageSid": message,
                "SmsSid": message,
                "SmsMessageSid": message,
                "SmsStatus": "received",
                "Body": body,
                "NumMedia": "0",
                "NumSegments": "1",
                "From": sender,
                "To": number.phone_number,
                **(self._last_session_fields(last) if last else {}),
            }
        answer = yield Callback(
            "out_of_session", url, {k: v for k, v in form.items() if v is not None}
        )
        with self.lock:
            opened = self._session_from_answer(number, sender, answer)
        if opened is None:
            return None  # TwiML (the fake runs none), no answer, or one Proxy refuses
        return (yield from self._relay(opened, body))

    def _last_session_fields(self, sender: Participant) -> dict[str, str | None]:
        session = sender.session
        partner = next((p for p in session.participants.values() if p is not sender), None)
        fields: dict[str, str | None] = {
            "sessionSid": session.sid,
            "sessionServiceSid": session.service.sid,
            "sessionAccountSid": self.account_sid,
            "sessionUniqueName": session.unique_name,
            "sessionStatus": session.status,
            "sessionMode": session.mode,
            "sessionClosedReason": session.closed_reason,
            "sessionDateCreated": timestamp(session.date_created),
            "sessionDateUpdated": timestamp(session.date_updated),
            "sessionDateEnded": timestamp(session.date_ended),
        }
        for side, p in (("inbound", sender), ("outbound", partner)):
            if p is not None:
                fields.update(
                    {
                        f"{side}ParticipantSid": p.sid,
                        f"{side}ParticipantSessionSid": session.sid,
                        f"{side}ParticipantServiceSid": session.service.sid,
                        f"{side}ParticipantAccountSid": self.account_sid,
                        f"{side}ParticipantFriendlyName": p.friendly_name,
                        f"{side}ParticipantIdentifier": p.identifier,
                        f"{side}ParticipantProxyIdentifier": p.proxy.phone_number,
                        f"{side}ParticipantProxyIdentifierSid": p.proxy.sid,
                        f"{side}ParticipantDateCreated": timestamp(p.date_created),
                        f"{side}ParticipantDateUpdated": timestamp(p.date_updated),
                    }
                )
        return fields

    def _session_from_answer(
        self, number: PhoneNumber, sender: str, answer: Answer | None
    ) -> Participant | None:
        """The sender's participant in the session an out-of-session JSON answer asks for."""
        if answer is None or answer.status != 200 or answer.content_type != "application/json":
            return None
        service = number.service
        if self.services.get(service.sid) is not service or number.sid not in service.numbers:
            return None  # the app deleted the number or its Service meanwhile
        try:
            wanted = json.loads(answer.body)
        except (ValueError, RecursionError):
            return None
        if not isinstance(wanted, dict) or not _answer_is_valid(wanted):
            return None  # an answer Proxy would refuse: the message is dropped
        expiry = wanted.get("dateExpiry")
        try:
            session = self._create_session(
                service,
                wanted.get("uniqueName"),
                aware(dt.datetime.fromisoformat(expiry)) if expiry is not None else None,
                wanted.get("ttl"),
                wanted.get("mode"),
                None,
                [
                    {"Identifier": sender, "ProxyIdentifierSid": number.sid},
                    {
                        "Identifier": wanted["participantIdentifier"],
                        "ProxyIdentifier": wanted.get("participantProxyIdentifier"),
                    },
                ],
            )
        except (ProxyError, ValueError):
            return None  # an answer Proxy would refuse: the message is dropped
        self.expire()  # a dateExpiry already past
        return next(iter(session.participants.values()))


def _answer_is_valid(wanted: dict[str, Any]) -> bool:
    """Whether an out-of-session JSON answer holds what Proxy reads, each of its type."""
    ttl = wanted.get("ttl")
    return (
        isinstance(wanted.get("participantIdentifier"), str)
        and all(
            isinstance(wanted.get(key), str | None)
            for key in ("uniqueName", "participantProxyIdentifier", "dateExpiry")
        )
        and wanted.get("mode") in (None, *MODES)
        and (ttl is None or (type(ttl) is int and 0 <= ttl <= MAX_TTL))
    )
