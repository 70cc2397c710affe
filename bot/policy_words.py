"""Plain words for what is wrong in a policy file, instead of the validator's own wording."""

from __future__ import annotations

# Rule thresholds that count things (words, pitches, marks): a fraction of one means nothing.
COUNTS = frozenset({"min_words", "describe_words", "max_words", "min_self", "max_exclamations",
                    "error_from", "per_hour"})
# Thresholds that are a share, from nothing alike (0) to identical (1).
SHARES = frozenset({"similarity"})

_PLAIN = {
    "extra_forbidden": "unknown setting",
    "missing": "is required",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "int_from_float": "must be a whole number",
    "float_type": "must be a number",
    "float_parsing": "must be a number",
    "string_type": "must be text in quotes",
    "list_type": 'must be a list, like ["a", "b"]',
    "dict_type": "must be a table of settings",
    "model_type": "must be a table of settings",
    "model_attributes_type": "must be a table of settings",
}


def describe(error: dict) -> str:
    """One of pydantic's errors as 'key.path: what is wrong', in the file's own terms."""
    key = ".".join(str(part) for part in error["loc"])
    kind, ctx = error["type"], error.get("ctx") or {}
    if kind in _PLAIN:
        what = _PLAIN[kind]
    elif kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        bound = next(iter(ctx.values()))
        bound = f"{bound:g}" if isinstance(bound, int | float) else bound
        what = {"greater_than_equal": f"must be at least {bound}",
                "greater_than": f"must be more than {bound}",
                "less_than_equal": f"must be at most {bound}",
                "less_than": f"must be less than {bound}"}[kind]
    elif kind in ("enum", "literal_error"):
        what = f"must be one of {ctx.get('expected', '')}".strip()
    elif kind == "value_error":
        what = str(ctx.get("error", error["msg"]))
    else:
        what = error["msg"][:1].lower() + error["msg"][1:]
    return f"{key}: {what}"


def threshold_problem(key: str, value: object) -> str | None:
    """What is wrong with a rule threshold's value, or None when it will do."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return "must be a number"
    if key in SHARES and not 0 <= value <= 1:
        return "must be between 0 and 1"
    if key in COUNTS and value != int(value):
        return "must be a whole number"
    if value < 0:
        return "must be 0 or more"
    return None
