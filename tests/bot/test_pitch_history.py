"""A pitch's history says what the record knows, in the same words on every surface: the
outcome, the approvals a revision dismissed (and those reviewers are told), an override next
to the verdict."""

from bot.render import render

TEAM = "local"
COLD = "please RT my last status"
WARM = "Hi Liz, loved your post on markets. What got you started?"


def test_a_revision_names_the_approvals_it_dismissed_and_tells_those_reviewers(service):
    """Ben approved revision 1; the author's revision dismisses it, says so, and tells Ben."""
    pid = service.submit(TEAM, "ana", "@liz", WARM).pitch.id
    service.approve(TEAM, pid, "ben")
    done = service.revise(TEAM, pid, "ana", WARM.replace("markets", "night markets"))
    assert [(n.member, n.kind) for n in done.notices] == [("ben", "approval_dismissed")]
    assert "no longer counts" in done.notices[0].text
    revised = [e for e in service.show(TEAM, pid).history if e.kind == "revised"]
    assert revised[-1].note == "dismissed the approval of Ben"


def test_the_outcome_and_an_override_read_in_plain_words(service):
    """'outcome by Ana: declined'; 'Blocked — approved over it by Ben: client asked'."""
    pid = service.submit(TEAM, "ana", "@liz", COLD).pitch.id
    service.approve(TEAM, pid, "ben", "client asked")
    service.mark_sent(TEAM, pid, "ana")
    service.record_outcome(TEAM, pid, "ana", "declined")
    pitch = service.show(TEAM, pid)
    assert [e.note for e in pitch.history if e.kind == "outcome"] == ["declined"]
    text = render("text/review.txt.j2", pitch=pitch)
    assert "Blocked[/bold red] — approved over it by Ben: client asked" in text
    assert "declined" in text.split("History", 1)[1]
