from kennisbank.models.actieplan import ActiePage, ActieplanPage, ActieVoortgang, Status
from kennisbank.models.kennisitem import KennisbankPage, KennisItemDocument, KennisItemPage
from kennisbank.models.taxonomie import (
    Evenementsoort,
    Gemeente,
    Kennissoort,
    Partner,
    Risicobranche,
    Risicogroep,
    Thema,
    Uitbuitingsvorm,
)

__all__ = [
    "ActiePage",
    "ActieVoortgang",
    "ActieplanPage",
    "Evenementsoort",
    "Gemeente",
    "Kennissoort",
    "KennisItemDocument",
    "KennisItemPage",
    "KennisbankPage",
    "Partner",
    "Risicobranche",
    "Risicogroep",
    "Status",
    "Thema",
    "Uitbuitingsvorm",
]
