from django.contrib.auth import password_validation


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    """Django's own check, with a Dutch message.

    Django 5.2 changed this message's text, and its Dutch translation has not caught up, so the
    original would show in English on a Dutch site.
    """

    def get_error_message(self):
        return f"Dit wachtwoord is te kort. Gebruik minstens {self.min_length} tekens."

    def get_help_text(self):
        return f"Uw wachtwoord moet minstens {self.min_length} tekens hebben."
