from django.urls import path

from community.views import account

urlpatterns = [
    path("uitnodiging/<str:token>/", account.accept_invitation, name="community_accept_invitation"),
    path("mijn-account/profiel/", account.profile, name="community_profile"),
    path("mijn-account/meldingen/", account.notifications, name="community_notifications"),
    path("mijn-account/gegevens/", account.my_data, name="community_my_data"),
    path("mijn-account/gegevens/download/", account.my_data_download, name="community_my_data_download"),
    path("mijn-account/verwijderen/", account.delete_account, name="community_delete_account"),
    path("mijn-account/lidmaatschap-bevestigen/", account.confirm_memberships, name="community_confirm"),
]
