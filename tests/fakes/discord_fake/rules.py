"""Discord's documented limits, checked on whatever the bot sends; breaking one fails loudly."""

from __future__ import annotations

import re
from typing import Any

from .errors import DiscordError, FormErrors

__all__ = [
    "LIMITS",
    "check_allowed_mentions",
    "check_commands",
    "check_components",
    "check_embeds",
    "check_message",
    "check_modal",
    "could_ping",
]

LIMITS: dict[str, int] = {
    "content": 2000,
    "embeds": 10,
    "embed_title": 256,
    "embed_description": 4096,
    "embed_fields": 25,
    "embed_field_name": 256,
    "embed_field_value": 1024,
    "embed_footer": 2048,
    "embed_author_name": 256,
    "embed_total": 6000,
    "action_rows": 5,
    "row_buttons": 5,
    "custom_id": 100,
    "button_label": 80,
    "select_options": 25,
    "select_placeholder": 150,
    "select_option_text": 100,
    "components_v2_total": 40,
    "text_display_total": 4000,
    "modal_title": 45,
    "modal_rows": 5,
    "text_input_label": 45,
    "text_input_length": 4000,
    "text_input_placeholder": 100,
    "label_description": 100,
    "files": 10,
    "commands": 100,
    "command_name": 32,
    "command_description": 100,
    "command_options": 25,
    "option_choices": 25,
}

# SUPPRESS_EMBEDS, SUPPRESS_NOTIFICATIONS, IS_VOICE_MESSAGE, IS_COMPONENTS_V2; EPHEMERAL only
# where an interaction is answered.
CHANNEL_MESSAGE_FLAGS = (1 << 2) | (1 << 12) | (1 << 13) | (1 << 15)
INTERACTION_MESSAGE_FLAGS = CHANNEL_MESSAGE_FLAGS | (1 << 6)
COMPONENTS_V2 = 1 << 15
_SELECTS = {3, 5, 6, 7, 8}
_V2_LAYOUT = {9, 10, 11, 12, 13, 14, 17}
_NAME = re.compile(r"^[-_\w]{1,32}$")

Path = tuple[str | int, ...]


def check_message(
    body: dict[str, Any],
    errors: FormErrors,
    path: Path = (),
    *,
    creating: bool,
    file_count: int = 0,
    allowed_flags: int = INTERACTION_MESSAGE_FLAGS,
) -> None:
    """Check a create/edit message body (channel message, webhook, or interaction ``data``)."""
    content = body.get("content") or ""
    errors.max_length((*path, "content"), content, LIMITS["content"])
    flags = body.get("flags") or 0
    if flags & ~allowed_flags:
        errors.add((*path, "flags"), "MESSAGE_FLAGS_INVALID", "Invalid message flags")
    v2 = bool(flags & COMPONENTS_V2)
    if v2 and (content or body.get("embeds")):
        errors.add(
            (*path, "content" if content else "embeds"),
            "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2",
            "The 'content' and 'embeds' fields cannot be used when using "
            "MessageFlags.IS_COMPONENTS_V2",
        )
    if body.get("embeds"):
        check_embeds(body["embeds"], errors, (*path, "embeds"))
    if body.get("components"):
        check_components(body["components"], errors, (*path, "components"), v2=v2)
    if body.get("allowed_mentions") is not None:
        check_allowed_mentions(body["allowed_mentions"], errors, (*path, "allowed_mentions"))
    if file_count > LIMITS["files"]:
        errors.add((*path, "files"), "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.")
    errors.raise_if_any()
    empty = not (
        content
        or body.get("embeds")
        or body.get("components")
        or body.get("sticker_ids")
        or body.get("poll")
        or body.get("attachments")
        or file_count
    )
    if creating and empty:
        raise DiscordError(400, 50006, "Cannot send an empty message", rule="empty-message")


def _embed_text_size(embed: dict[str, Any]) -> int:
    size = len(embed.get("title") or "") + len(embed.get("description") or "")
    size += len((embed.get("footer") or {}).get("text") or "")
    size += len((embed.get("author") or {}).get("name") or "")
    for f in embed.get("fields") or []:
        size += len(f.get("name") or "") + len(f.get("value") or "")
    return size


def check_embeds(embeds: list[dict[str, Any]], errors: FormErrors, path: Path) -> None:
    """Per-embed limits, plus 10 embeds and 6,000 characters across all of them."""
    errors.max_length(path, embeds, LIMITS["embeds"])
    for i, embed in enumerate(embeds):
        at = (*path, i)
        errors.max_length((*at, "title"), embed.get("title"), LIMITS["embed_title"])
        errors.max_length(
            (*at, "description"), embed.get("description"), LIMITS["embed_description"]
        )
        footer = embed.get("footer") or {}
        errors.max_length((*at, "footer", "text"), footer.get("text"), LIMITS["embed_footer"])
        author = embed.get("author") or {}
        errors.max_length((*at, "author", "name"), author.get("name"), LIMITS["embed_author_name"])
        fields = embed.get("fields") or []
        errors.max_length((*at, "fields"), fields, LIMITS["embed_fields"])
        for j, f in enumerate(fields):
            errors.length_between(
                (*at, "fields", j, "name"), f.get("name"), 1, LIMITS["embed_field_name"]
            )
            errors.length_between(
                (*at, "fields", j, "value"), f.get("value"), 1, LIMITS["embed_field_value"]
            )
    if sum(_embed_text_size(e) for e in embeds) > LIMITS["embed_total"]:
        errors.add(path, "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000")


def _check_button(button: dict[str, Any], errors: FormErrors, at: Path) -> None:
    style = button.get("style")
    if style not in (1, 2, 3, 4, 5, 6):
        errors.add((*at, "style"), "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4, 5, 6}.")
    errors.max_length((*at, "label"), button.get("label"), LIMITS["button_label"])
    if style == 5:
        if not button.get("url"):
            errors.add((*at, "url"), "BASE_TYPE_REQUIRED", "This field is required")
        if button.get("custom_id"):
            errors.add(
                (*at, "custom_id"),
                "BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED",
                "Link buttons cannot have a custom_id",
            )
    elif style != 6:
        errors.length_between((*at, "custom_id"), button.get("custom_id"), 1, LIMITS["custom_id"])
    if style != 6 and not button.get("label") and not button.get("emoji"):
        errors.add(at, "BUTTON_COMPONENT_MISSING_LABEL_OR_EMOJI", "A label or emoji is required")


def _check_select(select: dict[str, Any], errors: FormErrors, at: Path) -> None:
    errors.length_between((*at, "custom_id"), select.get("custom_id"), 1, LIMITS["custom_id"])
    errors.max_length((*at, "placeholder"), select.get("placeholder"), LIMITS["select_placeholder"])
    errors.number_between((*at, "min_values"), select.get("min_values"), 0, 25)
    errors.number_between((*at, "max_values"), select.get("max_values"), 1, 25)
    if select.get("type") == 3:
        options = select.get("options")
        errors.length_between((*at, "options"), options, 1, LIMITS["select_options"])
        for k, option in enumerate(options or []):
            for key in ("label", "value"):
                errors.length_between((*at, "options", k, key), option.get(key), 1, 100)
            errors.max_length((*at, "options", k, "description"), option.get("description"), 100)


def _check_row(row: dict[str, Any], errors: FormErrors, at: Path) -> None:
    children = row.get("components") or []
    kinds = {c.get("type") for c in children}
    if not children:
        errors.add((*at, "components"), "BASE_TYPE_MIN_LENGTH", "Must be 1 or more in length.")
    elif kinds & _SELECTS and len(children) > 1:
        errors.add(
            (*at, "components"),
            "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
            "The specified component exceeds the maximum width",
        )
    else:
        errors.max_length((*at, "components"), children, LIMITS["row_buttons"])
    for k, child in enumerate(children):
        _check_item(child, errors, (*at, "components", k))


def _check_item(item: dict[str, Any], errors: FormErrors, at: Path) -> None:
    kind = item.get("type")
    if kind == 2:
        _check_button(item, errors, at)
    elif kind in _SELECTS:
        _check_select(item, errors, at)
    elif kind == 1:
        _check_row(item, errors, at)
    elif kind == 10:
        errors.length_between(
            (*at, "content"), item.get("content"), 1, LIMITS["text_display_total"]
        )
    elif kind in _V2_LAYOUT:
        for k, child in enumerate(item.get("components") or []):
            _check_item(child, errors, (*at, "components", k))
        if isinstance(item.get("accessory"), dict):
            _check_item(item["accessory"], errors, (*at, "accessory"))
    else:
        errors.add(
            (*at, "type"),
            "UNION_TYPE_CHOICES",
            f'Value of field "type" must be one of valid message components (got {kind}).',
        )


def _count(components: list[dict[str, Any]]) -> int:
    total = 0
    for c in components:
        total += 1 + _count(c.get("components") or [])
        total += 1 if isinstance(c.get("accessory"), dict) else 0
    return total


def check_components(
    components: list[dict[str, Any]], errors: FormErrors, path: Path, *, v2: bool
) -> None:
    """Message components: rows of ≤5 buttons or one select, unique custom_ids; v2 layouts."""
    if v2:
        if _count(components) > LIMITS["components_v2_total"]:
            errors.add(path, "BASE_TYPE_MAX_LENGTH", "Must be 40 or fewer in length.")
    else:
        errors.max_length(path, components, LIMITS["action_rows"])
    for i, component in enumerate(components):
        if not v2 and component.get("type") != 1:
            errors.add(
                (*path, i, "type"), "UNION_TYPE_CHOICES", "Top-level components must be action rows"
            )
            continue
        _check_item(component, errors, (*path, i))
    _check_unique_ids(components, errors, path)


def _check_unique_ids(components: list[dict[str, Any]], errors: FormErrors, path: Path) -> None:
    from .model import walk_components

    seen: set[str] = set()
    for component in walk_components(components):
        custom_id = component.get("custom_id")
        if custom_id is None:
            continue
        if custom_id in seen:
            errors.add(
                path,
                "COMPONENT_CUSTOM_ID_DUPLICATED",
                f"Component custom id cannot be duplicated ({custom_id})",
            )
        seen.add(custom_id)


def _check_text_input(
    item: dict[str, Any], errors: FormErrors, at: Path, *, labelled: bool
) -> None:
    errors.length_between((*at, "custom_id"), item.get("custom_id"), 1, LIMITS["custom_id"])
    if item.get("style") not in (1, 2):
        errors.add((*at, "style"), "BASE_TYPE_CHOICES", "Value must be one of {1, 2}.")
    if labelled:
        errors.max_length((*at, "label"), item.get("label"), LIMITS["text_input_label"])
    else:
        errors.length_between((*at, "label"), item.get("label"), 1, LIMITS["text_input_label"])
    errors.number_between(
        (*at, "min_length"), item.get("min_length"), 0, LIMITS["text_input_length"]
    )
    errors.number_between(
        (*at, "max_length"), item.get("max_length"), 1, LIMITS["text_input_length"]
    )
    errors.max_length((*at, "value"), item.get("value"), LIMITS["text_input_length"])
    errors.max_length(
        (*at, "placeholder"), item.get("placeholder"), LIMITS["text_input_placeholder"]
    )


def check_modal(data: dict[str, Any], errors: FormErrors, path: Path) -> None:
    """A modal: title ≤45, custom_id ≤100, 1-5 rows of text inputs (action rows or Labels)."""
    errors.length_between((*path, "title"), data.get("title"), 1, LIMITS["modal_title"])
    errors.length_between((*path, "custom_id"), data.get("custom_id"), 1, LIMITS["custom_id"])
    components = data.get("components")
    errors.length_between((*path, "components"), components, 1, LIMITS["modal_rows"])
    for i, top in enumerate(components or []):
        at = (*path, "components", i)
        kind = top.get("type")
        if kind == 1:
            children = top.get("components") or []
            if len(children) != 1:
                errors.add(
                    (*at, "components"),
                    "BASE_TYPE_BAD_LENGTH",
                    "Must be between 1 and 1 in length.",
                )
            for k, child in enumerate(children):
                if child.get("type") == 4:
                    _check_text_input(child, errors, (*at, "components", k), labelled=False)
                else:
                    _check_item(child, errors, (*at, "components", k))
        elif kind == 18:
            errors.length_between((*at, "label"), top.get("label"), 1, LIMITS["text_input_label"])
            errors.max_length(
                (*at, "description"), top.get("description"), LIMITS["label_description"]
            )
            inner = top.get("component") or {}
            if inner.get("type") == 4:
                _check_text_input(inner, errors, (*at, "component"), labelled=True)
            elif inner.get("type") in _SELECTS:
                _check_select(inner, errors, (*at, "component"))
            elif inner.get("type") != 19:
                errors.add(
                    (*at, "component", "type"),
                    "UNION_TYPE_CHOICES",
                    "Invalid component type for a label",
                )
        elif kind != 10:
            errors.add((*at, "type"), "UNION_TYPE_CHOICES", f"Invalid modal component type {kind}")
    _check_unique_ids(components or [], errors, (*path, "components"))


def check_allowed_mentions(am: dict[str, Any], errors: FormErrors, path: Path) -> None:
    """``parse`` values are known, and ``parse: users``/``roles`` exclude explicit lists."""
    parse = am.get("parse") or []
    for value in parse:
        if value not in ("users", "roles", "everyone"):
            errors.add(
                (*path, "parse"),
                "BASE_TYPE_CHOICES",
                "Value must be one of ('users', 'roles', 'everyone').",
            )
    for key in ("users", "roles"):
        if key in parse and am.get(key):
            errors.add(
                (*path, "parse"),
                "SET_TYPE_ALREADY_CONTAINS_VALUE",
                f"parse:{key} and {key}: [ids...] are mutually exclusive.",
            )
        errors.max_length((*path, key), am.get(key), 100)


def could_ping(allowed_mentions: dict[str, Any] | None, *, replying: bool = False) -> bool:
    """Whether a message sent with these allowed_mentions could notify anybody at all."""
    if allowed_mentions is None:
        return True  # Discord's default parses every mention in the content
    if (
        allowed_mentions.get("parse")
        or allowed_mentions.get("users")
        or allowed_mentions.get("roles")
    ):
        return True
    return replying and allowed_mentions.get("replied_user", False)


def _check_option(option: dict[str, Any], errors: FormErrors, at: Path, depth: int) -> None:
    kind = option.get("type")
    if kind not in range(1, 12):
        errors.add((*at, "type"), "BASE_TYPE_CHOICES", "Value must be one of {1, ..., 11}.")
    name = option.get("name") or ""
    if not _NAME.match(name) or name != name.lower():
        errors.add((*at, "name"), "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")
    errors.length_between(
        (*at, "description"), option.get("description"), 1, LIMITS["command_description"]
    )
    choices = option.get("choices") or []
    errors.max_length((*at, "choices"), choices, LIMITS["option_choices"])
    for k, choice in enumerate(choices):
        errors.length_between((*at, "choices", k, "name"), choice.get("name"), 1, 100)
        if isinstance(choice.get("value"), str):
            errors.max_length((*at, "choices", k, "value"), choice["value"], 100)
    children = option.get("options") or []
    if kind in (1, 2):
        allowed_child = {2: {1}, 1: set(range(3, 12))}[kind]
        if depth >= 2 or any(c.get("type") not in allowed_child for c in children):
            errors.add(
                (*at, "options"),
                "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
                "Sub-command nesting is invalid",
            )
        _check_options(children, errors, (*at, "options"), depth + 1)


def _check_options(options: list[dict[str, Any]], errors: FormErrors, at: Path, depth: int) -> None:
    errors.max_length(at, options, LIMITS["command_options"])
    seen_optional = False
    names: set[str] = set()
    for k, option in enumerate(options):
        _check_option(option, errors, (*at, k), depth)
        if option.get("name") in names:
            errors.add(
                (*at, k, "name"),
                "APPLICATION_COMMAND_OPTION_NAME_NOT_UNIQUE",
                "Option names must be unique",
            )
        names.add(option.get("name"))
        if option.get("type") in (1, 2):
            continue
        if option.get("required") and seen_optional:
            errors.add(
                (*at, k, "required"),
                "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                "Required options must be placed before non-required options",
            )
        seen_optional = seen_optional or not option.get("required")


def check_commands(commands: list[dict[str, Any]], errors: FormErrors) -> None:
    """A bulk-overwrite body: names, descriptions, option nesting and counts."""
    errors.max_length((), commands, LIMITS["commands"])
    seen: set[tuple[str, int]] = set()
    for i, command in enumerate(commands):
        kind = command.get("type", 1)
        name = command.get("name") or ""
        if kind == 1:
            if not _NAME.match(name) or name != name.lower():
                errors.add(
                    (i, "name"), "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid"
                )
            errors.length_between(
                (i, "description"), command.get("description"), 1, LIMITS["command_description"]
            )
            _check_options(command.get("options") or [], errors, (i, "options"), 0)
        else:
            errors.length_between((i, "name"), name, 1, LIMITS["command_name"])
        if (name, kind) in seen:
            errors.add(
                (i, "name"),
                "APPLICATION_COMMANDS_DUPLICATE_NAME",
                f"Application command names must be unique ({name})",
            )
        seen.add((name, kind))
