from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.session import Session
from ...models.twilio_error import TwilioError
from ...types import Response


def _get_kwargs(
    service_sid: str,
    sid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Services/{service_sid}/Sessions/{sid}".format(
            service_sid=quote(str(service_sid), safe=""),
            sid=quote(str(sid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Session | TwilioError | None:
    if response.status_code == 200:
        response_200 = Session.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = TwilioError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = TwilioError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = TwilioError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = TwilioError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = TwilioError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = TwilioError.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = TwilioError.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = TwilioError.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = TwilioError.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[Session | TwilioError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Session | TwilioError]:
    """Fetch session

     Fetch a specific Session, by its SID or by its unique name.

    Args:
        service_sid (str):
        sid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Session | TwilioError]
    """

    kwargs = _get_kwargs(
        service_sid=service_sid,
        sid=sid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Session | TwilioError | None:
    """Fetch session

     Fetch a specific Session, by its SID or by its unique name.

    Args:
        service_sid (str):
        sid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Session | TwilioError
    """

    return sync_detailed(
        service_sid=service_sid,
        sid=sid,
        client=client,
    ).parsed


async def asyncio_detailed(
    service_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Session | TwilioError]:
    """Fetch session

     Fetch a specific Session, by its SID or by its unique name.

    Args:
        service_sid (str):
        sid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Session | TwilioError]
    """

    kwargs = _get_kwargs(
        service_sid=service_sid,
        sid=sid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Session | TwilioError | None:
    """Fetch session

     Fetch a specific Session, by its SID or by its unique name.

    Args:
        service_sid (str):
        sid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Session | TwilioError
    """

    return (
        await asyncio_detailed(
            service_sid=service_sid,
            sid=sid,
            client=client,
        )
    ).parsed
