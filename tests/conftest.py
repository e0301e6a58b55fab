import pytest


@pytest.fixture
def editor(db):
    from tests.factories import UserFactory

    return UserFactory(username="editor", groups=["Editor"])


@pytest.fixture
def lead(db):
    from tests.factories import UserFactory

    return UserFactory(username="lead", groups=["Safeguarding lead"])


@pytest.fixture
def administrator(db):
    from tests.factories import UserFactory

    return UserFactory(username="admin", groups=["Administrator"], is_superuser=True)
