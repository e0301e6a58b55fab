"""`manage.py load_demo`: load the demo circulars, their records and staff accounts."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from website.demo.loader import DemoDataError, ensure_demo_accounts, load_demo_content


class Command(BaseCommand):
    help = (
        "Load the two seed circulars with every case review, Safer7 briefing, "
        "course and resource they point at, all published, and create the demo "
        "staff accounts editor, lead and admin. Safe to run again: unchanged "
        "records are left untouched."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-accounts",
            action="store_true",
            help="Load content only; do not create or touch demo accounts.",
        )
        parser.add_argument(
            "--reset-passwords",
            action="store_true",
            help="Give existing demo accounts a new random password, printed once.",
        )

    def handle(self, *args, no_accounts=False, reset_passwords=False, **options):
        try:
            report = load_demo_content()
        except DemoDataError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
        for line in report.summary_lines():
            self.stdout.write(f"  {line}")

        if no_accounts:
            self.stdout.write("Demo accounts skipped (--no-accounts).")
            return
        # Read at run time, not import time, so tests can switch DEBUG.
        if not settings.DEBUG:
            self.stderr.write(
                self.style.ERROR(
                    "Demo accounts were NOT created: DEBUG is off, so this looks "
                    "like a production site, where accounts with printed "
                    "passwords must not exist. Content was loaded. Create real "
                    "staff accounts with `manage.py createsuperuser` and the admin, "
                    "or pass --no-accounts to silence this message."
                )
            )
            return
        for outcome in ensure_demo_accounts(reset_passwords=reset_passwords):
            if outcome.password:
                self.stdout.write(
                    f"Account {outcome.username!r} {outcome.action}; password "
                    f"(shown only now): {outcome.password}"
                )
            else:
                self.stdout.write(
                    f"Account {outcome.username!r} already exists and was left "
                    "unchanged (use --reset-passwords for a new password)."
                )
