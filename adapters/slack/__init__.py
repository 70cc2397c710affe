"""Rapport on Slack: /review-pitch, review-channel reports, ✅/🔁 reactions and buttons."""
