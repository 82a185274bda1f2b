"""The meldroutekaart as a graph of steps: validating an editor's tree and walking a visitor's answers.

Editors build the tree in the page's StreamField (see kennisbank/meldroute/blocks.py). Each step has
a key; an answer names the key of the step that follows it. This module turns that stream into
plain objects, finds the problems that must stop a publish (dead ends, loops, unknown keys,
unreachable steps), and works out where a visitor is from the answers in the web address.

The web address holds the answers so far and nothing else: one query parameter per answered
question, named after the question's key, with the answer's number (or a municipality's slug) as
its value. The current step is derived by walking from the first question, so there is no step
parameter to tamper with, and going back is simply the previous address.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import urlencode

from django.utils.translation import gettext as _

# The value of the municipality question for "I don't know / outside the region".
GEMEENTE_ONBEKEND = "onbekend"
# Answer values are short (a number or a slug); anything longer was not made by this site.
MAX_VALUE_LENGTH = 120


class QueryLike(Protocol):
    def getlist(self, key: str) -> list[str]: ...


@dataclass(frozen=True)
class Answer:
    number: int  # 1-based: the value in the web address
    label: str
    hint: str
    next_key: str


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    hint: str
    answers: tuple[Answer, ...]
    index: int  # position in the stream, to put an editor's error on the right block

    kind = "vraag"

    @property
    def next_keys(self) -> list[str]:
        return [answer.next_key for answer in self.answers]


@dataclass(frozen=True)
class GemeenteQuestion:
    """ "Which municipality?": every municipality is an answer, and all lead to the same next step."""

    key: str
    text: str
    hint: str
    next_key: str
    index: int

    kind = "gemeentevraag"

    @property
    def next_keys(self) -> list[str]:
        return [self.next_key]


@dataclass(frozen=True)
class Route:
    key: str
    title: str
    index: int
    value: Any  # the block's StructValue, rendered by the template

    kind = "route"
    next_keys: tuple[str, ...] = ()


Step = Question | GemeenteQuestion | Route


@dataclass(frozen=True)
class Problem:
    """Something that stops a publish, pinned to a block (and answer) where there is one."""

    message: str
    index: int | None = None  # the step's position in the stream; None: about the whole tree
    answer: int | None = None  # 0-based position of the answer within the question
    field: str | None = None  # the child block of the step the message belongs to


@dataclass(frozen=True)
class Answered:
    question: Question | GemeenteQuestion
    value: str
    label: str
    change_query: str  # the address that asks this question again (the answers before it)


@dataclass
class Position:
    """Where a visitor is: the questions answered so far and the step to show now."""

    answered: list[Answered] = field(default_factory=list)
    step: Step | None = None  # None: the tree is broken here (only possible in a draft preview)
    error: str = ""  # about the value given for the current question
    status: int = 200
    gemeente: Any = None  # the chosen municipality, if any

    @property
    def is_route(self) -> bool:
        return isinstance(self.step, Route)

    @property
    def pairs(self) -> list[tuple[str, str]]:
        """The answers so far as (key, value): the hidden fields of the next question's form."""
        return [(item.question.key, item.value) for item in self.answered]

    @property
    def back_query(self) -> str | None:
        if not self.answered:
            return None
        return self.answered[-1].change_query


class Tree:
    def __init__(self, steps: Iterable[Step]):
        self.steps: list[Step] = list(steps)
        self.by_key: dict[str, Step] = {}
        for step in self.steps:
            self.by_key.setdefault(step.key, step)

    @classmethod
    def from_stream(cls, stream) -> Tree:
        """Read the page's StreamField value (or a list of (type, value) pairs in tests)."""
        steps: list[Step] = []
        for index, child in enumerate(stream):
            kind, value = (child.block_type, child.value) if hasattr(child, "block_type") else child
            key = (value.get("key") or "").strip()
            if kind == "vraag":
                answers = tuple(
                    Answer(
                        number=number,
                        label=answer.get("label") or "",
                        hint=answer.get("hint") or "",
                        next_key=(answer.get("next_step") or "").strip(),
                    )
                    for number, answer in enumerate(value.get("answers") or [], start=1)
                )
                steps.append(
                    Question(key, value.get("question") or "", value.get("hint") or "", answers, index)
                )
            elif kind == "gemeentevraag":
                steps.append(
                    GemeenteQuestion(
                        key,
                        value.get("question") or "",
                        value.get("hint") or "",
                        (value.get("next_step") or "").strip(),
                        index,
                    )
                )
            elif kind == "route":
                steps.append(Route(key, value.get("title") or "", index, value))
        return cls(steps)

    @property
    def start(self) -> Step | None:
        return self.steps[0] if self.steps else None

    @property
    def routes(self) -> list[Route]:
        return [step for step in self.steps if isinstance(step, Route)]

    @property
    def questions(self) -> list[Question | GemeenteQuestion]:
        return [step for step in self.steps if not isinstance(step, Route)]

    # Validation ---------------------------------------------------------------------------

    def problems(self) -> list[Problem]:
        """Everything that would leave a visitor stuck; an empty list means the tree may go live."""
        if not self.steps:
            return [Problem(_("De meldroutekaart is leeg. Voeg minstens één vraag en één route toe."))]
        problems = self._key_problems() + self._answer_problems()
        if isinstance(self.start, Route):
            problems.append(
                Problem(
                    _("De eerste stap moet een vraag zijn: daar begint de bezoeker."),
                    index=self.start.index,
                )
            )
        if problems:
            # Loops and reachability are only meaningful once every reference resolves.
            return problems
        return self._loop_problems() or self._unreachable_problems()

    def _key_problems(self) -> list[Problem]:
        problems = []
        seen: set[str] = set()
        for step in self.steps:
            if step.key in seen:
                problems.append(
                    Problem(
                        _("De sleutel ‘%(key)s’ komt vaker voor. Geef elke stap een eigen sleutel.")
                        % {"key": step.key},
                        index=step.index,
                        field="key",
                    )
                )
            seen.add(step.key)
        return problems

    def _answer_problems(self) -> list[Problem]:
        problems = []
        for step in self.steps:
            if isinstance(step, Question):
                if not step.answers:
                    problems.append(
                        Problem(
                            _("Deze vraag heeft geen antwoorden: hier loopt de bezoeker vast."),
                            index=step.index,
                            field="answers",
                        )
                    )
                labels = [answer.label.strip().lower() for answer in step.answers]
                for position, answer in enumerate(step.answers):
                    if labels.count(labels[position]) > 1:
                        problems.append(
                            Problem(
                                _("Twee antwoorden hebben dezelfde tekst ‘%(label)s’.")
                                % {"label": answer.label},
                                index=step.index,
                                answer=position,
                                field="label",
                            )
                        )
                    problem = self._reference_problem(step, answer.next_key, answer.label)
                    if problem:
                        problems.append(
                            Problem(problem, index=step.index, answer=position, field="next_step")
                        )
            elif isinstance(step, GemeenteQuestion):
                problem = self._reference_problem(step, step.next_key, step.text)
                if problem:
                    problems.append(Problem(problem, index=step.index, field="next_step"))
        return problems

    def _reference_problem(self, step: Step, next_key: str, label: str) -> str | None:
        if not next_key:
            return _("Kies de stap die na ‘%(label)s’ komt: zonder volgende stap loopt de bezoeker vast.") % {
                "label": label
            }
        if next_key == step.key:
            return _("‘%(label)s’ verwijst naar deze vraag zelf: zo raakt de bezoeker in een kringetje.") % {
                "label": label
            }
        if next_key not in self.by_key:
            return _(
                "‘%(label)s’ verwijst naar ‘%(key)s’, maar er is geen stap met die sleutel. "
                "Bestaande sleutels: %(keys)s."
            ) % {"label": label, "key": next_key, "keys": ", ".join(self.by_key)}
        return None

    def _loop_problems(self) -> list[Problem]:
        """Find a cycle with a depth-first search; report it once, on the step it returns to."""
        state: dict[str, str] = {}  # key -> "open" while on the current path, "done" after

        def visit(step: Step, trail: list[Step]) -> Problem | None:
            state[step.key] = "open"
            for next_key in step.next_keys:
                following = self.by_key[next_key]
                if state.get(next_key) == "open":
                    cycle = trail[trail.index(following) :] + [step, following]
                    return Problem(
                        _(
                            "Deze vragen verwijzen in een kringetje naar elkaar: %(cycle)s. "
                            "Laat een antwoord naar een latere stap of een route gaan."
                        )
                        % {"cycle": " → ".join(item.key for item in cycle)},
                        index=following.index,
                    )
                if next_key not in state:
                    found = visit(following, trail + [step])
                    if found:
                        return found
            state[step.key] = "done"
            return None

        found = visit(self.start, [])
        return [found] if found else []

    def _unreachable_problems(self) -> list[Problem]:
        reachable = self.reachable_keys()
        return [
            Problem(
                _(
                    "Stap ‘%(key)s’ is vanaf de eerste vraag niet te bereiken. "
                    "Laat een antwoord ernaar verwijzen of verwijder de stap."
                )
                % {"key": step.key},
                index=step.index,
            )
            for step in self.steps
            if step.key not in reachable
        ]

    def reachable_keys(self) -> list[str]:
        """Keys in the order a visitor meets them (depth first, answers in order)."""
        order: list[str] = []
        pending = [self.start.key] if self.start else []
        while pending:
            key = pending.pop()
            if key in order or key not in self.by_key:
                continue
            order.append(key)
            pending.extend(reversed(self.by_key[key].next_keys))
        return order

    # Walking ------------------------------------------------------------------------------

    def walk(self, query: QueryLike, gemeenten: Mapping[str, Any]) -> Position:
        """Follow the answers in `query` from the first question to the step to show now.

        `gemeenten` maps municipality slugs to municipalities. Unknown or tampered values stop
        the walk at that question with a message (status 400); an empty answer asks again
        (status 200). Parameters that are not a question on the path are ignored.
        """
        position = Position()
        step = self.start
        visited: set[str] = set()
        while step is not None and not isinstance(step, Route):
            if step.key in visited:  # a loop in an unpublished draft: stop rather than spin
                step = None
                break
            visited.add(step.key)
            values = query.getlist(step.key)
            if not values:
                break
            value = values[-1][:MAX_VALUE_LENGTH]
            chosen = self._choose(step, value, gemeenten) if len(values) == 1 else None
            if chosen is None:
                if value.strip():
                    position.error = _("Dit antwoord kennen we niet. Kies een van de antwoorden hieronder.")
                    position.status = 400
                else:
                    position.error = _("Kies een antwoord.")
                break
            label, next_key, gemeente = chosen
            change_query = urlencode(position.pairs)
            position.answered.append(Answered(step, value, label, change_query))
            if isinstance(step, GemeenteQuestion):
                position.gemeente = gemeente
            step = self.by_key.get(next_key)
        position.step = step
        return position

    @staticmethod
    def _choose(step, value: str, gemeenten: Mapping[str, Any]):
        """(label, next key, municipality) for a valid answer, else None."""
        if isinstance(step, GemeenteQuestion):
            if value == GEMEENTE_ONBEKEND:
                return _("Weet ik niet of buiten de regio"), step.next_key, None
            gemeente = gemeenten.get(value)
            return (str(gemeente), step.next_key, gemeente) if gemeente is not None else None
        if not value.isascii() or not value.isdigit():
            return None
        number = int(value)
        if 1 <= number <= len(step.answers):
            answer = step.answers[number - 1]
            return answer.label, answer.next_key, None
        return None
