from django.conf import settings
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from django.views.static import serve

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from search import views as search_views

urlpatterns = [
    # Wagtail's own login views would bypass allauth's rate limits and two-factor check.
    path("admin/login/", RedirectView.as_view(url="/account/login/?next=/admin/")),
    path("_util/login/", RedirectView.as_view(url="/account/login/", query_string=True)),
    path("admin/", include(wagtailadmin_urls)),
    path("account/", include("allauth.urls")),
    path("", include("community.urls")),
    path("", include("agenda.urls")),
    path("documenten/", include(wagtaildocs_urls)),
    path("zoeken/", search_views.search, name="search"),
    path("sitemap.xml", sitemap, name="sitemap"),
]

if settings.DEBUG:
    # Development serves uploaded images from the media folder. Only the image folders: documents
    # are always served through Django (WAGTAILDOCS_SERVE_METHOD) so that restrictions hold.
    urlpatterns += [
        re_path(
            r"^media/(?P<path>(?:images|original_images)/.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += [path("", include(wagtail_urls))]
