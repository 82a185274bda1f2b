from kennisbank.models.actieplan import ActiePage, ActieplanPage, ActieVoortgang, Status
from kennisbank.models.kennisitem import KennisbankPage, KennisItemDocument, KennisItemPage
from kennisbank.models.meldroute import Meldpunt, MeldroutePage
from kennisbank.models.monitor import Cijfer, Indicator, MonitorIndexPage, MonitorPage
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
    "Cijfer",
    "Gemeente",
    "Indicator",
    "Kennissoort",
    "KennisItemDocument",
    "KennisItemPage",
    "KennisbankPage",
    "Meldpunt",
    "MeldroutePage",
    "MonitorIndexPage",
    "MonitorPage",
    "Partner",
    "Risicobranche",
    "Risicogroep",
    "Status",
    "Thema",
    "Uitbuitingsvorm",
]
