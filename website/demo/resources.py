"""Demo resources: every guidance note, procedure, toolkit, video and poster the
two seed circulars mention, with summaries written for this site."""

from resources.models import ResourceKind

DSPP = "dudley-safeguarding-people-partnership"
DSPP_SITE = "https://safeguarding.dudley.gov.uk/"
LGA_MSP = (
    "https://www.local.gov.uk/our-support/partners-care-and-health/"
    "safeguarding-resources-hub/making-safeguarding-personal"
)

# Publishers the seeded vocabulary lacks: (slug, name, website).
EXTRA_ORGANISATIONS = [
    (
        "office-of-the-public-guardian",
        "Office of the Public Guardian",
        "https://www.gov.uk/government/organisations/office-of-the-public-guardian",
    ),
    ("uk-trauma-council", "UK Trauma Council", "https://uktraumacouncil.org/"),
]

BOTH = ["adults", "children"]

RESOURCES = [
    {
        "slug": "working-definition-of-trauma-informed-practice",
        "title": "Working definition of trauma-informed practice",
        "kind": ResourceKind.GUIDANCE,
        "publisher": "office-for-health-improvement-and-disparities",
        "url": "https://www.gov.uk/government/publications/working-definition-of-trauma-informed-practice",
        "summary": (
            "National guidance setting out what trauma-informed practice means "
            "for health and care staff: six principles (safety, trust, choice, "
            "collaboration, empowerment and cultural consideration) and how they "
            "can shape the way services are designed and delivered."
        ),
        "categories": BOTH,
        "themes": ["trauma-informed-practice"],
    },
    {
        "slug": "west-midlands-trauma-informed-coalition",
        "title": "West Midlands Trauma Informed Coalition",
        "kind": ResourceKind.WEBSITE,
        "publisher": "west-midlands-trauma-informed-coalition",
        "url": "https://www.wmca.org.uk/",
        "summary": (
            "A regional network of public and voluntary sector leaders working "
            "towards a trauma-informed West Midlands. Members share a common "
            "definition and framework, and can join an online community of "
            "practice with a forum and a bank of resources."
        ),
        "categories": BOTH,
        "themes": ["trauma-informed-practice"],
    },
    {
        "slug": "youngminds-understanding-feelings-and-behaviour",
        "title": "YoungMinds: understanding a child's feelings and behaviour",
        "kind": ResourceKind.GUIDANCE,
        "publisher": "youngminds",
        "url": "https://www.youngminds.org.uk/parent/",
        "summary": (
            "Practical advice from the children's mental health charity on making "
            "sense of what a child or young person feels and how they behave, "
            "useful for practitioners as well as the parents and carers they "
            "support."
        ),
        "categories": ["children"],
        "themes": ["person-centred-practice", "trauma-informed-practice"],
    },
    {
        "slug": "dspp-language-matters-guidance",
        "title": "DSPP Language Matters Guidance",
        "kind": ResourceKind.GUIDANCE,
        "publisher": DSPP,
        "url": DSPP_SITE,
        "summary": (
            "Local guidance on the words practitioners use when they speak and "
            "write about children and young people. It offers alternatives to "
            "phrases that blame or label, so that records describe what happened "
            "and keep the child's experience in view."
        ),
        "categories": ["children"],
        "themes": ["person-centred-practice"],
    },
    {
        "slug": "making-safeguarding-personal-toolkit",
        "title": "Making Safeguarding Personal toolkit (fourth edition)",
        "kind": ResourceKind.TOOLKIT,
        "publisher": "local-government-association",
        "url": LGA_MSP,
        "summary": (
            "The January 2020 edition of the national toolkit for person-led, "
            "outcome-focused adult safeguarding. It explains the approach and "
            "gathers practical tools and worked examples that teams can use in "
            "everyday practice."
        ),
        "categories": ["adults"],
        "themes": ["person-centred-practice"],
    },
    {
        "slug": "mental-capacity-act-code-of-practice",
        "title": "Mental Capacity Act Code of Practice",
        "kind": ResourceKind.GUIDANCE,
        "publisher": "office-of-the-public-guardian",
        "url": "https://www.gov.uk/government/publications/mental-capacity-act-code-of-practice",
        "summary": (
            "The statutory code explaining how to apply the Mental Capacity Act "
            "2005 to people aged sixteen and over: assessing capacity, supporting "
            "decisions and acting in someone's best interests when they cannot "
            "decide for themselves."
        ),
        "categories": BOTH,
        "themes": ["mental-capacity", "person-centred-practice"],
    },
    {
        "slug": "dspp-support-level-guidance-and-framework",
        "title": "DSPP Support Level Guidance and Framework",
        "kind": ResourceKind.PATHWAY,
        "publisher": DSPP,
        "url": DSPP_SITE,
        "summary": (
            "Dudley's framework, updated in March 2023, describing the levels of "
            "support available to children and families and how practitioners "
            "decide which level fits, from universal services to statutory "
            "intervention."
        ),
        "categories": ["children"],
        "themes": ["our-roles-in-safeguarding", "think-family"],
    },
    {
        "slug": "adult-safeguarding-procedures",
        "title": "Adult Safeguarding Procedures",
        "kind": ResourceKind.PROCEDURE,
        "publisher": DSPP,
        "url": DSPP_SITE,
        "summary": (
            "The procedures practitioners follow in Dudley when they are worried "
            "that an adult with care and support needs is being abused or "
            "neglected: raising a concern, making enquiries and planning to keep "
            "the person safe."
        ),
        "categories": ["adults"],
        "themes": ["our-roles-in-safeguarding", "person-centred-practice"],
    },
    {
        "slug": "addressing-adversity-aces-poster",
        "title": "Adverse childhood experiences (ACEs) poster",
        "kind": ResourceKind.POSTER,
        "publisher": "youngminds",
        "url": "https://www.youngminds.org.uk/media/ojpon1ut/addressing-adversity-infographic-poster.pdf",
        "summary": (
            "A one-page infographic on adversity in childhood: what counts as an "
            "adverse experience, how such experiences can affect development and "
            "wellbeing, and what helps children recover."
        ),
        "categories": ["children"],
        "themes": ["trauma-informed-practice"],
    },
    {
        "slug": "aces-impact-on-children-video",
        "title": "How adverse childhood experiences affect children (video)",
        "kind": ResourceKind.VIDEO,
        "publisher": None,
        "url": "https://www.youtube.com/watch?v=XHgLYI9KZ-A",
        "summary": (
            "A short animated film showing how stressful experiences in childhood "
            "can affect a child's health, learning and relationships, and why a "
            "trusted adult can make a difference."
        ),
        "categories": ["children"],
        "themes": ["trauma-informed-practice"],
    },
    {
        "slug": "vicarious-trauma-temperature-check-tool",
        "title": "Vicarious Trauma Temperature Check Tool",
        "kind": ResourceKind.TOOLKIT,
        "publisher": None,
        "url": DSPP_SITE,
        "summary": (
            "A short self-assessment for teams on how well they recognise and "
            "respond to the emotional impact of trauma work on staff. It is the "
            "recommended first of the four temperature checks."
        ),
        "categories": BOTH,
        "themes": ["vicarious-trauma", "trauma-informed-practice"],
    },
    {
        "slug": "misogyny-temperature-check-tool",
        "title": "Misogyny Temperature Check Tool",
        "kind": ResourceKind.TOOLKIT,
        "publisher": None,
        "url": DSPP_SITE,
        "summary": (
            "A checklist that helps a team notice attitudes and habits towards "
            "women and girls in its culture and practice, decide what it already "
            "does well and plan where to improve."
        ),
        "categories": BOTH,
        "themes": ["trauma-informed-practice"],
    },
    {
        "slug": "victim-blaming-temperature-check-tool",
        "title": "Victim Blaming Temperature Check Tool",
        "kind": ResourceKind.TOOLKIT,
        "publisher": None,
        "url": DSPP_SITE,
        "summary": (
            "A checklist for teams to test whether their language, records and "
            "decisions place responsibility on people who have been harmed, and "
            "to agree practical steps towards a more supportive approach."
        ),
        "categories": BOTH,
        "themes": ["trauma-informed-practice"],
    },
    {
        "slug": "pathologisation-temperature-check-tool",
        "title": "Pathologisation Temperature Check Tool",
        "kind": ResourceKind.TOOLKIT,
        "publisher": None,
        "url": DSPP_SITE,
        "summary": (
            "The most demanding of the four checks: it asks whether normal "
            "responses to trauma are being treated as disorders. Teams are "
            "advised to complete the other three first."
        ),
        "categories": BOTH,
        "themes": ["trauma-informed-practice"],
    },
    {
        "slug": "person-centred-adult-safeguarding-leaflet",
        "title": "Promoting person-centred adult safeguarding practice in Dudley",
        "kind": ResourceKind.LEAFLET,
        "publisher": DSPP,
        "url": DSPP_SITE,
        "summary": (
            "A partnership leaflet on good practice when safeguarding adults: "
            "asking the person what they want to happen, working with their "
            "strengths and checking at the end whether the outcomes they wanted "
            "were achieved."
        ),
        "categories": ["adults"],
        "themes": ["person-centred-practice"],
    },
    {
        "slug": "making-safeguarding-personal-videos",
        "title": "Making Safeguarding Personal videos",
        "kind": ResourceKind.VIDEO,
        "publisher": "local-government-association",
        "url": LGA_MSP,
        "summary": (
            "Short films that bring the Making Safeguarding Personal approach to "
            "life, handy for team meetings and training days. Research in "
            "Practice produced them in 2022 for the Care and Health Improvement "
            "Partnership."
        ),
        "categories": ["adults"],
        "themes": ["person-centred-practice"],
    },
    {
        "slug": "making-safeguarding-personal-case-studies",
        "title": "Making Safeguarding Personal case studies",
        "kind": ResourceKind.GUIDANCE,
        "publisher": "local-government-association",
        "url": LGA_MSP,
        "summary": (
            "What does person-led adult safeguarding look like in real cases? "
            "Nine councils contributed examples to this October 2019 collection, "
            "and further areas may submit theirs."
        ),
        "categories": ["adults"],
        "themes": ["person-centred-practice"],
    },
    {
        "slug": "self-neglect-capacity-assessment-examples",
        "title": "Capacity Assessment Examples",
        "kind": ResourceKind.TOOLKIT,
        "publisher": DSPP,
        "url": DSPP_SITE,
        "summary": (
            "Worked examples of mental capacity assessments written after the "
            "Dudley self-neglect case review, including how to test whether a "
            "person can put a decision into practice as well as explain it."
        ),
        "categories": ["adults"],
        "themes": ["mental-capacity", "executive-function", "self-neglect"],
    },
    {
        "slug": "self-neglect-trauma-informed-practice-adults",
        "title": "Trauma Informed Practice: Adults",
        "kind": ResourceKind.GUIDANCE,
        "publisher": DSPP,
        "url": DSPP_SITE,
        "summary": (
            "A practitioner guide from the Dudley self-neglect case review on "
            "working with adults whose past experiences affect how they accept "
            "help, with practical ways to build safety and trust."
        ),
        "categories": ["adults"],
        "themes": ["trauma-informed-practice", "self-neglect"],
    },
    {
        "slug": "self-neglect-person-centred-positive-approach",
        "title": "Person Centred Positive Approach",
        "kind": ResourceKind.GUIDANCE,
        "publisher": DSPP,
        "url": DSPP_SITE,
        "summary": (
            "A guide from the Dudley self-neglect case review on starting from "
            "what matters to the person, recognising their strengths and agreeing "
            "small, achievable steps together."
        ),
        "categories": ["adults"],
        "themes": ["person-centred-practice", "self-neglect"],
    },
    {
        "slug": "self-neglect-person-centred-positive-questioning",
        "title": "Person Centred Positive Questioning",
        "kind": ResourceKind.TOOLKIT,
        "publisher": DSPP,
        "url": DSPP_SITE,
        "summary": (
            "Question prompts from the Dudley self-neglect case review that help "
            "practitioners open conversations about living conditions without "
            "judgement and hear the person's own explanation."
        ),
        "categories": ["adults"],
        "themes": ["person-centred-practice", "self-neglect", "professional-curiosity"],
    },
    {
        "slug": "think-family-hoarding-toolkit",
        "title": "Think Family Hoarding Toolkit",
        "kind": ResourceKind.TOOLKIT,
        "publisher": DSPP,
        "url": DSPP_SITE,
        "summary": (
            "Dudley's toolkit for a trauma-informed, whole-family response to "
            "hoarding: assessing risk, understanding the person's history and "
            "considering the children and other adults who share the home."
        ),
        "categories": BOTH,
        "themes": ["hoarding", "think-family", "trauma-informed-practice"],
    },
    {
        "slug": "hoarding-pathway-guidance",
        "title": "Hoarding pathway guidance",
        "kind": ResourceKind.PATHWAY,
        "publisher": DSPP,
        "url": DSPP_SITE,
        "summary": (
            "Guidance that accompanies the Think Family Hoarding Toolkit, showing "
            "which agency does what at each step of the local hoarding pathway "
            "and when to escalate."
        ),
        "categories": BOTH,
        "themes": ["hoarding", "think-family"],
    },
    {
        "slug": "developing-and-leading-trauma-informed-practice",
        "title": "Developing and Leading Trauma Informed Practice",
        "kind": ResourceKind.RESEARCH,
        "publisher": "research-in-practice",
        "url": "https://www.researchinpractice.org.uk/",
        "summary": (
            "Written for senior leaders, this briefing sets out what research "
            "says about building trauma-informed organisations and local systems, "
            "and how redesigning services in this way makes it easier for people "
            "affected by trauma to engage."
        ),
        "categories": BOTH,
        "themes": ["trauma-informed-practice"],
    },
    {
        "slug": "childhood-trauma-and-the-brain",
        "title": "Childhood Trauma and the Brain (video)",
        "kind": ResourceKind.VIDEO,
        "publisher": "uk-trauma-council",
        "url": "https://uktraumacouncil.org/resource/childhood-trauma-and-the-brain",
        "summary": (
            "This short animation explains in plain terms why a child who has "
            "lived through abuse or neglect may react to everyday situations as "
            "if they were dangerous, and how adults can help."
        ),
        "categories": ["children"],
        "themes": ["trauma-informed-practice"],
    },
    {
        "slug": "vrp-webinars-trauma-informed-practice",
        "title": "Trauma Informed Practice webinars",
        "kind": ResourceKind.WEBINAR,
        "publisher": "west-midlands-violence-reduction-partnership",
        "url": "https://westmidlands-vrp.org/",
        "summary": (
            "Recorded webinars from the regional Violence Reduction Partnership "
            "on putting trauma-informed principles into practice, to watch alone "
            "or as a team."
        ),
        "categories": BOTH,
        "themes": ["trauma-informed-practice"],
    },
    {
        "slug": "vrp-webinars-introduction-to-aces-and-trauma-informed-practice",
        "title": "An Introduction to Adverse Childhood Experiences (ACEs) and "
        "Trauma-Informed Practice webinars",
        "kind": ResourceKind.WEBINAR,
        "publisher": "west-midlands-violence-reduction-partnership",
        "url": "https://westmidlands-vrp.org/",
        "summary": (
            "Recorded introductory webinars from the Violence Reduction "
            "Partnership explaining adverse childhood experiences and how a "
            "trauma-informed response can reduce their long-term effects."
        ),
        "categories": BOTH,
        "themes": ["trauma-informed-practice", "think-family"],
    },
]
