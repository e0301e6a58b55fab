import pytest

from circulars.models import Item
from tests.factories import CircularFactory, ItemFactory, SectionFactory


@pytest.mark.django_db
def test_item_factory_points_at_exactly_one_record():
    """The default item factory builds a valid item aimed at one resource."""
    item = ItemFactory(section=SectionFactory(circular=CircularFactory()))
    assert item.target_kind == "resource"
    assert Item.objects.count() == 1
