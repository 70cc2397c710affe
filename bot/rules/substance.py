"""How much a message says in words: the words that describe something, not glue."""

import re

from bot.rules.base import ReviewContext

# Words that carry no description of the thing: greetings, courtesy, pronouns, glue.
FUNCTION_WORDS = frozenset((
    "a", "an", "the", "and", "or", "but", "so", "to", "of", "in", "on", "at", "for", "with",
    "from", "by", "is", "are", "was", "were", "be", "been", "being", "it", "its", "it's", "this",
    "that", "these", "those", "i", "me", "my", "we", "us", "our", "you", "your", "he", "she",
    "they", "them", "their", "his", "her", "as", "if", "then", "than", "there", "here", "what",
    "which", "who", "when", "where", "why", "how", "all", "any", "some", "no", "not", "do",
    "does", "did", "have", "has", "had", "can", "could", "would", "should", "will", "shall",
    "may", "might", "must", "just", "also", "very", "really", "hi", "hello", "hey", "dear",
    "thanks", "thank", "please", "pls", "regards", "best", "cheers", "sincerely", "let", "know",
    "i'm", "i've", "i'd", "we're", "we'd", "you're", "out", "check", "look", "see", "click",
    "read", "view", "share", "rt", "retweet", "link", "here",
))
_WORD = re.compile(r"[a-z0-9']+")


def content_words(folded: str) -> int:
    """How many words of a folded text describe something (greetings and glue left out)."""
    return sum(1 for w in _WORD.findall(folded) if w not in FUNCTION_WORDS)


def content_words_besides(ctx: ReviewContext, span: tuple[int, int]) -> int:
    """Content words of the message outside a folded span (one sentence), links left out."""
    folded = ctx.text.folded
    outside = folded[:span[0]] + " " + folded[span[1]:]
    for start, end in ctx.text.links:
        outside = outside.replace(folded[start:end], " ")
    return content_words(outside)
