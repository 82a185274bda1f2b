"""The StreamField in which editors build the meldroutekaart: questions, a municipality question, routes.

Why a StreamField and not page models or snippets: the whole tree is one piece of content that is
drafted, previewed, reviewed and published at once, with Wagtail's revisions and moderation. A
change to one answer can never go live without the rest of the tree it belongs to, and the tree is
validated as a whole at that moment (kennisbank/meldroute/tree.py). Steps refer to each other by a
short key the editor chooses, because a StreamField has no foreign keys between its own blocks.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

from kennisbank.meldroute.tree import Problem, Tree

ADVICE_FEATURES = ["bold", "italic", "link", "ul", "ol"]

validate_key = RegexValidator(
    r"^[a-z0-9]+(-[a-z0-9]+)*$",
    _("Gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld ‘acuut-gevaar’."),
)


def key_block() -> blocks.CharBlock:
    return blocks.CharBlock(
        label=_("Sleutel"),
        max_length=40,
        validators=[validate_key],
        help_text=_(
            "Korte naam van deze stap, zoals ‘acuut-gevaar’. Antwoorden verwijzen ernaar. "
            "De sleutel staat in het webadres: kies een neutrale naam."
        ),
    )


def next_step_block() -> blocks.CharBlock:
    return blocks.CharBlock(
        label=_("Volgende stap"),
        max_length=40,
        help_text=_("De sleutel van de vraag of route die hierna komt."),
    )


class AnswerBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Antwoord"), max_length=120)
    hint = blocks.CharBlock(label=_("Uitleg bij het antwoord"), max_length=200, required=False)
    next_step = next_step_block()

    class Meta:
        icon = "arrow-right"
        label = _("Antwoord")


class QuestionBlock(blocks.StructBlock):
    key = key_block()
    question = blocks.CharBlock(label=_("Vraag"), max_length=200)
    hint = blocks.TextBlock(label=_("Uitleg bij de vraag"), required=False, max_length=500)
    answers = blocks.ListBlock(AnswerBlock(), label=_("Antwoorden"))

    class Meta:
        icon = "help"
        label = _("Vraag")


class GemeenteQuestionBlock(blocks.StructBlock):
    """Every municipality is an answer; the chosen one's aandachtsfunctionaris shows in the route."""

    key = key_block()
    question = blocks.CharBlock(label=_("Vraag"), max_length=200, default="In welke gemeente speelt het?")
    hint = blocks.TextBlock(label=_("Uitleg bij de vraag"), required=False, max_length=500)
    next_step = next_step_block()

    class Meta:
        icon = "home"
        label = _("Vraag: welke gemeente?")


class RouteBlock(blocks.StructBlock):
    key = key_block()
    title = blocks.CharBlock(label=_("Kop"), max_length=160, help_text=_("Bijvoorbeeld ‘Bel nu 112’."))
    urgent = blocks.BooleanBlock(
        label=_("Spoed"), required=False, help_text=_("Toon deze route als dringende waarschuwing.")
    )
    intro = blocks.RichTextBlock(label=_("Wat moet u doen?"), features=ADVICE_FEATURES, required=False)
    contacts = blocks.ListBlock(
        SnippetChooserBlock("kennisbank.Meldpunt", label=_("Meldpunt")),
        label=_("Neem contact op met"),
    )
    show_local_contact = blocks.BooleanBlock(
        label=_("Toon de aandachtsfunctionaris van de gekozen gemeente"), required=False, default=True
    )
    write_down = blocks.RichTextBlock(label=_("Schrijf dit op"), features=ADVICE_FEATURES, required=False)
    do_not = blocks.RichTextBlock(label=_("Doe dit niet"), features=ADVICE_FEATURES, required=False)
    what_next = blocks.RichTextBlock(
        label=_("Wat gebeurt er daarna?"), features=ADVICE_FEATURES, required=False
    )

    class Meta:
        icon = "flag"
        label = _("Route (uitkomst)")


class MeldrouteBlock(blocks.StreamBlock):
    """The steps of the route. The first step is where every visitor starts."""

    vraag = QuestionBlock()
    gemeentevraag = GemeenteQuestionBlock()
    route = RouteBlock()

    def clean(self, value):
        value = super().clean(value)
        # Saving a draft or previewing may hold a half-built tree; publishing or submitting for
        # review may not (Wagtail defers validation for drafts and previews).
        if not getattr(self, "is_deferred_validation", False):
            problems = Tree.from_stream(value).problems()
            if problems:
                raise stream_error(problems)
        return value


def stream_error(problems: list[Problem]) -> StreamBlockValidationError:
    """Put each problem on the block (and answer, and field) it is about, for the editor to see."""
    non_block: list[ValidationError] = []
    steps: dict[int, dict] = {}
    for problem in problems:
        if problem.index is None:
            non_block.append(ValidationError(problem.message))
            continue
        step = steps.setdefault(problem.index, {"fields": {}, "answers": {}, "general": []})
        if problem.answer is not None:
            step["answers"].setdefault(problem.answer, {})[problem.field] = ValidationError(problem.message)
        elif problem.field:
            step["fields"].setdefault(problem.field, ValidationError(problem.message))
        else:
            step["general"].append(ValidationError(problem.message))
    block_errors = {}
    for index, step in steps.items():
        fields = dict(step["fields"])
        if step["answers"]:
            fields["answers"] = ListBlockValidationError(
                block_errors={
                    position: StructBlockValidationError(block_errors=errors)
                    for position, errors in step["answers"].items()
                }
            )
        block_errors[index] = StructBlockValidationError(
            block_errors=fields, non_block_errors=step["general"]
        )
    return StreamBlockValidationError(block_errors=block_errors, non_block_errors=non_block)
