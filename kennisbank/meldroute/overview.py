"""The whole meldroutekaart on one sheet: every question once, numbered, and every route.

Each step gets one number in the order a visitor meets it, so an answer can say "go to question 4"
or "route 2" instead of repeating a shared step (such as "call 112") under every path that leads
to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from kennisbank.meldroute.tree import GemeenteQuestion, Question, Route, Tree


@dataclass(frozen=True)
class ChartAnswer:
    label: str
    target: str  # "Vraag 4", "Route 2"
    target_key: str


@dataclass(frozen=True)
class ChartQuestion:
    number: str
    step: Question | GemeenteQuestion
    answers: list[ChartAnswer]


@dataclass(frozen=True)
class ChartRoute:
    number: str
    step: Route


@dataclass(frozen=True)
class Chart:
    questions: list[ChartQuestion]
    routes: list[ChartRoute]


def build_chart(tree: Tree) -> Chart:
    order = [tree.by_key[key] for key in tree.reachable_keys()]
    numbers: dict[str, str] = {}
    routes = [step for step in order if isinstance(step, Route)]
    questions = [step for step in order if not isinstance(step, Route)]
    for number, step in enumerate(questions, start=1):
        numbers[step.key] = _("Vraag %(n)s") % {"n": number}
    for number, step in enumerate(routes, start=1):
        numbers[step.key] = _("Route %(n)s") % {"n": number}

    def answer(label: str, next_key: str) -> ChartAnswer:
        return ChartAnswer(label, numbers.get(next_key, _("nog niet af")), next_key)

    chart_questions = []
    for step in questions:
        if isinstance(step, GemeenteQuestion):
            answers = [answer(_("Kies de gemeente"), step.next_key)]
        else:
            answers = [answer(item.label, item.next_key) for item in step.answers]
        chart_questions.append(ChartQuestion(numbers[step.key], step, answers))
    return Chart(chart_questions, [ChartRoute(numbers[step.key], step) for step in routes])
