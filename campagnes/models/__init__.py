from campagnes.models.bestelling import Bestelling
from campagnes.models.campagne import CampagnePage, CampagnesIndexPage
from campagnes.models.materiaal import Licentie, Materiaal
from campagnes.models.materiaalbank import MateriaalbankPage
from campagnes.models.terms import Doelgroep, Materiaalvorm, Taal

__all__ = [
    "Bestelling",
    "CampagnePage",
    "CampagnesIndexPage",
    "Doelgroep",
    "Licentie",
    "Materiaal",
    "MateriaalbankPage",
    "Materiaalvorm",
    "Taal",
]
