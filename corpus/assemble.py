"""Join the collected parts into one corpus and split it into dev and test, once, by id.

The first collection (`raw/`) is split by a hash of each record's id (40% test), fixed before
any tuning, so a record never moves between parts. The second collection (`extra/`) was
gathered after the rules were tuned on dev and goes to dev only: the test split stays as it
was fixed. Run from the repository root:

    python corpus/assemble.py
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).parent
KEYS = {"id", "text", "channel", "stage", "pitch", "labels", "source", "note", "provenance"}
CHANNELS = {"email", "dm", "public-mention", "comment", "other"}
STAGES = {"stranger", "aware", "engaged", "earned"}
LABELS = {"stranger-pitch", "blind-amplify", "link-does-the-talking", "impersonal",
          "pushy-tone", "sensitive-topic"}


def split_of(record_id: str) -> str:
    """'test' for two records in five, by a hash of the id; 'dev' for the rest."""
    return "test" if int(hashlib.sha256(record_id.encode()).hexdigest(), 16) % 5 < 2 else "dev"


def check(record: dict) -> None:
    """Refuse a record that does not follow the corpus format."""
    assert set(record) == KEYS, (record.get("id"), set(record) ^ KEYS)
    assert record["channel"] in CHANNELS and record["stage"] in STAGES, record["id"]
    assert set(record["labels"]) <= LABELS, record["id"]
    assert record["text"].strip() and record["source"].strip(), record["id"]


def main() -> None:
    """Write dev.jsonl and test.jsonl from raw/*.jsonl."""
    parts: dict[str, list[dict]] = {"dev": [], "test": []}
    seen: set[str] = set()
    paths = [(p, True) for p in sorted((HERE / "raw").glob("*.jsonl"))]
    paths += [(p, False) for p in sorted((HERE / "extra").glob("*.jsonl"))]
    for path, splittable in paths:
        for line in path.read_text().splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            check(record)
            key = " ".join(record["text"].casefold().split())
            if key in seen:
                continue
            seen.add(key)
            parts[split_of(record["id"]) if splittable else "dev"].append(record)
    for name, records in parts.items():
        with open(HERE / f"{name}.jsonl", "w") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(name, len(records))


if __name__ == "__main__":
    main()
