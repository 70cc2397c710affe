"""canned-copy through the database index: near-copies to other recipients are found."""

from bot.policy import Policy
from tests.conftest import ROSTER

TEMPLATE = ("Hi {name}, I'm Ana from Brightside. We just launched a free ebook on community "
            "building for small nonprofits, with twelve case studies and a checklist you can "
            "use on Monday. I thought your readers at {blog} would like it: {link}. Thanks!")


def pitch(name, n):
    return TEMPLATE.format(name=name, blog=f"blog{n}.example", link=f"https://x.io/{n}")


def canned(result):
    return [f for f in result.findings if f.rule == "canned-copy"]


def test_near_copies_to_other_recipients_escalate(service):
    assert canned(service.check(pitch("Liz", 0), to="@liz")) == []
    for n, name in enumerate(["Bob", "Cy", "Di"], start=1):
        service.submit("local", "ana", f"@{name}", pitch(name, n))
    found = canned(service.check(pitch("Liz", 9), to="@liz"))
    assert found and found[0].severity == "error"
    assert "3 other recipients" in found[0].message


def test_one_copy_is_a_warning_and_same_recipient_does_not_count(service):
    service.submit("local", "ana", "@bob", pitch("Bob", 1))
    service.submit("local", "ana", "@liz", pitch("Liz", 2))
    found = canned(service.check(pitch("Liz", 3), to="@liz"))
    assert [f.severity for f in found] == ["warning"]


def test_different_text_is_not_a_copy(service):
    service.submit("local", "ana", "@bob", pitch("Bob", 1))
    own = ("Liz, your thread on volunteer burnout stuck with me; the point about saying no "
           "early was new to me. How do you decide which requests to turn down?")
    assert canned(service.check(own, to="@liz")) == []


def test_threshold_is_policy(make_service):
    strict = make_service(Policy(members=ROSTER, rules={"canned-copy": {"error_from": 1}}))
    strict.submit("local", "ana", "@bob", pitch("Bob", 1))
    assert canned(strict.check(pitch("Liz", 2), to="@liz"))[0].severity == "error"
