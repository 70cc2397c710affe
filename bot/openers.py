"""The suggested opener: what to send instead of a cold ask — engagement first, no ask.

Built from what the team knows (the recipient's interests, whether anyone has been in touch,
the channel) by fixed templates, so the same pitch always gets the same suggestion and no
network is involved. It is offered beside every `stranger-pitch` and `blind-amplify` finding,
and the author can adopt it as a new revision in one step.
"""

from __future__ import annotations

from bot.views import ContactView

# The findings that mean "do not ask yet": the opener is what to send instead.
SUGGESTED_FOR = frozenset({"stranger-pitch", "blind-amplify"})


def greeting_name(handle: str) -> str:
    """A first name to greet by, from a handle ("@liz" → "Liz"), else the handle itself."""
    bare = handle.lstrip("@")
    return bare.capitalize() if bare.isalpha() else f"@{bare}"


def opener(recipient: ContactView, channel: str) -> str:
    """An engagement-first message to this recipient on this channel, asking nothing."""
    topic = recipient.interests[0] if recipient.interests else None
    about = f"what you share about {topic}" if topic else "your recent posts"
    question = (f"What got you interested in {topic} in the first place?" if topic
                else "What are you most excited about working on right now?")
    thanks = ("Thanks again for the conversation last time. " if recipient.last_contact
              else "")
    if channel == "public-mention":
        # A public reply is short and addressed by the mention itself.
        return f"@{recipient.handle.lstrip('@')} {thanks}Really enjoying {about}. {question}"
    return (f"Hi {greeting_name(recipient.handle)},\n\n{thanks}I've been following {about} and "
            f"wanted to say how much I enjoy it. {question}\n\nNo need to reply if you're busy.")


def suggestion_for(rules: set[str], recipient: ContactView, channel: str) -> str | None:
    """The opener, when a finding says not to ask yet; None otherwise."""
    return opener(recipient, channel) if rules & SUGGESTED_FOR else None
