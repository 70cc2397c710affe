"""Discord's error responses, in the JSON shape the real API returns them."""

from __future__ import annotations

from typing import Any

__all__ = ["DiscordError", "FormErrors", "MissingIntent"]


class DiscordError(Exception):
    """An API error: HTTP status plus Discord's ``{"code", "message", "errors"}`` body."""

    def __init__(
        self,
        status: int,
        code: int,
        message: str,
        errors: dict[str, Any] | None = None,
        *,
        rule: str = "",
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.errors = errors
        # A short name for the rule the bot broke, so tests can filter violations by it.
        self.rule = rule or f"code-{code}"

    def body(self) -> dict[str, Any]:
        """The JSON body Discord sends with this error."""
        body: dict[str, Any] = {"message": self.message, "code": self.code}
        if self.errors:
            body["errors"] = self.errors
        return body


class MissingIntent(AssertionError):  # noqa: N818 - reads as a test failure, like Discord's 4014
    """Discord would not deliver this event: the bot did not identify with the intent for it."""


class FormErrors:
    """Collects field errors into Discord's nested ``errors`` tree for a 50035 response."""

    def __init__(self) -> None:
        self.tree: dict[str, Any] = {}

    def add(self, path: tuple[str | int, ...], code: str, message: str) -> None:
        """Record one error at ``path`` (keys and list indexes, as Discord nests them)."""
        node = self.tree
        for part in path:
            node = node.setdefault(str(part), {})
        node.setdefault("_errors", []).append({"code": code, "message": message})

    def max_length(self, path: tuple[str | int, ...], value: Any, limit: int) -> None:
        """Flag ``value`` (a string or list) longer than ``limit``."""
        if value is not None and len(value) > limit:
            self.add(path, "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")

    def length_between(self, path: tuple[str | int, ...], value: Any, low: int, high: int) -> None:
        """Flag a required string or list whose length is outside ``low..high``."""
        if value is None:
            self.add(path, "BASE_TYPE_REQUIRED", "This field is required")
        elif len(value) < low:
            self.add(path, "BASE_TYPE_MIN_LENGTH", f"Must be {low} or more in length.")
        else:
            self.max_length(path, value, high)

    def number_between(self, path: tuple[str | int, ...], value: Any, low: int, high: int) -> None:
        """Flag a number outside ``low..high`` (absent numbers are fine)."""
        if value is None:
            return
        if not isinstance(value, int) or isinstance(value, bool):
            self.add(path, "NUMBER_TYPE_COERCE", f'Value "{value}" is not int.')
        elif value < low:
            self.add(
                path, "NUMBER_TYPE_MIN", f"int value should be greater than or equal to {low}."
            )
        elif value > high:
            self.add(path, "NUMBER_TYPE_MAX", f"int value should be less than or equal to {high}.")

    def raise_if_any(self) -> None:
        """Raise Discord's 400 Invalid Form Body if anything was recorded."""
        if self.tree:
            raise DiscordError(400, 50035, "Invalid Form Body", self.tree, rule="invalid-form-body")
