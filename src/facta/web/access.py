"""Who may write: the access token (a header, or the sign-in cookie that holds a value derived
from it, never the token itself), checked one at a time with a growing pause after wrong ones.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import secrets

FIRST_PAUSE = 0.25  # seconds after the first wrong token; doubled for each one after it
LONGEST_PAUSE = 4.0


class TokenGate:
    """The token a workbench was started with. A wrong token is answered only after a pause
    that doubles with each wrong one in a row (up to LONGEST_PAUSE), and tokens are checked
    one at a time, so guesses cannot be sent in parallel to go faster."""

    def __init__(self, token: str):
        self._token = token.encode()
        # a per-process key: the cookie is useless to anyone who reads it after a restart,
        # and the token (perhaps used elsewhere too) never sits in a browser's cookie jar
        self.cookie_value = hmac.new(
            secrets.token_bytes(32), self._token, hashlib.sha256
        ).hexdigest()
        self.wrong = 0
        self._lock: asyncio.Lock | None = None

    async def allows(self, token: str = "", cookie: str = "") -> bool:
        """Whether the token, or else the sign-in cookie, is right; none given is no guess."""
        if not token and not cookie:
            return False
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            if token:
                right = hmac.compare_digest(token.encode(), self._token)
            else:
                right = hmac.compare_digest(cookie.encode(), self.cookie_value.encode())
            if right:
                self.wrong = 0
                return True
            self.wrong += 1
            await asyncio.sleep(pause_after(self.wrong))
            return False


def pause_after(wrong: int) -> float:
    """Seconds to wait after this many wrong tokens in a row."""
    return min(FIRST_PAUSE * 2 ** min(wrong - 1, 16), LONGEST_PAUSE)
