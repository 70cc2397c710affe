"""A small linear model of "is this a pitch?", trained on the dev corpus, for the phrasings
the request forms do not know. Deterministic, shipped as a JSON file of weights, and read
with the standard library: no network, no scikit-learn at run time.

It only adds asks the forms missed, and only when it is confident; the sentence it scores
highest is the span, and the words that weighed most are the reason.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

WEIGHTS = Path(__file__).with_name("model.json")
TOKEN = re.compile(r"[a-z][a-z']+")
# Editors' marks and redactions in published examples say nothing about asking.
_NOISE = re.compile(r"\[\s*link[^\]\n]{0,20}\]|\bacme\b|https?://\S+|www\.\S+")


# Words that weigh in the model but explain nothing to a reader.
_NOT_REASONS = frozenset({"urltoken", "hi", "hello", "hey", "dear", "thanks", "thank", "you",
                          "your", "the", "and", "to", "for", "of", "is", "it", "this", "on"})


def features(folded: str) -> str:
    """The text the model reads: folded, with links and editors' marks reduced to a token."""
    return _NOISE.sub(" urltoken ", folded)


@dataclass(frozen=True)
class AskModel:
    """Vocabulary with idf weights, coefficients and intercept of a logistic regression."""

    vocabulary: dict[str, int]
    idf: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float
    # Surer still, it counts a request whose act no word names ("is this a fit for you?").
    unnamed_threshold: float = 1.01

    @cached_property
    def words(self) -> dict[int, str]:
        """The vocabulary by index, for naming the words that weighed most."""
        return {i: t for t, i in self.vocabulary.items()}

    def known(self, text: str) -> list[str]:
        """The text's words that the model has weights for, in order, repeats kept."""
        return [t for t in TOKEN.findall(features(text)) if t in self.vocabulary]

    def vector(self, known: list[str]) -> dict[int, float]:
        """Sublinear tf-idf of known words, L2-normalised, as the training pipeline did it."""
        vec = {self.vocabulary[t]: (1 + math.log(n)) * self.idf[self.vocabulary[t]]
               for t, n in Counter(known).items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {i: v / norm for i, v in vec.items()}

    def score(self, text: str) -> tuple[float, int]:
        """The probability that the text asks for something, and how many of its words the
        model knows, from one reading of it."""
        known = self.known(text)
        z = self.intercept + sum(self.coef[i] * v for i, v in self.vector(known).items())
        return 1 / (1 + math.exp(-z)), len(known)

    def probability(self, text: str) -> float:
        """The model's probability that the text asks the recipient for something."""
        return self.score(text)[0]

    def reasons(self, text: str, most: int = 3) -> list[str]:
        """The words that pushed the score up most."""
        weighed = sorted(((self.coef[i] * v, self.words[i])
                          for i, v in self.vector(self.known(text)).items()), reverse=True)
        return [word for weight, word in weighed if weight > 0 and word not in _NOT_REASONS][:most]


@lru_cache(maxsize=1)
def load() -> AskModel | None:
    """The shipped model, or None when the weights file is absent."""
    try:
        data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return AskModel(vocabulary={t: i for i, t in enumerate(data["vocabulary"])},
                    idf=tuple(data["idf"]), coef=tuple(data["coef"]),
                    intercept=data["intercept"], threshold=data["threshold"],
                    unnamed_threshold=data.get("unnamed_threshold", 1.01))
