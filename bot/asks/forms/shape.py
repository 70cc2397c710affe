"""The parts every request form is made of: the `Form` record and the phrases forms share
(who "you" and "we" are, the nouns an ask names, what a hope feels)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.asks.acts import ASKED_NOUNS

NOUNS = "|".join(ASKED_NOUNS.values())
YOU = r"(?:you|u|ya|ye|y'all)"
# "Can someone share it?", "Would anyone be up for…": a request to whoever reads it.
ANYONE = r"(?:you|u|ya|ye|y'all|anyone|anybody|someone|somebody)"
WE = r"(?:i|we)(?:'m|'re|'d|'ve| am| are| was| were| would| have| had)?"
# "I'd love to contribute a guest post" asks for a slot; contributing to their project, its
# docs or its code ("I want to contribute to this project", "contribute a GROWTH.md") is work
# offered to them.
CONTRIBUTE = (r"contribute(?! to (?:this|the|your|ur) (?:[\w-]+ ){0,2}(?:project|repo|repository|"
               r"code|codebase|docs|documentation|translations?|development|effort)\b| (?:a |an )?"
               r"(?:[\w-]+\.md|pr|pull request|patch|fix|translation)\b)"
               # Money given is a gift: "I would like to contribute to BackstopJS financially".
               r"(?![^.!?\n]{0,40}\b(?:financially|monetarily|a donation|some money)\b)")


# What a hope feels: "really love", "be so grateful" (before "if you").
FEEL = (r"(?:really |so |truly |also |greatly |deeply |very much )?(?:love|like|appreciate|want|"
         r"need|be (?:so |very |really |most |extremely |super |truly )?(?:grateful|thankful|"
         r"thrilled|honou?red|delighted|happy|glad|obliged|pleased|excited))")


@dataclass(frozen=True)
class Form:
    """A request form: its name, its pattern, whether it needs an act, and (for some) the
    kind of thing it always asks for."""

    name: str
    pattern: str
    needs_act: bool
    kind: str | None = None
