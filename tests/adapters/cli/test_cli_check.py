"""`rapport check`: one message, standard input, and JSON Lines files."""

import json
import os
import subprocess
import sys

import pytest

CHARLOTTE = ("We're trying to get the word out about a new movement in Charlotte – can you "
             "please RT my last status?")
LIZ = ("Liz, I hope you're having a great day, tx for following. I would love you to fill in "
       "the blank: Thought leadership is_? Cheers Craig.")


def test_blocked_message_exits_1_and_names_the_rules(cli):
    result = cli(f'check "{CHARLOTTE}" --via dm --format json')
    assert result.exit_code == 1
    data = result.json()
    assert data["verdict"] == "blocked"
    rules = {f["rule"] for f in data["findings"]}
    assert {"blind-amplify", "stranger-pitch"} <= rules
    rt = next(f for f in data["findings"] if f["rule"] == "blind-amplify")
    # The span is the sentence the ask is in, as written.
    assert "please RT my last status" in rt["span"]["text"]
    assert CHARLOTTE[rt["span"]["start"]:rt["span"]["end"]] == rt["span"]["text"]


def test_engagement_first_message_is_ready(cli):
    result = cli(f'check "{LIZ}" --via dm')
    assert result.exit_code == 0
    assert "Ready" in result.stdout


def test_text_output_shows_why_and_fix(cli):
    out = cli(f'check "{CHARLOTTE}" --via dm').stdout
    assert "blind-amplify" in out and "why:" in out and "fix:" in out


def test_stage_stands_instead_of_what_the_team_knows(cli):
    text = "Liz, thanks for your talk! Would you review our guide to volunteer onboarding?"
    assert cli(f'check "{text}" --to @liz --stage earned').exit_code == 0
    assert cli(f'check "{text}" --to @liz --stage stranger').exit_code == 1


def test_reads_standard_input(cli):
    assert cli("check - --format json", stdin=CHARLOTTE.encode()).json()["verdict"] == "blocked"


@pytest.mark.parametrize("line, stdin, message", [
    ('check "   "', None, "empty"),
    ("check -", b"\xff\xfe", "not valid UTF-8"),
    ('check "hi" --stage friend', None, "unknown stage"),
    ('check "hi" --via fax', None, "unknown channel"),
    ("check", None, "give the message"),
])
def test_bad_input_is_one_line_and_exit_2(cli, line, stdin, message):
    result = cli(line, stdin=stdin)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_oversized_text_is_refused(cli, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("a " * 20_001)
    result = cli("check -", stdin=big.read_bytes())
    assert result.exit_code == 2 and "40,000" in result.stderr


def test_jsonl_reports_each_line_and_survives_a_bad_one(cli, tmp_path):
    lines = [
        {"id": "a", "text": CHARLOTTE, "channel": "dm", "relationship": "stranger"},
        "this is not json",
        {"id": "c", "text": LIZ, "channel": "dm", "relationship": "stranger"},
        {"id": "d", "text": "", "channel": "dm"},
        {"id": "e", "text": "Liz, would you review our guide?", "channel": "email",
         "relationship": "earned", "recipient": "@liz", "interests": ["guides"]},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines))
    result = cli(f"check --jsonl {path} --format json")
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("id") for o in out] == ["a", None, "c", "d", "e"]
    assert out[0]["verdict"] == "blocked"
    assert out[1]["line"] == 2 and "JSON" in out[1]["error"]
    assert {k: v for k, v in out[2].items() if k != "next_step"} == {
        "id": "c", "verdict": "ready", "findings": []}
    # A stranger the team knows nothing about: read their work before anything else.
    assert out[2]["next_step"]["step"] == "observe" and out[4]["next_step"]["step"] == "pitch"
    assert out[3]["line"] == 4 and "empty" in out[3]["error"]
    assert out[4]["verdict"] == "ready"
    assert result.exit_code == 2


def test_installed_script_runs_and_rejects_invalid_utf8(database_url, tmp_path):
    rapport = os.path.join(os.path.dirname(sys.executable), "rapport")
    env = {**os.environ, "DATABASE_URL": database_url}
    env.pop("RAPPORT_POLICY", None)
    done = subprocess.run([rapport, "check", "-"], input=b"Hi \xc3\x28", env=env,
                          capture_output=True, cwd=tmp_path, timeout=60)
    assert done.returncode == 2
    assert b"UTF-8" in done.stderr and b"Traceback" not in done.stderr


def test_jsonl_takes_the_corpus_stage_key(cli, tmp_path):
    """A corpus record's "stage" stands for the recipient's stage, like "relationship"."""
    ask = ("Liz, would you share our guide? It lists the bakeries open late in your city, "
           "which your readers asked about.")
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in [
        {"id": "cold", "text": ask, "channel": "email", "stage": "stranger"},
        {"id": "warm", "text": ask, "channel": "email", "stage": "earned"},
    ]))
    out = [json.loads(line) for line in cli(f"check --jsonl {path} --format json")
           .stdout.splitlines()]
    assert [o["verdict"] for o in out] == ["blocked", "ready"]


def test_jsonl_answers_every_line_even_with_half_an_emoji(cli, tmp_path):
    """A lone surrogate (half an emoji, as some exports hold) is reviewed and printed escaped;
    the lines after it still answer."""
    lines = tmp_path / "in.jsonl"
    lines.write_text('{"id": "a", "text": "Hi Liz, please RT \\ud83d my post"}\n'
                     '{"id": "b", "text": "Liz, loved your talk. What got you into it?"}\n')
    out = cli(f"check --jsonl {lines}")
    answers = [json.loads(line) for line in out.stdout.splitlines()]
    assert [a["id"] for a in answers] == ["a", "b"]
    assert answers[0]["verdict"] == "blocked" and answers[1]["verdict"] == "ready"
    assert "\\ud83d" in out.stdout.splitlines()[0]
