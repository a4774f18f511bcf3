"""English words the mention, date, money and event rules rely on (months are in `months.py`)."""


# Phrases kept inside a date span because they say which part of the period is meant
# ("At the end of September 2022", "In the first seven months of 2024").
DATE_QUALIFIERS = (
    r"(?:at|by|until|till|before|after|from|since|in|to|towards)?\s*(?:the\s+)?"
    r"(?:very\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half|latter\s+half|first\s+quarter|second\s+quarter"
    r"|third\s+quarter|fourth\s+quarter|first\s+(?:\w+\s+){0,2}months|last\s+(?:\w+\s+){0,2}months|course|spring|summer"
    r"|autumn|fall|winter)\s+of"
)
# A bare year after these words dates something ("In 2023", "Since 2017", "during 2020").
YEAR_PREPOSITIONS = frozenset({"in", "since", "during", "from", "of", "early", "late", "mid", "end", "throughout", "between",
                               "year"})
# "fiscal year 2023", "the 2023-24 financial year": a year of accounts, not of the calendar.
FISCAL_WORDS = frozenset({"fiscal", "financial", "budget", "budgetary", "tax", "academic", "school"})
# "from 2015 to 2020", "between 2015 and 2020": the second year of a span that took place is a date too
# (opening word -> the words before the second year).
YEAR_SPANS = {"from": ("to", "through", "till", "until"), "between": ("and",)}
# Words between two days of one month ("12 to 14 September", "12 and 13 September") and between two
# dates of a range whose first lacks its year ("1 January to 31 March 2024").
DAY_RANGE_WORDS = ("to", "and", "through", "till", "until")
DATE_RANGE_WORDS = ("to", "through", "till", "until")
# Order of an all-numeric date with slashes when its numbers do not decide it ("05/03/2024") and no other
# date of the document does: day first, as most sources of this corpus write it.
SLASH_DATE_ORDER = "dmy"
# "a total of 2000": a number after "<word> of" that counts, not a year.
COUNT_BEFORE_OF = frozenset({"total", "out", "sum", "number", "amount", "maximum", "minimum", "figure", "group", "team"})
# "a deadline of 2027", "no later than 2027": a year a plan is to be met by, not a date.
HORIZON_BEFORE_OF = frozenset({"deadline", "target", "horizon", "goal", "timeframe", "timeline"})
HORIZON_BEFORE_THAN = frozenset({"later", "earlier", "sooner"})
# A bare year after these words is a plan horizon, not a date ("until 2035", "to 2025", "by 2030").
HORIZON_WORDS = frozenset({"until", "till", "to", "by", "through", "before", "horizon"})
# A year right after one of these names an edition that took place ("Digital Almaty Forum 2020").
EDITION_NOUNS = frozenset({
    "forum", "summit", "expo", "exhibition", "games", "olympics", "congress", "conference", "week",
    "cup", "festival", "show", "championship", "fair", "assembly", "session",
})
# Relative and periodic words: never a calendar date.
RELATIVE_DATE_WORDS = frozenset({"today", "yesterday", "tomorrow", "ago", "last", "next", "previous"})
# Periods counted from the publication date: phrase -> (precision, offset in years or months).
# "the last year" (the twelve months before) and "the previous year" (before the narrated one) are not among them.
RELATIVE_PERIODS = {
    "this year": ("year", 0), "last year": ("year", -1), "next year": ("year", 1),
    "this month": ("month", 0), "last month": ("month", -1), "next month": ("month", 1),
    "this week": ("week", 0), "last week": ("week", -1), "next week": ("week", 1),
}
# "March 4 last year", "4 March this year": a yearless day in the year the word says, from the publication's.
YEARS_AFTER_DATE = {"last": -1, "this": 0, "next": 1}
RELATIVE_YEAR_WORD = r"[ \t\u00a0]+year(?!\w)"
# The words that make a weekday name a day near the publication ("on Friday", "last Friday", "next Friday").
WEEKDAY_PREPOSITIONS = ("on", "last", "next")
# Of those, the ones that say which side of the publication the day lies on, and the word's direction.
WEEKDAY_DIRECTIONS = {"last": -1, "next": 1}
# Words before a date in the same clause that put it after the publication ("will meet on Friday",
# "is set for mid-March", "slated for September 12", "said a group would meet in February").
FUTURE_MARKERS = frozenset({"will", "would", "shall", "scheduled", "expected", "plans", "planned", "due", "to be", "is to", "are to",
                            "set for", "set to", "slated", "upcoming", "forthcoming"})
# Month names that are also common words ("it may rain", "march on"): lower-case, they are a month only with a year.
COMMON_WORD_MONTHS = frozenset({"may", "march"})
# A year between a determiner and one of these names an occasion that took place ("the 2022 forum",
# "the 2014 sanctions"); capitalised words may stand between ("the 2022 BRICS summit").
YEAR_OCCASION_NOUNS = frozenset({
    "forum", "summit", "expo", "exhibition", "games", "olympics", "congress", "conference", "cup", "festival",
    "championship", "fair", "assembly", "session", "sanctions", "election", "elections", "crisis", "agreement",
    "treaty", "visit", "talks", "meeting", "census", "war", "pandemic", "referendum", "edition", "protests",
    "earthquake", "floods", "attack", "memorandum", "deal", "declaration", "decree", "law", "report", "pact",
})
# Words before such a year: determiners, and "on"/"after" in headline style ("builds on 2023 pact").
YEAR_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that", "his", "her", "our", "on", "after"})
# A year range after "<noun> for" dates a term of office that took place ("a non-permanent member for
# 2022-2023"); after any other word it is a programme period ("the programme for 2024-2026").
TERM_NOUNS = frozenset({"member", "members", "membership", "chair", "chairmanship", "presidency", "term", "mandate", "seat"})
TERM_PREPOSITIONS = frozenset({"for"})
# A month named alone is a date after these words ("in June", "as early as February", "since March").
MONTH_CUES = frozenset({"in", "since", "from", "during", "early", "late", "mid", "after", "throughout", "through", "as"})
# Words that may follow a lower-case "may" or "march" alone as a month ("in march the talks began"), never a verb.
MONTH_FOLLOWERS = frozenset({"and", "or", "the", "this", "last", "next", "of", "when", "after", "before", "to", "until",
                             "at", "in", "on", "with", "for", "but", "while", "that", "a", "an", "we", "they", "he",
                             "she", "it", "i", "there"})
# "last August" (the one before last month), "this May", "this upcoming May"; the fillers may stand between.
MONTH_RELATIVE = {"last": -1, "this": 0}
MONTH_RELATIVE_FILLERS = frozenset({"upcoming", "coming", "past"})
# A capitalised word before a year names a plan, not an edition ("Strategy 2030", "Vision 2030"), or an
# identifier ("Resolution 2014", "Issue 2021").
PLAN_NAME_WORDS = frozenset({
    "strategy", "vision", "agenda", "programme", "program", "plan", "concept", "roadmap", "horizon", "target",
    "targets", "goals", "no", "issue", "vol", "volume", "page", "article", "resolution", "decree", "order", "law",
    "item", "room", "flight", "model", "version", "number", "code", "chapter", "section", "part", "windows", "office",
})
# A bare year after these words is a date only when it is over at publication ("results for 2023" in a 2024
# story); otherwise it names a plan's year ("targets for 2030", "the budget for 2025").
PAST_YEAR_PREPOSITIONS = frozenset({"for"})
# A bare year after these words, closed by punctuation, is the period something happened in ("Over 2020, trade grew").
PERIOD_PREPOSITIONS = frozenset({"over"})
# A bare year after a season or a quarter/half of the year dates it ("in spring 2022", "Q1 2024", "H2 2023").
YEAR_PART_WORDS = frozenset({"spring", "summer", "autumn", "fall", "winter", "q1", "q2", "q3", "q4", "1q", "2q", "3q",
                             "4q", "h1", "h2", "1h", "2h", "3m", "6m", "9m", "12m", "first-quarter", "second-quarter",
                             "third-quarter", "fourth-quarter", "first-half", "second-half", "full-year"})
# A number after these words is a count, not a year ("Some 2000 delegates", "Nearly 1990 people").
APPROXIMATION_WORDS = frozenset({"some", "nearly", "about", "around", "almost", "approximately", "roughly", "only", "another",
                         "just", "exactly", "least", "than"})
# A year opening a sentence before one of these verbs is its subject, a date ("2023 was a record year").
YEAR_SUBJECT_VERBS = frozenset({"was", "is", "will", "has", "had", "saw", "sees", "marked", "marks", "became",
                                "brought", "proved", "began", "ended"})

# The word before a capital that makes it the place where something happens ("in Moscow").
VENUE_WORDS = frozenset({
    "in", "at", "from", "to", "into", "near", "outside", "around", "across", "via", "visit", "visited",
    "visiting", "hosted", "held", "city", "downtown", "central", "of",
})
# Words near a capital that make it a city government rather than the state ("the mayor of Moscow").
CITY_GOVERNMENT_CUES = (
    "mayor", "city government", "city hall", "municipal", "municipality", "people's government",
    "city council", "city administration", "city authorities", "metropolitan government", "people's committee",
)
# A capital followed by one of these acts for its state ("Moscow said", "Beijing and Caracas agreed").
ACTOR_VERBS = frozenset({
    "said", "says", "agreed", "agree", "agrees", "signed", "announced", "accused", "accuses", "warned",
    "insisted", "insists", "wants", "responded", "rejected", "denied", "demanded", "demands", "claimed",
    "claims", "called", "urged", "threatened", "recognized", "recognised", "believes", "considers",
    "stated", "declared", "protested", "condemned", "welcomed", "imposed", "sanctioned", "expelled",
    "retaliated", "vowed", "pledged", "hopes", "intends", "plans", "seeks", "backed", "supports",
    "opposes", "denounced", "criticised", "criticized", "approved", "ratified", "negotiated",
    "attacked", "invaded", "annexed", "need", "needs", "share", "cooperate", "coordinate",
    "say", "agree", "sign", "announce", "accuse", "warn", "insist", "respond", "reject", "deny", "demand",
    "claim", "call", "urge", "threaten", "recognize", "recognise", "believe", "retaliate", "impose",
    "expel", "support", "oppose", "approve", "ratify", "negotiate",
})
# Auxiliaries between a capital and its verb ("Moscow has accused", "Beijing will not respond").
AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "could", "may", "might", "must", "is", "was", "does", "did", "not"})
# "Moscow and Caracas agreed": the word joining two capitals whose verb follows the second.
CONJUNCTIONS = frozenset({"and"})
# A capital after these words is a state in a relation ("relations between Moscow and Washington").
RELATION_WORDS = frozenset({"between", "against", "towards", "toward"})
# "ties with Beijing", "sanctions on Moscow": the preposition joining a relation noun to a capital.
RELATION_PREPOSITIONS = frozenset({"with", "on"})
# "attacked by Tbilisi": the word introducing the agent of a passive act.
AGENT_WORDS = frozenset({"by"})
# "... with Beijing" is a state after these nouns ("ties with Beijing"), not a venue.
RELATION_NOUNS = frozenset({
    "relations", "ties", "cooperation", "talks", "dialogue", "negotiations", "agreement", "deal",
    "dispute", "tensions", "rift", "partnership", "trade", "alliance", "rapprochement", "sanctions", "pressure",
})
# Nouns after which a bare capital stands for its state: none in English, which says "relations with
# Beijing" or "Beijing's position" (Russian governs by case: «сотрудничество Москвы и Пекина»).
GOVERNING_NOUNS = frozenset()
# A possessive capital followed by these acts for its state ("Beijing's position").
STATE_NOUNS = frozenset({"position", "policy", "stance", "decision", "response", "reaction", "foreign", "sanctions",
                         "diplomat", "envoy", "ambassador", "negotiator"})
# A place name followed by one of these is part of an organisation's name ("Skolkovo Foundation").
ORGANISATION_HEADS = frozenset({
    "foundation", "university", "institute", "bank", "centre", "center", "company", "corporation",
    "group", "fund", "agency", "academy", "school", "college", "airport", "exchange", "club", "museum",
    "theatre", "theater", "hotel", "stadium", "park", "technopark", "declaration", "format", "process",
    "protocol", "agreement", "accords", "convention", "initiative", "times", "post", "tribune",
    "forum", "bureau", "works", "plant", "factory", "railway", "railways", "metro", "airlines", "refinery", "polytechnic",
    "authority", "independent", "helicopters", "motors", "shipyard", "aviation", "gazette", "herald", "olympics",
})
# Lower-case words that, right after a place name, make it a treaty's or a time zone's name ("the Minsk
# agreements", "the Astana format", "10:00 Moscow time"), not a place.
LOWER_CASE_NAME_HEADS = frozenset({"agreements", "accords", "format", "time"})
# Words that, near a name flagged `us_state`, show the US state is meant ("Atlanta, Georgia").
US_STATE_CUES = frozenset({"Atlanta", "Savannah", "Augusta", "Tech", "Bulldogs", "Peach"})
# Capitalised words that may start a sentence or a name without being a first name ("The Jordan ...").
FUNCTION_WORDS = frozenset({
    "The", "A", "An", "And", "Or", "In", "On", "At", "Of", "For", "From", "To", "By", "With", "As",
    "But", "That", "This", "These", "Those", "Both", "Between", "Including", "Also", "Then", "While",
    "Since", "After", "Before", "During", "Until", "Across", "Over", "Under", "Neighbouring", "Neighboring",
})

# Money: words for currencies and scale.
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "us$": "USD",
    "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "rub": "RUB",
    "yuan": "CNY", "renminbi": "CNY", "cny": "CNY", "rmb": "CNY",
    "yen": "JPY", "jpy": "JPY", "pound": "GBP", "pounds": "GBP", "gbp": "GBP",
    "rupee": "INR", "rupees": "INR", "inr": "INR", "tenge": "KZT", "kzt": "KZT",
    "som": "KGS", "somoni": "TJS", "manat": "AZN", "dram": "AMD", "drams": "AMD",
    "hryvnia": "UAH", "lira": "TRY", "real": "BRL", "reais": "BRL", "rand": "ZAR",
    "dirham": "AED", "dirhams": "AED", "won": "KRW",
    "belarusian rubles": "BYN", "byn": "BYN", "sum": "UZS", "soums": "UZS",
}
CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "₽": "RUB", "¥": "CNY", "£": "GBP", "₹": "INR", "₸": "KZT", "₺": "TRY"}
SCALE_WORDS = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
    "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "trn": 1e12, "tn": 1e12,
}
AMOUNT_QUALIFIERS = (
    "more than", "over", "about", "around", "almost", "nearly", "up to", "at least", "less than",
    "under", "approximately", "roughly", "some", "as much as", "exceeding",
)

# Events. Nouns that head the name of an occasion ("the fifth Forum of Regions of Belarus and
# Russia", "the Digital Future of the Global Economy international forum").
OCCASION_NOUNS = frozenset({
    "forum", "summit", "conference", "congress", "expo", "exhibition", "festival", "fair", "week",
    "games", "olympiad", "dialogue", "roundtable",
})
# Unnamed occasions, named by who takes part ("talks between Putin and Xi", "visit to Beijing").
MEETING_NOUNS = frozenset({"talks", "negotiations", "meeting", "visit", "consultations", "summit"})
MEETING_LINKS = frozenset({"between", "with", "of", "to", "and", "the"})
# Verbs saying that named people met ("Vladimir Putin met with Shavkat Mirziyoyev").
MEETING_VERBS = frozenset({"met", "meets", "meet", "meeting", "received", "receives", "hosted", "hosts"})
# "talks in Tashkent", "meeting at the Kremlin": an occasion named only by its venue. It names the
# occasion less fully than a title naming who met, so a title phrase is preferred to it.
VENUE_LINKS = frozenset({"in", "at"})
# Verbs of a closing attribution clause (", the ministry said."), which is not part of a headline.
ATTRIBUTION_VERBS = frozenset({
    "said", "says", "told", "reported", "reports", "announced", "stated", "added", "noted", "wrote", "quoted",
})
# Weekdays: never dates themselves, but "on Tuesday" under a dateline dated a Tuesday makes that date certain.
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
ROLE_WORDS = frozenset({
    "president", "presidents", "prime", "minister", "ministers", "leaders", "heads", "head", "foreign",
    "deputy", "chairman", "delegations", "mayor", "mayors", "state", "government", "governments",
})
# Words that may sit inside an occasion's name besides capitalised words.
NAME_CONNECTORS = frozenset({"of", "the", "and", "for", "&"})
ORDINAL_WORDS = frozenset({
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "annual", "international",
})
# "plenary session of the" before an occasion's name belongs to the occasion's phrase.
SESSION_PREFIX = r"(?i)(?<!\w)(?:(?:plenary|opening|closing|final|joint|special|extraordinary)\s+)?(?:session|meeting)\s+of\s+(?:the\s+)?$"
# Verbs saying an occasion took place: a sentence with one of these and a date dates the occasion
# ("Russia and Egypt signed an agreement on 17 May 2023").
OCCASION_VERBS = frozenset({
    "signed", "held", "met", "opened", "hosted", "concluded", "adopted", "ratified", "launched", "inaugurated",
    "convened", "place", "took", "attended", "visited", "approved", "initialled", "initialed", "agreed",
})
# Nouns of a publication or body named after an occasion ("Information Bulletin of the … Forum").
PUBLICATION_NOUNS = frozenset({
    "bulletin", "newsletter", "digest", "journal", "magazine", "website", "portal", "secretariat", "archive", "press",
})
# "relations with China and India": states after these (and a link word) are in a standing relation, not
# parties of the occasion; "an agreement on cooperation with Egypt and Nigeria" names parties.
STANDING_RELATION_NOUNS = frozenset({"relations", "ties", "trade", "tensions", "dispute", "rift", "rapprochement", "dialogue"})
# Words joining the states of one list or coordinated subject ("Egypt, Ethiopia and Nigeria").
LIST_CONJUNCTIONS = ("and", "&", "as well as")
# A date right after one of these is when the news was reported, not when the occasion happened.
# A date right after these words is a deadline, not the day of the occasion ("to be completed by December 2026").
DEADLINE_WORDS = frozenset({"by", "until", "till", "before"})
REPORT_CUE = r"(?i)(?<!\w)(?:reported|announced|became\s+known|said|stated|informed|wrote|told\s+\w+)(?:\s+\w+)?\s+(?:on|in)\s+$"
# "the five countries": a bloc whose members are the parties.
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
COUNTRIES_NOUNS = ("countries", "states", "nations", "member states", "member countries")

# City names that are also given names: followed right away by another capitalised word that is not a
# name of its own ("Paris Hilton said", "Sydney Smith wrote"), they open a person's name, not a place.
PLACE_GIVEN_NAMES = frozenset({
    "Paris", "Sydney", "Austin", "Florence", "Chelsea", "Adelaide", "Madison", "Charlotte", "Orlando", "Jackson",
    "Lincoln", "Houston", "Dallas", "Phoenix", "Victoria", "Regina", "Sofia", "Alexandria", "Kingston", "Hamilton",
    "Winston", "Eugene", "Tyler", "Marion", "Warren", "Quincy", "Beverly",
})
