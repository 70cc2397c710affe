"""The near-copy index's shape: MinHash values per text, and how they are cut into bands.

Kept apart from `bot/similarity.py` (which needs numpy) so that the index's queries can be
built by a process that never hashes a text, such as the Slack web process.
"""

PERMUTATIONS = 128
BAND_ROWS = 4
BANDS = PERMUTATIONS // BAND_ROWS
