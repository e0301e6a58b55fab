"""Demo case reviews: fictional local reviews under pseudonyms.

Every person, event and finding here is invented for demonstration. Document
links point at example.org so no real report is ever implied.
"""

import datetime

from casereviews.models import DocumentRole, RecommendationState, ReviewType

DEMO_DOCUMENTS = "https://example.org/dspp-demo/reviews/"

CASE_REVIEWS = [
    {
        "slug": "child-r-local-child-safeguarding-practice-review",
        "title": "Child R: Local Child Safeguarding Practice Review",
        "pseudonym": "Child R",
        "review_type": ReviewType.LCSPR,
        "publication_date": datetime.date(2023, 6, 14),
        "categories": ["children"],
        "age_bands": ["11-15"],
        "themes": [
            "trauma-informed-practice",
            "person-centred-practice",
            "exploitation",
            "professional-curiosity",
        ],
        "abuse_types": ["extra-familial-harm", "emotional-abuse-child"],
        "agencies": [
            "childrens-social-care",
            "schools-and-education",
            "police",
            "mental-health-services",
        ],
        "summary": (
            "<p>Child R, a fourteen-year-old, went missing from home several times "
            "over one school year. Each episode was handled on its own, and the "
            "early loss of a parent was rarely connected with the anger staff saw "
            "in school.</p>"
            "<p>The review asks practitioners to look behind behaviour for the "
            "experiences that may be driving it.</p>"
        ),
        "good_practice": (
            "<p>A school mentor kept in touch with Child R throughout and became "
            "the adult Child R chose to talk to.</p>"
        ),
        "report_available_until": None,
        "learning_points": [
            "Repeated missing episodes are a pattern to be understood together, not "
            "a series of separate incidents.",
            "Behaviour that challenges adults is often a response to loss or fear; "
            "ask what has happened to the child before deciding what is wrong.",
            "A consistent trusted adult matters more to a young person than the "
            "number of services involved.",
        ],
        "recommendations": [
            (
                "Add a prompt about bereavement and earlier trauma to return-home "
                "interviews.",
                "Children's services",
                RecommendationState.COMPLETE,
            ),
            (
                "Offer trauma-informed practice training to pastoral staff in "
                "secondary schools.",
                "DSPP Learning and Development Group",
                RecommendationState.IN_PROGRESS,
            ),
        ],
        "documents": [
            (
                DocumentRole.LEARNING_BRIEF,
                "Child R learning brief",
                DEMO_DOCUMENTS + "child-r-learning-brief.pdf",
            ),
        ],
    },
    {
        "slug": "adult-f-self-neglect-safeguarding-adults-review",
        "title": "Dudley Self-neglect Case Review (Adult F)",
        "pseudonym": "Adult F",
        "review_type": ReviewType.SAR_DISCRETIONARY,
        "publication_date": datetime.date(2023, 3, 8),
        "categories": ["adults"],
        "age_bands": ["65-plus"],
        "themes": [
            "self-neglect",
            "trauma-informed-practice",
            "person-centred-practice",
            "mental-capacity",
            "executive-function",
            "hoarding",
        ],
        "abuse_types": ["self-neglect"],
        "agencies": [
            "adult-social-care",
            "gp-and-primary-care",
            "housing",
            "fire-and-rescue",
            "community-health",
        ],
        "summary": (
            "<p>Adult F lived alone in a home that had become unsafe through "
            "clutter and disrepair. Adult F declined most offers of help and was "
            "judged able to make those decisions, although the plans agreed were "
            "seldom carried out.</p>"
            "<p>The review looks at how capacity was assessed when someone can "
            "talk a decision through but cannot act on it, and at how earlier "
            "losses shaped Adult F's relationship with services.</p>"
        ),
        "good_practice": (
            "<p>The fire and rescue service made repeated home safety visits and "
            "shared its concerns promptly.</p>"
        ),
        "report_available_until": None,
        "learning_points": [
            "Check whether a person can carry out a decision as well as describe "
            "it; executive function can be impaired when conversation seems clear.",
            "Refusals of help deserve curiosity about their history, not closure "
            "of the case.",
            "Hoarding is often linked with past trauma; start from the person's "
            "story and move at their pace.",
            "A named lead professional keeps a multi-agency plan moving.",
        ],
        "recommendations": [
            (
                "Publish worked examples of capacity assessments where executive "
                "function is in question.",
                "DSPP Adults Practice Group",
                RecommendationState.COMPLETE,
            ),
            (
                "Produce practitioner guides on trauma-informed and person-centred "
                "work with adults who self-neglect.",
                "DSPP Adults Practice Group",
                RecommendationState.COMPLETE,
            ),
            (
                "Review the self-neglect and hoarding pathway with housing and fire "
                "and rescue partners.",
                "Dudley Council Housing",
                RecommendationState.IN_PROGRESS,
            ),
        ],
        "documents": [
            (
                DocumentRole.OVERVIEW,
                "Adult F overview report",
                DEMO_DOCUMENTS + "adult-f-overview-report.pdf",
            ),
            (
                DocumentRole.LEARNING_BRIEF,
                "Adult F learning brief",
                DEMO_DOCUMENTS + "adult-f-learning-brief.pdf",
            ),
        ],
    },
    {
        "slug": "child-m-rapid-review",
        "title": "Child M: Rapid Review",
        "pseudonym": "Child M",
        "review_type": ReviewType.RAPID_REVIEW,
        "publication_date": datetime.date(2022, 11, 2),
        "categories": ["children"],
        "age_bands": ["1-4"],
        "themes": [
            "neglect",
            "trauma-informed-practice",
            "disguised-compliance",
            "think-family",
        ],
        "abuse_types": ["neglect-child"],
        "agencies": [
            "childrens-social-care",
            "community-health",
            "early-years",
            "substance-misuse-services",
        ],
        "summary": (
            "<p>Child M, aged three, was living with a parent who had grown up in "
            "care and was using alcohol to cope. Appointments were kept and "
            "reassurances given, yet the home conditions and Child M's health "
            "did not improve.</p>"
            "<p>The review considers how a parent's own childhood trauma and "
            "apparent cooperation can mask what a young child lives with "
            "day to day.</p>"
        ),
        "good_practice": (
            "<p>The health visitor recorded Child M's weight and development "
            "carefully, which made the lack of progress plain.</p>"
        ),
        # The full report has passed its publication period; the learning stays.
        "report_available_until": datetime.date(2025, 3, 31),
        "learning_points": [
            "Judge progress by the child's lived experience, not by attendance at "
            "appointments.",
            "A parent's own history of trauma helps explain their behaviour; it "
            "does not lower the standard of care a child needs.",
            "Chronologies shared across agencies reveal drift that no single "
            "agency sees.",
        ],
        "recommendations": [
            (
                "Use a shared neglect assessment tool across early years and "
                "health services.",
                "DSPP Children's Practice Group",
                RecommendationState.COMPLETE,
            ),
            (
                "Ask about adult carers' own experiences of care and trauma at "
                "the start of assessments.",
                "Children's services",
                RecommendationState.NOT_ACCEPTED,
            ),
        ],
        "documents": [
            (
                DocumentRole.EXECUTIVE_SUMMARY,
                "Child M executive summary",
                DEMO_DOCUMENTS + "child-m-executive-summary.pdf",
            ),
        ],
    },
    {
        "slug": "adult-k-safeguarding-adults-review",
        "title": "Adult K: Safeguarding Adults Review",
        "pseudonym": "Adult K",
        "review_type": ReviewType.SAR_MANDATORY,
        "publication_date": datetime.date(2023, 8, 23),
        "categories": ["adults"],
        "age_bands": ["25-64"],
        "themes": [
            "trauma-informed-practice",
            "person-centred-practice",
            "domestic-abuse",
            "mental-capacity",
            "information-sharing",
        ],
        "abuse_types": ["domestic-abuse", "psychological-or-emotional-abuse"],
        "agencies": [
            "adult-social-care",
            "mental-health-services",
            "domestic-abuse-services",
            "police",
            "acute-health",
        ],
        "summary": (
            "<p>Adult K, a woman in her forties with a long history of domestic "
            "abuse, was in frequent contact with emergency and mental health "
            "services. Her distress was often recorded as a behaviour problem and "
            "her wish to stay with her partner as an informed choice.</p>"
            "<p>The review asks how services can recognise coercion and trauma "
            "when someone seems to refuse help, and how to keep her voice at the "
            "centre of plans.</p>"
        ),
        "good_practice": (
            "<p>An independent domestic violence adviser built a steady "
            "relationship with Adult K and was invited to every meeting.</p>"
        ),
        "report_available_until": None,
        "learning_points": [
            "A choice made under coercive control needs careful exploration before "
            "it is treated as a free decision.",
            "Language in records shapes how the next practitioner sees a person; "
            "describe what happened, not a label.",
            "Share information about risk across agencies early, even when the "
            "person has not yet agreed to a referral.",
        ],
        "recommendations": [
            (
                "Include coercion and control in mental capacity training for "
                "frontline staff.",
                "DSPP Learning and Development Group",
                RecommendationState.IN_PROGRESS,
            ),
            (
                "Agree a shared approach to recording language across partner "
                "agencies.",
                "All partner agencies",
                RecommendationState.OPEN,
            ),
        ],
        "documents": [
            (
                DocumentRole.OVERVIEW,
                "Adult K overview report",
                DEMO_DOCUMENTS + "adult-k-overview-report.pdf",
            ),
            (
                DocumentRole.ACTION_PLAN,
                "Adult K action plan",
                DEMO_DOCUMENTS + "adult-k-action-plan.pdf",
            ),
        ],
    },
    {
        "slug": "child-j-local-child-safeguarding-practice-review",
        "title": "Child J: Local Child Safeguarding Practice Review",
        "pseudonym": "Child J",
        "review_type": ReviewType.LCSPR,
        "publication_date": datetime.date(2024, 3, 20),
        "categories": ["children"],
        "age_bands": ["16-17"],
        "themes": [
            "trauma-informed-practice",
            "adultification",
            "exploitation",
            "vicarious-trauma",
        ],
        "abuse_types": ["extra-familial-harm"],
        "agencies": [
            "childrens-social-care",
            "youth-justice",
            "police",
            "schools-and-education",
        ],
        "summary": (
            "<p>Child J, a sixteen-year-old Black boy, was arrested for carrying "
            "drugs for an older group. Several professionals described him as "
            "streetwise and in control, and he was treated as an offender before "
            "he was seen as a child being exploited.</p>"
            "<p>The review looks at how adultification bias and unspoken "
            "assumptions delayed protection, and at the toll the work took on the "
            "practitioners closest to him.</p>"
        ),
        "good_practice": (
            "<p>A youth justice worker challenged the framing of Child J as an "
            "offender and pressed for a referral under the national referral "
            "mechanism.</p>"
        ),
        "report_available_until": None,
        "learning_points": [
            "See the child first: describing a sixteen-year-old as mature or "
            "streetwise can hide exploitation.",
            "Reflect on how race and culture affect judgements about a young "
            "person's vulnerability.",
            "Practitioners exposed to repeated harm need supervision that "
            "attends to their own wellbeing.",
        ],
        "recommendations": [
            (
                "Deliver adultification awareness sessions to police, youth justice "
                "and education staff.",
                "DSPP Learning and Development Group",
                RecommendationState.IN_PROGRESS,
            ),
            (
                "Build reflective, trauma-aware supervision into exploitation teams.",
                "Children's services",
                RecommendationState.OPEN,
            ),
        ],
        "documents": [
            (
                DocumentRole.LEARNING_BRIEF,
                "Child J learning brief",
                DEMO_DOCUMENTS + "child-j-learning-brief.pdf",
            ),
        ],
    },
    {
        "slug": "adult-h-learning-review",
        "title": "Adult H: Learning Review",
        "pseudonym": "Adult H",
        "review_type": ReviewType.LEARNING,
        "publication_date": datetime.date(2024, 2, 7),
        "categories": ["adults", "children"],
        "age_bands": ["25-64", "5-10"],
        "themes": [
            "hoarding",
            "think-family",
            "trauma-informed-practice",
            "person-centred-practice",
        ],
        "abuse_types": ["self-neglect", "neglect-child"],
        "agencies": [
            "adult-social-care",
            "childrens-social-care",
            "housing",
            "schools-and-education",
        ],
        "summary": (
            "<p>Adult H, a father of two primary-school children, hoarded to the "
            "point that the family faced eviction. Adult services and children's "
            "services each worked with part of the family, and neither had the "
            "whole picture.</p>"
            "<p>The review shows why hoarding calls for a whole-family, "
            "trauma-informed response that keeps the children's experience in "
            "view.</p>"
        ),
        "good_practice": (
            "<p>A housing officer paused enforcement action so that a joint plan "
            "could be agreed with the family.</p>"
        ),
        "report_available_until": None,
        "learning_points": [
            "When an adult hoards, ask who else lives in the home and what it is "
            "like for them.",
            "Clearing a home without the person's agreement rarely lasts and can "
            "retraumatise.",
            "Joint visits by adult and children's practitioners give the family "
            "one plan rather than two.",
        ],
        "recommendations": [
            (
                "Create a Think Family hoarding toolkit and pathway for Dudley.",
                "DSPP Adults Practice Group",
                RecommendationState.COMPLETE,
            ),
            (
                "Add hoarding to the training offer on trauma-informed practice.",
                "DSPP Learning and Development Group",
                RecommendationState.IN_PROGRESS,
            ),
        ],
        "documents": [
            (
                DocumentRole.OVERVIEW,
                "Adult H overview report",
                DEMO_DOCUMENTS + "adult-h-overview-report.pdf",
            ),
        ],
    },
]
