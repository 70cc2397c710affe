"""The shapes a request takes: each form either carries the ask itself or points at an act.

A form is matched once over the whole folded text (one combined pattern, no look-behind
guards); a form that only *points* ("could you …", "please …", "if you could …") needs an act
from `bot/asks/acts` in the words right after it, within its sentence.
"""

from __future__ import annotations

from bot.asks.forms.offers import OFFERS_AND_CONTACT
from bot.asks.forms.pointers import BARGAINS_AND_POINTERS
from bot.asks.forms.questions import QUESTIONS_AND_HOPES
from bot.asks.forms.shape import Form

# In this order: where two forms could match at one word, the one listed first is read.
FORMS: tuple[Form, ...] = (*QUESTIONS_AND_HOPES, *OFFERS_AND_CONTACT, *BARGAINS_AND_POINTERS)

__all__ = ["FORMS", "Form"]
