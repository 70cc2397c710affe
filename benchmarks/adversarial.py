"""Hostile inputs against ordinary prose of the same length: no input may cost much more.

Times the text part of a review (normalising, the near-copy signature and every rule) on
40,000-character inputs built to make a backtracking matcher stall, and on prose of the same
length, and prints each family's median with its ratio to prose. Target (DESIGN §8): no
family above 1.5× prose; the punctuation-heavy families under 50 ms.

    python benchmarks/adversarial.py [--length 40000] [--runs 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import UTC, datetime

from bot import similarity
from bot.engine import run_rules
from bot.policy import Policy
from bot.rules.base import History, Recipient, ReviewContext
from bot.text import normalize

_PROSE = (
    "Hi Liz, I read your piece on night markets and loved the bit about the late bakeries. "
    "We run a small guide to food stalls in the city and wondered what you make of the new "
    "opening hours. Would you share it with your readers if it fits? Thanks, Ana. "
)

_CHINESE = ("你好，我们是一家做面包的小店，读了你写的夜市文章。"
            "想请你看看我们的新菜单，可以吗？谢谢！")
_JAPANESE = ("はじめまして。夜市の記事を拝見しました。"
             "私たちのパン屋の新しいメニューを見ていただけますか？")

_MIXED = "你您可合求请想希能有方给点互加abcdefghij .,!?'\"@#:/-\n"


def families(length: int) -> dict[str, str]:
    """Each hostile family, cut to `length` characters, with prose as the baseline."""
    rng = random.Random(7)
    fill = {
        "prose": _PROSE * (length // len(_PROSE) + 1),
        "link + !!!…x": "example.com/" + "!" * length + "x",
        "www. + !!!…": "www." + "!" * length,
        "https:// + ....": "https://a.io/" + "." * length,
        "bare domain dots": "a." * (length // 2) + "com",
        "!!! only": "!" * length,
        "emoji flags": "\U0001f1fa\U0001f1f8" * (length // 2),
        "quotes": "'\"" * (length // 2),
        "brackets": "([{<" * (length // 4),
        "backticks": "`" * length,
        "handles": "@a" * (length // 2),
        "mixed punctuation": "".join(rng.choice("!?.,;:'\"()[]`*-_ ") for _ in range(length)),
        # Ideographs that Chinese request forms begin with, among Latin letters and marks:
        # each script's forms tried at every character (1.6-2.3x prose before the scripts
        # were scanned apart).
        "mixed scripts": "".join(rng.choice(_MIXED) for _ in range(length)),
        "placeholder-ish": "{a" * (length // 2),
        "greeting runs": "hi " * (length // 3),
        # A run of one short word that a request form may start with: each form is tried,
        # and gets a word or two in, at every word.
        "i i i…": "i " * (length // 2),
        "we we we…": "we " * (length // 3),
        "could you could you…": "could you " * (length // 10),
        "please please…": "please " * (length // 7),
        # Chinese and Japanese are written without spaces: prose in them is one unbroken run
        # unless "。" ends its sentences (a sentence read as 40,000 characters cost 3.7 s).
        "Chinese prose": _CHINESE * (length // len(_CHINESE) + 1),
        "Japanese prose": _JAPANESE * (length // len(_JAPANESE) + 1),
        "你你你…": "你" * length,
        # ... and Chinese with no mark at all to end a sentence (3.4 s before its thanks and
        # translation words were found once rather than once per form).
        "Chinese, no stops": _CHINESE.replace("。", "").replace("？", "").replace("！", "")
        .replace("，", "") * (length // 30 + 1),
    }
    return {name: text[:length] for name, text in fill.items()}


def review_text(text: str, policy: Policy) -> None:
    """The text part of a review: normalise, sign for near-copies, run every rule."""
    folded = normalize(text)
    similarity.signature(similarity.copy_tokens(text, "@liz", folded.folded))
    ctx = ReviewContext(text=folded, channel="email", recipient=Recipient(handle="@liz"),
                        history=History(), policy=policy, now=datetime.now(UTC))
    run_rules(ctx)


def median_ms(text: str, policy: Policy, runs: int) -> float:
    """Median wall time of reviewing a text, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        review_text(text, policy)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    """Print each family's median and its ratio to prose of the same length."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", type=int, default=40_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    policy = Policy()
    texts = families(args.length)
    review_text(texts["prose"], policy)  # warm caches (character folding, compiled patterns)
    base = median_ms(texts["prose"], policy, args.runs)
    print(f"{'family':<20} {'median ms':>10} {'× prose':>8}")
    worst = 0.0
    for name, text in texts.items():
        ms = base if name == "prose" else median_ms(text, policy, args.runs)
        ratio = ms / base
        worst = max(worst, ratio if name != "prose" else 0)
        print(f"{name:<20} {ms:>10.1f} {ratio:>8.2f}")
    print(f"worst ratio {worst:.2f} (target ≤ 1.5)")


if __name__ == "__main__":
    main()
