"""response_urls kept out of the log: each is a credential (five posts as the app, 30 minutes).

A URL is logged as its scheme, host and first path segment, e.g.
`https://hooks.slack.com/commands/…`: enough to see which kind failed, not enough to use it.
"""

from __future__ import annotations

import logging
import re

# Group 1 is what is kept; everything after the first path segment is dropped.
_URL = re.compile(r"""(\bhttps?://[^/\s'"<>]+/[^/?#\s'"<>]*)[/?#][^\s'"<>]*""")


def redacted(text: str) -> str:
    """Text with every URL in it cut to its host and first path segment."""
    return _URL.sub(r"\1/…", text)


class RedactUrls(logging.Filter):
    """Cuts the URLs in a record's message and traceback (see `redacted`)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record in place; it is always logged."""
        try:
            record.msg, record.args = redacted(record.getMessage()), None
        except (TypeError, ValueError):
            return True  # a malformed record: logging reports it as such
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redacted(record.exc_text)
        return True


# slack_sdk's webhook client logs the URL it posts to when it retries ("Going to retry the
# same request: POST <url>", at INFO): ours posts through this logger instead of its own.
RESPONSE_URL_LOG = logging.getLogger("adapters.slack.response_url")
RESPONSE_URL_LOG.addFilter(RedactUrls())
# Bolt's own respond() (e.g. after a failed authorization) uses slack_sdk's logger.
logging.getLogger("slack_sdk.webhook.client").addFilter(RedactUrls())
