"""canned-copy through the database index: near-copies to other recipients are found."""

from bot.policy import Policy
from bot.similarity import copy_tokens
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


def test_counts_every_near_copy_with_no_cap(service):
    # The index once stopped at 64 candidates: "went to 64 other recipients" where more had.
    for n in range(70):
        service.submit("local", "ana", f"@p{n}", pitch(f"Name{n}", n))
    found = canned(service.check(pitch("Liz", 99), to="@liz"))
    assert "Near-copies went to 70 other recipients." in found[0].message


SENTENCES = [
    "I run a small newsletter about community gardens in Leeds.",
    "Last spring we mapped every allotment with a waiting list.",
    "The map shows how long each list is and who to ask.",
    "Readers keep telling us it saved them months of phone calls.",
    "We are now adding the seed swaps and the tool libraries.",
    "Your post about shared sheds was the spark for that part.",
    "I think your readers in Bradford would find it useful.",
    "Would you be open to a short note about it next month?",
    "Thanks for reading this far, and for all your work.",
]
REORDERED = [SENTENCES[i] for i in (7, 1, 2, 5, 8, 3, 0, 4, 6)]


def jaccard(a: str, b: str) -> float:
    """Exact Jaccard of two texts' masked 3-shingles, as strings."""
    def shingles(text):
        tokens = copy_tokens(text)
        return {" ".join(tokens[i:i + 3]) for i in range(len(tokens) - 2)}
    first, second = shingles(a), shingles(b)
    return len(first & second) / len(first | second)


def test_reordered_sentences_just_over_the_threshold_are_found(service):
    original = "Hi Bob, " + " ".join(SENTENCES)
    reordered = "Hi Liz, " + " ".join(REORDERED)
    # Just over 0.7: a 64-value MinHash estimate put this pair at 0.67 and missed it.
    assert 0.70 <= jaccard(original, reordered) < 0.72
    service.submit("local", "ana", "@bob", original)
    found = canned(service.check(reordered, to="@liz"))
    assert [f.severity for f in found] == ["warning"]
    assert "Near-copies went to 1 other recipient." in found[0].message


def test_just_under_the_threshold_is_not_a_copy(make_service):
    # The same pair at a threshold just above its Jaccard: judged exactly, so not a copy.
    service = make_service(Policy(members=ROSTER, rules={"canned-copy": {"similarity": 0.72}}))
    service.submit("local", "ana", "@bob", "Hi Bob, " + " ".join(SENTENCES))
    assert canned(service.check("Hi Liz, " + " ".join(REORDERED), to="@liz")) == []


def test_a_revision_joins_the_index_and_counts_once_per_recipient(service):
    first = service.submit("local", "ana", "@bob", pitch("Bob", 1))
    service.revise("local", first.pitch.id, "ana", pitch("Bob", 1) + " Cheers, Ana")
    service.submit("local", "ana", "@cy", pitch("Cy", 2))
    found = canned(service.check(pitch("Liz", 3), to="@liz"))
    assert "Near-copies went to 2 other recipients." in found[0].message
