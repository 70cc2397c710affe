"""`rapport import contacts|interactions FILE.csv`: the summary, exit codes (0 all imported,
1 some rows bad, 2 a usage error in one line), standard input, dry runs and re-imports."""

import pytest
from sqlalchemy import func, select

from bot.models import Contact, Event, Interaction

CONTACTS = ("First Name,Last Name,Email,Twitter Username,Last Contacted,Phone Number\n"
            "Liz,Ng,liz@example.org,@liz,2025-11-20 10:15,555\n"
            "Sam,Jones,sam@example.org,,,556\n")
HISTORY = ("handle,kind,date,note\n"
           "liz,they-replied,2025-11-20,thanks\n"
           "liz,conversation,2025-11-21T15:00,call about markets\n"
           "liz,they-replied,2025-11-22,\n")


def rows(engine) -> int:
    """Every contact, interaction and event row in the database."""
    with engine.connect() as conn:
        return sum(conn.scalar(select(func.count()).select_from(model))
                   for model in (Contact, Interaction, Event))


@pytest.fixture
def files(tmp_path):
    """Write a CSV file in the test's folder; its name."""
    def write(name: str, text: str | bytes) -> str:
        path = tmp_path / name
        path.write_bytes(text.encode() if isinstance(text, str) else text)
        return name
    return write


def test_import_contacts_prints_a_summary_and_exits_0(cli, files):
    result = cli(f"import contacts {files('hubspot.csv', CONTACTS)} --preset hubspot --as ana")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "Imported contacts from hubspot.csv (preset hubspot): 2 new, 0 changed" in out
    assert "@liz (Liz Ng): email known: yes; we-engaged on 2025-11-20" in out
    assert "@sam@example.org (Sam Jones)" in out
    assert "Columns not read: Phone Number" in out and "not kept: name" in out
    shown = cli("contact @liz --format json").json()
    assert shown["email_known"] and shown["stage"] == "aware"


def test_bad_rows_exit_1_with_their_lines_and_the_rest_import(cli, files):
    text = HISTORY + "liz,waved,2025-11-23,\nbo,met,11/23/2025,\n,met,2025-11-23,\n"
    result = cli(f"import interactions {files('h.csv', text)} --as ana --format json")
    assert result.exit_code == 1
    out = result.json()
    assert out["counts"] == {"new": 3, "changed": 0, "unchanged": 0, "bad": 3}
    assert [b["line"] for b in out["bad"]] == [5, 6, 7]
    assert "unknown kind 'waved'" in out["bad"][0]["reason"]
    assert cli("contact @liz --format json").json()["stage"] == "earned"
    text_out = cli(f"import interactions {files('h.csv', text)} --as ana").stdout
    assert "line 6: date: '11/23/2025' is not a date" in text_out


def test_a_dry_run_writes_nothing(cli, files, engine):
    cli("log @bo met --as ana")
    before = rows(engine)
    result = cli(f"import contacts {files('c.csv', CONTACTS)} --preset hubspot --as ana "
                 "--dry-run")
    assert result.exit_code == 0
    assert result.stdout.startswith("Dry run, nothing was written: contacts from c.csv")
    assert "2 new" in result.stdout
    dry = cli(f"import interactions {files('h.csv', HISTORY)} --as ana --dry-run --format json")
    assert dry.json()["dry_run"] and dry.json()["counts"]["new"] == 3
    assert rows(engine) == before


def test_a_dry_run_on_a_fresh_install_creates_no_database(cli, files, tmp_path):
    path = tmp_path / "fresh.db"
    cli.env["DATABASE_URL"] = f"sqlite:///{path}"
    assert cli(f"import contacts {files('c.csv', CONTACTS)} --preset hubspot --as ana "
               "--dry-run").exit_code == 0
    assert not path.exists()


def test_importing_twice_changes_nothing_the_second_time(cli, files, engine):
    contacts, history = files("c.csv", CONTACTS), files("h.csv", HISTORY)
    cli(f"import contacts {contacts} --preset hubspot --as ana")
    cli(f"import interactions {history} --as ben")
    before = rows(engine)
    for line in (f"import contacts {contacts} --preset hubspot --as ana",
                 f"import interactions {history} --as ben"):
        again = cli(line + " --format json")
        assert again.exit_code == 0
        counts = again.json()["counts"]
        assert counts["new"] == counts["changed"] == counts["bad"] == 0
        assert counts["unchanged"] in (2, 3)
    assert rows(engine) == before


def test_standard_input_is_read_for_a_dash(cli):
    result = cli("import interactions - --as ana --format json", stdin=HISTORY.encode())
    assert result.exit_code == 0 and result.json()["counts"]["new"] == 3
    assert "from standard input" in cli("import contacts - --as ana",
                                        stdin="handle\n@zed\n").stdout


def test_lifting_do_not_contact_needs_an_admin(cli, files):
    cli(f"import contacts {files('m.csv', 'handle,do_not_contact' + chr(10) + 'liz,yes')} "
        "--as ben")
    lift = files("l.csv", "handle,do_not_contact,tags\nliz,no,\nbo,,food\n")
    refused = cli(f"import contacts {lift} --as ben")
    assert refused.exit_code == 1 and "line 2: this row lifts a do-not-contact mark" in \
        refused.stdout
    assert cli("contact @liz --format json").json()["do_not_contact"] is True
    assert cli("contact @bo --format json").json()["interests"] == ["food"]
    assert cli(f"import contacts {lift} --as cara").exit_code == 0
    assert cli("contact @liz --format json").json()["do_not_contact"] is False


def test_map_reads_columns_no_preset_knows(cli, files):
    name = files("air.csv", "Who,Type,When,What\n@liz,They replied,2025-11-20,thanks\n")
    result = cli(f"import interactions {name} --map 'Who=handle,Type=kind,When=date,What=note' "
                 "--as ana --format json")
    assert result.exit_code == 0
    assert result.json()["rows"][0]["interactions"][0]["kind"] == "they-replied"


@pytest.mark.parametrize("args, data, message", [
    ("contacts missing.csv --as ana", None, "cannot read missing.csv"),
    ("contacts {f} --preset zoho --as ana", CONTACTS, "unknown preset 'zoho'"),
    ("contacts {f} --preset hubspot --map 'Fax=handle' --as ana", CONTACTS, "no column 'Fax'"),
    ("contacts {f} --map 'Email=birthday' --as ana", CONTACTS, "unknown field 'birthday'"),
    ("contacts {f} --as ana", b"handle\n\xe9lodie\n", "not UTF-8 text"),
    ("contacts {f} --as ana", b"\x89PNG\r\n\x1a\n\x00\x00", "not UTF-8 text"),
    ("contacts {f} --as ana", '{"handle": "liz"}\n', "no column gives a handle or an email"),
    ("contacts {f} --as ana", "", "no header row"),
    ("contacts {f} --as zed", CONTACTS, "unknown member 'zed'"),
    ("interactions {f} --preset hubspot --as ana", HISTORY, "unknown preset 'hubspot'"),
])
def test_usage_errors_are_one_line_and_exit_2(cli, files, engine, args, data, message):
    name = files("bad.csv", data) if data is not None else None
    before = rows(engine)
    result = cli("import " + args.format(f=name))
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert rows(engine) == before


def test_what_export_writes_the_generic_preset_reads_back(cli, tmp_path):
    """`rapport export --format csv` into another team gives the same contacts and stages;
    into the same team, it is all unchanged (hand-logged interactions match their rows)."""
    cli("contact @liz --interests 'markets, food' --prefers email --email-known --as ana")
    cli("log @liz they-replied 'thanks' --as ana --at 2025-11-20")
    cli("log @liz conversation --as ana")
    cli("contact @bo --do-not-contact --as ben")
    assert cli(f"export --format csv --out {tmp_path / 'out'}").exit_code == 0
    for team, status in (("other", "new"), ("local", "unchanged")):
        for what in ("contacts", "interactions"):
            result = cli(f"import {what} {tmp_path / 'out' / (what + '.csv')} --as ana "
                         f"--team {team} --format json")
            assert result.exit_code == 0, result.stdout
            assert {row["status"] for row in result.json()["rows"]} == {status}
    for handle in ("liz", "bo"):
        here, there = (cli(f"contact @{handle} --team {t} --format json").json()
                       for t in ("local", "other"))
        for key in ("stage", "interests", "prefers", "email_known", "do_not_contact"):
            assert here[key] == there[key], (handle, key)
