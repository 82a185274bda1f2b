from django.urls import path

from agenda import views

urlpatterns = [
    path("aanmelding/<str:token>/bevestigen/", views.confirm, name="agenda_confirm"),
    path("aanmelding/<str:token>/afmelden/", views.cancel, name="agenda_cancel"),
    path("mijn-account/aanmeldingen/", views.my_registrations, name="agenda_my_registrations"),
    path(
        "mijn-account/aanmeldingen/<int:registration_id>/afmelden/",
        views.cancel_mine,
        name="agenda_cancel_mine",
    ),
    path("mijn-account/agenda-link/", views.feed_settings, name="agenda_feed_settings"),
    path("kalender/<str:token>.ics", views.personal_feed, name="agenda_personal_feed"),
]
