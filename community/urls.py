from django.urls import path
from django.views.generic import RedirectView

from community.views import account

urlpatterns = [
    path("uitnodiging/<str:token>/", account.accept_invitation, name="community_accept_invitation"),
    path("mijn-account/profiel/", account.profile, name="community_profile"),
    path("mijn-account/e-mail-bij-nieuws/", account.notifications, name="community_notifications"),
    # Its old address: on this site a "melding" is a report of human trafficking.
    path(
        "mijn-account/meldingen/",
        RedirectView.as_view(pattern_name="community_notifications", permanent=True),
    ),
    path("mijn-account/gegevens/", account.my_data, name="community_my_data"),
    path("mijn-account/gegevens/download/", account.my_data_download, name="community_my_data_download"),
    path("mijn-account/verwijderen/", account.delete_account, name="community_delete_account"),
    path("mijn-account/lidmaatschap-bevestigen/", account.confirm_memberships, name="community_confirm"),
]
