"""The requests of the load benchmark: one async sender per kind, each checking its answer
(a wrong or empty answer counts as an error, not as a fast request)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import httpx

Send = Callable[[httpx.AsyncClient, int], Awaitable[None]]
KINDS = ("chat", "search", "checklist", "shortlist")

QUESTIONS = [
    ("EUに緑茶を輸出するとき、食品表示で必要な項目は?", "EU"),
    ("Do I need to register my food facility with FDA before exporting tea to the US?", "US"),
    ("ドイツでBluetoothスピーカーを販売するにはCEマークが必要ですか?", "DE"),
    ("What does a Japanese exporter need to check under FEFTA before shipping?", "JP"),
]
PRODUCTS = [
    {"product": "matcha green tea powder", "hs_code": "090210", "destinations": ["DE"]},
    {"product": "Bluetooth speaker", "destinations": ["US"]},
    {"product": "日本酒", "destinations": ["SG"]},
]
VARIANTS = range(len(QUESTIONS) * len(PRODUCTS))  # n over this range meets every variant
SHORTLIST = {
    "profile": {"certifications": ["HACCP"], "languages": ["ja", "en"]},
    "product": {"code": "090210", "description": "matcha green tea powder"},
    "markets": ["US", "DE"],
    "limit": 5,
}


def _ok(response: httpx.Response) -> None:
    if response.status_code != 200:
        raise RuntimeError(f"HTTP {response.status_code}: {response.text[:120]}")


def request_for(kind: str, key: str) -> Send:
    """The sender of one kind of request (`healthz` is the baseline)."""
    headers = {"X-API-Key": key}

    async def healthz(client: httpx.AsyncClient, n: int) -> None:
        _ok(await client.get("/healthz"))

    async def chat(client: httpx.AsyncClient, n: int) -> None:
        message, _ = QUESTIONS[n % len(QUESTIONS)]
        body = {"message": message}
        async with client.stream("POST", "/v1/chat", json=body, headers=headers) as response:
            text = (await response.aread()).decode()
        _ok(response)
        if "event: final" not in text:
            raise RuntimeError("the chat stream ended without its final event")

    async def search(client: httpx.AsyncClient, n: int) -> None:
        query, country = QUESTIONS[n % len(QUESTIONS)]
        got = await client.get("/v1/regulations/search", params={"q": query, "country": country})
        _ok(got)
        if not got.json()["hits"]:
            raise RuntimeError("no hits")

    async def checklist(client: httpx.AsyncClient, n: int) -> None:
        got = await client.post("/v1/checklists", json=PRODUCTS[n % len(PRODUCTS)])
        _ok(got)
        if not got.json()["checklists"][0]["items"]:
            raise RuntimeError("an empty checklist")

    async def shortlist(client: httpx.AsyncClient, n: int) -> None:
        got = await client.post("/v1/shortlists", json=SHORTLIST, headers=headers)
        _ok(got)
        if not got.json()["candidates"]:
            raise RuntimeError("an empty shortlist")

    senders = {"healthz": healthz, "chat": chat, "search": search}
    senders.update(checklist=checklist, shortlist=shortlist)
    return senders[kind]
