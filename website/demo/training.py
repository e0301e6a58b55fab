"""Demo training: the courses, eLearning and the 2023 conference the seed
circulars advertise, with fixed future sessions so reruns stay identical."""

import datetime
from zoneinfo import ZoneInfo

from training.models import CourseKind, Delivery, SessionState

LONDON = ZoneInfo("Europe/London")
DSPP_SITE = "https://safeguarding.dudley.gov.uk/"
BOTH = ["adults", "children"]


def at(year, month, day, hour, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=LONDON)


def session(start, end, venue, *, online=False, state=SessionState.SCHEDULED):
    return {
        "starts_at": start,
        "ends_at": end,
        "venue": venue,
        "online": online,
        "state": state,
    }


COUNCIL_HOUSE = "Dudley Council House, Priory Road, Dudley"

CONFERENCE_SLUG = "dspp-annual-conference-2023"

COURSES = [
    {
        "slug": CONFERENCE_SLUG,
        "title": "DSPP Annual Conference 2023: Trauma Informed Practice",
        "kind": CourseKind.EVENT,
        "provider": None,
        "level": "",
        "audience": "Practitioners and managers from every Dudley partner agency",
        "delivery": Delivery.FACE_TO_FACE,
        "categories": BOTH,
        "themes": ["trauma-informed-practice", "think-family", "hoarding"],
        "summary": (
            "The partnership's yearly conference, given over in 2023 to "
            "trauma-informed practice because the theme keeps returning in local "
            "reviews of both children and adults. Guest talks sit alongside time "
            "to reflect on Dudley cases."
        ),
        "description": (
            "<p>A day of talks and discussion on how Dudley's agencies can let "
            "an understanding of trauma shape the way they keep people safe.</p>"
            "<p>Delegates hear from three guest speakers and work in groups on "
            "learning from recent Dudley case reviews.</p>"
        ),
        "booking_url": DSPP_SITE,
        "booking_system": "DSPP Booking System",
        "duration": "One day",
        "cost_note": "Free to Dudley partners",
        "outcomes": [
            "Explain how trauma affects the brain and behaviour of the people "
            "practitioners support.",
            "Identify changes a team could make to work in a more trauma-informed way.",
        ],
        "sessions": [
            session(at(2023, 10, 10, 9, 0), at(2023, 10, 10, 16, 0), COUNCIL_HOUSE),
        ],
        "speakers": [
            (
                "Zoe Lodrick",
                "Guest speaker",
                "Neurobiology of Trauma, and the consequential potential impact for "
                "those working with individuals who have experienced trauma",
            ),
            (
                "Kayley Hyman",
                "Guest speaker",
                "Approaches to Trauma Informed Practice with People who Hoard",
            ),
            (
                "West Midlands Violence Reduction Partnership",
                "Regional partnership",
                "Think Family – Trauma Informed Practice",
            ),
        ],
    },
    {
        "slug": "trauma-informed-practice-training",
        "title": "Trauma Informed Practice Training",
        "kind": CourseKind.COURSE,
        "provider": None,
        "level": "Intermediate",
        "audience": "Practitioners working with children, adults or families",
        "delivery": Delivery.FACE_TO_FACE,
        "categories": BOTH,
        "themes": ["trauma-informed-practice"],
        "summary": (
            "A multi-agency course on how adverse experiences and trauma shape "
            "people's lives from childhood onwards, and what working in a "
            "trauma-informed way looks like for individuals and organisations."
        ),
        "description": (
            "<p>The course revisits its central ideas several times so that "
            "delegates leave with a few clear messages to use in practice.</p>"
        ),
        "booking_url": DSPP_SITE,
        "booking_system": "CPP Booking System",
        "duration": "Half day",
        "cost_note": "Free to Dudley partners",
        "outcomes": [
            "Describe the main theories about how adverse childhood experiences "
            "and trauma can affect people at every stage of life.",
            "Describe how it feels to be on the receiving end of practice that "
            "notices and responds to trauma.",
            "Outline the first steps an organisation can take towards a "
            "trauma-informed culture.",
        ],
        "sessions": [
            session(at(2027, 2, 11, 9, 30), at(2027, 2, 11, 12, 30), COUNCIL_HOUSE),
            session(
                at(2027, 5, 13, 13, 0),
                at(2027, 5, 13, 16, 0),
                "Online (Microsoft Teams)",
                online=True,
            ),
        ],
        "speakers": [],
    },
    {
        "slug": "intra-familial-child-sexual-abuse-awareness",
        "title": "Intra-familial Child Sexual Abuse Awareness",
        "kind": CourseKind.COURSE,
        "provider": "centre-of-expertise-on-child-sexual-abuse",
        "level": "Intermediate",
        "audience": "Professionals who work with children and families",
        "delivery": Delivery.FACE_TO_FACE,
        "categories": ["children"],
        "themes": ["child-sexual-abuse"],
        "summary": (
            "National specialists from the Centre of Expertise on Child Sexual "
            "Abuse lead this day on abuse by family members: why it so often goes "
            "unseen, what may point to it, and how professionals can act to keep "
            "the child safe."
        ),
        "description": (
            "<p>Delivered by national specialists, drawing on research and "
            "practice examples.</p>"
        ),
        "booking_url": "https://www.csacentre.org.uk/",
        "booking_system": "",
        "duration": "One day",
        "cost_note": "Free to Dudley partners",
        "outcomes": [
            "Recognise possible signs and indicators of sexual abuse within the "
            "family.",
            "Respond to concerns in ways that protect the child and support "
            "disclosure.",
        ],
        "sessions": [
            session(at(2027, 3, 4, 9, 30), at(2027, 3, 4, 16, 0), COUNCIL_HOUSE),
        ],
        "speakers": [],
    },
    {
        "slug": "safeguarding-vulnerable-adults-and-when-to-refer",
        "title": "Safeguarding Vulnerable Adults and when to refer to Adult Social Care",
        "kind": CourseKind.COURSE,
        "provider": None,
        "level": "Foundation",
        "audience": "Anyone who works with adults with care and support needs",
        "delivery": Delivery.ONLINE_LIVE,
        "categories": ["adults"],
        "themes": ["our-roles-in-safeguarding", "person-centred-practice"],
        "summary": (
            "Practitioners who support adults learn to recognise abuse and "
            "neglect, think about who might cause harm and in what settings, and "
            "leave confident about what a good referral to Adult Social Care "
            "contains."
        ),
        "description": "",
        "booking_url": DSPP_SITE,
        "booking_system": "DSPP Booking System",
        "duration": "2 hours",
        "cost_note": "Free to Dudley partners",
        "outcomes": [
            "Name the categories of abuse set out in the Care Act 2014.",
            "Decide when a concern should become a safeguarding referral.",
            "Include the information Adult Social Care needs to act on a referral.",
        ],
        "sessions": [
            session(
                at(2027, 1, 20, 10, 0),
                at(2027, 1, 20, 12, 0),
                "Online (Microsoft Teams)",
                online=True,
            ),
            session(
                at(2027, 6, 9, 10, 0),
                at(2027, 6, 9, 12, 0),
                "Online (Microsoft Teams)",
                online=True,
            ),
        ],
        "speakers": [],
    },
    {
        "slug": "professional-curiosity",
        "title": "Professional Curiosity",
        "kind": CourseKind.COURSE,
        "provider": None,
        "level": "Intermediate",
        "audience": "Practitioners from all agencies",
        "delivery": Delivery.FACE_TO_FACE,
        "categories": BOTH,
        "themes": ["professional-curiosity"],
        "summary": (
            "Through case discussion, delegates practise asking the harder "
            "question, seeing the whole family rather than their own slice of it, "
            "and settling disagreements between agencies before they delay "
            "help."
        ),
        "description": "",
        "booking_url": DSPP_SITE,
        "booking_system": "DSPP Booking System",
        "duration": "Half day",
        "cost_note": "Free to Dudley partners",
        "outcomes": [
            "Practise respectful uncertainty when what you are told does not match "
            "what you see.",
            "Use the escalation process to resolve differences between agencies.",
        ],
        "sessions": [
            session(at(2027, 2, 24, 9, 30), at(2027, 2, 24, 12, 30), COUNCIL_HOUSE),
        ],
        "speakers": [],
    },
    {
        "slug": "neglect",
        "title": "Neglect",
        "kind": CourseKind.COURSE,
        "provider": None,
        "level": "Intermediate",
        "audience": "Practitioners working with children and families",
        "delivery": Delivery.FACE_TO_FACE,
        "categories": ["children"],
        "themes": ["neglect", "disguised-compliance"],
        "summary": (
            "A multi-agency course on recognising child neglect in its different "
            "forms, understanding its effects over time and working with families "
            "to change a child's daily experience."
        ),
        "description": "",
        "booking_url": DSPP_SITE,
        "booking_system": "DSPP Booking System",
        "duration": "One day",
        "cost_note": "Free to Dudley partners",
        "outcomes": [
            "Explain what neglect is and describe the four recognised models of "
            "neglect.",
            "Distinguish neglect that is deliberate from neglect that is not.",
            "Describe how neglect harms children in the short and the long term.",
            "Recognise how professionals can overlook neglect and what gets in the "
            "way of acting on it.",
            "Apply the practice that leads to the best outcomes for children and "
            "their families.",
            "Take account of disguised compliance and neglect passed between "
            "generations when planning work with a family.",
            "Reflect on how neglect is tackled in Dudley and what it means for "
            "your own role.",
        ],
        "sessions": [
            session(at(2027, 3, 17, 9, 30), at(2027, 3, 17, 16, 0), COUNCIL_HOUSE),
        ],
        "speakers": [],
    },
    {
        "slug": "exploitation-harm-outside-the-home",
        "title": "Exploitation – Harm Outside the Home",
        "kind": CourseKind.COURSE,
        "provider": None,
        "level": "Intermediate",
        "audience": "Practitioners working with children and young people",
        "delivery": Delivery.FACE_TO_FACE,
        "categories": ["children"],
        "themes": ["exploitation"],
        "summary": (
            "Over a single day, practitioners explore how exploitation outside "
            "the family home works and practise ways to build trust with children "
            "and young people who are being targeted."
        ),
        "description": "",
        "booking_url": DSPP_SITE,
        "booking_system": "DSPP Booking System",
        "duration": "One day",
        "cost_note": "Free to Dudley partners",
        "outcomes": [
            "Recognise the signs that a young person is being exploited outside "
            "the home.",
            "Use practical approaches to engage young people at risk.",
        ],
        "sessions": [
            session(at(2027, 4, 21, 9, 30), at(2027, 4, 21, 16, 0), COUNCIL_HOUSE),
        ],
        "speakers": [],
    },
    {
        "slug": "child-abuse-and-neglect-elearning",
        "title": "Child Abuse and Neglect eLearning",
        "kind": CourseKind.ELEARNING,
        "provider": None,
        "level": "Level 1",
        "audience": "Paid staff and volunteers in any agency whose work brings "
        "them into contact with children",
        "delivery": Delivery.SELF_PACED,
        "categories": ["children"],
        "themes": ["neglect", "our-roles-in-safeguarding"],
        "summary": (
            "This entry-level online module helps anyone in contact with "
            "children, paid or voluntary, to spot when something may be wrong "
            "and to pass the worry on through the right channel."
        ),
        "description": "",
        "booking_url": DSPP_SITE,
        "booking_system": "",
        "duration": "About 1 hour",
        "cost_note": "Free",
        "outcomes": [
            "Recognise common signs of abuse and neglect.",
            "Know how to raise a safeguarding concern about a child.",
        ],
        "sessions": [],
        "speakers": [],
    },
    {
        "slug": "safeguarding-adults-awareness-elearning",
        "title": "Safeguarding Adults Awareness eLearning",
        "kind": CourseKind.ELEARNING,
        "provider": None,
        "level": "Level 1",
        "audience": "Anyone who works with adults",
        "delivery": Delivery.SELF_PACED,
        "categories": ["adults"],
        "themes": ["our-roles-in-safeguarding"],
        "summary": (
            "Work through this online module at your own pace to learn how adults "
            "who need care and support can come to harm, and the steps to take "
            "when you are worried about someone."
        ),
        "description": "",
        "booking_url": DSPP_SITE,
        "booking_system": "",
        "duration": "About 1 hour",
        "cost_note": "Free",
        "outcomes": [
            "Identify the main types of abuse of adults.",
            "Report a concern about an adult through the right route.",
        ],
        "sessions": [],
        "speakers": [],
    },
    {
        "slug": "introduction-to-dspp-support-level-guidance-and-framework",
        "title": "Introduction to DSPP Support Level Guidance and Framework (Children's)",
        "kind": CourseKind.ELEARNING,
        "provider": None,
        "level": "Level 1",
        "audience": "Practitioners working with children in Dudley",
        "delivery": Delivery.SELF_PACED,
        "categories": ["children"],
        "themes": ["our-roles-in-safeguarding", "think-family"],
        "summary": (
            "An online module that walks through Dudley's Support Level Guidance "
            "and Framework: how services work together and how to judge which "
            "level of help a child and family need. Log in or register to take "
            "part."
        ),
        "description": "",
        "booking_url": DSPP_SITE,
        "booking_system": "DSPP Booking System",
        "duration": "About 45 minutes",
        "cost_note": "Free",
        "outcomes": [
            "Describe the levels of support in the Dudley framework.",
            "Decide which level fits a child's needs and where to go next.",
        ],
        "sessions": [],
        "speakers": [],
    },
    {
        "slug": "mental-capacity-act-awareness-elearning",
        "title": "Mental Capacity Act Awareness eLearning",
        "kind": CourseKind.ELEARNING,
        "provider": None,
        "level": "Level 1",
        "audience": "Anyone who supports people aged 16 and over",
        "delivery": Delivery.SELF_PACED,
        "categories": ["adults"],
        "themes": ["mental-capacity"],
        "summary": (
            "Learn at your own pace how the Mental Capacity Act works in daily "
            "practice, when care arrangements might deprive someone of their "
            "liberty, and what that means for upholding their rights."
        ),
        "description": "",
        "booking_url": DSPP_SITE,
        "booking_system": "",
        "duration": "About 1 hour",
        "cost_note": "Free",
        "outcomes": [
            "Apply the five principles of the Mental Capacity Act.",
            "Recognise when care may amount to a deprivation of liberty.",
        ],
        "sessions": [],
        "speakers": [],
    },
]
