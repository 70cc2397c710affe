"""Rapport on Discord: /review-pitch app commands, report embeds, buttons and reactions.

The package is named discord_bot so it never shadows the discord.py library it uses.
"""
