"""Demo Safer7 briefings: eleven briefings, each with seven short sections.

Section bodies are listed in the order of `DEFAULT_SECTION_HEADINGS`.
"""

BOTH = ["adults", "children"]

BRIEFINGS = [
    {
        "number": 1,
        "slug": "professional-curiosity",
        "title": "Professional Curiosity",
        "source_reviews": ["child-r-local-child-safeguarding-practice-review"],
        "categories": BOTH,
        "themes": ["professional-curiosity"],
        "summary": (
            "Being professionally curious means not settling for the first "
            "explanation. It combines good questions, careful listening and "
            "healthy challenge so that practitioners understand what life is "
            "really like for a child, an adult or a family, and act on what "
            "they find rather than on assumptions."
        ),
        "sections": [
            "<p>Reviews in Dudley and nationally keep finding that practitioners "
            "accepted what they were told without checking it.</p>",
            "<p>Risks stay hidden when nobody asks the next question. Curiosity "
            "is often what turns a worry into protection.</p>",
            "<p>Curiosity means testing what you hear against what you see, "
            "what others know and what the records show.</p>",
            "<p>Barriers include heavy caseloads, wanting to keep a good "
            "relationship, fear of getting it wrong and over-optimism.</p>",
            "<ul><li>Ask open questions and follow them up.</li><li>Check with "
            "other agencies.</li><li>Escalate when concerns are not "
            "resolved.</li></ul>",
            "<p>When did you last change your view of a family because of "
            "something you checked?</p>",
            "<p>See the Professional Curiosity course and the partnership's "
            "escalation procedure.</p>",
        ],
    },
    {
        "number": 2,
        "slug": "information-sharing",
        "title": "Information Sharing",
        "source_reviews": ["adult-k-safeguarding-adults-review"],
        "categories": BOTH,
        "themes": ["information-sharing"],
        "summary": (
            "Reviews of both children's and adults' cases often find that one "
            "agency knew something another needed. Before deciding not to pass "
            "information on, ask whether sharing it would help keep the person "
            "safe: if it would, the law allows it, and delay can cost dearly."
        ),
        "sections": [
            "<p>Case reviews often show that each agency held a piece of the "
            "picture and nobody held all of it.</p>",
            "<p>Decisions made on partial information can leave a child or adult "
            "at risk.</p>",
            "<p>Data protection law is not a barrier to sharing information to "
            "keep someone safe.</p>",
            "<p>Where possible, be open with the person about what you will share "
            "and why, unless that would increase the risk.</p>",
            "<ul><li>Share what is necessary, accurate and timely.</li><li>Record "
            "what you shared, with whom and why.</li></ul>",
            "<p>Is there anyone who needs to know what you know today?</p>",
            "<p>Read the national information sharing advice for practitioners "
            "and your agency's policy.</p>",
        ],
    },
    {
        "number": 3,
        "slug": "disguised-compliance",
        "title": "Disguised Compliance",
        "source_reviews": ["child-m-rapid-review"],
        "categories": BOTH,
        "themes": ["disguised-compliance", "professional-curiosity"],
        "summary": (
            "Some families keep appointments and say the right things while the "
            "situation at home stays the same or worsens. This surface "
            "cooperation can persuade professionals to step back, so the harm a "
            "child or adult is experiencing goes unseen for longer."
        ),
        "sections": [
            "<p>The idea was described by Reder and colleagues in 1993 and is "
            "still seen in reviews today.</p>",
            "<p>Apparent cooperation can lead professionals to close cases or "
            "reduce contact too soon.</p>",
            "<p>Signs include agreeing readily, focusing on minor tasks and "
            "avoiding the issue that matters.</p>",
            "<p>Some parents may not mean to mislead: fear of losing their "
            "children can drive the same behaviour.</p>",
            "<ul><li>Measure change by outcomes for the child.</li><li>Look for "
            "evidence, not assurances.</li></ul>",
            "<p>What has actually changed for this child since the plan began?</p>",
            "<p>See the Neglect Safer7 and the Neglect course.</p>",
        ],
    },
    {
        "number": 4,
        "slug": "neglect",
        "title": "Neglect",
        "source_reviews": ["child-m-rapid-review"],
        "categories": ["children"],
        "themes": ["neglect"],
        "summary": (
            "A child is neglected when the adults caring for them repeatedly do "
            "not provide what they need to grow up well: food, warmth, clean "
            "clothes, safety, medical care, supervision and affection. Because "
            "it creeps up over months, it is easy to miss, yet its damage can "
            "last a lifetime."
        ),
        "sections": [
            "<p>Neglect is the most common reason for child protection plans in "
            "England.</p>",
            "<p>Its effects on health, development and relationships can last "
            "into adult life.</p>",
            "<p>Neglect may be physical, emotional, medical, educational or a "
            "lack of supervision.</p>",
            "<p>Practitioners can become used to poor conditions over time; "
            "this is sometimes called start-again syndrome.</p>",
            "<ul><li>Use a neglect assessment tool.</li><li>Keep a "
            "chronology.</li><li>Focus on the child's day.</li></ul>",
            "<p>If this child could describe their day, what would they say?</p>",
            "<p>Book the Neglect course and read the Child M rapid review.</p>",
        ],
    },
    {
        "number": 5,
        "slug": "exploitation",
        "title": "Exploitation",
        "source_reviews": [
            "child-r-local-child-safeguarding-practice-review",
            "child-j-local-child-safeguarding-practice-review",
        ],
        "categories": BOTH,
        "themes": ["exploitation"],
        "summary": (
            "Exploitation is someone using a person's vulnerability for their "
            "own gain, through crime, sex, money or work. Children and adults of "
            "every background are targeted. A victim who seems willing may still "
            "be controlled, and much grooming now starts on phones, games and "
            "social media."
        ),
        "sections": [
            "<p>Exploitation takes many forms: criminal, sexual, financial and "
            "labour exploitation among them.</p>",
            "<p>People who are exploited are often treated as offenders rather "
            "than victims.</p>",
            "<p>Warning signs include going missing, new possessions, older "
            "associates and changes in behaviour.</p>",
            "<p>Exploiters use debt, threats, gifts and affection to keep control "
            "of the people they target.</p>",
            "<ul><li>Record and share concerns.</li><li>Consider a national "
            "referral mechanism referral.</li></ul>",
            "<p>Would you see this person as a victim if they were younger?</p>",
            "<p>See the Exploitation – Harm Outside the Home course.</p>",
        ],
    },
    {
        "number": 6,
        "slug": "child-sexual-abuse",
        "title": "Child Sexual Abuse",
        "source_reviews": [],
        "categories": ["children"],
        "themes": ["child-sexual-abuse"],
        "summary": (
            "Sexual abuse of a child covers any sexual activity a child is made "
            "or manipulated into, with or without physical contact. It happens "
            "at home, in the community and on screens, and abusers rely on "
            "secrecy, confusion and fear to keep the child silent."
        ),
        "sections": [
            "<p>Most child sexual abuse is never reported to professionals at "
            "the time.</p>",
            "<p>Children often find it very hard to tell, especially when the "
            "abuser is in the family.</p>",
            "<p>Signs may be physical, emotional or behavioural, and are often "
            "indirect.</p>",
            "<p>Non-contact abuse includes making a child watch sexual activity "
            "or sharing sexual images.</p>",
            "<ul><li>Listen and stay calm.</li><li>Do not investigate "
            "yourself.</li><li>Refer the same day.</li></ul>",
            "<p>How would a child in your service know they could tell you?</p>",
            "<p>See the Centre of Expertise on Child Sexual Abuse and its "
            "awareness course.</p>",
        ],
    },
    {
        "number": 7,
        "slug": "mental-capacity-act",
        "title": "Mental Capacity Act",
        "source_reviews": ["adult-f-self-neglect-safeguarding-adults-review"],
        "categories": BOTH,
        "themes": ["mental-capacity"],
        "summary": (
            "The Mental Capacity Act 2005 sets the rules for decisions about "
            "people aged sixteen or over who might not be able to decide "
            "something for themselves. It starts from the assumption that they "
            "can, requires help to be given so that they can, and protects their "
            "rights when a decision must be made for them."
        ),
        "sections": [
            "<p>The Act rests on five principles, starting with the presumption "
            "of capacity.</p>",
            "<p>Poor capacity assessments feature in many safeguarding adults "
            "reviews.</p>",
            "<p>Capacity is decision-specific and time-specific: assess the "
            "decision in front of you.</p>",
            "<p>An unwise decision is not in itself evidence that a person "
            "lacks capacity.</p>",
            "<ul><li>Support the person to decide.</li><li>Record your "
            "assessment.</li><li>Act in their best interests if they "
            "cannot.</li></ul>",
            "<p>What help did you give the person to make this decision?</p>",
            "<p>Read the MCA Code of Practice and the Capacity Assessment "
            "Examples.</p>",
        ],
    },
    {
        "number": 8,
        "slug": "mca-executive-functioning",
        "title": "MCA Executive Functioning",
        "source_reviews": ["adult-f-self-neglect-safeguarding-adults-review"],
        "categories": ["adults"],
        "themes": ["mental-capacity", "executive-function"],
        "summary": (
            "People rely on executive function to plan, organise, hold back "
            "impulses and solve problems. After a brain injury or long-term "
            "alcohol use, someone may talk through a decision convincingly and "
            "still be unable to carry it out. A brief assessment can miss this "
            "and leave them at serious risk."
        ),
        "sections": [
            "<p>Brain injury, alcohol use and some illnesses can impair "
            "executive function.</p>",
            "<p>People may pass a conversation-based assessment and still be "
            "unable to keep themselves safe.</p>",
            "<p>Look for a gap between what the person says and what they do.</p>",
            "<p>Evidence from other agencies and from the home environment can "
            "show that gap.</p>",
            "<ul><li>Assess over time.</li><li>Use real-world "
            "evidence.</li><li>Seek specialist advice.</li></ul>",
            "<p>Have you seen the person carry out the decision they described?</p>",
            "<p>Read the Adult F review and the Capacity Assessment Examples.</p>",
        ],
    },
    {
        "number": 9,
        "slug": "trauma-informed-practice",
        "title": "Trauma Informed Practice",
        "source_reviews": [
            "child-r-local-child-safeguarding-practice-review",
            "adult-k-safeguarding-adults-review",
        ],
        "categories": BOTH,
        "themes": ["trauma-informed-practice"],
        "summary": (
            "Frightening, overwhelming or painful experiences can leave marks "
            "that last long after the danger has passed. No two people react in "
            "the same way, but trauma can shape health, relationships and "
            "behaviour, and how people respond to the services trying to help "
            "them."
        ),
        "sections": [
            "<p>Dudley's reviews of both children and adults keep returning to "
            "trauma.</p>",
            "<p>Services that ignore trauma can retraumatise people and lose "
            "their trust.</p>",
            "<p>The six principles are safety, trust, choice, collaboration, "
            "empowerment and cultural consideration.</p>",
            "<p>Behaviour is often a way of surviving past harm; ask what "
            "happened, not what is wrong.</p>",
            "<ul><li>Offer choice and control.</li><li>Explain what happens "
            "next.</li><li>Look after yourself and your team.</li></ul>",
            "<p>How might your service feel to someone who has been hurt before?</p>",
            "<p>Read the working definition of trauma-informed practice and "
            "book the training.</p>",
        ],
    },
    {
        "number": 10,
        "slug": "vicarious-trauma",
        "title": "Vicarious Trauma",
        "source_reviews": ["child-j-local-child-safeguarding-practice-review"],
        "categories": BOTH,
        "themes": ["vicarious-trauma", "trauma-informed-practice"],
        "summary": (
            "Listening day after day to accounts of abuse and loss takes a toll. "
            "Practitioners can absorb some of the distress they witness, and "
            "without support it accumulates, affecting their health, the next "
            "family they work with and whether they stay in the job."
        ),
        "sections": [
            "<p>Practitioners are repeatedly exposed to other people's distress.</p>",
            "<p>Unaddressed, it can lead to exhaustion, cynicism and people "
            "leaving the profession.</p>",
            "<p>Signs include intrusive thoughts, numbness, poor sleep and "
            "avoiding certain cases.</p>",
            "<p>Organisations share responsibility for prevention through "
            "supervision and culture.</p>",
            "<ul><li>Use reflective supervision.</li><li>Talk to "
            "colleagues.</li><li>Complete the temperature check tool.</li></ul>",
            "<p>What helps you put down the work at the end of the day?</p>",
            "<p>Start with the Vicarious Trauma Temperature Check Tool.</p>",
        ],
    },
    {
        "number": 11,
        "slug": "adultification",
        "title": "Adultification",
        "source_reviews": ["child-j-local-child-safeguarding-practice-review"],
        "categories": ["children"],
        "themes": ["adultification"],
        "summary": (
            "Some children, particularly Black children and others from "
            "minoritised communities, are judged by adult standards. They are "
            "held responsible for what happens to them and denied the care and "
            "protection their age calls for, with serious consequences for their "
            "safety."
        ),
        "sections": [
            "<p>Adultification bias has been identified in national and local "
            "reviews.</p>",
            "<p>It can lead to children being blamed for harm done to them.</p>",
            "<p>Black children are disproportionately affected by adultification.</p>",
            "<p>Words such as streetwise or mature can signal adultification in "
            "records.</p>",
            "<ul><li>Remember the child's age.</li><li>Challenge biased "
            "language.</li><li>Reflect on your assumptions.</li></ul>",
            "<p>Would your response differ if the child looked younger?</p>",
            "<p>Read the Child J review and the DSPP Language Matters Guidance.</p>",
        ],
    },
]
