"""Per-request state the public QuerySets need: which record, if any, is being previewed."""

from contextlib import contextmanager
from contextvars import ContextVar

_previewing = ContextVar("previewing", default=None)


@contextmanager
def previewing(record):
    """Within this block, `public()` on the record's model also finds the record.

    A working copy replaces its original, which shares its slug.
    """
    token = _previewing.set(record)
    try:
        yield
    finally:
        _previewing.reset(token)


def previewed(model):
    """Return the record being previewed if it is of `model`, else None."""
    record = _previewing.get()
    return record if record is not None and isinstance(record, model) else None
