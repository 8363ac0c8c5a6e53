from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.service import Service
from ...models.twilio_error import TwilioError
from ...models.update_service_request import UpdateServiceRequest
from ...types import Response


def _get_kwargs(
    sid: str,
    *,
    body: UpdateServiceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/Services/{sid}".format(
            sid=quote(str(sid), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Service | TwilioError | None:
    if response.status_code == 200:
        response_200 = Service.from_dict(response.json())

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
) -> Response[Service | TwilioError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateServiceRequest,
) -> Response[Service | TwilioError]:
    """Update service

     Update a specific Service.

    Args:
        sid (str):
        body (UpdateServiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Service | TwilioError]
    """

    kwargs = _get_kwargs(
        sid=sid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateServiceRequest,
) -> Service | TwilioError | None:
    """Update service

     Update a specific Service.

    Args:
        sid (str):
        body (UpdateServiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Service | TwilioError
    """

    return sync_detailed(
        sid=sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateServiceRequest,
) -> Response[Service | TwilioError]:
    """Update service

     Update a specific Service.

    Args:
        sid (str):
        body (UpdateServiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Service | TwilioError]
    """

    kwargs = _get_kwargs(
        sid=sid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateServiceRequest,
) -> Service | TwilioError | None:
    """Update service

     Update a specific Service.

    Args:
        sid (str):
        body (UpdateServiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Service | TwilioError
    """

    return (
        await asyncio_detailed(
            sid=sid,
            client=client,
            body=body,
        )
    ).parsed
