"""Errors the core raises with a message fit to show the person who asked."""


class RapportError(Exception):
    """A request the core refuses; str(error) is one friendly line."""


class InvalidInput(RapportError):
    """The request itself is malformed: empty or oversized text, an unknown choice."""


class NotFound(RapportError):
    """A pitch, member or contact that does not exist on this team."""


class NotAReport(NotFound):
    """A reaction on a message that is not one of this team's reports: nobody is told."""


class Unavailable(RapportError):
    """The database cannot be reached or took too long; nothing was saved."""


# What every surface says when the database is away.
UNAVAILABLE = "can't reach the database — nothing was saved; try again in a minute"


class NotAllowed(RapportError):
    """The workflow forbids this: approving your own pitch, approving past an error."""


class PolicyError(ValueError):
    """The policy file cannot be used; the message names the file and the key."""
