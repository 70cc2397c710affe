"""What the Slack web process runs: listeners that answer Slack at once, from the request
alone, and write a job for the work (adapters/slack/jobs.py) before they answer.

They load no core, no ORM and no report templates: the web process stays small (DESIGN §8),
and the work's modules (slash.py, buttons.py, …), which workers load, name their jobs by the
kinds declared here.
"""
