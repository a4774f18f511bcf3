"""A second audit of English attribution forms: invented news sentences, one small document each.

Same shape and rules as `speech_cases_en.py` (the speaker is the fullest name the text gives, a body or role as
written when no person is named; `text_start` the first words, the opening mark dropped; `None` a speaker left
empty on purpose because two candidates fit). Written for the forms a wire story uses most: the cue verb before
or after the name, "said X, the Y of Z", role and pronoun subjects, "according to", "told reporters", "was
quoted as saying", "in a statement", the less common cue verbs, quotations continued across paragraphs or
split by the attribution, partial quotes inside reported speech, every quotation-mark style, transcripts and
Q&A, agency relays, and negatives (titles, scare quotes, names in quotes, a person mentioned but not speaking,
two candidate speakers). Every person and body is invented; countries and cities are real.
"""

FORMS = (
    "cue_after",      # “…,” X said / “…,” said X, the Y of Z
    "cue_before",     # X said: “…” / X said (that) …
    "role_pronoun",   # the minister / she / the spokesman, resolved to the person named before
    "according",      # According to X, … / …, according to X.
    "wire",           # told reporters / told OUTLET / was quoted as saying / in a statement / on Telegram
    "cue_verbs",      # added, noted, stressed, emphasised, warned, insisted, explained, recalled, admitted, …
    "continuing",     # a quotation continued over paragraphs, or split by its attribution
    "partial",        # partial quotes inside reported speech
    "marks",          # “…” "…" ‘…’ «…» „…“
    "transcript",     # NAME: text, Q&A
    "relay",          # X said …, Reuters reported
    "negative",       # titles, scare quotes, so-called, names in quotes, mentioned but not speaking
    "abstain",        # two candidate speakers: the speaker is left empty
)

CASES = [
    # ------------------------------------------------------------------ cue after the quotation
    {"form": "cue_after",
     "text": "“We will open an office in Nairobi next year,” Pavel Orlov said.\n",
     "quotes": [("direct", "Pavel Orlov", "We will open an office in Nairobi")], "reported": []},
    {"form": "cue_after",
     "text": "“The talks were useful and frank,” said Elena Markova, the deputy foreign minister of Kazakhstan.\n",
     "quotes": [("direct", "Elena Markova", "The talks were useful and frank,")], "reported": []},
    {"form": "cue_after",
     "text": ("“Trade between our countries grew by a third last year,” said Tomas Lindqvist, chairman of the board "
              "of the Nordic Digital Council.\n"),
     "quotes": [("direct", "Tomas Lindqvist", "Trade between our countries grew by a third")], "reported": []},
    {"form": "cue_after",
     "text": ("“Our engineers are ready to start on Monday,” Kazakh Deputy Minister of Digital Development Elena "
              "Markova told reporters in Astana.\n"),
     "quotes": [("direct", "Elena Markova", "Our engineers are ready to start on Monday,")], "reported": []},
    {"form": "cue_after",
     "text": "“We do not expect any delays,” Pavel Orlov, the head of the project, said on Tuesday.\n",
     "quotes": [("direct", "Pavel Orlov", "We do not expect any delays,")], "reported": []},
    {"form": "cue_after",
     "text": "“Why should we wait another year?” asked Pavel Orlov.\n",
     "quotes": [("direct", "Pavel Orlov", "Why should we wait another year?")], "reported": []},
    {"form": "cue_after",
     "text": "“This is a great day for our country!” exclaimed Elena Markova at the opening of the centre.\n",
     "quotes": [("direct", "Elena Markova", "This is a great day for our country!")], "reported": []},
    {"form": "cue_after",
     "text": ("“The market for cloud services will double,” Russia's Deputy Prime Minister Pavel Orlov said on "
              "Friday.\n"),
     "quotes": [("direct", "Pavel Orlov", "The market for cloud services will double,")], "reported": []},
    {"form": "cue_after",
     "text": "\"The servers are already in place,\" said James Whitfield, chief executive of Northgate Systems.\n",
     "quotes": [("direct", "James Whitfield", "The servers are already in place,")], "reported": []},
    {"form": "cue_after",
     "text": "“We have not received any proposal from Minsk,” Sarah Koenig said in an interview.\n",
     "quotes": [("direct", "Sarah Koenig", "We have not received any proposal from Minsk,")], "reported": []},

    # ------------------------------------------------------------------ cue before the words
    {"form": "cue_before",
     "text": "Pavel Orlov said: “We are ready to sign the agreement in June.”\n",
     "quotes": [("direct", "Pavel Orlov", "We are ready to sign the agreement in")], "reported": []},
    {"form": "cue_before",
     "text": "Speaking at the forum, Elena Markova said: “Our goal is a common digital market.”\n",
     "quotes": [("direct", "Elena Markova", "Our goal is a common digital market.")], "reported": []},
    {"form": "cue_before",
     "text": "Pavel Orlov said that the talks would resume in Minsk in the autumn.\n",
     "quotes": [], "reported": [("Pavel Orlov", "the talks would resume in Minsk in the")]},
    {"form": "cue_before",
     "text": "Elena Markova said the new data centre would serve the whole of Central Asia.\n",
     "quotes": [], "reported": [("Elena Markova", "the new data centre would serve the whole")]},
    {"form": "cue_before",
     "text": "Elena Markova says Kazakhstan is ready to host the next round of talks.\n",
     "quotes": [], "reported": [("Elena Markova", "Kazakhstan is ready to host the next round")]},
    {"form": "cue_before",
     "text": ("Pavel Orlov, who leads the Russian delegation, said the negotiations had been difficult but "
              "productive.\n"),
     "quotes": [], "reported": [("Pavel Orlov", "the negotiations had been difficult but productive.")]},
    {"form": "cue_before",
     "text": ("Foreign Ministry spokeswoman Elena Markova told a briefing on Thursday that Moscow would respond to "
              "the new restrictions.\n"),
     "quotes": [], "reported": [("Elena Markova", "Moscow would respond to the new restrictions.")]},
    {"form": "cue_before",
     "text": "Pavel Orlov told the forum that Russian software was ready for export to Africa.\n",
     "quotes": [], "reported": [("Pavel Orlov", "Russian software was ready for export to Africa.")]},
    {"form": "cue_before",
     "text": "The bank's chief executive James Whitfield said on Monday that profits had doubled.\n",
     "quotes": [], "reported": [("James Whitfield", "profits had doubled.")]},
    {"form": "cue_before",
     "text": "Russia is ready to supply the equipment, Pavel Orlov said on Tuesday.\n",
     "quotes": [], "reported": [("Pavel Orlov", "Russia is ready to supply the equipment,")]},

    # ------------------------------------------------------------------ role and pronoun subjects
    {"form": "role_pronoun",
     "text": ("Minister of Digital Development Pavel Orlov opened the forum in Kazan on Monday. “Our data centres "
              "are full,” the minister said.\n"),
     "quotes": [("direct", "Pavel Orlov", "Our data centres are full,")], "reported": []},
    {"form": "role_pronoun",
     "text": ("Elena Markova, Kazakhstan's ambassador to Russia, spoke at the opening. “We are not going to give "
              "up,” she said.\n"),
     "quotes": [("direct", "Elena Markova", "We are not going to give up,")], "reported": []},
    {"form": "role_pronoun",
     "text": ("Deputy Minister Pavel Orlov met the delegation in Minsk. The deputy minister told reporters that the "
              "deal would be signed in June.\n"),
     "quotes": [], "reported": [("Pavel Orlov", "the deal would be signed in June.")]},
    {"form": "role_pronoun",
     "text": ("President Tomas Lindqvist arrived in Baku on Sunday. The president stressed that the cooperation was "
              "not directed against third countries.\n"),
     "quotes": [], "reported": [("Tomas Lindqvist", "the cooperation was not directed against third countries.")]},
    {"form": "role_pronoun",
     "text": ("Ambassador Sarah Koenig was summoned to the ministry on Friday. The ambassador insisted that the "
              "embassy had not been informed.\n"),
     "quotes": [], "reported": [("Sarah Koenig", "the embassy had not been informed.")]},
    {"form": "role_pronoun",
     "text": ("Pavel Orlov visited the plant in Minsk. He said the factory would double its output of servers by "
              "2027.\n"),
     "quotes": [], "reported": [("Pavel Orlov", "the factory would double its output of servers")]},
    {"form": "role_pronoun",
     "text": ("Elena Markova heads the agency. She noted that the number of online services had grown "
              "fivefold.\n"),
     "quotes": [], "reported": [("Elena Markova", "the number of online services had grown fivefold.")]},
    {"form": "role_pronoun",
     "text": ("Kazakh Foreign Minister Elena Markova held talks with her Russian counterpart. “We discussed the "
              "whole agenda,” the Kazakh diplomat said.\n"),
     "quotes": [("direct", "Elena Markova", "We discussed the whole agenda,")], "reported": []},
    {"form": "role_pronoun",
     "text": ("James Whitfield, a spokesman for Northgate Systems, confirmed the figures. “The contract is worth "
              "$40 million,” the spokesman said.\n"),
     "quotes": [("direct", "James Whitfield", "The contract is worth $40 million,")], "reported": []},
    {"form": "role_pronoun",
     "text": ("Pavel Orlov opened the session. Orlov said the two countries had agreed on a common approach to "
              "data protection.\n"),
     "quotes": [], "reported": [("Pavel Orlov", "the two countries had agreed on a common approach")]},

    # ------------------------------------------------------------------ according to
    {"form": "according",
     "text": "According to Pavel Orlov, the country will launch its 5G network next year.\n",
     "quotes": [], "reported": [("Pavel Orlov", "the country will launch its 5G network next")]},
    {"form": "according",
     "text": ("Deputy Minister Elena Markova spoke at the session. According to the deputy minister, the tender "
              "will be announced in May.\n"),
     "quotes": [], "reported": [("Elena Markova", "the tender will be announced in May.")]},
    {"form": "according",
     "text": "According to Reuters, the company plans to cut 300 jobs in its Moscow office.\n",
     "quotes": [], "reported": [("Reuters", "the company plans to cut 300 jobs in")]},
    {"form": "according",
     "text": "The project will cost $2 billion, according to Elena Markova.\n",
     "quotes": [], "reported": [("Elena Markova", "The project will cost $2 billion,")]},
    {"form": "according",
     "text": ("Pavel Orlov chaired the meeting. According to him, the new rules will take effect in January.\n"),
     "quotes": [], "reported": [("Pavel Orlov", "the new rules will take effect in January.")]},
    {"form": "according",
     "text": "According to Elena Markova, “the market is ready for our products.”\n",
     "quotes": [("direct", "Elena Markova", "the market is ready for our products.")], "reported": []},
    {"form": "according",
     "text": "According to the Kazakh Ministry of Digital Development, 80 percent of services are now online.\n",
     "quotes": [], "reported": [("the Kazakh Ministry of Digital Development", "80 percent of services are now online.")]},

    # ------------------------------------------------------------------ wire: told, quoted as saying, statements
    {"form": "wire",
     "text": "Pavel Orlov told reporters that Minsk would host the next round of consultations.\n",
     "quotes": [], "reported": [("Pavel Orlov", "Minsk would host the next round of consultations.")]},
    {"form": "wire",
     "text": ("Pavel Orlov arrived in Minsk on Monday. Orlov told Reuters the network would be ready by "
              "December.\n"),
     "quotes": [], "reported": [("Pavel Orlov", "the network would be ready by December.")]},
    {"form": "wire",
     "text": "Elena Markova was quoted as saying that exports of software had doubled.\n",
     "quotes": [], "reported": [("Elena Markova", "exports of software had doubled.")]},
    {"form": "wire",
     "text": "Pavel Orlov was quoted by TASS as saying: “We have everything we need.”\n",
     "quotes": [("direct", "Pavel Orlov", "We have everything we need.")], "reported": []},
    {"form": "wire",
     "text": ("The Kazakh Ministry of Digital Development said in a statement that the servers had been "
              "restored.\n"),
     "quotes": [], "reported": [("The Kazakh Ministry of Digital Development", "the servers had been restored.")]},
    {"form": "wire",
     "text": "“The attack was repelled within an hour,” Northgate Systems said in a statement.\n",
     "quotes": [("direct", "Northgate Systems", "The attack was repelled within an hour,")], "reported": []},
    {"form": "wire",
     "text": "Pavel Orlov wrote on his Telegram channel that the outage had been fixed.\n",
     "quotes": [], "reported": [("Pavel Orlov", "the outage had been fixed.")]},
    {"form": "wire",
     "text": ("Speaking to journalists after the talks, Elena Markova said the two sides had agreed to set up a "
              "working group.\n"),
     "quotes": [], "reported": [("Elena Markova", "the two sides had agreed to set up a")]},
    {"form": "wire",
     "text": "In an interview with Kommersant, Pavel Orlov said the tariffs would not change this year.\n",
     "quotes": [], "reported": [("Pavel Orlov", "the tariffs would not change this year.")]},
    {"form": "wire",
     "text": "“We will keep the prices,” Pavel Orlov told the Financial Times.\n",
     "quotes": [("direct", "Pavel Orlov", "We will keep the prices,")], "reported": []},

    # ------------------------------------------------------------------ cue verbs
    {"form": "cue_verbs",
     "text": "“We have done a lot,” Pavel Orlov said. “We will continue,” Orlov added.\n",
     "quotes": [("direct", "Pavel Orlov", "We have done a lot,"), ("direct", "Pavel Orlov", "We will continue,")],
     "reported": []},
    {"form": "cue_verbs",
     "text": "Elena Markova noted that the volume of trade had grown by 12 percent.\n",
     "quotes": [], "reported": [("Elena Markova", "the volume of trade had grown by 12 percent.")]},
    {"form": "cue_verbs",
     "text": "Elena Markova emphasised that the data of citizens would stay in Kazakhstan.\n",
     "quotes": [], "reported": [("Elena Markova", "the data of citizens would stay in Kazakhstan.")]},
    {"form": "cue_verbs",
     "text": "Pavel Orlov warned that prices for equipment could rise further.\n",
     "quotes": [], "reported": [("Pavel Orlov", "prices for equipment could rise further.")]},
    {"form": "cue_verbs",
     "text": ("Pavel Orlov spoke about the cable. “The cable was cut twice last winter,” he explained.\n"),
     "quotes": [("direct", "Pavel Orlov", "The cable was cut twice last winter,")], "reported": []},
    {"form": "cue_verbs",
     "text": "Elena Markova recalled that the first agreement was signed in 2015.\n",
     "quotes": [], "reported": [("Elena Markova", "the first agreement was signed in 2015.")]},
    {"form": "cue_verbs",
     "text": "Pavel Orlov admitted that the project was behind schedule.\n",
     "quotes": [], "reported": [("Pavel Orlov", "the project was behind schedule.")]},
    {"form": "cue_verbs",
     "text": "Pavel Orlov acknowledged that the launch had been postponed twice.\n",
     "quotes": [], "reported": [("Pavel Orlov", "the launch had been postponed twice.")]},
    {"form": "cue_verbs",
     "text": "Elena Markova stressed that the agreement was open to other countries.\n",
     "quotes": [], "reported": [("Elena Markova", "the agreement was open to other countries.")]},
    {"form": "cue_verbs",
     "text": "Elena Markova emphasized that cybersecurity was a priority for the union.\n",
     "quotes": [], "reported": [("Elena Markova", "cybersecurity was a priority for the union.")]},
    {"form": "cue_verbs",
     "text": "Pavel Orlov insisted that the tender had been fair.\n",
     "quotes": [], "reported": [("Pavel Orlov", "the tender had been fair.")]},
    {"form": "cue_verbs",
     "text": "Pavel Orlov explained that the delay was caused by the sanctions.\n",
     "quotes": [], "reported": [("Pavel Orlov", "the delay was caused by the sanctions.")]},
    {"form": "cue_verbs",
     "text": "“Prices will go down,” Pavel Orlov predicted.\n",
     "quotes": [("direct", "Pavel Orlov", "Prices will go down,")], "reported": []},
    {"form": "cue_verbs",
     "text": "“Nobody reads the terms and conditions,” Elena Markova joked.\n",
     "quotes": [("direct", "Elena Markova", "Nobody reads the terms and conditions,")], "reported": []},
    {"form": "cue_verbs",
     "text": "“This is not the end of the story,” Pavel Orlov cautioned.\n",
     "quotes": [("direct", "Pavel Orlov", "This is not the end of the story,")], "reported": []},
    {"form": "cue_verbs",
     "text": "Pavel Orlov maintained that the company had done nothing wrong.\n",
     "quotes": [], "reported": [("Pavel Orlov", "the company had done nothing wrong.")]},
    {"form": "cue_verbs",
     "text": "Elena Markova reaffirmed that Kazakhstan would honour its obligations.\n",
     "quotes": [], "reported": [("Elena Markova", "Kazakhstan would honour its obligations.")]},
    {"form": "cue_verbs",
     "text": "Elena Markova underlined that the talks had been constructive.\n",
     "quotes": [], "reported": [("Elena Markova", "the talks had been constructive.")]},
    {"form": "cue_verbs",
     "text": "Pavel Orlov announced that the company would open a research centre in Tashkent.\n",
     "quotes": [], "reported": [("Pavel Orlov", "the company would open a research centre in")]},
    {"form": "cue_verbs",
     "text": "“The talks went well,” Pavel Orlov said, adding that a new round would be held in May.\n",
     "quotes": [("direct", "Pavel Orlov", "The talks went well,")],
     "reported": [("Pavel Orlov", "a new round would be held in May.")]},

    # ------------------------------------------------------------------ continuing and split quotations
    {"form": "continuing",
     "text": ("“We have doubled exports this year,” Pavel Orlov said.\n\n"
              "“Next year we will double them again. Our engineers are ready.”\n"),
     "quotes": [("direct", "Pavel Orlov", "We have doubled exports this year,"),
                ("direct", "Pavel Orlov", "Next year we will double them again.")],
     "reported": []},
    {"form": "continuing",
     "text": "“The market is growing,” Elena Markova said, “and we intend to grow with it.”\n",
     "quotes": [("direct", "Elena Markova", "The market is growing,")], "reported": []},
    {"form": "continuing",
     "text": ("Pavel Orlov said: “We started with one office in Minsk.\n\n"
              "“Today we have twelve, and next year there will be twenty.”\n"),
     "quotes": [("direct", "Pavel Orlov", "We started with one office in Minsk.")], "reported": []},
    {"form": "continuing",
     "text": ("Elena Markova has led the project since 2019. “The sanctions did not stop us,” she said of the "
              "project. “They made us faster.”\n"),
     "quotes": [("direct", "Elena Markova", "The sanctions did not stop us,")], "reported": []},
    {"form": "continuing",
     "text": ("“Our partners in Africa want our software,” said Pavel Orlov. “They want our engineers, and they "
              "want our schools.”\n"),
     "quotes": [("direct", "Pavel Orlov", "Our partners in Africa want our software,")], "reported": []},

    # ------------------------------------------------------------------ partial quotes inside reported speech
    {"form": "partial",
     "text": "Pavel Orlov said the talks had been “constructive and frank”.\n",
     "quotes": [("direct", "Pavel Orlov", "constructive and frank")],
     "reported": [("Pavel Orlov", "the talks had been “constructive and frank”")]},
    {"form": "partial",
     "text": ("Elena Markova described the agreement as “a turning point for the whole region” and said the "
              "deal would be open to other countries.\n"),
     "quotes": [("direct", "Elena Markova", "a turning point for the whole region")],
     "reported": [("Elena Markova", "the deal would be open to other countries.")]},
    {"form": "partial",
     "text": "Pavel Orlov said Russia would “never accept” the new restrictions on data transfers.\n",
     "quotes": [("direct", "Pavel Orlov", "never accept")],
     "reported": [("Pavel Orlov", "Russia would “never accept” the new restrictions on data")]},

    # ------------------------------------------------------------------ quotation marks
    {"form": "marks",
     "text": "\"We are ready to sign,\" Pavel Orlov said.\n",
     "quotes": [("direct", "Pavel Orlov", "We are ready to sign,")], "reported": []},
    {"form": "marks",
     "text": "‘We are ready to sign the document,’ Pavel Orlov said.\n",
     "quotes": [("direct", "Pavel Orlov", "We are ready to sign the document,")], "reported": []},
    {"form": "marks",
     "text": "«We are ready to sign the document», Pavel Orlov said.\n",
     "quotes": [("direct", "Pavel Orlov", "We are ready to sign the document")], "reported": []},
    {"form": "marks",
     "text": "Elena Markova said: «Our goal is a single digital market for the union.»\n",
     "quotes": [("direct", "Elena Markova", "Our goal is a single digital market for")], "reported": []},
    {"form": "marks",
     "text": "Elena Markova said: „Our goal is a single digital market for the union.“\n",
     "quotes": [("direct", "Elena Markova", "Our goal is a single digital market for")], "reported": []},
    {"form": "marks",
     "text": "Pavel Orlov said: \"The engineers will arrive in Tashkent next week.\"\n",
     "quotes": [("direct", "Pavel Orlov", "The engineers will arrive in Tashkent next week.")], "reported": []},

    # ------------------------------------------------------------------ transcripts and Q&A
    {"form": "transcript",
     "text": ("Pavel Orlov: Good afternoon, colleagues. Let us begin with the digital agenda.\n\n"
              "Elena Markova: Thank you. We have prepared a draft of the roadmap.\n"),
     "quotes": [("transcript", "Pavel Orlov", "Good afternoon, colleagues. Let us begin with"),
                ("transcript", "Elena Markova", "Thank you. We have prepared a draft")],
     "reported": []},
    {"form": "transcript",
     "text": ("In an interview with TASS, Ambassador Pavel Orlov spoke about the new tariffs.\n\n"
              "Question: When will the tariffs be cut?\n\n"
              "Answer: We expect the first cut in January and the second one in June.\n"),
     "quotes": [("transcript", "TASS", "When will the tariffs be cut?"),
                ("transcript", "Pavel Orlov", "We expect the first cut in January")],
     "reported": []},
    {"form": "transcript",
     "text": ("Q: How many engineers will you hire this year?\n\n"
              "A: About two hundred, most of them in Almaty.\n"),
     "quotes": [("transcript", "Question", "How many engineers will you hire this"),
                ("transcript", None, "About two hundred, most of them in")],
     "reported": []},
    {"form": "transcript",
     "text": ("Elena Markova (Minister of Digital Development): We have connected every school to the "
              "internet.\n\nPavel Orlov (Deputy Prime Minister): That is a real achievement.\n"),
     "quotes": [("transcript", "Elena Markova", "We have connected every school to the"),
                ("transcript", "Pavel Orlov", "That is a real achievement.")],
     "reported": []},
    {"form": "transcript",
     "text": ("Moderator: Let us turn to artificial intelligence.\n\n"
              "Tomas Lindqvist: Artificial intelligence is already in every bank in our country.\n"),
     "quotes": [("transcript", "Moderator", "Let us turn to artificial intelligence."),
                ("transcript", "Tomas Lindqvist", "Artificial intelligence is already in every bank")],
     "reported": []},

    # ------------------------------------------------------------------ agency relays
    {"form": "relay",
     "text": "Pavel Orlov said the talks would continue next month, Reuters reported.\n",
     "quotes": [], "reported": [("Pavel Orlov", "the talks would continue next month,"),
                                ("Reuters", "the talks would continue next month,")]},
    {"form": "relay",
     "text": "The two countries will build a joint data centre, Elena Markova said, TASS reported.\n",
     "quotes": [], "reported": [("Elena Markova", "The two countries will build a joint data centre,"),
                                ("TASS", "The two countries will build a joint data centre,")]},

    # ------------------------------------------------------------------ negatives
    {"form": "negative",
     "text": "The report, titled “Digital Silk Road 2030”, was presented in Moscow on Monday.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "The film “The Last Server” premiered in Moscow last week.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "The so-called “digital sovereignty” law came into force in January.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "The company's “smart city” pilot covers three districts of Almaty.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "The company “Digital Bridge” signed a contract with JSC “Russian Railways” on Monday.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "Pavel Orlov met Elena Markova in Minsk. The talks lasted three hours.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "The ministry, headed by Pavel Orlov since 2020, has not commented on the outage.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "The forum “Digital Almaty” was held under the slogan “Technology for people”.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "The book “Code and Power” by Elena Markova sold 20,000 copies.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "The project, dubbed “Northern Cloud”, will cost $1 billion.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "Pavel Orlov said nothing about the tariffs. Elena Markova spoke about the new data centre.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "Pavel Orlov will say more about the plan next week. Elena Markova promised to help the start-ups.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "The Kremlin launched the “Digital Economy” national project in 2018.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "Critics of the “sovereign internet” law say it is aimed at the media.\n",
     "quotes": [], "reported": []},

    # ------------------------------------------------------------------ two candidates: abstain
    {"form": "abstain",
     "text": "Pavel Orlov met Tomas Lindqvist in Minsk on Monday. “We agreed on everything,” he said.\n",
     "quotes": [("direct", None, "We agreed on everything,")], "reported": []},
    {"form": "abstain",
     "text": ("Elena Markova and Sarah Koenig opened the exhibition. She said the pavilion would stay open until "
              "Sunday.\n"),
     "quotes": [], "reported": [(None, "the pavilion would stay open until Sunday.")]},
]
