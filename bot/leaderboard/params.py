"""The parameters of the board's statements, which are built once and then run for any week.

Building a statement of subqueries and windows costs more than running it on a quiet week,
so each is built on first use (`functools.cache`) and run with these values bound.
"""

from __future__ import annotations

from sqlalchemy import Integer, bindparam

from bot.models import UTCDateTime

TEAM = bindparam("team_id", type_=Integer)
START = bindparam("start", type_=UTCDateTime())   # the week: [start, end) in UTC
END = bindparam("end", type_=UTCDateTime())
LIMIT = bindparam("limit", type_=Integer)         # items shown per member and kind
CAP = bindparam("cap", type_=Integer)             # two-way per contact, or reviews a week
