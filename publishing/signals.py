"""Keep a snapshot of every public record that is deleted, so it can be recovered."""

from django.db.models.signals import pre_delete

from publishing.models import Publishable, Version


def snapshot_before_delete(sender, instance, **kwargs):
    # Working copies are deleted when merged or abandoned; their original stays.
    if instance.draft_of_id is not None:
        return
    from publishing import versions

    versions.snapshot(record=instance, reason=Version.Reason.DELETED)


def connect() -> None:
    from django.apps import apps

    for model in apps.get_models():
        if issubclass(model, Publishable):
            pre_delete.connect(
                snapshot_before_delete,
                sender=model,
                dispatch_uid=f"publishing-snapshot-{model._meta.label_lower}",
            )
