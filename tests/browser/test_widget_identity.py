"""Defect 21 (issue 14) in the browser: the widget on a portal page talks with a
short-lived token from the portal's own backend and renews it there when it runs out; an
anonymous visitor of a public page talks through a publishable key. No key in the page."""

from __future__ import annotations

import json
import re
import time
from typing import Any

import httpx
import pytest

from export_assist.auth.demo import DemoKeys
from tests.browser.conftest import HostSite
from tests.browser.helpers import ask, host_page, ready, shot

pytestmark = [pytest.mark.browser, pytest.mark.slow]
KEYLIKE = re.compile(r"\bea_[A-Za-z0-9_-]{20,}|eyJ[A-Za-z0-9_-]{10,}\.")
TTL_S = 6


def test_defect_21_widget_chats_with_a_portal_token_and_renews_it(
    live: tuple[str, DemoKeys], context: Any, host_site: HostSite
) -> None:
    url, keys = live
    minted: list[dict[str, Any]] = []

    def portal_token() -> str:  # the portal's backend: its server key never leaves it
        r = httpx.post(
            f"{url}/v1/widget/tokens",
            json={"subject": "demo-exporter", "ttl_s": TTL_S},
            headers={"X-API-Key": keys.server},
        )
        minted.append(r.json())
        return r.text

    host_site.posts["/portal/token"] = portal_token
    html = host_page("", url, identity='data-token-url="/portal/token"')
    host_site.pages["/portal"] = html
    assert not KEYLIKE.search(html)  # nothing secret in what the portal serves
    page = context.new_page()
    page.goto(host_site.origins()[0] + "/portal")
    ready(page)
    first = ask(page, "FDAへの食品施設登録は必要ですか?")
    assert first.get_by_role("alert").count() == 0
    assert first.locator(".eaw-sources li").count() >= 1
    assert len(minted) == 1
    time.sleep(TTL_S + 1)  # the token has expired now
    second = ask(page, "FDAへの食品施設登録は必要ですか?")
    assert second.get_by_role("alert").count() == 0
    assert second.locator(".eaw-sources li").count() >= 1
    assert len(minted) >= 2 and minted[0]["token_id"] != minted[-1]["token_id"]
    first_token = minted[0]["token"]
    expired = httpx.get(f"{url}/v1/me", headers={"Authorization": f"Bearer {first_token}"})
    assert expired.status_code == 401 and expired.json()["error"]["code"] == "token_expired"
    # both turns went into one conversation of the portal's user
    conversations = httpx.get(
        f"{url}/v1/conversations", headers={"Authorization": f"Bearer {minted[-1]['token']}"}
    ).json()
    cid = page.evaluate(
        "Object.keys(localStorage).filter(k => k.startsWith('eaw-conversation:'))"
        ".map(k => localStorage.getItem(k))[0]"
    )
    assert cid in {c["id"] for c in conversations}
    shot(page, "portal-token-renewed")
    page.close()


def test_defect_21_anonymous_visitor_uses_a_publishable_key(
    live: tuple[str, DemoKeys], context: Any, host_site: HostSite
) -> None:
    url, keys = live
    site = host_site.origins()[0]
    made = httpx.post(
        f"{url}/v1/keys/publishable",
        json={"origins": [site], "name": "public pages"},
        headers={"X-API-Key": keys.admin},
    ).json()
    identity = f'data-publishable-key="{made["key"]}"'
    host_site.pages["/public"] = host_page("", url, identity=identity)
    page = context.new_page()
    page.goto(site + "/public")
    ready(page)
    answer = ask(page, "FDAへの食品施設登録は必要ですか?")
    assert answer.get_by_role("alert").count() == 0
    token = page.evaluate("window.__eaw.api.auth().then(h => h.Authorization.slice(7))")
    me = httpx.get(f"{url}/v1/me", headers={"Authorization": f"Bearer {token}", "Origin": site})
    assert me.json()["role"] == "visitor" and me.json()["subject"].startswith("visitor-")
    # a reload keeps the visitor (its id is in localStorage) and so its conversation
    page.reload()
    ready(page)
    page.locator(".eaw-user").first.wait_for(timeout=15000)
    assert "FDA" in page.locator(".eaw-user").first.inner_text()
    private = httpx.get(
        f"{url}/v1/drafts", headers={"Authorization": f"Bearer {token}", "Origin": site}
    )
    assert private.status_code == 200
    assert all(d["owner"] == me.json()["subject"] for d in private.json()), json.dumps(
        private.json()
    )
    page.close()
