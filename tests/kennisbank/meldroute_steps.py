"""Build meldroutekaart trees for tests in the shape the page's StreamField takes."""


def vraag(key: str, *answers: tuple[str, str], text: str = "", hint: str = ""):
    return (
        "vraag",
        {
            "key": key,
            "question": text or f"Vraag {key}?",
            "hint": hint,
            "answers": [{"label": label, "hint": "", "next_step": next_key} for label, next_key in answers],
        },
    )


def gemeentevraag(key: str, next_key: str, text: str = "In welke gemeente speelt het?"):
    return "gemeentevraag", {"key": key, "question": text, "hint": "", "next_step": next_key}


def route(key: str, title: str = "", contacts=(), local: bool = True, urgent: bool = False):
    return (
        "route",
        {
            "key": key,
            "title": title or f"Route {key}",
            "urgent": urgent,
            "intro": "<p>Wat u nu doet.</p>",
            "contacts": list(contacts),
            "show_local_contact": local,
            "write_down": "<ul><li>Wat u zag en wanneer.</li></ul>",
            "do_not": "<ul><li>Ga niet zelf op onderzoek uit.</li></ul>",
            "what_next": "<p>Het meldpunt neemt contact op.</p>",
        },
    )


def resident_and_professional(meldpunten: dict | None = None) -> list:
    """A small tree like the demo one: residents and professionals, each with their own questions."""
    contacts = meldpunten or {}

    def of(*slugs):
        return [contacts[slug] for slug in slugs if slug in contacts]

    return [
        vraag(
            "wie",
            ("Ik ben professional", "pro-gemeente"),
            ("Ik maak me zorgen", "inwoner-gevaar"),
            text="Wie bent u?",
        ),
        gemeentevraag("pro-gemeente", "pro-vorm"),
        vraag(
            "pro-vorm",
            ("Arbeidsuitbuiting", "route-nla"),
            ("Seksuele uitbuiting", "route-politie"),
            text="Om welke vorm van uitbuiting gaat het?",
        ),
        vraag(
            "inwoner-gevaar", ("Ja", "route-112"), ("Nee", "inwoner-anoniem"), text="Is er nu acuut gevaar?"
        ),
        vraag(
            "inwoner-anoniem",
            ("Ja", "route-anoniem"),
            ("Nee", "route-politie"),
            text="Wilt u anoniem blijven?",
        ),
        route("route-112", "Bel nu 112", of("alarmnummer-112"), local=False, urgent=True),
        route("route-nla", "Meld bij de Nederlandse Arbeidsinspectie", of("nla")),
        route("route-politie", "Meld bij de politie", of("politie")),
        route("route-anoniem", "Meld anoniem bij Meld Misdaad Anoniem", of("mma"), local=False),
    ]
