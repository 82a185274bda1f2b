"""The meldroutekaart's tree: what stops a publish, and how a visitor's answers are walked."""

from urllib.parse import quote

import pytest

from django.http import QueryDict

from wagtail.blocks.stream_block import StreamBlockValidationError

from kennisbank.meldroute.blocks import MeldrouteBlock
from kennisbank.meldroute.tree import GEMEENTE_ONBEKEND, Tree
from tests.kennisbank.meldroute_steps import gemeentevraag, resident_and_professional, route, vraag

GEMEENTEN = {"dordrecht": "Dordrecht", "rotterdam": "Rotterdam"}


def walk(query: str, steps=None):
    steps = resident_and_professional() if steps is None else steps
    return Tree.from_stream(steps).walk(QueryDict(query), GEMEENTEN)


def messages(steps) -> list[str]:
    return [problem.message for problem in Tree.from_stream(steps).problems()]


def test_a_complete_tree_has_no_problems():
    assert messages(resident_and_professional()) == []


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        ([], "De meldroutekaart is leeg"),
        ([vraag("a", ("Ja", "b"))], "verwijst naar ‘b’, maar er is geen stap met die sleutel"),
        ([vraag("a", ("Ja", "a")), route("b")], "verwijst naar deze vraag zelf"),
        (
            [vraag("a", ("Ja", "b"), ("Nee", "r")), vraag("b", ("Ja", "a")), route("r")],
            "in een kringetje naar elkaar: a → b → a",
        ),
        ([vraag("a"), route("r")], "Deze vraag heeft geen antwoorden"),
        ([vraag("a", ("Ja", "r")), route("r"), route("r")], "De sleutel ‘r’ komt vaker voor"),
        (
            [vraag("a", ("Ja", "r")), route("r"), route("los")],
            "Stap ‘los’ is vanaf de eerste vraag niet te bereiken",
        ),
        ([route("r")], "De eerste stap moet een vraag zijn"),
        ([vraag("a", ("Ja", "")), route("r")], "Kies de stap die na ‘Ja’ komt"),
        ([vraag("a", ("Ja", "r"), ("ja", "r")), route("r")], "Twee antwoorden hebben dezelfde tekst"),
        ([gemeentevraag("g", "weg"), route("r")], "verwijst naar ‘weg’"),
    ],
)
def test_dead_ends_loops_and_unknown_keys_are_problems(steps, expected):
    assert any(expected in message for message in messages(steps)), messages(steps)


def test_a_long_loop_is_found_through_a_municipality_question():
    steps = [
        vraag("a", ("Ja", "g"), ("Nee", "r")),
        gemeentevraag("g", "c"),
        vraag("c", ("Terug", "a"), ("Verder", "r")),
        route("r"),
    ]
    assert any("a → g → c → a" in message for message in messages(steps))


def test_publishing_puts_each_problem_on_its_block_and_answer():
    block = MeldrouteBlock()
    value = block.to_python(
        [
            {"type": kind, "value": value}
            for kind, value in [vraag("a", ("Ja", "r"), ("Nee", "bestaat-niet")), route("r")]
        ]
    )

    with pytest.raises(StreamBlockValidationError) as error:
        block.clean(value)

    answer_errors = error.value.block_errors[0].block_errors["answers"].block_errors
    assert list(answer_errors) == [1]
    assert "bestaat-niet" in answer_errors[1].block_errors["next_step"].messages[0]


def test_saving_a_draft_allows_a_half_built_tree():
    block = MeldrouteBlock()
    value = block.to_python([{"type": "vraag", "value": vraag("a", ("Ja", "nog-niet-gemaakt"))[1]}])

    block.clean_deferred(value)  # what Wagtail does for "Bewaar concept" and the preview


@pytest.mark.parametrize(
    ("query", "step", "answered"),
    [
        ("", "wie", []),
        ("wie=2", "inwoner-gevaar", ["Ik maak me zorgen"]),
        ("wie=2&inwoner-gevaar=2&inwoner-anoniem=1", "route-anoniem", ["Ik maak me zorgen", "Nee", "Ja"]),
        (
            "wie=1&pro-gemeente=dordrecht&pro-vorm=1",
            "route-nla",
            ["Ik ben professional", "Dordrecht", "Arbeidsuitbuiting"],
        ),
        (
            f"wie=1&pro-gemeente={GEMEENTE_ONBEKEND}",
            "pro-vorm",
            ["Ik ben professional", "Weet ik niet of buiten de regio"],
        ),
        # Answers to questions that are not on the path are ignored, as are other parameters.
        ("wie=2&pro-vorm=1&utm_source=x", "inwoner-gevaar", ["Ik maak me zorgen"]),
    ],
)
def test_the_answers_in_the_address_lead_to_the_step(query, step, answered):
    position = walk(query)

    assert position.step.key == step
    assert [item.label for item in position.answered] == answered
    assert position.status == 200 and position.error == ""


def test_the_municipality_answer_is_kept_for_the_route():
    assert walk("wie=1&pro-gemeente=dordrecht&pro-vorm=1").gemeente == "Dordrecht"
    assert walk(f"wie=1&pro-gemeente={GEMEENTE_ONBEKEND}&pro-vorm=1").gemeente is None


@pytest.mark.parametrize(
    "value",
    ["9", "0", "-1", "abc", "<script>alert(1)</script>", "١", "²", "1" * 500, "1.0", " 1"],
)
def test_an_unknown_answer_asks_the_question_again_with_400(value):
    position = walk("wie=2&inwoner-gevaar=" + quote(value, safe=""))

    assert position.step.key == "inwoner-gevaar"
    assert position.status == 400
    assert "Dit antwoord kennen we niet" in position.error
    assert [item.label for item in position.answered] == ["Ik maak me zorgen"]


def test_an_unknown_municipality_is_refused():
    position = walk("wie=1&pro-gemeente=amsterdam")
    assert (position.step.key, position.status) == ("pro-gemeente", 400)


def test_two_answers_to_one_question_are_refused():
    position = walk("wie=1&wie=2")
    assert (position.step.key, position.status) == ("wie", 400)


def test_an_empty_answer_asks_again_without_an_error_status():
    position = walk("wie=")
    assert (position.step.key, position.status, position.error) == ("wie", 200, "Kies een antwoord.")


def test_going_back_and_changing_an_answer_are_shorter_addresses():
    position = walk("wie=2&inwoner-gevaar=2&inwoner-anoniem=1")

    assert position.back_query == "wie=2&inwoner-gevaar=2"
    assert [item.change_query for item in position.answered] == ["", "wie=2", "wie=2&inwoner-gevaar=2"]
    assert walk(position.back_query).step.key == "inwoner-anoniem"


@pytest.mark.parametrize(
    "steps",
    [
        [vraag("a", ("Ja", "nog-niet")), route("r")],
        [vraag("a", ("Ja", "b")), vraag("b", ("Ja", "a"))],
        [],
    ],
)
def test_walking_an_unfinished_draft_stops_instead_of_failing(steps):
    position = walk("a=1&b=1", steps)
    assert position.step is None or position.step.key == "a"
