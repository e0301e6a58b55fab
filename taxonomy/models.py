"""The shared vocabularies every record is described with."""

from django.db import models
from django.db.models import Q


class Term(models.Model):
    """Abstract base: a named, slugged entry in a vocabulary."""

    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True)
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Lower numbers are listed first."
    )

    class Meta:
        abstract = True
        ordering = ["position", "name"]

    def __str__(self):
        return self.name


class Category(Term):
    """Who a record is for: Adults, Children, or both (life course)."""

    class Slug(models.TextChoices):
        ADULTS = "adults", "Adults"
        CHILDREN = "children", "Children"

    class Meta(Term.Meta):
        verbose_name_plural = "categories"
        constraints = [
            models.CheckConstraint(
                condition=Q(slug__in=["adults", "children"]),
                name="taxonomy_category_fixed_list",
            )
        ]


class Theme(Term):
    """A recurring theme of learning, such as Trauma Informed Practice."""

    summary = models.CharField(
        max_length=300, blank=True, help_text="One sentence shown on theme lists."
    )
    description = models.TextField(
        blank=True, help_text="A few plain paragraphs shown on the theme page."
    )

    class Meta(Term.Meta):
        pass

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("website:theme", kwargs={"slug": self.slug})


class AbuseType(Term):
    """A type of abuse or harm (Care Act 2014 for adults, plus children's types)."""

    class Meta(Term.Meta):
        verbose_name = "abuse type"


class Agency(Term):
    """A kind of agency that can be involved in a case."""

    class Meta(Term.Meta):
        verbose_name_plural = "agencies"


class Organisation(Term):
    """A publisher of resources or provider of training."""

    website = models.URLField(blank=True)

    class Meta(Term.Meta):
        pass


class AgeBand(Term):
    """A published age band; finer demographics are never recorded."""

    class Meta(Term.Meta):
        verbose_name = "age band"
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    slug__in=[
                        "unborn",
                        "under-1",
                        "1-4",
                        "5-10",
                        "11-15",
                        "16-17",
                        "18-24",
                        "25-64",
                        "65-plus",
                    ]
                ),
                name="taxonomy_ageband_fixed_list",
            )
        ]
