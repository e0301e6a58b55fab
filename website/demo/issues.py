"""Demo circulars: the two seed issues, their sections in the seeds' order, and
the standard texts they share.

An item is `(kind, slug)` or `(kind, slug, note)`, where kind names the
`circulars.Item` field it fills.
"""

import datetime

HOW_WE_REVIEW = "how-do-we-review-multi-agency-practice-and-share-learning"
WHAT_IS_SAFER7 = "what-is-a-safer7-briefing"

STANDARD_TEXTS = [
    {
        "slug": HOW_WE_REVIEW,
        "title": "How do we review multi agency practice and share learning?",
        "body": (
            "<p>The partnership wants every agency in Dudley that works with "
            "children and adults to keep learning: from what goes well, from "
            "what does not, and from each other.</p>"
            "<p>Case reviews, audits and other quality assurance work tell us "
            "where practice needs to change. The thematic learning plan turns "
            "those findings into circulars like this one, so that the learning "
            "reaches the people doing the work.</p>"
        ),
    },
    {
        "slug": WHAT_IS_SAFER7,
        "title": "What is a Safer7 briefing?",
        "body": (
            "<p>Safer7 briefings are short enough to read in seven minutes, "
            "alone or at the start of a team meeting. The idea comes from a "
            "method developed by the FBI, drawing on research into how long "
            "people can concentrate well, and a single focused message tends to "
            "stick.</p>"
            "<p>The briefings listed here each respond to something our reviews "
            "found.</p>"
        ),
    },
]

CASE_REVIEW = "case_review"
BRIEFING = "briefing"
COURSE = "course"
RESOURCE = "resource"

CIRCULARS = [
    {
        "slug": "thematic-learning-trauma-informed-and-person-centred-practice-2023-09",
        "title": "Thematic Learning from Case Reviews – Trauma Informed & Person "
        "Centred Practice",
        "issue_date": datetime.date(2023, 9, 26),
        "categories": ["adults", "children"],
        "primary_theme": "trauma-informed-practice",
        "themes": ["person-centred-practice"],
        "introduction": (
            "<p>Each month the Dudley Safeguarding People Partnership picks one "
            "theme from its case reviews and quality assurance work and brings "
            "together what practitioners need to know about it.</p>"
            "<p>This September issue looks at trauma-informed and person-centred "
            "practice. Both keep coming up in our reviews of children's cases, "
            "and both matter just as much when working with adults.</p>"
        ),
        "sections": [
            {
                "heading": "How do we review multi agency practice and share learning?",
                "standard_text": HOW_WE_REVIEW,
                "body": "",
                "items": [],
            },
            {
                "heading": "Reviews",
                "standard_text": None,
                "body": (
                    "<p>These local reviews all touch on trauma-informed or "
                    "person-centred practice.</p>"
                ),
                "items": [
                    (CASE_REVIEW, "child-r-local-child-safeguarding-practice-review"),
                    (CASE_REVIEW, "adult-f-self-neglect-safeguarding-adults-review"),
                    (CASE_REVIEW, "child-m-rapid-review"),
                    (CASE_REVIEW, "adult-k-safeguarding-adults-review"),
                ],
            },
            {
                "heading": "Helpful Resources",
                "standard_text": None,
                "body": (
                    "<h3>Trauma Informed Practice</h3>"
                    "<p>A trauma-informed approach starts from the knowledge that "
                    "trauma can affect how a person's brain, body, emotions and "
                    "relationships develop, and shapes care around that.</p>"
                    "<h3>Person Centred Approach</h3>"
                    "<p>Person-centred practice puts the child's or adult's own "
                    "views, wishes and strengths at the heart of every "
                    "decision.</p>"
                ),
                "items": [
                    (RESOURCE, "working-definition-of-trauma-informed-practice"),
                    (
                        RESOURCE,
                        "west-midlands-trauma-informed-coalition",
                        "Formed in 2022, the coalition brings together policing, "
                        "fire, probation, councils, health, education and the "
                        "voluntary sector. It has agreed a regional definition "
                        "and framework and is now working on a regional strategy. "
                        "Public sector leaders can register to join.",
                    ),
                    (RESOURCE, "youngminds-understanding-feelings-and-behaviour"),
                    (RESOURCE, "dspp-language-matters-guidance"),
                    (RESOURCE, "making-safeguarding-personal-toolkit"),
                    (RESOURCE, "mental-capacity-act-code-of-practice"),
                ],
            },
            {
                "heading": "Procedures and Pathways",
                "standard_text": None,
                "body": "",
                "items": [
                    (RESOURCE, "dspp-support-level-guidance-and-framework"),
                    (RESOURCE, "adult-safeguarding-procedures"),
                ],
            },
            {
                "heading": "Training and Resources",
                "standard_text": None,
                "body": (
                    "<p>Each of these partnership courses responds directly to "
                    "what our reviews have found.</p>"
                ),
                "items": [
                    (COURSE, "dspp-annual-conference-2023"),
                    (COURSE, "trauma-informed-practice-training"),
                    (COURSE, "intra-familial-child-sexual-abuse-awareness"),
                    (COURSE, "safeguarding-vulnerable-adults-and-when-to-refer"),
                    (COURSE, "professional-curiosity"),
                    (COURSE, "neglect"),
                    (COURSE, "exploitation-harm-outside-the-home"),
                ],
            },
            {
                "heading": "eLearning",
                "standard_text": None,
                "body": "",
                "items": [
                    (COURSE, "child-abuse-and-neglect-elearning"),
                    (COURSE, "safeguarding-adults-awareness-elearning"),
                    (
                        COURSE,
                        "introduction-to-dspp-support-level-guidance-and-framework",
                    ),
                    (COURSE, "mental-capacity-act-awareness-elearning"),
                ],
            },
            {
                "heading": "Safer7 Briefings",
                "standard_text": WHAT_IS_SAFER7,
                "body": "",
                "items": [
                    (BRIEFING, "trauma-informed-practice"),
                    (BRIEFING, "mental-capacity-act"),
                    (BRIEFING, "mca-executive-functioning"),
                    (BRIEFING, "professional-curiosity"),
                    (BRIEFING, "information-sharing"),
                    (BRIEFING, "disguised-compliance"),
                    (BRIEFING, "neglect"),
                    (BRIEFING, "exploitation"),
                    (BRIEFING, "child-sexual-abuse"),
                ],
            },
            {
                "heading": "Helpful links and posters",
                "standard_text": None,
                "body": (
                    "<p>Teams can use the four temperature check tools to take "
                    "an honest look at their culture and agree priorities. Start "
                    "with vicarious trauma; anti-pathologisation is the most "
                    "demanding and best tackled last.</p>"
                ),
                "items": [
                    (RESOURCE, "addressing-adversity-aces-poster"),
                    (RESOURCE, "aces-impact-on-children-video"),
                    (RESOURCE, "vicarious-trauma-temperature-check-tool"),
                    (RESOURCE, "misogyny-temperature-check-tool"),
                    (RESOURCE, "victim-blaming-temperature-check-tool"),
                    (RESOURCE, "pathologisation-temperature-check-tool"),
                    (RESOURCE, "person-centred-adult-safeguarding-leaflet"),
                    (RESOURCE, "making-safeguarding-personal-videos"),
                    (RESOURCE, "making-safeguarding-personal-case-studies"),
                    (
                        RESOURCE,
                        "self-neglect-capacity-assessment-examples",
                        "Developed after the Dudley self-neglect case review.",
                    ),
                    (
                        RESOURCE,
                        "self-neglect-trauma-informed-practice-adults",
                        "Developed after the Dudley self-neglect case review.",
                    ),
                    (
                        RESOURCE,
                        "self-neglect-person-centred-positive-approach",
                        "Developed after the Dudley self-neglect case review.",
                    ),
                    (
                        RESOURCE,
                        "self-neglect-person-centred-positive-questioning",
                        "Developed after the Dudley self-neglect case review.",
                    ),
                ],
            },
        ],
    },
    {
        "slug": "thematic-learning-trauma-informed-practice-2024-05",
        "title": "Thematic Learning from Case Reviews – Trauma Informed Practice",
        "issue_date": datetime.date(2024, 5, 24),
        "categories": ["adults", "children"],
        "primary_theme": "trauma-informed-practice",
        "themes": ["vicarious-trauma", "hoarding"],
        "introduction": (
            "<p>Learning from reviews only makes a difference when it reaches "
            "the people who work with families every day, and these circulars "
            "are one of the ways the partnership makes sure it does.</p>"
            "<p>You told us you would prefer fewer, fuller issues, so circulars "
            "now come out every two months. Recent reviews have brought us back "
            "to trauma-informed practice, the theme of this issue.</p>"
        ),
        "sections": [
            {
                "heading": "How do we review multi agency practice and share learning?",
                "standard_text": HOW_WE_REVIEW,
                "body": "",
                "items": [],
            },
            {
                "heading": "What is trauma?",
                "standard_text": None,
                "body": (
                    "<p>Frightening or distressing experiences that feel beyond "
                    "our control can leave a lasting mark. Sometimes it is one "
                    "event, such as an accident or an assault; sometimes it is "
                    "harm that carries on for years, such as abuse at home. Few "
                    "people get through life without something of this kind.</p>"
                    "<p>Working in a trauma-informed way means recognising that "
                    "such experiences can shape a person's development and "
                    "wellbeing, and designing care so that it does not add to "
                    "the harm. The national working definition and the local "
                    "reviews below show what this means in practice.</p>"
                ),
                "items": [
                    (RESOURCE, "working-definition-of-trauma-informed-practice"),
                    (CASE_REVIEW, "child-r-local-child-safeguarding-practice-review"),
                    (CASE_REVIEW, "adult-k-safeguarding-adults-review"),
                    (CASE_REVIEW, "child-j-local-child-safeguarding-practice-review"),
                    (CASE_REVIEW, "adult-h-learning-review"),
                ],
            },
            {
                "heading": "Information and resources",
                "standard_text": None,
                "body": "",
                "items": [
                    (
                        RESOURCE,
                        "west-midlands-trauma-informed-coalition",
                        "More than 190 leaders from across the region now belong "
                        "to the coalition, united in wanting the region to be "
                        "emotionally safe and trauma-informed for everyone. Its "
                        "community of "
                        "practice offers a forum and resource bank; a workforce "
                        "development framework and guidance for commissioners "
                        "are on the way.",
                    ),
                    (RESOURCE, "think-family-hoarding-toolkit"),
                    (RESOURCE, "developing-and-leading-trauma-informed-practice"),
                    (RESOURCE, "childhood-trauma-and-the-brain"),
                    (RESOURCE, "vrp-webinars-trauma-informed-practice"),
                    (
                        RESOURCE,
                        "vrp-webinars-introduction-to-aces-and-trauma-informed-practice",
                    ),
                ],
            },
            {
                "heading": "Procedures and Pathways",
                "standard_text": None,
                "body": "",
                "items": [
                    (RESOURCE, "hoarding-pathway-guidance"),
                    (RESOURCE, "dspp-support-level-guidance-and-framework"),
                    (RESOURCE, "adult-safeguarding-procedures"),
                ],
            },
            {
                "heading": "Safer7 Briefings",
                "standard_text": WHAT_IS_SAFER7,
                "body": "",
                "items": [
                    (BRIEFING, "trauma-informed-practice"),
                    (BRIEFING, "vicarious-trauma"),
                    (BRIEFING, "adultification"),
                    (BRIEFING, "mental-capacity-act"),
                    (BRIEFING, "mca-executive-functioning"),
                    (BRIEFING, "professional-curiosity"),
                    (BRIEFING, "information-sharing"),
                    (BRIEFING, "neglect"),
                    (BRIEFING, "exploitation"),
                    (BRIEFING, "child-sexual-abuse"),
                ],
            },
            {
                "heading": "Learning and Development Opportunities",
                "standard_text": None,
                "body": "",
                "items": [
                    (COURSE, "trauma-informed-practice-training"),
                    (COURSE, "safeguarding-vulnerable-adults-and-when-to-refer"),
                    (COURSE, "professional-curiosity"),
                    (COURSE, "exploitation-harm-outside-the-home"),
                    (COURSE, "child-abuse-and-neglect-elearning"),
                    (COURSE, "safeguarding-adults-awareness-elearning"),
                    (
                        COURSE,
                        "introduction-to-dspp-support-level-guidance-and-framework",
                    ),
                    (COURSE, "mental-capacity-act-awareness-elearning"),
                ],
            },
        ],
    },
]
