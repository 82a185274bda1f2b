"""Settings for the whole site, in one module, driven by environment variables.

With an empty environment the site runs embedded: SQLite, database search, local-memory cache and
e-mail printed to the console. Production sets DATABASE_URL, REDIS_URL, ELASTICSEARCH_URL and the
EMAIL_* variables. Every variable is read through `config.env.env`, which records its description
for the README.
"""

from pathlib import Path

import dj_database_url

from config.env import env

BASE_DIR = Path(__file__).resolve().parent.parent

# The development key is public (it is in this file); the system check in config/checks.py refuses
# to run with it when DEBUG is off, so production must set its own, stable SECRET_KEY.
DEVELOPMENT_SECRET_KEY = "development-only-not-secret-var-mensenhandel"

DEBUG = env("DEBUG", False, "Development mode: detailed error pages. Never true in production.")
SECRET_KEY = env(
    "SECRET_KEY", DEVELOPMENT_SECRET_KEY, "Secret for signing sessions and tokens; required in production."
)
ALLOWED_HOSTS = env(
    "ALLOWED_HOSTS", [], "Comma-separated host names the site answers to (localhost when DEBUG)."
)
CSRF_TRUSTED_ORIGINS = env(
    "CSRF_TRUSTED_ORIGINS", [], "Comma-separated origins (https://example.org) trusted for forms."
)
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000", "Public base URL, used in e-mails, feeds and the admin.")

INSTALLED_APPS = [
    # The site's own apps come first so that their templates override those of libraries.
    "home",
    "kennisbank",
    "campagnes",
    "community",
    "agenda",
    "search",
    "config",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "home.visibility.RequestMemoMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "community.middleware.RequireTwoFactorMiddleware",
    "community.middleware.PrivateResponsesMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.context_processors.site_shell",
            ],
        },
    },
]

# Database: SQLite by default so that a newcomer needs nothing; PostgreSQL through DATABASE_URL.
DATABASE_URL = env(
    "DATABASE_URL",
    f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
    "Database, e.g. postgres://user:pass@host:5432/name (default: SQLite file db.sqlite3).",
)
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
USING_POSTGRES = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
if not USING_POSTGRES:
    # SQLite: wait for a lock instead of failing at once, and take the write lock when a
    # transaction begins, so that transactions that count seats run one after another.
    DATABASES["default"]["OPTIONS"] = {"timeout": 20, "transaction_mode": "IMMEDIATE"}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Members log in with their e-mail address; the model lives in the community app.
AUTH_USER_MODEL = "community.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "community.validators.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = ["allauth.account.auth_backends.AuthenticationBackend"]

# Accounts (django-allauth). Invitation only: no open sign-up (community/adapters.py). Every login,
# also the Wagtail admin's, goes through allauth's rate-limited, two-factor-aware login view.
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/community/"
WAGTAIL_FRONTEND_LOGIN_URL = "/account/login/"
WAGTAILADMIN_LOGIN_URL = "/account/login/"
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = False
ACCOUNT_ADAPTER = "community.adapters.InvitationOnlyAccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_EMAIL_NOTIFICATIONS = True  # tell members by e-mail when their password or e-mail changes
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[VAR mensenhandel] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http" if DEBUG else "https"
# allauth's defaults: failed logins 10 a minute per IP address and 5 per 5 minutes per account.
# The counters live in the cache, so with REDIS_URL every web process shares them.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "VAR mensenhandel"
MFA_FORMS = {
    "activate_totp": "community.forms.ActivateTOTPForm",
    "authenticate": "community.forms.AuthenticateForm",
}
USERSESSIONS_TRACK_ACTIVITY = True

# Cache: local memory by default; Redis (shared by every web process) through REDIS_URL.
REDIS_URL = env("REDIS_URL", "", "Redis for cache and sessions, e.g. redis://127.0.0.1:6379/0.")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "var",
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Rate limits (django-ratelimit) count in the cache above and need the visitor's address.
CLIENT_IP_HEADER = env(
    "CLIENT_IP_HEADER",
    "",
    "Request header with the visitor's address, set by the proxy in front, e.g. HTTP_X_REAL_IP.",
)
RATELIMIT_IP_META_KEY = "config.client_ip.client_ip"

# Language and time: the site and the admin are Dutch, times are stored aware.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands")]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands")]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

# Static files are served by whitenoise; media (uploads) from MEDIA_ROOT.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media"), "Folder for uploaded files."))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# E-mail: printed to the console unless an SMTP host is given.
EMAIL_HOST = env("EMAIL_HOST", "", "SMTP server; empty prints e-mail to the console.")
EMAIL_PORT = env("EMAIL_PORT", 587, "SMTP port.")
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "", "SMTP user name.")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "", "SMTP password.")
EMAIL_USE_TLS = env("EMAIL_USE_TLS", True, "Use STARTTLS for SMTP.")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = env(
    "DEFAULT_FROM_EMAIL", "VAR mensenhandel <noreply@example.org>", "Sender of the site's e-mail."
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security. Cookies are Secure outside development; the policy below allows no inline script.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = env("SESSION_COOKIE_SECURE", not DEBUG, "Send cookies over HTTPS only.")
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_SSL_REDIRECT = env("SECURE_SSL_REDIRECT", False, "Redirect http to https in Django.")
SECURE_HSTS_SECONDS = env("SECURE_HSTS_SECONDS", 0, "HSTS max-age in seconds (0: off).")
if env("BEHIND_HTTPS_PROXY", False, "Trust X-Forwarded-Proto from the proxy in front."):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
CONTENT_SECURITY_POLICY = {
    # The Wagtail admin relies on inline styles and scripts; it gets Django's defaults only.
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "frame-src": ["'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}

# Wagtail.
WAGTAIL_SITE_NAME = "Kennisbank en community mensenhandel, regio Rotterdam"
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAIL_I18N_ENABLED = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
# Documents are always streamed through Django, which checks collection view restrictions; the
# media folder itself is never served for documents (see config/urls.py).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip", "mp4", "png", "jpg"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 25 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # PostgreSQL stems Dutch words (melding, meldingen, melden); SQLite matches literally.
        **({"SEARCH_CONFIG": "dutch"} if USING_POSTGRES else {}),
    }
}
AGENDA_GUEST_RETENTION_DAYS = env(
    "AGENDA_GUEST_RETENTION_DAYS", 30, "Days after an event that guests' registrations are deleted."
)
ELASTICSEARCH_URL = env(
    "ELASTICSEARCH_URL", "", "Elasticsearch for search, e.g. http://127.0.0.1:9200 (empty: database)."
)
ELASTICSEARCH_INDEX = env("ELASTICSEARCH_INDEX", "var-zoeken", "Name of the Elasticsearch search index.")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO", "Logging level.")},
    # Background tasks run inline by default; their per-task lines would drown everything else.
    "loggers": {
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}
