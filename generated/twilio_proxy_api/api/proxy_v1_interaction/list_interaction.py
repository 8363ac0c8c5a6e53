from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.interaction_page import InteractionPage
from ...models.twilio_error import TwilioError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    service_sid: str,
    session_sid: str,
    *,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["PageSize"] = page_size

    params["Page"] = page

    params["PageToken"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Services/{service_sid}/Sessions/{session_sid}/Interactions".format(
            service_sid=quote(str(service_sid), safe=""),
            session_sid=quote(str(session_sid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> InteractionPage | TwilioError | None:
    if response.status_code == 200:
        response_200 = InteractionPage.from_dict(response.json())

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
) -> Response[InteractionPage | TwilioError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_sid: str,
    session_sid: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[InteractionPage | TwilioError]:
    """List interactions

     Retrieve a list of all Interactions for a Session. A maximum of 100 records will be returned per
    page.

    Args:
        service_sid (str):
        session_sid (str):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InteractionPage | TwilioError]
    """

    kwargs = _get_kwargs(
        service_sid=service_sid,
        session_sid=session_sid,
        page_size=page_size,
        page=page,
        page_token=page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_sid: str,
    session_sid: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> InteractionPage | TwilioError | None:
    """List interactions

     Retrieve a list of all Interactions for a Session. A maximum of 100 records will be returned per
    page.

    Args:
        service_sid (str):
        session_sid (str):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InteractionPage | TwilioError
    """

    return sync_detailed(
        service_sid=service_sid,
        session_sid=session_sid,
        client=client,
        page_size=page_size,
        page=page,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    service_sid: str,
    session_sid: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[InteractionPage | TwilioError]:
    """List interactions

     Retrieve a list of all Interactions for a Session. A maximum of 100 records will be returned per
    page.

    Args:
        service_sid (str):
        session_sid (str):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InteractionPage | TwilioError]
    """

    kwargs = _get_kwargs(
        service_sid=service_sid,
        session_sid=session_sid,
        page_size=page_size,
        page=page,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_sid: str,
    session_sid: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> InteractionPage | TwilioError | None:
    """List interactions

     Retrieve a list of all Interactions for a Session. A maximum of 100 records will be returned per
    page.

    Args:
        service_sid (str):
        session_sid (str):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InteractionPage | TwilioError
    """

    return (
        await asyncio_detailed(
            service_sid=service_sid,
            session_sid=session_sid,
            client=client,
            page_size=page_size,
            page=page,
            page_token=page_token,
        )
    ).parsed
