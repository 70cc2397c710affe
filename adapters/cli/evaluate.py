"""`rapport eval`: how well the rules agree with a labelled corpus of real outreach."""

from __future__ import annotations

from pathlib import Path

import typer

from bot.evaluation import evaluate, load_corpus
from bot.policy import load_policy

from .output import FORMAT_OPTION, Format, show_json, show_text


def register(app: typer.Typer) -> None:
    """Add the eval verb."""

    @app.command("eval")
    def eval_(
        corpus: Path = typer.Argument(..., help="a JSON Lines corpus, e.g. corpus/test.jsonl"),
        fmt: Format = FORMAT_OPTION,
    ):
        """Score the rules on a labelled corpus: per-rule precision, recall and F1, under the
        team's policy (its levels and thresholds), as `rapport check` reviews."""
        report = evaluate(load_corpus(corpus), load_policy())
        if fmt == Format.json:
            show_json(report.as_dict())
        else:
            show_text("text/eval.txt.j2", report=report, corpus=str(corpus))
