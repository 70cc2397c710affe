"""A request is Slack's before anything reads it: signature first, then the body, then Bolt.

Bolt parses a body before it checks the signature, so unsigned junk (a `payload=` that is not
JSON, a JSON array, invalid UTF-8, `X-Slack-Request-Timestamp: abc`) raised inside Bolt: HTTP
500 and a traceback in the log, each time. Here such a request is refused with a status and a
reason, and Bolt only ever sees a signed body it can read.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from urllib.parse import parse_qsl

from slack_bolt import BoltRequest
from slack_bolt.context import BoltContext
from slack_bolt.request.internals import build_context, extract_content_type
from slack_sdk.signature import SignatureVerifier


class Refused(Exception):
    """A request Bolt must not see: the HTTP status to answer and why (for one log line)."""

    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status, self.reason = status, reason


class RawBodyVerifier(SignatureVerifier):
    """slack_sdk's verifier (same secret, same 5-minute window), over the bytes Slack signed."""

    def generate_signature(self, *, timestamp: str, body: str | bytes) -> str | None:
        """Slack's v0 signature of a body; unlike slack_sdk's, a body need not be UTF-8."""
        # slack_sdk decodes bytes as UTF-8 first, which raises on junk instead of not matching.
        raw = body if isinstance(body, bytes) else body.encode()
        base = b"v0:" + timestamp.encode() + b":" + raw
        return "v0=" + hmac.new(self.signing_secret.encode(), base, hashlib.sha256).hexdigest()


def check_signature(verifier: SignatureVerifier, raw: bytes, headers: Mapping[str, str]) -> None:
    """Raise Refused (401) unless Slack signed `raw` within the last five minutes."""
    timestamp = headers.get("x-slack-request-timestamp", "")
    signature = headers.get("x-slack-signature", "")
    if not timestamp or not signature:
        raise Refused(401, "no Slack signature")
    # slack_sdk would raise on these (int("abc"); comparing non-ASCII text) instead of refusing.
    if not (timestamp.isascii() and timestamp.isdigit() and signature.isascii()):
        raise Refused(401, "a malformed signature or timestamp")
    if not verifier.is_valid(raw, timestamp, signature):
        raise Refused(401, "a wrong signature, or a timestamp over five minutes off")


def _json_object(text: str, what: str) -> dict:
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: "[[[[…" nested beyond the stack
        raise Refused(400, f"{what} that is not JSON") from None
    if not isinstance(value, dict):
        raise Refused(400, f"{what} that is not a JSON object")
    return value


def parse(text: str, headers: Mapping[str, str]) -> dict:
    """The body as Bolt would read it (JSON, a form, or a form's `payload`), or Refused (400)."""
    # Bolt's own rule for what is JSON, so that Bolt's parser cannot fail on what passes here.
    content_type = extract_content_type({k: [v] for k, v in headers.items()})
    if content_type == "application/json" or text.startswith("{"):
        body = _json_object(text, "a JSON body")
    else:
        form = dict(parse_qsl(text, keep_blank_values=True))
        body = _json_object(form["payload"], "a payload") if "payload" in form else form
    if not body:
        raise Refused(400, "an empty body")
    return body


def admit(verifier: SignatureVerifier, raw: bytes, query: str,
          headers: Mapping[str, str]) -> BoltRequest:
    """A Bolt request for a signed, readable body; raises Refused (401 or 400) for any other."""
    check_signature(verifier, raw, headers)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused(400, "a body that is not UTF-8") from None
    body = parse(text, headers)
    try:
        # The raw text, not the dict: Bolt checks the signature again (a second lock).
        request = BoltRequest(body=text, query=query, headers=dict(headers))
    except (AttributeError, KeyError, TypeError, ValueError):
        raise Refused(400, "a body Bolt cannot read") from None
    if request.body != body:
        # Bolt takes any form that mentions "payload" for an interactive payload, so a slash
        # command whose text says "payload" would reach no listener (404).
        request.body = body
        request.context = build_context(BoltContext({}), body)
    return request
