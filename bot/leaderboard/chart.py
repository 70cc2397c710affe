"""A small horizontal bar chart of the board, as PNG bytes (Pillow)."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from bot.leaderboard.views import BoardView
from bot.render import clip

MAX_BARS = 15
WIDTH, ROW, TOP, BOTTOM, LABEL = 640, 30, 52, 40, 170
BACKGROUND, INK, MUTED, BAR = "#ffffff", "#1f2933", "#616e7c", "#2a9d8f"

if TYPE_CHECKING:
    from PIL import ImageFont


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    from PIL import ImageFont  # see chart_png

    try:
        return ImageFont.load_default(size=size)
    except (TypeError, OSError):
        # Pillow without FreeType only has the fixed bitmap font.
        return ImageFont.load_default()


def chart_png(board: BoardView) -> bytes:
    """The top members' points as bars, with the week and the relationship-first rate."""
    # Pillow loads when a chart is first drawn: processes that never draw one (the Slack web
    # process) do not carry it.
    from PIL import Image, ImageDraw

    rows = board.rows[:MAX_BARS]
    height = TOP + BOTTOM + ROW * max(len(rows), 1)
    image = Image.new("RGB", (WIDTH, height), BACKGROUND)
    draw = ImageDraw.Draw(image)
    title, small = _font(18), _font(14)
    draw.text((16, 14), f"Relationship leaderboard · {board.week}", fill=INK, font=title)
    best = max((r.points for r in rows), default=0) or 1
    span = WIDTH - LABEL - 70
    for n, row in enumerate(rows):
        y = TOP + n * ROW
        draw.text((16, y + 6), clip(f"{row.rank}. {row.display_name}", 22), fill=INK, font=small)
        length = max(2, round(span * row.points / best))
        draw.rectangle((LABEL, y + 4, LABEL + length, y + ROW - 6), fill=BAR)
        draw.text((LABEL + length + 8, y + 6), str(row.points), fill=INK, font=small)
    if not rows:
        draw.text((16, TOP + 6), "No points this week.", fill=MUTED, font=small)
    rate = board.relationship_first_rate
    footer = ("Relationship-first rate: no pitches sent" if rate is None else
              f"Relationship-first rate: {rate:.0%} ({board.sent_to_earned} of {board.sent} "
              "sent pitches went to earned relationships)")
    draw.text((16, height - BOTTOM + 12), footer, fill=MUTED, font=small)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
