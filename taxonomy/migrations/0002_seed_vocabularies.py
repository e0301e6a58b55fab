from django.db import migrations
from django.utils.text import slugify

CATEGORIES = [("adults", "Adults"), ("children", "Children")]

THEMES = [
    ("Trauma Informed Practice", "Understanding how trauma shapes people's lives and responding in ways that avoid causing more harm."),
    ("Person Centred Practice", "Working with people on what matters to them, with their views at the heart of decisions."),
    ("Professional Curiosity", "Looking beyond what is presented, asking questions and checking what we are told."),
    ("Information Sharing", "Sharing the right information with the right people at the right time to keep people safe."),
    ("Mental Capacity", "Applying the Mental Capacity Act 2005 when a person may not be able to make a decision."),
    ("Executive Function", "When impaired planning and self-control undermine decisions a person can talk through."),
    ("Neglect", "Persistent failure to meet a child's basic needs, and how to recognise it early."),
    ("Self-neglect", "When an adult does not care for themselves or their surroundings, putting their wellbeing at risk."),
    ("Exploitation", "Criminal and sexual exploitation of children and adults, inside and outside the home."),
    ("Child Sexual Abuse", "Recognising and responding to sexual abuse of children, including within the family."),
    ("Disguised Compliance", "When cooperation with professionals is apparent rather than real."),
    ("Vicarious Trauma", "The effect on practitioners of hearing about and witnessing other people's trauma."),
    ("Adultification", "When children, especially from minoritised groups, are treated as older than they are."),
    ("Domestic Abuse", "Controlling, coercive, threatening or violent behaviour between partners or family members."),
    ("Our Roles in Safeguarding", "What each agency and practitioner is responsible for in keeping people safe."),
    ("Think Family", "Seeing the whole family, so that help for one person takes account of everyone around them."),
    ("Hoarding", "Understanding hoarding and working with people who hoard in a trauma-informed way."),
]

ABUSE_TYPES = [
    "Physical abuse", "Domestic abuse", "Sexual abuse", "Psychological or emotional abuse",
    "Financial or material abuse", "Modern slavery", "Discriminatory abuse",
    "Organisational abuse", "Neglect and acts of omission", "Self-neglect",
    "Emotional abuse (child)", "Neglect (child)", "Extra-familial harm",
]

AGENCIES = [
    "Children's social care", "Adult social care", "Police", "Integrated care board (ICB)",
    "Acute health", "Community health", "Mental health services", "GP and primary care",
    "Schools and education", "Early years", "Probation", "Youth justice", "Housing",
    "Substance misuse services", "Domestic abuse services", "Ambulance service",
    "Fire and rescue", "Voluntary and community sector",
]

ORGANISATIONS = [
    ("Dudley Safeguarding People Partnership", "https://safeguarding.dudley.gov.uk/"),
    ("Office for Health Improvement and Disparities", "https://www.gov.uk/government/organisations/office-for-health-improvement-and-disparities"),
    ("NSPCC", "https://www.nspcc.org.uk/"),
    ("Social Care Institute for Excellence", "https://www.scie.org.uk/"),
    ("YoungMinds", "https://www.youngminds.org.uk/"),
    ("Local Government Association", "https://www.local.gov.uk/"),
    ("Centre of Expertise on Child Sexual Abuse", "https://www.csacentre.org.uk/"),
    ("West Midlands Violence Reduction Partnership", "https://westmidlands-vrp.org/"),
    ("West Midlands Trauma Informed Coalition", ""),
    ("Research in Practice", "https://www.researchinpractice.org.uk/"),
    ("Department of Health and Social Care", "https://www.gov.uk/government/organisations/department-of-health-and-social-care"),
]

AGE_BANDS = [
    ("unborn", "Unborn"), ("under-1", "Under 1"), ("1-4", "1 to 4"), ("5-10", "5 to 10"),
    ("11-15", "11 to 15"), ("16-17", "16 to 17"), ("18-24", "18 to 24"),
    ("25-64", "25 to 64"), ("65-plus", "65 and over"),
]


def seed(apps, schema_editor):
    Category = apps.get_model("taxonomy", "Category")
    Theme = apps.get_model("taxonomy", "Theme")
    AbuseType = apps.get_model("taxonomy", "AbuseType")
    Agency = apps.get_model("taxonomy", "Agency")
    Organisation = apps.get_model("taxonomy", "Organisation")
    AgeBand = apps.get_model("taxonomy", "AgeBand")
    for position, (slug, name) in enumerate(CATEGORIES):
        Category.objects.update_or_create(slug=slug, defaults={"name": name, "position": position})
    for name, summary in THEMES:
        Theme.objects.update_or_create(slug=slugify(name), defaults={"name": name, "summary": summary})
    for position, name in enumerate(ABUSE_TYPES):
        AbuseType.objects.update_or_create(slug=slugify(name), defaults={"name": name, "position": position})
    for name in AGENCIES:
        Agency.objects.update_or_create(slug=slugify(name), defaults={"name": name})
    for name, website in ORGANISATIONS:
        Organisation.objects.update_or_create(slug=slugify(name), defaults={"name": name, "website": website})
    for position, (slug, name) in enumerate(AGE_BANDS):
        AgeBand.objects.update_or_create(slug=slug, defaults={"name": name, "position": position})


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
