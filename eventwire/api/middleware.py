"""ASGI layers around the API: security headers, HEAD as GET without a body, and a cache of answers.

Each is a plain ASGI callable (no request objects are built), so a cached answer costs no
routing, no validation and no thread: the cache is what lets one process answer many
concurrent readers.
"""
from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# Only what the page itself serves: scripts, styles, images, data and fonts from this server.
# Leaflet and the dashboard set styles through the DOM (allowed), never inline <style> or style="".
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                           "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
                           "form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode("ascii")),
)


class SecurityHeaders:
    """Adds the headers of :data:`SECURITY_HEADERS` to every HTTP response that lacks them
    (a page may bring its own Content-Security-Policy, as /docs does)."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [(name, value) for name, value in SECURITY_HEADERS if name not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class HeadAsGet:
    """Answers ``HEAD`` as the app answers ``GET`` (status and headers, Content-Length included),
    without the body."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_headers_only(message: Message) -> None:
            if message["type"] != "http.response.body":
                await send(message)
            elif not message.get("more_body", False):
                await send({"type": "http.response.body", "body": b"", "more_body": False})

        await self.app({**scope, "method": "GET"}, receive, send_headers_only)


class AnswerCache:
    """Keeps the complete JSON answers (status 200) of ``GET`` on ``paths``, keyed by the path, the
    query string and ``version()`` - a number that changes whenever the store is written - so an
    answer is never served after a write it does not reflect.  Requests for an answer being
    computed wait for it instead of computing it again.  At most ``entries`` answers and
    ``max_bytes`` bytes are kept (least recently used go first); answers over ``max_bytes // 64``
    are not kept."""

    def __init__(self, app: ASGIApp, version: Callable[[], Any], paths: Iterable[str],
                 prefixes: Iterable[str] = (), entries: int = 1024, max_bytes: int = 64 * 1024 * 1024):
        self.app, self.version = app, version
        self.paths, self.prefixes = frozenset(paths), tuple(prefixes)
        self.entries, self.max_bytes = entries, max_bytes
        self.answers: OrderedDict[tuple, tuple[int, list, bytes]] = OrderedDict()
        self.size = 0
        self.computing: dict[tuple, asyncio.Future] = {}
        self.hits = self.misses = 0

    def _cacheable(self, scope: Scope) -> bool:
        if scope["type"] != "http" or scope["method"] != "GET" or self.entries <= 0:
            return False
        path = scope["path"]
        return path in self.paths or any(path.startswith(p) and "/" not in path[len(p):] for p in self.prefixes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self._cacheable(scope):
            await self.app(scope, receive, send)
            return
        key = (self.version(), scope["path"], scope.get("query_string", b""))
        waiting = self.computing.get(key)
        if waiting is not None:
            await asyncio.shield(waiting)
        answer = self.answers.get(key)
        if answer is not None:
            self.hits += 1
            self.answers.move_to_end(key)
            await _replay(answer, send)
            return
        self.misses += 1
        done = asyncio.get_running_loop().create_future() if key not in self.computing else None
        if done is not None:
            self.computing[key] = done
        try:
            await self._compute(key, scope, receive, send)
        finally:
            if done is not None:
                self.computing.pop(key, None)
                done.set_result(None)

    async def _compute(self, key: tuple, scope: Scope, receive: Receive, send: Send) -> None:
        start: Message | None = None
        parts: list[bytes] = []
        keep = True

        async def send_and_keep(message: Message) -> None:
            nonlocal start, keep
            if message["type"] == "http.response.start":
                start = message
                keep = message.get("status") == 200 and _is_json(message.get("headers", []))
            elif message["type"] == "http.response.body" and keep:
                parts.append(message.get("body", b""))
                keep = sum(map(len, parts)) <= self.max_bytes // 64
            await send(message)

        await self.app(scope, receive, send_and_keep)
        if keep and start is not None and key[0] == self.version():
            body = b"".join(parts)
            self.answers[key] = (start["status"], list(start.get("headers", [])), body)
            self.size += len(body)
            while self.answers and (len(self.answers) > self.entries or self.size > self.max_bytes):
                _, (_, _, old) = self.answers.popitem(last=False)
                self.size -= len(old)


def _is_json(headers: list[tuple[bytes, bytes]]) -> bool:
    return any(name.lower() == b"content-type" and value.startswith(b"application/json") for name, value in headers)


async def _replay(answer: tuple[int, list, bytes], send: Send) -> None:
    status, headers, body = answer
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})
