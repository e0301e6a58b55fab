"""Admin form behaviour shared by every public record."""

from django import forms
from django.utils import timezone


def edit_token(instance) -> str:
    """Identify the saved state a form was opened on (its last save time)."""
    stamp = getattr(instance, "updated_at", None)
    return stamp.isoformat() if stamp else ""


class ConcurrentEditForm(forms.ModelForm):
    """Refuse to save over changes someone else saved after this form was opened.

    The form keeps everything typed, says who changed the record and when, and
    takes a second save as the editor's informed decision to replace that change.
    """

    edit_token = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["edit_token"].initial = edit_token(self.instance)

    def clean(self):
        cleaned = super().clean()
        if not self.instance.pk:
            return cleaned
        current = (
            type(self.instance)
            ._default_manager.filter(pk=self.instance.pk)
            .select_related("updated_by")
            .first()
        )
        if current is None:
            raise forms.ValidationError(
                "This record was deleted by someone else while you were editing it. "
                "Copy anything you need from the form below.",
                code="deleted",
            )
        sent = cleaned.get("edit_token") or ""
        if sent != edit_token(current):
            who = current.updated_by.get_username() if current.updated_by else "someone"
            when = timezone.localtime(current.updated_at).strftime("%H:%M on %d %B %Y")
            # The next save from this form is an informed choice to overwrite.
            data = self.data.copy()
            data[self.add_prefix("edit_token")] = edit_token(current)
            self.data = data
            raise forms.ValidationError(
                f"{who} saved changes to this record at {when}, after you opened it. "
                "Nothing you typed has been lost, but it has not been saved. Check their "
                "changes in another tab, then save again to replace them with yours.",
                code="stale",
            )
        return cleaned
