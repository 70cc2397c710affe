"""`rapport eval`: per-rule agreement with a labelled corpus, as text and JSON."""

import json

CORPUS = [
    {"id": "ask", "text": "Hi Liz, could you please RT my last status?", "channel": "dm",
     "stage": "stranger", "pitch": True,
     "labels": ["stranger-pitch", "blind-amplify"]},
    {"id": "thanks", "text": "Liz, thanks for following! What got you into sketching?",
     "channel": "dm", "stage": "stranger", "pitch": False, "labels": []},
    {"id": "missed", "text": "Hi Liz, I loved your talk on hiring.", "channel": "email",
     "stage": "stranger", "pitch": False, "labels": ["pushy-tone"]},
]


def _write(tmp_path, records):
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    return path


def test_eval_scores_each_rule_and_lists_misses(cli, tmp_path):
    result = cli(f"eval {_write(tmp_path, CORPUS)} --format json")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    rules = {r["rule"]: r for r in report["rules"]}
    assert rules["stranger-pitch"]["support"] == 1 and rules["stranger-pitch"]["f1"] == 1.0
    # The DM to a stranger also expects the derived cold-public-channel.
    assert rules["cold-public-channel"]["recall"] == 1.0
    assert rules["pushy-tone"]["misses"] == ["missed"]
    assert report["clean"] == 1 and report["clean_flagged"] == []
    assert report["asks"]["f1"] == 1.0


def test_eval_text_report(cli, tmp_path):
    result = cli(f"eval {_write(tmp_path, CORPUS)}")
    assert result.exit_code == 0
    assert "stranger-pitch" in result.stdout and "missed:" in result.stdout
    assert "Clean messages with a warning or an error: 0/1" in result.stdout


def test_eval_refuses_a_malformed_corpus_in_one_line(cli, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x", "text": "hi"}\n')
    result = cli(f"eval {path}")
    assert result.exit_code == 2
    assert "bad.jsonl:1" in result.stderr and "Traceback" not in result.stderr


def test_eval_scores_under_the_teams_policy(cli, tmp_path):
    # A team that turns a rule off sees what that does to its figures.
    (tmp_path / "rapport.toml").write_text("[rules.blind-amplify]\nenabled = false\n")
    result = cli(f"eval {_write(tmp_path, CORPUS)} --format json")
    assert result.exit_code == 0
    rules = {r["rule"]: r for r in json.loads(result.stdout)["rules"]}
    assert rules["blind-amplify"]["misses"] == ["ask"]
    assert rules["stranger-pitch"]["f1"] == 1.0
