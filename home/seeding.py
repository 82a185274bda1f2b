"""Helpers for the idempotent seed commands: site tree, pages, generated PDF documents and images.

Seeding never overwrites what exists: an editor's changes survive every later `make run`.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable
from xml.sax.saxutils import escape

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.db import transaction
from django.utils.text import slugify

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page

from home.indexing import indexing_paused
from home.models import ContentPage, HomePage

# The password of every demo account. Demo accounts exist only where the demo seed ran.
DEMO_PASSWORD = "Mensenhandel-Demo-2026"
DEMO_NOTE = "Voorbeelddocument voor de demo-omgeving van de kennisbank mensenhandel regio Rotterdam."


# The seed commands that have run within the outermost one (None when none is running).
_seeded: set[str] | None = None


def seeding(handle):
    """Decorates a seed command's `handle`: one transaction, the indexes brought up to date once
    at the end instead of on every save (home/indexing.py), and the seeds it builds on run once."""

    @functools.wraps(handle)
    def seed(command, *args, **options):
        global _seeded
        outermost = _seeded is None
        if outermost:
            _seeded = set()
        try:
            with transaction.atomic(), indexing_paused():
                result = handle(command, *args, **options)
            _seeded.add(command.__module__.rpartition(".")[2])
            return result
        finally:
            if outermost:
                _seeded = None

    return seed


def run_seed(name: str) -> None:
    """Run the seed command `name` (one this seed builds on) unless it ran already in this seed:
    the demo seed's parts share the taxonomy and the action plan, which need seeding only once."""
    if _seeded is None or name not in _seeded:
        call_command(name, verbosity=0)


def home_page() -> HomePage:
    """The site's home page (made by the migration home/0002_home_page)."""
    return HomePage.objects.get()


def child_page(parent: Page, model, slug: str, **fields):
    """Return the child of `parent` with `slug`, creating and publishing it if it is missing.

    A plain ContentPage at that slug is a placeholder an earlier seed made for a section that did
    not exist yet; it is replaced by the real section.
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        existing = existing.specific
        if isinstance(existing, model) or not isinstance(existing, ContentPage):
            return existing
        existing.delete()
    page = parent.add_child(instance=model(slug=slug, **fields))
    page.save_revision().publish()
    return page


def collection(name: str) -> Collection:
    existing = Collection.objects.filter(name=name).first()
    if existing:
        return existing
    return Collection.get_first_root_node().add_child(name=name)


def make_pdf(title: str, pages: list[list[str]], footer: str = DEMO_NOTE) -> bytes:
    """A small, tagged-text PDF (real text, so it is searchable and readable by screen readers)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    buffer = io.BytesIO()
    styles = getSampleStyleSheet()
    story = [Paragraph(escape(title), styles["Title"]), Spacer(1, 12)]
    for number, paragraphs in enumerate(pages):
        if number:
            story.append(PageBreak())
        for text in paragraphs:
            story += [Paragraph(escape(text), styles["BodyText"]), Spacer(1, 8)]
    story += [Spacer(1, 24), Paragraph(escape(footer), styles["Italic"])]

    document = SimpleDocTemplate(
        buffer, pagesize=A4, title=title, author="VeiligheidsAlliantie regio Rotterdam", lang="nl-NL"
    )
    document.build(story)
    return buffer.getvalue()


def generated_document(
    title: str, extension: str, make_content: Callable[[], bytes], in_collection: Collection
):
    """The document with `title`, generating its file with `make_content` on the first run."""
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    document = Document(title=title, collection=in_collection)
    document.file.save(f"{slugify(title)[:80]}.{extension}", ContentFile(make_content()), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def pdf_document(title: str, pages: list[list[str]], in_collection: Collection):
    """The document with `title`, generating its PDF on the first run."""
    return generated_document(title, "pdf", lambda: make_pdf(title, pages), in_collection)


def make_png(lines: list[str], background: str, size: tuple[int, int] = (600, 400)) -> bytes:
    """A plain picture with a few lines of large white text: a stand-in for a designed visual."""
    from PIL import Image, ImageDraw, ImageFont

    picture = Image.new("RGB", size, background)
    draw = ImageDraw.Draw(picture)
    margin = size[0] // 12
    y = margin
    for number, line in enumerate(lines):
        font = ImageFont.load_default(size=size[0] // (12 if number == 0 else 22))
        draw.text((margin, y), line, fill="white", font=font)
        y += int(font.size * 1.5)
    draw.rectangle([0, size[1] - size[1] // 20, size[0], size[1]], fill="#e17000")
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()


def generated_image(
    title: str, lines: list[str], background: str, in_collection: Collection, description: str = ""
):
    """The image with `title`, drawing it on the first run."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    picture = ImageFile(io.BytesIO(make_png(lines, background)), name=f"{slugify(title)[:80]}.png")
    image = Image(title=title, description=description, collection=in_collection, file=picture)
    image._set_image_file_metadata()
    image.save()
    return image
