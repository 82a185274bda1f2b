from community.models.discussies import Bericht, Onderwerp
from community.models.groepen import CommunityPage, GroepPage, Lidmaatschap, Nieuwsmail
from community.models.instellingen import CommunitySettings
from community.models.profiel import Profiel, Rol, Zichtbaarheid
from community.models.uitnodigingen import Uitnodiging
from community.models.user import MemberManager, User

__all__ = [
    "Bericht",
    "CommunityPage",
    "CommunitySettings",
    "GroepPage",
    "Lidmaatschap",
    "MemberManager",
    "Nieuwsmail",
    "Onderwerp",
    "Profiel",
    "Rol",
    "Uitnodiging",
    "User",
    "Zichtbaarheid",
]
