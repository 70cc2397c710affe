"""The phrases acts share: what "ours" is, their people, their view, a meeting asked
with a when, a paid placement on their site."""

from __future__ import annotations

# Gaps between letters of short tokens let "R.T." and "re-tweet" be read as what they are.
GAP = r"[\s.\-_*'`]*"
OURS = r"(?:it|this|that|these|them|us|me|my|our|the|a|an|some|one|his|her|their)"
# "Meet with you for 20 minutes" asks for their time; "I'd like to meet you some day" is a
# wish: a meeting is asked when it comes with a when or a what for.
MEET_WHEN = (r"meet (?:with )?(?:you|up)(?= (?:for|at|on|this|next|over|during|to discuss|"
             r"to talk|and discuss)\b)")
SHOUT = r"(?:shout[\s-]?outs?|mention|plug|boost|rt|retweet|share|star|upvote)"
# Promotion "on" something the recipient or everyone uses: a share. On any other name ("promote
# it on Acme") it is a service sold to them.
ON_THEIRS = r"(?:your|ur|all|social|twitter|x|facebook|instagram|linkedin|tiktok)\b"
# A paid placement on their site: "buy a post on your site", "purchase a link on your blog".
PLACEMENT_ON_YOURS = (r"(?:a |an |some )?(?:guest |sponsored |paid )?(?:posts?|articles?|links?|"
                      r"ads?) on (?:your|ur)\b")
# Their own people, whom an ask would reach through them: word of mouth is amplification.
THEIR_PEOPLE = (r"(?:your|ur|ya|yer) (?:\w+ )?(?:friends?|family|followers|readers|fans|audience|"
                 r"network|contacts|list|community|colleagues|co-?workers|subscribers|"
                 r"loved ones|circle)\b")

# What they think, which they would tell in their own words: no share of the sender's thing.
THEIR_VIEW = r"(?:feedback|thoughts|views?|opinions?|experiences?|insights?|advice|tips?)\b"
