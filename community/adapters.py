from allauth.account.adapter import DefaultAccountAdapter


class InvitationOnlyAccountAdapter(DefaultAccountAdapter):
    """Nobody signs up: accounts are made when someone accepts an editor's invitation."""

    # The site addresses people formally ('u'); allauth's Dutch catalogue uses 'jij' here.
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "email_password_mismatch": "Het e-mailadres of het wachtwoord klopt niet.",
        "too_many_login_attempts": "U heeft te vaak een verkeerd wachtwoord ingevuld. Probeer het over een paar minuten opnieuw.",
        "rate_limited": "U doet te veel verzoeken achter elkaar. Wacht even en probeer het opnieuw.",
    }

    def is_open_for_signup(self, request):
        return False
