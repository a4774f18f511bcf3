"""English resources for quotations and reported speech: quotation marks, cue verbs, frames, voice.

`helpers/lang/en/patterns.py` builds the quote patterns from these lists; another language has its own `speech.py`.
"""

# Opening mark -> the marks that close it.
QUOTE_PAIRS = {"“": '”"', "„": "“”", "«": "»", "‹": "›", '"': '"”', "”": '”"', "‘": "’", "'": "'", "»": "«"}
# Marks that open a quotation pointing inwards (»…«, the German and Scandinavian order) only before a word, so
# that "Read more »" and "»»»" open nothing.
REVERSED_OPENERS = "»"
# Marks that open a quotation only where their neighbours say so: a straight quote after a digit is an
# inch sign, ‘ and ’ are also apostrophes, and some texts open with ”; a straight single quote is an apostrophe
# most of the time (don't, Russia's, '90s, rock 'n' roll).
CONTEXT_MARKS = '"”‘\''
# Words a straight single quote opens as an apostrophe, not a quotation ('n' of rock 'n' roll, 'em, 'til).
ELISIONS = ("n", "em", "til", "tis", "twas", "cause", "bout", "round", "s")
# Marks a quotation may continue across a line break with (the next line closes it).
MULTILINE_OPENERS = "“„«"

# Verbs that introduce or close speech, in the forms news uses ("said", "says", "noted").
SPEECH_VERBS = """
said says say saying noted notes note stressed stresses stressing emphasized emphasised emphasizes emphasises
underlined underlines underscored underscores explained explains added adds believes believed thinks
told tells announced announces stated states declared declares remarked remarks observed observes commented
comments continued continues concluded concludes insisted insists argued argues asserted asserts claimed
claims warned warns recalled recalls acknowledged acknowledges admitted admits confirmed confirms reported
reports wrote writes assured assures replied replies answered answers asked asks pointed specified specifies
mentioned mentions clarified clarifies indicated indicates summed highlighted highlights reiterated reiterates
informed informs pledged pledges elaborated elaborates
hopes hoped considers expects feels felt suggested suggests predicted predicts promised promises denied denies
revealed reveals complained complains conceded concedes estimated estimates
exclaimed exclaims joked jokes quipped quips cautioned cautions maintained maintains affirmed affirms reaffirmed
reaffirms lamented laments contended contends disclosed discloses retorted retorts vowed vows reckoned reckons
boasted boasts reassured reassures tweeted tweets posted
""".split()
# Participles continuing an attribution with a second clause ("…,” X said, adding that …", "X said while
# expressing confidence that …"): the same speaker.
CONTINUING_PARTICIPLES = ("adding", "clarifying", "noting", "stressing", "explaining", "emphasizing", "emphasising",
                          "stating", "insisting", "recalling", "underlining", "saying", "warning", "arguing",
                          "expressing confidence", "expressing hope", "expressing the hope")
# Verbs reporting a statement as an indirect "how" clause ("X detailed how Belarus has made headway …").
HOW_VERBS = ("detailed", "details", "explained", "explains", "described", "describes", "recounted", "recounts")
# Relative pronouns standing for a person named right before ("X, who noted that …").
RELATIVE_PRONOUNS = ("who",)
# "expressed (his) hope that …": the stance nouns and the possessives between.
EXPRESSED_STANCES = ("hope", "confidence", "conviction", "belief", "certainty", "view")
POSSESSIVES = ("his", "her", "their", "its", "our", "the", "my")
SPEECH_VERB_SET = frozenset(SPEECH_VERBS)
# Speech verbs whose object can be a bare clause ("said Russia is ready"): the rest need "that".
ZERO_THAT_VERBS = ("said", "says", "believes", "believed", "thinks", "thought", "added", "adds", "saying", "hopes", "hoped",
                   "feels", "felt", "expects")
# Listener phrases after "told" that a bare clause may follow ("told reporters the market will double").
TOLD_LISTENERS = ("reporters", "journalists", "the press", "the media", "correspondents", "a news conference",
                  "a press conference", "a briefing", "the agency", "the newspaper", "the magazine", "the channel",
                  "the broadcaster", "the publication")
# Listeners after a cue before "that" ("told the forum that …", "assured participants that …").
LISTENER_NOUNS = ("reporters", "journalists", "press", "media", "participants", "conference", "news conference",
                  "press conference", "briefing", "forum", "audience", "delegates", "lawmakers", "parliament", "meeting",
                  "session", "summit", "guests", "investors", "students", "correspondents", "colleagues",
                  "agency", "newspaper", "magazine", "channel", "broadcaster", "publication")
# Irregular past forms that make a clause finite ("said the talks went well").
IRREGULAR_PAST = ("went", "saw", "got", "made", "took", "became", "grew", "rose", "fell", "came", "gave", "knew", "thought",
                  "found", "left", "kept", "met", "held", "led", "won", "began", "brought", "built", "sent", "spent", "paid")
# Cue verbs whose object is the listener, never the speaker: "…, told TASS." names who heard it, so the
# inverted order ("said X") does not apply to them.
LISTENER_VERBS = frozenset(("told", "tells", "assured", "assures", "informed", "informs", "reminded", "reminds"))
# Their passive before the speaker ("The delegation was told by X that …"), looked for only where one occurs.
PASSIVE_BY = ("told by ", "informed by ", "assured by ", "reminded by ")
# Multi-word cues that take a "that" clause ("expressed confidence that").
PHRASE_CUES = (
    "pointed out", "expressed confidence", "expressed hope", "expressed the hope", "expressed the confidence",
    "expressed conviction", "expressed the conviction", "expressed the belief", "is confident", "is convinced",
    "is sure", "was confident", "was convinced", "made it clear", "summed up",
)
# Cheap checks before the rarer frames are scanned for (lower-case substrings of the sentence): an indirect question
# ("asked whether"), a relative clause's cue ("which X said was"), an agentless passive ("it was noted that"), a
# possessive stance ("his words that"), a relay ("citing"), a statement named as the source ("the statement said").
QUESTION_STEMS = ("ask", "wonder", "inquir", "enquir", "question")
RELATIVE_CUES = ("said", "says", "believes", "believed", "thinks", "thought", "claimed", "claims", "argued", "argues",
                 "insisted", "insists", "stressed", "noted", "noting", "warned")
IN_WORDS_NOUNS = ("words", "opinion", "view")  # "in his words", "in the opinion of X"
PASSIVE_OPENERS = ("it was ", "it has been ", "it had been ", "it is ")
POSSESSIVE_PRONOUNS = ("his ", "her ")
POSSESSIVE_PRONOUNS_WORDS = ("his", "her", "their")
# Nouns naming what a person said, opening a sentence that a colon and the quotation close ("Her answer was short:
# “…”", "Lucas Ferreira's reply was the same:"): the owner speaks.
SPEECH_NOUNS = ("answer", "reply", "response", "message", "words", "verdict", "advice", "comment", "conclusion",
                "explanation", "warning", "promise", "retort", "argument", "point", "view", "motto", "position")
RELAY_WORDS = ("citing ", "quoting ")
STATEMENT_NOUNS = ("information", "statement", "message", "release", "announcement", "communiqu", "comment", "remarks",
                   "clarification")
# Nouns of a stance whose content follows ("Tokayev's position whereby …", "her view that …").
STANCE_NOUNS = ("position", "view", "opinion", "statement", "belief", "conviction", "assessment", "stance", "words",
                "remarks", "claim", "assertion", "argument", "warning", "assurance", "assurances")

# Sentences that point back to the clause before them ("X made the statement", "This was announced by X").
BACK_POINTING_VERBS = ("announced", "stated", "said", "reported", "declared", "noted", "emphasized", "stressed")

# Headings that open a speech ("Mikhail Mishustin's remarks at the plenary session:").
SPEECH_HEADING_NOUNS = ("remarks", "speech", "address", "statement", "opening remarks", "closing remarks",
                        "words", "interview", "comments", "answers")

# Transcript labels that name no person: the unnamed interviewer ("Question:", "Q.:"), recorded as
# QUESTION_SPEAKER, and the interviewee ("Answer:", "A:"), who is the person the introduction names.
QUESTION_LABELS = ("Question", "Q")
ANSWER_LABELS = ("Answer", "A")
QUESTION_SPEAKER = "Question"
# Labels of a role that asks or hosts, kept as written ("Interviewer:", "Moderator:").
INTERVIEWER_LABELS = ("Interviewer", "Correspondent", "Journalist", "Moderator", "Host", "Presenter", "Reporter", "Anchor")
# Marks after a name in a label that say how the words were rendered ("Vladimir Putin (retranslated):").
TRANSLATION_MARKS = ("retranslated", "translated", "via interpreter", "through an interpreter", "through interpreter",
                     "interpreted")

# Nouns that make an "according to"/"as stated in" source a document, not a speaker.
DOCUMENT_NOUNS = frozenset("""
document documents decree decrees law laws report reports data statistics survey study text agreement
agreements treaty memorandum resolution order program programme strategy concept plan estimates figures
website page publication documents
""".split()) - {"website", "page", "publication"}  # a website or page speaks for its owner (judgement call)

# Nouns of bodies that speak as a whole ("the press service reported", "The Chinese side expressed …").
SPEAKING_BODIES = frozenset("""
side sides meeting ministry service government office council committee commission agency department
administration kremlin website embassy company corporation bank fund parliament press spokesperson
delegation organizers organisers participants parties authorities leadership board authority regulator
watchdog ministries agencies
""".split())

# Plural nouns of people who speak together as a group, kept as written ("Delegates said that …", "as the heads
# of government said", "according to international organisations"); vaguer groups ("experts", "witnesses")
# are not speakers.
SPEAKING_GROUPS = ("delegates", "delegations", "heads", "leaders", "ministers", "organisations", "organizations",
                   "member states", "co-chairs", "governments")
# What a source's numbers or words are called in "according to assessments from X", "according to a statement from
# X": X is the source.
SOURCE_FIGURES = ("assessments", "assessment", "estimates", "estimate", "calculations", "forecasts", "forecast", "data",
                  "figures", "findings", "statement", "statements", "press release", "announcement", "message",
                  "communiqué", "comments", "post")

# Common nouns that describe a body before its name ("the TV channel NTV", "private lenders Kask Bank") and
# after it in lower case ("the Abkhaz Apsnypress news agency"): the name is the speaker, not the description.
DESCRIBING_NOUNS = ("channel", "agency", "newspaper", "daily", "broadcaster", "outlet", "portal", "bank", "banks", "lender",
                    "lenders", "company", "companies", "operator", "operators", "regulator", "watchdog", "firm", "firms",
                    "carrier", "carriers", "corporation", "giant", "group", "publication", "website")
DESCRIBING_SUFFIXES = ("news agency", "agency", "newspaper", "daily", "TV channel", "television channel", "channel",
                       "broadcaster", "news portal", "news outlet")  # "the Kremlin website" is the site, kept as written

# News outlets and agencies that speak as sources ("According to Interfax, …", "…, Reuters reported").
# Acronyms (TASS, BelTA) are found by their shape; these are the one-word names that look like surnames.
NEWS_OUTLETS = frozenset("""
Interfax Reuters Xinhua Kommersant Izvestia Vedomosti Sputnik Kazinform Trend Novosti Bloomberg Kun.uz
Gazeta.uz AKIpress Tengrinews Armenpress Azertac Dnevnik Tanjug Bernama Yonhap Kyodo Bloomberg
""".split())

# Words of first- and second-person voice: a paragraph using them speaks, one without them narrates.
FIRST_SECOND_PERSON = ("I", "I'm", "I’m", "I've", "I’ve", "me", "my", "we", "We", "our", "Our", "us", "you", "You",
                       "your", "Your", "ourselves", "myself")

# Words right before a quotation that mark it as a name or title, not speech ("the program "…"").
TITLE_CUES = frozenset("""
program programme project projects concept concepts initiative titled entitled called named so-called
dubbed brand campaign slogan motto forum session conference exhibition festival award contest competition
report discussion panel topic book film article series platform app application strategy operation company festival headline
theme themes term terms word words expression phrase the of a an from under
""".split())

# Words that close a company's or organisation's name ("Yandex LLC", "the Skolkovo Foundation", "Sber Group").
CORPORATE_WORDS = ("PJSC", "JSC", "OJSC", "CJSC", "LLC", "Ltd", "Inc", "PLC", "AG", "GmbH", "SA", "NV", "Co", "Corp",
                   "Group", "Holding", "Holdings", "Corporation", "Company", "Bank", "Foundation", "Fund", "Agency",
                   "Service", "Ministry", "Council", "Committee", "Commission", "University", "Institute", "Academy",
                   "Centre", "Center", "Association", "Union", "Authority", "Office", "Department", "Chamber",
                   "Exchange", "Airlines", "Motors", "Telecom", "Systems", "Technologies", "Labs", "Lab")
# Legal forms written before the name ("PJSC Rostelecom", "JSC “Russian Railways”").
CORPORATE_PREFIXES = ("PJSC", "JSC", "OJSC", "CJSC", "LLC", "OOO", "OAO", "ZAO", "AO", "PAO")
