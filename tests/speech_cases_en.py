"""Invented English documents with the exact quotes and reported speech the extractor must find (issue 11).

Plain data, one dict per small document, wired into a test by the implementer of issue 11:

    {"family": one of FAMILIES,
     "text": the whole document,
     "quotes": [(kind, speaker, text_start), ...],    # every direct/transcript/block quote, in order
     "reported": [(speaker, text_start), ...]}         # every reported item, in order

The rules are those of `shared/gold/README.md` and `shared/gold/dev-en/SOURCES.md`: the speaker is the
person's fullest name in the text (even when the attribution is a pronoun or role), a body or role as
written when no person is named, "Question" for an unnamed interviewer; `text_start` is the first 5 to 10
words of the spoken or reported words (all of them when fewer than 5), the opening quotation mark dropped,
a short first turn paragraph running across the paragraph break. `None` as a speaker means a row whose
speaker is left empty on purpose: two candidates fit equally (the brief: abstain and say why).

Every person, body and outlet below is invented (countries are real, so that a case tests the speech
form and not country recognition); no sentence is taken from a dev document. First names are mostly
ones the name lists know; unknown ones ("Oskar Lind" as a label, "Sutrisno", "Hamad bin Saleh Al
Nuaimi") are the cases about names.
Negative cases (titles, scare quotes, topic-only and non-finite reports, documents, headlines that only
sum up a body) expect empty lists where nothing is speech.
"""

FAMILIES = (
    "turns",            # 1. transcript and interview turns in every label shape
    "trailing_role",    # 2. "…, Long Role Name said at <event>, AGENCY reports."
    "clause",           # 3. clauses without "that", pronoun subjects, "adding that", phrase cues
    "back_reference",   # 4. role, pronoun, short name, "we" resolved to the person named earlier
    "organisation",     # 5. bodies, groups and outlets as speakers, one canonical body per document
    "continuing",       # 6. quotations that continue over paragraphs or are cut off by the end of the text
    "headline_frame",   # 7. headlines and frames: "According to X", "In her words", "This was stated by X", …
    "not_quote",        # 8. forum and programme names, slogans, scare quotes, navigation chrome, documents
    "quote_marks",      # quotation-mark styles: “…” "…" «…» ‘…’ „…“ and “…" opened curly, closed straight
    "wire",             # wire copy and releases: told OUTLET, quoted as saying, said in a statement/interview, As X put it
    "indirect",         # indirect questions, relative clauses, "according to the statement", passive cues, cut-off texts
)

CASES = [
    # ---------------------------------------------------------------- 1. turns
    {
        "family": "turns",
        "text": (
            "Meeting with the Prime Minister of Norway\n\n"
            "President of Chile Anton Weller: Good afternoon, Mr Kask. I am glad to see you in our capital again.\n\n"
            "Prime Minister of Norway Igor Kask: Thank you, Mr Weller. Our trade has grown by a fifth this year.\n"
        ),
        "quotes": [
            ("transcript", "Anton Weller", "Good afternoon, Mr Kask. I am glad"),
            ("transcript", "Igor Kask", "Thank you, Mr Weller. Our trade has"),
        ],
        "reported": [],
    },
    {
        "family": "turns",
        "text": (
            "Sergei Volkan:\n"
            "Colleagues, we have gathered to discuss the digital agenda of the union.\n\n"
            "Nurlan Haddad:\n"
            "It is hard work.\n\n"
            "Sergei Volkan:\n"
            "Yes, it is, but we are moving forward together.\n"
        ),
        "quotes": [
            ("transcript", "Sergei Volkan", "Colleagues, we have gathered to discuss the"),
            ("transcript", "Nurlan Haddad", "It is hard work."),
            ("transcript", "Sergei Volkan", "Yes, it is, but we are moving"),
        ],
        "reported": [],
    },
    {
        "family": "turns",
        "text": (
            "The plenary session opened with an exchange between the bank's chief executive Alexander Grimsson "
            "and President Viktor Aleksandrov.\n\n"
            "A. Grimsson: Dear Viktor Pavlovich! This year our conference turns ten.\n\n"
            "V. Aleksandrov: Thank you very much. Today we will talk about artificial intelligence.\n"
        ),
        "quotes": [
            ("transcript", "Alexander Grimsson", "Dear Viktor Pavlovich! This year our conference"),
            ("transcript", "Viktor Aleksandrov", "Thank you very much. Today we will"),
        ],
        "reported": [],
    },
    {
        "family": "turns",
        "text": (
            "Documents on cooperation signed\n\n"
            "Chilean Prime Minister Pavel Bergstrom held talks with his Norwegian counterpart on Tuesday.\n\n"
            "Following the talks, the premiers signed nine agreements.\n\n"
            "Prime Minister of Chile P.L.Bergstrom:There is a lot of work to be done to develop the railway.\n"
        ),
        "quotes": [
            ("transcript", "Pavel Bergstrom", "There is a lot of work to be done"),
        ],
        "reported": [],
    },
    {
        "family": "turns",
        "text": (
            "Partnership Gains Momentum\n\n"
            "In an interview with our magazine, Norwegian Ambassador to Chile answered questions about "
            "the relations between the two countries.\n\n"
            "Question: How do you assess the current level of cooperation between our countries?\n\n"
            "Answer: Our countries have always had friendly relations. Trade grew by a third last year.\n\n"
            "Q.: What are your goals in this post?\n\n"
            "A.: I have the same tasks as any new ambassador.\n"
        ),
        "quotes": [
            ("transcript", "Question", "How do you assess the current level of"),
            ("transcript", "Norwegian Ambassador to Chile", "Our countries have always had friendly relations."),
            ("transcript", "Question", "What are your goals in this post?"),
            ("transcript", "Norwegian Ambassador to Chile", "I have the same tasks as any"),
        ],
        "reported": [],
    },
    {
        "family": "turns",
        "text": (
            "Nordic Business Weekly talked to Ambassador Elena Marsh about trade.\n\n"
            "Nordic Business Weekly: What would you say is the place of Norway in your foreign policy?\n\n"
            "H.E. Mrs. Elena Marsh: Norway is a very important partner for us. The region has been a "
            "priority for a long time.\n\n"
            "Nordic Business Weekly: Where do we stand today?\n\n"
            "H.E. Mrs. Elena Marsh: We are on the way to a strategic partnership.\n"
        ),
        "quotes": [
            ("transcript", "Nordic Business Weekly", "What would you say is the place"),
            ("transcript", "Elena Marsh", "Norway is a very important partner for"),
            ("transcript", "Nordic Business Weekly", "Where do we stand today?"),
            ("transcript", "Elena Marsh", "We are on the way to"),
        ],
        "reported": [],
    },
    {
        "family": "turns",
        "text": (
            "Interview with Deputy Minister Anton Varga\n\n"
            "Deputy Minister of Digital Development Anton Varga answered questions from our readers.\n\n"
            "Q: When will the new portal open?\n\n"
            "A: The portal will open in March, and all regions will join it by the end of the year.\n"
        ),
        "quotes": [
            ("transcript", "Question", "When will the new portal open?"),
            ("transcript", "Anton Varga", "The portal will open in March,"),
        ],
        "reported": [],
    },
    {
        "family": "turns",
        "text": (
            "Digital economy: regions will choose their own path\n\n"
            "The interview took place at the Regional IT Day conference.\n\n"
            "Anna Kovacs: Each region should define its place, proceeding from its strengths.\n\n"
            "Photo: Anna Kovacs at the conference\n\n"
            "For agrarian regions the main effect will be in agriculture, for industrial ones in automation. "
            "We will support both.\n"
        ),
        "quotes": [
            ("transcript", "Anna Kovacs", "Each region should define its place, proceeding"),
        ],
        "reported": [],
    },
    {
        "family": "turns",
        "text": (
            "Press release on the talks between the foreign ministers of Norway and Chile / Norway, March, 2024\n\n"
            "The ministers discussed regional security and cybersecurity.\n\n"
            "Foreign Minister Peter Albrecht's opening remarks at the talks with the Chilean delegation, "
            "Oslo, March 4, 2024\n"
            "Keywords: peter_albrecht, speech\n\n"
            "Esteemed colleagues,\n\n"
            "We are delighted to welcome you to Oslo. For the first time, our relations are entering a new stage.\n"
        ),
        "quotes": [
            ("transcript", "Peter Albrecht", "Esteemed colleagues,\n\nWe are delighted to welcome"),
        ],
        "reported": [],
    },
    {
        "family": "turns",
        "text": (
            "Talks between Oskar Lind and Nurlan Abdykadyrov, Chairman of the Cabinet of Ministers of Kyrgyzstan\n\n"
            "Nurlan Abdykadyrov: Mr Lind, I am glad to welcome you on the shore of our lake.\n\n"
            "Oskar Lind: Thank you, Mr Abdykadyrov. Thank you for the warm welcome.\n"
        ),
        "quotes": [
            ("transcript", "Nurlan Abdykadyrov", "Mr Lind, I am glad to welcome"),
            ("transcript", "Oskar Lind", "Thank you, Mr Abdykadyrov. Thank you for"),
        ],
        "reported": [],
    },
    # ---------------------------------------------------------------- 2. trailing attributions with long roles
    {
        "family": "trailing_role",
        "text": (
            "RIGA, May 3. The two countries will open a joint data centre next year, Minister of Transport, "
            "Communications and Digital Affairs of Norway Pavel Ostrowski said, Baltic Wire reports.\n"
        ),
        "quotes": [],
        "reported": [
            ("Pavel Ostrowski", "The two countries will open a joint data centre"),
            ("Baltic Wire", "The two countries will open a joint data centre"),
        ],
    },
    {
        "family": "trailing_role",
        "text": (
            "Trade in software doubled in two years, Maria Ilves – Chairman of the Board of the Nordic Trade "
            "Commission (NTC), said at a press conference summarizing the results of the council session held "
            "in Riga on May 3, Nordwire reports.\n\n"
            "“We have agreed on a common digital policy for the whole union,” she said.\n"
        ),
        "quotes": [
            ("direct", "Maria Ilves", "We have agreed on a common digital policy"),
        ],
        "reported": [
            ("Maria Ilves", "Trade in software doubled in two years,"),
            ("Nordwire", "Trade in software doubled in two years,"),
        ],
    },
    {
        "family": "trailing_role",
        "text": (
            "Member states (Norway, Chile, Kenya) call for a common code on data security, Norway's "
            "Foreign Minister Anna Berg said during a news conference on the outcomes of a meeting of the bloc's "
            "foreign ministers held by video link.\n"
        ),
        "quotes": [],
        "reported": [
            ("Anna Berg", "Member states (Norway, Chile, Kenya) call for"),
        ],
    },
    {
        "family": "trailing_role",
        "text": (
            "Norway is ready to supply servers to the whole region, Pavel Ostrowski, Chairman of the Board, "
            "Managing Director of Norway Digital, told reporters on Friday.\n"
        ),
        "quotes": [],
        "reported": [
            ("Pavel Ostrowski", "Norway is ready to supply servers to the"),
        ],
    },
    {
        "family": "trailing_role",
        "text": (
            "The agreement will be signed before the end of the year, Chile's Deputy Prime Minister "
            "Olga Sarkany said on Friday. She did not give a date.\n"
        ),
        "quotes": [],
        "reported": [
            ("Olga Sarkany", "The agreement will be signed before the end"),
        ],
    },
    {
        "family": "trailing_role",
        "text": (
            "Kenya's exports of software are growing faster than expected, says Pavel Orlik, head of the "
            "Association of Software Developers.\n"
        ),
        "quotes": [],
        "reported": [
            ("Pavel Orlik", "Kenya's exports of software are growing faster than"),
        ],
    },
    {
        "family": "trailing_role",
        "text": (
            "The new data centre will open in June, Igor Petrak, the head of the Norwegian Digital Agency, "
            "told the Nordwire news agency. The building cost 40 million euros.\n"
        ),
        "quotes": [],
        "reported": [
            ("Igor Petrak", "The new data centre will open in June,"),
        ],
    },
    # ---------------------------------------------------------------- 3. clauses without "that", pronoun subjects
    {
        "family": "clause",
        "text": "Igor Petrak says Norway sees the bloc as a reliable partner in the digital sphere.\n",
        "quotes": [],
        "reported": [
            ("Igor Petrak", "Norway sees the bloc as a reliable partner"),
        ],
    },
    {
        "family": "clause",
        "text": (
            "Kenyan Minister of Science Elena Holm visited Oslo on Monday. Minister Elena Holm said her "
            "country was interested in joint research centres.\n"
        ),
        "quotes": [],
        "reported": [
            ("Elena Holm", "her country was interested in joint research centres."),
        ],
    },
    {
        "family": "clause",
        "text": (
            "Igor Petrak said he was confident the deal would be signed in May. He added that the first "
            "payments would follow in June.\n"
        ),
        "quotes": [],
        "reported": [
            ("Igor Petrak", "he was confident the deal would be signed"),
            ("Igor Petrak", "the first payments would follow in June."),
        ],
    },
    {
        "family": "clause",
        "text": (
            "Maria Ilves, Chairman of the Board of the Nordic Trade Commission, met the press on Friday.\n\n"
            "“We sent the draft to our partners,” Maria Ilves said, adding that the strategy would go to the "
            "heads of state in June.\n"
        ),
        "quotes": [
            ("direct", "Maria Ilves", "We sent the draft to our partners,"),
        ],
        "reported": [
            ("Maria Ilves", "the strategy would go to the heads of state"),
        ],
    },
    {
        "family": "clause",
        "text": (
            "Sergei Lind, who noted that the bloc's market is growing, called for lower tariffs on software.\n"
        ),
        "quotes": [],
        "reported": [
            ("Sergei Lind", "the bloc's market is growing"),
        ],
    },
    {
        "family": "clause",
        "text": (
            "Deputy Minister of Communications of Kenya Peter Hartono met his Norwegian counterpart on Monday. "
            "The deputy minister also expressed his hope that the two agencies will exchange staff. "
            "He informed that the working group meets every month.\n"
        ),
        "quotes": [],
        "reported": [
            ("Peter Hartono", "the two agencies will exchange staff."),
            ("Peter Hartono", "the working group meets every month."),
        ],
    },
    {
        "family": "clause",
        "text": (
            "Igor Petrak stressed the importance of training specialists and proposed to create a joint fund. "
            "He also spoke about the new portal. He noted that the fund would be open to private investors.\n"
        ),
        "quotes": [],
        "reported": [
            ("Igor Petrak", "the fund would be open to private investors."),
        ],
    },
    {
        "family": "clause",
        "text": "Elena Holm told reporters the market will double by 2030.\n",
        "quotes": [],
        "reported": [
            ("Elena Holm", "the market will double by 2030."),
        ],
    },
    # ---------------------------------------------------------------- 4. back-references
    {
        "family": "back_reference",
        "text": (
            "Ivan Berg, Chairman of the Board of the Nordic Trade Commission (NTC), met the press in Oslo.\n\n"
            "“We have sent the list of initiatives to our partners,” the NTC Board Chairman said.\n"
        ),
        "quotes": [
            ("direct", "Ivan Berg", "We have sent the list of initiatives to"),
        ],
        "reported": [],
    },
    {
        "family": "back_reference",
        "text": (
            "Norwegian Foreign Minister Pavel Ostrowski held talks with his Kenyan counterpart on Tuesday.\n\n"
            "“This area is developing within the bloc,” the Norwegian top diplomat said.\n"
        ),
        "quotes": [
            ("direct", "Pavel Ostrowski", "This area is developing within the bloc,"),
        ],
        "reported": [],
    },
    {
        "family": "back_reference",
        "text": (
            "Deputy Minister of Communications of Kenya Peter Hartono met his Norwegian counterpart on Monday. "
            "The deputy minister said that the countries will continue cooperation in the media. "
            "“We hope this meeting will lead to a memorandum,” he added.\n"
        ),
        "quotes": [
            ("direct", "Peter Hartono", "We hope this meeting will lead to a"),
        ],
        "reported": [
            ("Peter Hartono", "the countries will continue cooperation in the media."),
        ],
    },
    {
        "family": "back_reference",
        "text": (
            "The meeting was chaired by Hamad bin Saleh Al Nuaimi, Chairman of the Sharjah Business Council.\n\n"
            "Al Nuaimi stressed that the council plays a key role in trade between the two countries.\n\n"
            "He also noted that trade between the two countries has doubled.\n"
        ),
        "quotes": [],
        "reported": [
            ("Hamad bin Saleh Al Nuaimi", "the council plays a key role in trade"),
            ("Hamad bin Saleh Al Nuaimi", "trade between the two countries has doubled."),
        ],
    },
    {
        "family": "back_reference",
        "text": (
            "Chile's Minister of Economy Olga Sarkany visited the new data centre on Tuesday. Sarkany said "
            "the centre would serve the whole region. “It is the largest project of its kind,” she stressed.\n"
        ),
        "quotes": [
            ("direct", "Olga Sarkany", "It is the largest project of its kind,"),
        ],
        "reported": [
            ("Olga Sarkany", "the centre would serve the whole region."),
        ],
    },
    {
        "family": "back_reference",
        "text": (
            "Pavel Ostrowski met Igor Petrak in Riga on Monday. “The talks were very useful,” he said.\n"
        ),
        # two men named in one sentence, neither the subject of a speech verb: abstain
        "quotes": [
            ("direct", None, "The talks were very useful,"),
        ],
        "reported": [],
    },
    {
        "family": "back_reference",
        "text": (
            "President of Norway Pavel Ostrowski: Mr President, we have spoken many times about your first "
            "steps and mentioned that there is important work ahead.\n\n"
            "President of Kenya Timur Aliyev: It is hard work.\n"
        ),
        "quotes": [
            ("transcript", "Pavel Ostrowski", "Mr President, we have spoken many times about"),
            ("transcript", "Timur Aliyev", "It is hard work."),
        ],
        "reported": [
            ("Pavel Ostrowski", "there is important work ahead."),
            ("Timur Aliyev", "there is important work ahead."),
        ],
    },
    {
        "family": "back_reference",
        "text": (
            "Indonesian Minister of Communication Sutrisno met the Norwegian delegation in the capital. Sutrisno "
            "said the two countries had agreed to build a joint training centre.\n"
        ),
        "quotes": [],
        "reported": [
            ("Sutrisno", "the two countries had agreed to build a joint"),
        ],
    },
    {
        "family": "back_reference",
        "text": (
            "Alexander Vorontsov, deputy head of the Digital Ministry, spoke at the forum. The official said: "
            "“We should introduce a single digital identity for all citizens.”\n"
        ),
        "quotes": [
            ("direct", "Alexander Vorontsov", "We should introduce a single digital identity for"),
        ],
        "reported": [],
    },
    # ---------------------------------------------------------------- 5. organisations
    {
        "family": "organisation",
        "text": (
            "This week, the ministry of digital affairs in Norway announced that a network of digital envoys "
            "will be created.\n\n"
            "In 2026, they will start working in 12 countries, says the ministry.\n"
        ),
        "quotes": [],
        "reported": [
            ("the ministry of digital affairs in Norway", "a network of digital envoys will be created."),
            ("the ministry of digital affairs in Norway", "In 2026, they will start working in 12"),
        ],
    },
    {
        "family": "organisation",
        "text": (
            "According to assessments from international organisations, the scale of the sector reached "
            "30 billion dollars in 2023.\n"
        ),
        "quotes": [],
        "reported": [
            ("international organisations", "the scale of the sector reached 30 billion"),
        ],
    },
    {
        "family": "organisation",
        "text": (
            "Over 100 delegates attended the seminar. Delegates said that the current context presents great "
            "opportunities for joint projects.\n"
        ),
        "quotes": [],
        "reported": [
            ("Delegates", "the current context presents great opportunities for joint"),
        ],
    },
    {
        "family": "organisation",
        "text": (
            "The National Security Council of Norway said on Monday that the new rules would protect critical "
            "infrastructure. The Council added that the rules take effect in May.\n"
        ),
        "quotes": [],
        "reported": [
            ("The National Security Council of Norway", "the new rules would protect critical infrastructure."),
            ("The National Security Council of Norway", "the rules take effect in May."),
        ],
    },
    {
        "family": "organisation",
        "text": (
            "The press service of the Ministry of Digital Development of Kenya reported that the two sides "
            "signed a roadmap on e-government.\n"
        ),
        "quotes": [],
        "reported": [
            ("The press service of the Ministry of Digital Development of Kenya", "the two sides signed a roadmap on e-government."),
        ],
    },
    {
        "family": "organisation",
        "text": "Norway will open three new data centres this year, Nordwire reports.\n",
        "quotes": [],
        "reported": [
            ("Nordwire", "Norway will open three new data centres this"),
        ],
    },
    {
        "family": "organisation",
        "text": (
            "Later, the Norwegian Foreign Ministry reported that the two countries share views on information "
            "security. “They include the use of technologies to interfere in internal affairs,” the Norwegian "
            "Foreign Ministry said.\n"
        ),
        "quotes": [
            ("direct", "the Norwegian Foreign Ministry", "They include the use of technologies to interfere"),
        ],
        "reported": [
            ("the Norwegian Foreign Ministry", "the two countries share views on information security."),
        ],
    },
    {
        "family": "organisation",
        "text": (
            "According to the document, the centre will be built by 2027. According to our data, trade grew by "
            "40 percent. It was announced that the office would move.\n"
        ),
        # documents and sourceless reports are not speakers
        "quotes": [],
        "reported": [],
    },
    # ---------------------------------------------------------------- 6. continuing quotations
    {
        "family": "continuing",
        "text": (
            "“The envoys will be chosen by the ministry,” says Deputy Prime Minister Oskar Lind.\n\n"
            "“They will promote our software abroad and support companies in the host countries.\n\n"
            "“Their main task is to develop exports. In 2026 they will start in 12 countries – by 2"
        ),
        "quotes": [
            ("direct", "Oskar Lind", "The envoys will be chosen by the ministry,"),
            ("direct", "Oskar Lind", "They will promote our software abroad and support"),
        ],
        "reported": [],
    },
    {
        "family": "continuing",
        "text": (
            "Igor Petrak spoke at the opening of the forum.\n\n"
            "“Our trade grew by a third last year,” Petrak said.\n\n"
            "“We expect the same growth this year, and we are ready to invest in new capacities.”\n"
        ),
        "quotes": [
            ("direct", "Igor Petrak", "Our trade grew by a third last year,"),
            ("direct", "Igor Petrak", "We expect the same growth this year, and"),
        ],
        "reported": [],
    },
    {
        "family": "continuing",
        "text": "“The first stage is complete,” Elena Holm said, “and the second will start in autumn.”\n",
        "quotes": [
            ("direct", "Elena Holm", "The first stage is complete,"),
        ],
        "reported": [],
    },
    {
        "family": "continuing",
        "text": (
            "Deputy Minister Anna Berg addressed the forum on Thursday.\n\n"
            "Anna Berg told the forum: “Our next step is a common platform for all the regions of the"
        ),
        "quotes": [
            ("direct", "Anna Berg", "Our next step is a common platform for"),
        ],
        "reported": [],
    },
    {
        "family": "continuing",
        "text": (
            "“Our trade grew by a third,” Igor Petrak said.\n\n"
            "“We are not yet at that level,” replied Elena Holm, his Kenyan counterpart.\n"
        ),
        "quotes": [
            ("direct", "Igor Petrak", "Our trade grew by a third,"),
            ("direct", "Elena Holm", "We are not yet at that level,"),
        ],
        "reported": [],
    },
    # ---------------------------------------------------------------- 7. headlines and frames
    {
        "family": "headline_frame",
        "text": (
            "Pavel Ostrowski, Ministry of Digital Affairs: paper forms will disappear in five years\n"
            "The deputy minister spoke at the IT Government Day conference in October.\n"
        ),
        "quotes": [],
        "reported": [
            ("Pavel Ostrowski", "paper forms will disappear in five years"),
        ],
    },
    {
        "family": "headline_frame",
        "text": (
            "Bloc calls for a universal cyber code, says Berg\n\n"
            "FREEBURG, June 1. The bloc's members are calling for a universal document on information security, "
            "Norwegian Foreign Minister Anna Berg said on Tuesday.\n"
        ),
        "quotes": [],
        "reported": [
            ("Anna Berg", "Bloc calls for a universal cyber code,"),
            ("Anna Berg", "The bloc's members are calling for a universal"),
        ],
    },
    {
        "family": "headline_frame",
        "text": (
            "According to Elena Holm, the portal will serve ten million users. In her words, the regions are "
            "ready for the launch. As Holm noted, the budget has already been approved.\n"
        ),
        "quotes": [],
        "reported": [
            ("Elena Holm", "the portal will serve ten million users."),
            ("Elena Holm", "the regions are ready for the launch."),
            ("Elena Holm", "the budget has already been approved."),
        ],
    },
    {
        "family": "headline_frame",
        "text": (
            "The new rules will take effect in May. This was stated by Deputy Minister Anton Varga at a briefing "
            "on Thursday. Varga was quoted by Nordwire as saying that fines would follow in autumn.\n"
        ),
        "quotes": [],
        "reported": [
            ("Anton Varga", "The new rules will take effect in May."),
            ("Anton Varga", "fines would follow in autumn."),
        ],
    },
    {
        "family": "headline_frame",
        "text": (
            "Cooperation in cybersecurity is a priority for both countries, Igor Petrak pointed out. The two sides "
            "will hold consultations twice a year. Petrak pointed it out after the talks.\n"
        ),
        "quotes": [],
        "reported": [
            ("Igor Petrak", "Cooperation in cybersecurity is a priority for both"),
            ("Igor Petrak", "The two sides will hold consultations twice a"),
        ],
    },
    {
        "family": "headline_frame",
        "text": (
            "Pavel Ostrowski, deputy secretary of the Security Council, spoke at a meeting with foreign "
            "ambassadors.\n\n"
            "“Norway has signed agreements on information security with 14 countries,” – Nordwire quotes him.\n\n"
            "According to the deputy secretary, “in the near future it is planned to sign three more agreements.”\n"
        ),
        # an outlet that only relays a quote is not a source; "According to X, “whole clause”" is a quote only
        "quotes": [
            ("direct", "Pavel Ostrowski", "Norway has signed agreements on information security with"),
            ("direct", "Pavel Ostrowski", "in the near future it is planned to"),
        ],
        "reported": [],
    },
    {
        "family": "headline_frame",
        "text": (
            "Pavel Ostrowski called the priority task “the development of cooperation with states that share "
            "our approaches.”\n"
        ),
        "quotes": [
            ("direct", "Pavel Ostrowski", "the development of cooperation with states that share"),
        ],
        "reported": [],
    },
    {
        "family": "headline_frame",
        "text": (
            "“The first issue on the agenda, as the heads of government said, is digital transformation,” "
            "Maria Ilves said.\n"
        ),
        "quotes": [
            ("direct", "Maria Ilves", "The first issue on the agenda, as the"),
        ],
        "reported": [
            ("the heads of government", "The first issue on the agenda,"),
        ],
    },
    {
        "family": "headline_frame",
        "text": (
            "President promises to turn Norway into an IT hub\n\n"
            "President Pavel Ostrowski spoke about the digital economy at the forum. He stressed the importance "
            "of training engineers and invited foreign companies to open offices.\n"
        ),
        # a headline that only sums up the body, a topic-only report and non-finite reports: nothing
        "quotes": [],
        "reported": [],
    },
    {
        "family": "headline_frame",
        "text": (
            "Our data centres will be carbon-free by 2030 — Elena Holm\n\n"
            "Kenya's Minister of Energy Elena Holm said on Monday that all state data centres would run on "
            "renewable power by 2030.\n"
        ),
        "quotes": [],
        "reported": [
            ("Elena Holm", "Our data centres will be carbon-free by 2030"),
            ("Elena Holm", "all state data centres would run on renewable"),
        ],
    },
    # ---------------------------------------------------------------- 8. not quotes
    {
        "family": "not_quote",
        "text": (
            "The “Digital Bridge” forum opened in Oslo on Monday. Minister Elena Holm said that the forum "
            "would become annual.\n"
        ),
        "quotes": [],
        "reported": [
            ("Elena Holm", "the forum would become annual."),
        ],
    },
    {
        "family": "not_quote",
        "text": (
            "The government adopted a programme titled “Smart Regions 2030”. Its aim is to connect every village "
            "to broadband.\n"
        ),
        "quotes": [],
        "reported": [],
    },
    {
        "family": "not_quote",
        "text": (
            "Critics call the new rules a “digital wall”, but Pavel Ostrowski said the rules protect consumers.\n"
        ),
        "quotes": [],
        "reported": [
            ("Pavel Ostrowski", "the rules protect consumers."),
        ],
    },
    {
        "family": "not_quote",
        "text": (
            "Under the slogan «Data for Everyone», the ministry launched an open portal. Deputy Minister Anton "
            "Varga noted that the portal already holds 300 data sets.\n"
        ),
        "quotes": [],
        "reported": [
            ("Anton Varga", "the portal already holds 300 data sets."),
        ],
    },
    {
        "family": "not_quote",
        "text": (
            "Pages: ««« :: 1 | 2 | 3 | 4 :: »»»\n"
            "News archive\n\n"
            "The two sides signed a memorandum on digital trade.\n"
        ),
        "quotes": [],
        "reported": [],
    },
    {
        "family": "not_quote",
        "text": "Companies are moving to the “cloud” faster than expected, and the “smart city” market is booming.\n",
        "quotes": [],
        "reported": [],
    },
    {
        "family": "not_quote",
        "text": "The ministry plans to hire ‘digital attachés’ in 16 countries, starting with its neighbours.\n",
        "quotes": [],
        "reported": [],
    },
    {
        "family": "not_quote",
        "text": (
            "The report “Digital Economy Outlook 2025” was presented at the session. According to the report, "
            "the market grew by 12 percent.\n"
        ),
        "quotes": [],
        "reported": [],
    },
    # ---------------------------------------------------------------- quotation-mark styles
    {
        "family": "quote_marks",
        "text": (
            "Minister Pavel Ostrowski opened the business mission on Friday.\n\n"
            "“Over the year we preserved the growth of cargo transport,\" said Pavel Ostrowski.\n"
        ),
        "quotes": [
            ("direct", "Pavel Ostrowski", "Over the year we preserved the growth of"),
        ],
        "reported": [],
    },
    {
        "family": "quote_marks",
        "text": "\"We are open to cooperation in telecommunications and e-commerce,\" Peter Hartono said.\n",
        "quotes": [
            ("direct", "Peter Hartono", "We are open to cooperation in telecommunications"),
        ],
        "reported": [],
    },
    {
        "family": "quote_marks",
        "text": "«Our cooperation in artificial intelligence is growing,» Elena Holm told reporters.\n",
        "quotes": [
            ("direct", "Elena Holm", "Our cooperation in artificial intelligence is growing,"),
        ],
        "reported": [],
    },
    {
        "family": "quote_marks",
        "text": "‘The talks were constructive and we agreed on a timetable,’ said Igor Petrak, the agency's head.\n",
        "quotes": [
            ("direct", "Igor Petrak", "The talks were constructive and we agreed"),
        ],
        "reported": [],
    },
    {
        "family": "quote_marks",
        "text": "„We will sign the agreement in May“, Anna Berg said after the talks.\n",
        "quotes": [
            ("direct", "Anna Berg", "We will sign the agreement in May"),
        ],
        "reported": [],
    },
    {
        "family": "quote_marks",
        "text": (
            "Deputy Minister Anton Varga said: “Each region must define its own place in the digital economy.”\n"
        ),
        "quotes": [
            ("direct", "Anton Varga", "Each region must define its own place in"),
        ],
        "reported": [],
    },
]

# Added with the issue-11 rules (invented variants of forms the first cases did not cover).
CASES += [
    {
        "family": "turns",
        "text": (
            "Interviewer: How do you see the market for cloud services this year?\n\n"
            "Ivan Petrov: It is growing fast, and we are investing in two new data centres.\n\n"
            "Interviewer: Where will they be?\n\n"
            "Ivan Petrov: One in the north and one in the south of the country.\n"
        ),
        "quotes": [
            ("transcript", "Interviewer", "How do you see the market for"),
            ("transcript", "Ivan Petrov", "It is growing fast, and we are"),
            ("transcript", "Interviewer", "Where will they be?"),
            ("transcript", "Ivan Petrov", "One in the north and one in"),
        ],
        "reported": [],
    },
    {
        "family": "turns",
        "text": (
            "Press conference of the Foreign Minister of Chile\n\n"
            "Anton Weller (retranslated): We have agreed on a joint plan for the next three years.\n\n"
            "Question: Will the plan cover data protection?\n\n"
            "Anton Weller: Yes, data protection is the first chapter of it.\n"
        ),
        "quotes": [
            ("transcript", "Anton Weller", "We have agreed on a joint plan"),
            ("transcript", "Question", "Will the plan cover data protection?"),
            ("transcript", "Anton Weller", "Yes, data protection is the first chapter"),
        ],
        "reported": [],
    },
    {
        "family": "headline_frame",
        "text": (
            "Latest news\n\n"
            "Chile and Kenya to build a joint data centre, says Weller\n\n"
            "SANTIAGO, May 3. Chile and Kenya will build a joint data centre by 2027, Chilean Foreign Minister Anton "
            "Weller said on Friday.\n"
        ),
        "quotes": [],
        "reported": [
            ("Anton Weller", "Chile and Kenya to build a joint data"),
            ("Anton Weller", "Chile and Kenya will build a joint data"),
        ],
    },
    {
        "family": "headline_frame",
        "text": (
            "Digital trade to double by 2030: Kenyan Trade Minister Nadia Wambui\n\n"
            "Kenyan Trade Minister Nadia Wambui said on Monday that digital trade with Norway would double by 2030.\n"
        ),
        "quotes": [],
        "reported": [
            ("Nadia Wambui", "Digital trade to double by 2030"),
            ("Nadia Wambui", "digital trade with Norway would double by 2030."),
        ],
    },
    {
        "family": "organisation",
        "text": (
            "The Ministry of Trade of Kenya said on Monday that the talks with Norway were constructive. They added "
            "that a new round would take place in June.\n"
        ),
        "quotes": [],
        "reported": [
            ("The Ministry of Trade of Kenya", "the talks with Norway were constructive."),
            ("The Ministry of Trade of Kenya", "a new round would take place in June."),
        ],
    },
    {
        "family": "turns",
        "text": (
            "Live: the foreign ministers' press conference\n\n"
            "14:35 Anna Berg: We have agreed on the next steps in data protection.\n\n"
            "14:40 Question: When will the agreement be signed?\n\n"
            "14:41 Anna Berg: We expect it to be signed in June.\n"
        ),
        "quotes": [
            ("transcript", "Anna Berg", "We have agreed on the next steps"),
            ("transcript", "Question", "When will the agreement be signed?"),
            ("transcript", "Anna Berg", "We expect it to be signed in June."),
        ],
        "reported": [],
    },
    {
        "family": "back_reference",
        "text": (
            "Ivan Petrov, permanent secretary of the Ministry of Transport, said: “We are drafting a data law.”\n\n"
            "But Anna Berg, managing director of Nordic Media, said the biggest hurdle is cost. “The country is large, "
            "so the network is expensive,” she said.\n\n"
            "She added that “satellites are the quickest way to reach every village.”\n"
        ),
        "quotes": [
            ("direct", "Ivan Petrov", "We are drafting a data law."),
            ("direct", "Anna Berg", "The country is large, so the network"),
            ("direct", "Anna Berg", "satellites are the quickest way to reach every"),
        ],
        "reported": [
            ("Anna Berg", "the biggest hurdle is cost."),
            ("Anna Berg", "satellites are the quickest way to reach every"),
        ],
    },
    {
        "family": "continuing",
        "text": (
            "The regional government presented its IT programme to the foreign guests.\n\n"
            "“Digital resources are crucial for economic progress, and our region is ready to share its experience "
            "with partners.”\n\n"
            "Ivan Petrov, Acting Governor of the Northern Region\n\n"
            "The guests also visited a technology park.\n"
        ),
        "quotes": [("block", "Ivan Petrov", "Digital resources are crucial for economic progress,")],
        "reported": [],
    },
    {
        "family": "turns",
        "text": (
            "Monday, March 4, 2024\n\n"
            "Norwegian MFA Spokesman Anton Weller Interview to Nordwire on the Visit of Foreign Minister Anna Berg\n\n"
            "Question: What will the ministers discuss in Nairobi?\n\n"
            "Answer: The talks will cover trade, data protection and a joint research centre.\n"
        ),
        "quotes": [
            ("transcript", "Nordwire", "What will the ministers discuss in Nairobi?"),
            ("transcript", "Anton Weller", "The talks will cover trade, data protection"),
        ],
        "reported": [],
    },
    {
        "family": "not_quote",
        "text": "Note: the figures are preliminary.\n\nPhoto: Ivan Petrov\n\nThe meeting took place in Moscow.\n",
        "quotes": [],
        "reported": [],
    },
    {
        "family": "back_reference",
        "text": (
            "Jomo Kimani met investors in Oslo on Monday.\n\n"
            "According to Kimani, the first contracts will be signed in June.\n"
        ),
        "quotes": [],
        "reported": [("Jomo Kimani", "the first contracts will be signed in June.")],
    },
    {
        "family": "back_reference",
        "text": (
            "Kenya's Deputy Minister of Trade Nadia Wambui met her Norwegian counterpart on Monday. The deputy minister "
            "also expressed her hope that the two ministries will exchange experts. \"We hope this visit will "
            "lead to a memorandum on e-commerce,\" she added.\n"
        ),
        "quotes": [("direct", "Nadia Wambui", "We hope this visit will lead to")],
        "reported": [("Nadia Wambui", "the two ministries will exchange experts.")],
    },
    {
        "family": "quote_marks",
        "text": (
            "Igor Petrak spoke at the forum. \"The initiative of \"the three\" covers data, trade and logistics. "
            "It will be signed in June,\" Petrak said.\n"
        ),
        "quotes": [("direct", "Igor Petrak", "The initiative of \"the three\" covers data,")],
        "reported": [],
    },
    {
        "family": "trailing_role",
        "text": (
            "Norway will open a trade office in Nairobi, Igor Kask – Chairman of the Board of the Nordic "
            "Export Council (NEC), said on Monday.\n\n"
            "\"We have agreed on the list of projects,\" the NEC Board Chairman said, clarifying that the list "
            "would be published in May.\n"
        ),
        "quotes": [("direct", "Igor Kask", "We have agreed on the list of projects,")],
        "reported": [
            ("Igor Kask", "Norway will open a trade office in Nairobi,"),
            ("Igor Kask", "the list would be published in May."),
        ],
    },
    {
        "family": "organisation",
        "text": (
            "Igor Petrak met the delegation. \"The first task of the customs union, as the heads of delegations "
            "noted, is the common portal,\" Petrak said.\n"
        ),
        "quotes": [("direct", "Igor Petrak", "The first task of the customs union, as")],
        "reported": [("the heads of delegations", "The first task of the customs union,")],
    },
    {
        "family": "clause",
        "text": "The new portal will open in June, Igor Petrak noted, adding that 20 banks had already joined it.\n",
        "quotes": [],
        "reported": [
            ("Igor Petrak", "The new portal will open in June,"),
            ("Igor Petrak", "20 banks had already joined it."),
        ],
    },
    {
        "family": "clause",
        "text": "Deputy Prime Minister Anton Varga told the forum that trade with Kenya had grown by a third.\n",
        "quotes": [],
        "reported": [("Anton Varga", "trade with Kenya had grown by a third.")],
    },
    {
        "family": "trailing_role",
        "text": (
            "NAIROBI, March 3 (Baltic Wire) – Kenya plans to launch a national data platform this year, Minister "
            "of Information, Communications and Digital Economy Nadia Wambui said at a cabinet meeting.\n"
        ),
        "quotes": [],
        "reported": [("Nadia Wambui", "Kenya plans to launch a national data platform")],
    },
    {
        "family": "clause",
        "text": (
            "Anna Berg visited Nairobi on Monday. \"The rules will take effect in May,\" Berg, 54, said.\n"
        ),
        "quotes": [("direct", "Anna Berg", "The rules will take effect in May,")],
        "reported": [],
    },
]

# ------------------------------------------------------------------------------------------------------------
# Issue 11, quotes and turns (second round): indented and outlet labels, quotations over paragraphs, bodies by
# pronoun and short name, "according to" after a quotation, slash titles, names shortened to their first words.
CASES += [
    {
        "family": "turns",
        "text": (
            "    Kenya's new data law explained\n\n"
            "    Deputy Minister Anton Varga spoke to the agency about the law.\n\n"
            "    KNA: What does the new law change for foreign companies?\n\n"
            "    Anton Varga: It makes the rules simpler. We expect more investors next year.\n"
        ),
        "quotes": [
            ("transcript", "KNA", "What does the new law change for foreign"),
            ("transcript", "Anton Varga", "It makes the rules simpler. We expect"),
        ],
        "reported": [],
    },
    {
        "family": "turns",
        "text": (
            "Subscribe\n    Visitors:\n     \n    Downloads:\n\n    Site map\n    Archive\n\n"
            "Interviewer: How many students came this year?\n\n"
            "Igor Kask: More than ever. We invited two thousand of them.\n"
        ),
        "quotes": [
            ("transcript", "Interviewer", "How many students came this year?"),
            ("transcript", "Igor Kask", "More than ever. We invited two thousand"),
        ],
        "reported": [],
    },
    {
        "family": "turns",
        "text": (
            "Sputnik: Why does Chile need foreign engineers?\n\n"
            "Anna Berg: Because our industry grows faster than our universities can train people.\n"
        ),
        "quotes": [
            ("transcript", "Sputnik", "Why does Chile need foreign engineers?"),
            ("transcript", "Anna Berg", "Because our industry grows faster than our"),
        ],
        "reported": [],
    },
    {
        "family": "continuing",
        "text": (
            "Chilean Ambassador Anna Berg visited the port on Monday.\n\n"
            "“The first area is logistics, in particular the northern ports.\n\n"
            "“The second is energy, and we are ready to start this year,” the ambassador added.\n"
        ),
        "quotes": [("direct", "Anna Berg", "The first area is logistics, in particular")],
        "reported": [],
    },
    {
        "family": "continuing",
        "text": (
            "Trade envoy Igor Petrak opened the fair.\n\n"
            "\"Our exporters are ready for the Kenyan market.\n\n"
            "\"We will open two more offices next year,\" Petrak said.\n"
        ),
        "quotes": [("direct", "Igor Petrak", "Our exporters are ready for the Kenyan market.")],
        "reported": [],
    },
    {
        "family": "organisation",
        "text": (
            "The Kenyan Foreign Ministry welcomed the agreement. \"The document opens a new stage in our "
            "relations,\" the Foreign Ministry said.\n\n"
            "\"It provides for regular consultations between the two countries' agencies,\" it stated.\n"
        ),
        "quotes": [
            ("direct", "Kenyan Foreign Ministry", "The document opens a new stage in our"),
            ("direct", "Kenyan Foreign Ministry", "It provides for regular consultations between the two"),
        ],
        "reported": [],
    },
    {
        "family": "organisation",
        "text": (
            "Anna Berg met the delegation in Nairobi.\n\n"
            "\"We have agreed on the main projects for the coming years,\" she said.\n\n"
            "\"The list will be published in spring,\" it said.\n"
        ),
        "quotes": [
            ("direct", "Anna Berg", "We have agreed on the main projects for"),
            ("direct", None, "The list will be published in spring,"),
        ],
        "reported": [],
    },
    {
        "family": "organisation",
        "text": (
            "Chile's Ministry of Trade, Industry and Tourism of Chile received a delegation from Kenya.\n\n"
            "\"Kenya and Chile are following a similar path in digital trade,\" the ministry said.\n"
        ),
        "quotes": [("direct", "Chile's Ministry of Trade, Industry and Tourism of Chile", "Kenya and Chile are following a similar path")],
        "reported": [],
    },
    {
        "family": "headline_frame",
        "text": (
            "Chile's Ministry of Energy hosted the talks. Minister Kask on his part \"promised that Norway "
            "will invest in the northern grid,\" according to the Chilean Ministry.\n"
        ),
        "quotes": [("direct", "Chile's Ministry of Energy", "promised that Norway will invest in the northern grid,")],
        "reported": [],
    },
    {
        "family": "headline_frame",
        "text": (
            "Latest videos\n"
            "12 minutes 4 sec.\n"
            "Ambassador of Kenya to Chile Nadia Wambui/ “Our trade with Chile can double in five years”\n"
            "8 minutes 10 sec.\n"
            "Douw Kessing/ «Relations between Chile and Kenya are getting closer»\n"
            "5 minutes 2 sec.\n"
            "Jomo Kimani, Nairobi Institute of Technology/\"Universities need to work together on data\"\n"
            "Documentary film «Gold»\n"
        ),
        "quotes": [
            ("direct", "Nadia Wambui", "Our trade with Chile can double in five"),
            ("direct", "Douw Kessing", "Relations between Chile and Kenya are getting closer"),
            ("direct", "Jomo Kimani", "Universities need to work together on data"),
        ],
        "reported": [],
    },
    {
        "family": "not_quote",
        "text": "Kenya Chile/ “Trade and investment between the two countries in the last decade”\n",
        "quotes": [("direct", None, "Trade and investment between the two countries in")],
        "reported": [],
    },
    {
        "family": "back_reference",
        "text": (
            "Trade Commissioner Datuk Arjun Kumar Ramasamy visited the fair in Oslo.\n\n"
            "“Our companies are looking for partners in shipping,” Arjun Kumar said.\n\n"
            "“Supplies of timber are being discussed at the government level,” he said.\n"
        ),
        "quotes": [
            ("direct", "Arjun Kumar Ramasamy", "Our companies are looking for partners in shipping,"),
            ("direct", "Arjun Kumar Ramasamy", "Supplies of timber are being discussed at the"),
        ],
        "reported": [],
    },
]
CASES += [
    {
        "family": "continuing",
        "text": (
            "Governor Anna Berg spoke about the region's plans at the forum.\n\n"
            "“Our region can offer land and engineers to anyone who builds here. Data centres need cold air "
            "and cheap power, and we have both”\n\n"
            "Anna Berg Acting Governor of the Northern Region\n\n"
            "The forum will continue on Friday.\n"
        ),
        "quotes": [("block", "Anna Berg", "Our region can offer land and engineers to")],
        "reported": [],
    },
    {
        "family": "continuing",
        "text": (
            "President Igor Kask recalled his meeting with Prime Minister Anton Varga. “We discussed the "
            "grid. I say [to Anton Varga]: ‘Let us build it together’. He says: ‘We are ready to pay for "
            "the northern part, provided it is finished in two years,’” Igor Kask said.\n"
        ),
        "quotes": [
            ("direct", "Igor Kask", "We discussed the grid. I say [to Anton"),
            ("direct", "Igor Kask", "Let us build it together"),
            ("direct", "Anton Varga", "We are ready to pay for the northern"),
        ],
        "reported": [],
    },
    {
        "family": "not_quote",
        "text": (
            "“Our plan is called ‘Green Grid’ and it will be finished in two years,” Minister Anna Berg said.\n"
        ),
        "quotes": [("direct", "Anna Berg", "Our plan is called ‘Green Grid’ and it")],
        "reported": [],
    },
]
CASES += [
    {
        "family": "headline_frame",
        "text": (
            "- Title: Kenya and Chile sign data pact, Wambui says\n"
            "- Summary: NAIROBI, KENYA (MAY 4, 2024) (POOL) (SOUNDBITE) (English) KENYAN MINISTER OF ICT, NADIA "
            "WAMBUI, SAYING: \"We have signed an agreement that will let our companies store data in both countries, "
            "and we expect the first projects by the end of the ye\n"
            "- Story Text: Minister Nadia Wambui said on Saturday that the pact would take effect in June.\n"
        ),
        "quotes": [("direct", "Nadia Wambui", "We have signed an agreement that will let")],
        "reported": [("Nadia Wambui", "Kenya and Chile sign data pact"),  # "Claim, Surname says" in the title field
                     ("Nadia Wambui", "the pact would take effect in June.")],
    },
    {
        "family": "continuing",
        "text": (
            "Minister Igor Kask said: “The new port will take the first ships in spring and the second berth "
            "will follow in the autumn.\n\n"
            "The port was built by a Danish company.\n"
        ),
        "quotes": [("direct", "Igor Kask", "The new port will take the first ships")],
        "reported": [],
    },
    {
        "family": "not_quote",
        "text": (
            "The exhibition “Northern Lights of the Coast opened in the town hall on Monday.\n\n"
            "It will run until May.\n"
        ),
        "quotes": [],
        "reported": [],
    },
]
CASES += [
    {
        "family": "back_reference",
        "text": (
            "President of Chile Anton Weller met President of Kenya Jomo Kimani in Santiago.\n\n"
            "“We agreed to open two more trade offices,” said Anton Weller.\n\n"
            "Later Anton Weller recalled a visit to a factory with Jomo Kimani. “The engineers showed us their new chip "
            "and we were impressed,” the president stressed.\n"
        ),
        "quotes": [
            ("direct", "Anton Weller", "We agreed to open two more trade offices,"),
            ("direct", "Anton Weller", "The engineers showed us their new chip and"),
        ],
        "reported": [],
    },
    {
        "family": "back_reference",
        "text": (
            "President of Chile Anton Weller met President of Kenya Jomo Kimani in Santiago.\n\n"
            "“We agreed to open two more trade offices,” said Minister Anna Berg.\n\n"
            "“The engineers showed us their new chip and we were impressed,” the president stressed.\n"
        ),
        "quotes": [
            ("direct", "Anna Berg", "We agreed to open two more trade offices,"),
            ("direct", None, "The engineers showed us their new chip and"),
        ],
        "reported": [],
    },
]
CASES += [
    {
        "family": "headline_frame",
        "text": (
            "Minister Anna Berg opened the new data centre in Oslo.\n\n"
            "In her words, the region was chosen for its climate and its engineers, and the task was clear: "
            "“Every public service must run on servers in the country by the end of next year.”\n"
        ),
        "quotes": [("direct", "Anna Berg", "Every public service must run on servers in")],
        "reported": [("Anna Berg", "the region was chosen for its climate and")],
    },
    {
        "family": "headline_frame",
        "text": (
            "In the words of Deputy Minister Igor Kask, the plan has one goal: “Every village will have "
            "fast internet before the next elections.”\n"
        ),
        "quotes": [("direct", "Igor Kask", "Every village will have fast internet before the")],
        "reported": [("Igor Kask", "the plan has one goal:")],
    },
    {
        "family": "not_quote",
        "text": (
            "Minister Anna Berg opened the new data centre in Oslo. In other words, the country now has its "
            "own “digital vault”.\n"
        ),
        "quotes": [],
        "reported": [],
    },
]
CASES += [
    {
        "family": "headline_frame",
        "text": (
            "Calling the agreement “a turning point” for the region, Minister Anna Berg said that the first "
            "projects would start in May.\n"
        ),
        "quotes": [("direct", "Anna Berg", "a turning point")],
        "reported": [("Anna Berg", "the first projects would start in May.")],
    },
    {
        "family": "headline_frame",
        "text": (
            "Describing the talks as “frank and very useful”, Kenya's Ministry of Foreign Affairs said that the "
            "two sides would meet again in autumn.\n"
        ),
        "quotes": [("direct", "Kenya's Ministry of Foreign Affairs", "frank and very useful")],
        "reported": [("Kenya's Ministry of Foreign Affairs", "the two sides would meet again in autumn.")],
    },
    {
        "family": "not_quote",
        "text": "Calling the new app “Digital Chile” was the idea of students, Minister Anna Berg said at the launch.\n",
        "quotes": [],
        "reported": [("Anna Berg", "Calling the new app “Digital Chile” was the idea of")],
    },
]

# ---------------------------------------------------------------------------------------------------------
# Reported speech, second round (issue 11, families 2-5 and 7 in indirect speech). Invented sentences only.
CASES += [
    {
        "family": "clause",
        "text": (
            "President Anton Weller said on Wednesday (May 14) that Chile would build a data centre with its partners.\n\n"
            "Bank chief Nadia Wambui acknowledged in 2023 that the new chips were hard to replace.\n\n"
            "Private lenders Kask Bank announced on March 3 that it would stop issuing the cards.\n"
        ),
        "quotes": [],
        "reported": [
            ("Anton Weller", "Chile would build a data centre with its partners."),
            ("Nadia Wambui", "the new chips were hard to replace."),
            ("Kask Bank", "it would stop issuing the cards."),
        ],
    },
    {
        "family": "clause",
        "text": (
            "Minister Igor Kask said last week the two countries had a special relationship.\n\n"
            "Anna Berg said earlier in May that the portal was ready.\n"
        ),
        "quotes": [],
        "reported": [
            ("Igor Kask", "the two countries had a special relationship."),
            ("Anna Berg", "the portal was ready."),
        ],
    },
    {
        "family": "organisation",
        "text": (
            "Nordtel, the Norwegian regulator, said it would sign the memorandum with its Kenyan counterpart in May.\n"
            "It said in a statement the memorandum would have the status of a treaty.\n"
        ),
        "quotes": [],
        "reported": [
            ("Nordtel", "it would sign the memorandum with its Kenyan counterpart"),
            ("Nordtel", "the memorandum would have the status of a treaty."),
        ],
    },
    {
        # "It" with no body speaking just before is nobody's
        "family": "organisation",
        "text": "The memorandum was signed in May.\nIt said in a statement the memorandum would have the status of a treaty.\n",
        "quotes": [],
        "reported": [],
    },
    {
        # a run of adjuncts after the cue does not open a clause without "that": the trailing attribution holds
        "family": "trailing_role",
        "text": (
            "Chile and Kenya are calling for a common data standard, Foreign Minister Anton Weller said during a "
            "press conference on the outcomes of a meeting of the ministers.\n"
        ),
        "quotes": [],
        "reported": [("Anton Weller", "Chile and Kenya are calling for a common data")],
    },
    {
        # a standfirst without its full stop, and a text cut off mid-sentence, are sentences
        "family": "headline_frame",
        "text": (
            "Kenya and Chile sign a data deal\n\n"
            "According to the Ministry of Digital Affairs of Kenya, the deal lays down a legal basis for joint projects in the field of data\n\n"
            "NAIROBI, May 3. The deal was signed on Monday by Minister Nadia Wambui and her Chilean counterpart.\n\n"
            "Nadia Wambui noted that the deal was the first of its kind in the reg\n"
        ),
        "quotes": [],
        "reported": [
            ("Ministry of Digital Affairs of Kenya", "the deal lays down a legal basis for joint"),
            ("Nadia Wambui", "the deal was the first of its kind"),
        ],
    },
    {
        # a short headline-like last line is not a cut-off sentence
        "family": "not_quote",
        "text": "The deal was signed on Monday in Nairobi.\n\nMinister says Kenya ready\n",
        "quotes": [],
        "reported": [],
    },
]
CASES += [
    {
        "family": "organisation",
        "text": (
            "Earlier, the Kenyan TV channel KTN reported that two state banks had left the payment system.\n\n"
            "Chile and Kenya have signed a memorandum on data exchange, the Chilean Andeswire news agency said on Monday.\n"
            "The document was signed by Anton Weller, according to Andeswire.\n\n"
            "The state-owned operator Nordtel said in a statement the network would reach every village by May.\n"
        ),
        "quotes": [],
        "reported": [
            ("KTN", "two state banks had left the payment system."),
            ("Andeswire", "Chile and Kenya have signed a memorandum on data"),
            ("Andeswire", "The document was signed by Anton Weller"),
            ("Nordtel", "the network would reach every village by May."),
        ],
    },
    {
        # a description before a role is a person's role, not a body; "the Kremlin website" stays as written
        "family": "organisation",
        "text": (
            "The regulator's chief Anna Berg said that the network would reach every village by May.\n\n"
            "The plans of Chile and Kenya include new cables, the Chilean Senate website says.\n"
        ),
        "quotes": [],
        "reported": [
            ("Anna Berg", "the network would reach every village by May."),
            ("the Chilean Senate website", "The plans of Chile and Kenya include new cables,"),
        ],
    },
]
CASES += [
    {
        # the title's "— ministry" and a later "the ministry" are the one ministry the story names in full
        "family": "organisation",
        "text": (
            "Kenyan-Chilean data deal confirms close partnership — ministry\n\n"
            "NAIROBI, May 3. The agreement on data exchange confirms that the partnership is strong, the Kenyan "
            "Foreign Ministry said in a statement on Tuesday.\n\n"
            "According to the ministry, the deal lays down a legal basis for joint projects.\n"
        ),
        "quotes": [],
        "reported": [
            ("Kenyan Foreign Ministry", "Kenyan-Chilean data deal confirms close partnership"),
            ("Kenyan Foreign Ministry", "The agreement on data exchange confirms that the"),
            ("Kenyan Foreign Ministry", "the deal lays down a legal basis for joint"),
        ],
    },
    {
        # a body whose name lists its fields with commas, then named short
        "family": "organisation",
        "text": (
            "Kenya sees the data sector of Chile as promising, the Ministry of Digital Affairs, Communications and "
            "Mass Media of Kenya told reporters.\n\n"
            "The ministry also said that the two countries would train engineers together.\n"
        ),
        "quotes": [],
        "reported": [
            ("Ministry of Digital Affairs, Communications and Mass Media of Kenya", "Kenya sees the data sector of Chile as"),
            ("Ministry of Digital Affairs, Communications and Mass Media of Kenya", "the two countries would train engineers together."),
        ],
    },
    {
        # a description first, the name in apposition to the same noun next
        "family": "organisation",
        "text": (
            "Chile and Kenya will sign a treaty on data this month, Chile's state telecoms watchdog said.\n"
            "Andtel, the Chilean watchdog, said it would sign the treaty in Nairobi.\n"
        ),
        "quotes": [],
        "reported": [
            ("Andtel", "Chile and Kenya will sign a treaty on data"),
            ("Andtel", "it would sign the treaty in Nairobi."),
        ],
    },
    {
        # two ministries named: "the ministry" could be either, so it stays as written
        "family": "organisation",
        "text": (
            "The Kenyan Foreign Ministry and the Chilean Ministry of Trade signed the memorandum on Monday.\n\n"
            "According to the ministry, the memorandum covers data centres.\n"
        ),
        "quotes": [],
        "reported": [("the ministry", "the memorandum covers data centres.")],
    },
    {
        "family": "headline_frame",
        "text": (
            "Kenya and Chile must work together on payment cards — Kremlin\n\n"
            "MOSCOW, May 3. The two countries need to look for ways to cooperate, Kremlin spokesman Igor Kask told reporters.\n"
        ),
        "quotes": [],
        "reported": [
            ("Kremlin", "Kenya and Chile must work together on payment"),
            ("Igor Kask", "The two countries need to look for ways"),
        ],
    },
]
CASES += [
    {
        # a place list closing the clause is no person: "the official" is the governor named before
        "family": "back_reference",
        "text": (
            "Igor Kask, Acting Governor of the Coast Region of Kenya, spoke about the region's partners.\n\n"
            "Kask noted that the region was open to investors.\n\n"
            "Trade is now linked to regions with great potential – Africa, Latin America, Southeast Asia, the official added.\n"
        ),
        "quotes": [],
        "reported": [
            ("Igor Kask", "the region was open to investors."),
            ("Igor Kask", "Trade is now linked to regions with great"),
        ],
    },
]
CASES += [
    {
        # an outlet relaying an inverted attribution is not a second source; an outlet alone is the source
        "family": "trailing_role",
        "text": (
            "Chile offered to help Kenya. More than half of the population uses the portal, said Anton Weller, "
            "vice-minister of digital affairs, communications and media of Chile, reported the Nairobi Times.\n\n"
            "Kenya will open a data centre in May, reported the Nairobi Times.\n"
        ),
        "quotes": [],
        "reported": [
            ("Anton Weller", "More than half of the population uses the"),
            ("Nairobi Times", "Kenya will open a data centre in May,"),
        ],
    },
    {
        "family": "clause",
        "text": (
            "“All of them are now exploring the market,” Igor Kask said while expressing confidence that foreign banks will join.\n\n"
            "Kenya is ready to join, Anna Berg said, expressing hope that the talks would end in May.\n"
        ),
        "quotes": [("direct", "Igor Kask", "All of them are now exploring the market,")],
        "reported": [
            ("Igor Kask", "foreign banks will join."),
            ("Anna Berg", "Kenya is ready to join,"),
            ("Anna Berg", "the talks would end in May."),
        ],
    },
]
CASES += [
    {
        # a title signed by a surname the story introduces in full below it
        "family": "headline_frame",
        "text": (
            "Kenya teams up with Chile to create a data alliance, Weller says\n\n"
            "President Anton Weller said on Wednesday that Kenya would build the alliance with its partners.\n"
        ),
        "quotes": [],
        "reported": [
            ("Anton Weller", "Kenya teams up with Chile to create a"),
            ("Anton Weller", "Kenya would build the alliance with its partners."),
        ],
    },
    {
        # two people share the surname: the title is nobody's
        "family": "headline_frame",
        "text": (
            "Kenya teams up with Chile to create a data alliance, Weller says\n\n"
            "President Anton Weller and his brother Igor Weller visited Nairobi. Anton Weller said on Wednesday that "
            "Kenya would build the alliance with its partners.\n"
        ),
        "quotes": [],
        "reported": [("Anton Weller", "Kenya would build the alliance with its partners.")],
    },
]
CASES += [
    {
        "family": "clause",
        "text": (
            "Maxim Parshin, Deputy Minister of Digital Affairs of Kenya, met the delegation in Nairobi.\n\n"
            "He further pledged that Kenya will cooperate with Chile in e-government.\n\n"
            "Anton Weller, Chile's lead diplomat on data, elaborated that the agreement covers the training of engineers.\n"
        ),
        "quotes": [],
        "reported": [
            ("Maxim Parshin", "Kenya will cooperate with Chile in e-government."),
            ("Anton Weller", "the agreement covers the training of engineers."),
        ],
    },
    {
        # an adjective before a body's name and its acronym after it are no part of the name; "pledged to" is
        # an infinitive, not an attribution closing the clause
        "family": "organisation",
        "text": (
            "Chile and Kenya have signed a memorandum on data, the official Kenya News Agency (KNA) reported on Friday.\n\n"
            "Under the treaties signed last year, Kenya pledged to help Chile protect its networks.\n"
        ),
        "quotes": [],
        "reported": [("Kenya News Agency", "Chile and Kenya have signed a memorandum on")],
    },
]
CASES += [
    {
        # "the head of state" is the president named before; "detailed how" reports a finite clause
        "family": "back_reference",
        "text": (
            "NAIROBI, 19 May – Kenyan President and Chairman of the National Congress Anton Weller detailed how Kenya, "
            "in cooperation with Chile, has made headway in microelectronics as he spoke at the congress.\n"
            "Thanks to joint work with Chile, Kenya has achieved a breakthrough in chips, the head of state stressed.\n\n"
            "The congress also explained how to apply for the grants.\n"
        ),
        "quotes": [],
        "reported": [
            ("Anton Weller", "Kenya, in cooperation with Chile, has made headway"),
            ("Anton Weller", "Thanks to joint work with Chile, Kenya has"),
        ],
    },
    {
        # "the head of state" with only a minister named before is nobody
        "family": "back_reference",
        "text": (
            "Foreign Minister Anna Berg arrived in Nairobi on Monday.\n"
            "Kenya has achieved a breakthrough in chips, the head of state stressed.\n"
        ),
        "quotes": [],
        "reported": [],
    },
]
CASES += [
    {
        # a role naming its country, held by nobody the text names: the role as written
        "family": "back_reference",
        "text": (
            "The memorandum was signed by Deputy Minister Igor Kask.\n\n"
            "Kenya President said earlier in September that Kenya will continue to support the project.\n"
        ),
        "quotes": [],
        "reported": [("Kenya President", "Kenya will continue to support the project.")],
    },
    {
        # someone named without an office may be that minister: nobody is guessed; a president named is the president
        "family": "back_reference",
        "text": (
            "Anna Berg visited Nairobi on Monday. The Kenyan minister said that the deal was ready.\n\n"
            "President Anton Weller opened the forum. The Kenyan President said that the forum would grow.\n"
        ),
        "quotes": [],
        "reported": [("Anton Weller", "the forum would grow.")],
    },
]
CASES += [
    {
        # two bodies joined by "and" before the cue: one row each; the halves of one name are not two bodies
        "family": "organisation",
        "text": (
            "Private Kenyan lenders Kask Bank and Nordbank announced on May 16 that they would stop accepting the cards. "
            "The cards are also accepted by Coast Bank.\n\n"
            "The Industry and Trade Ministry said that the plant would open in June.\n"
        ),
        "quotes": [],
        "reported": [
            ("Kask Bank", "they would stop accepting the cards."),
            ("Nordbank", "they would stop accepting the cards."),
        ],
    },
]

# A body named in full, then by its country's adjective, then by its head noun alone: one body throughout.
CASES += [
    {
        "family": "organisation",
        "text": (
            "Kenya's Ministry of Digital Affairs welcomed the agreement on Monday.\n\n"
            "\"The deal opens the market to our firms,\" the Kenyan Ministry said in a statement.\n\n"
            "\"Talks on the next stage will start in autumn,\" the Ministry added.\n"
        ),
        "quotes": [
            ("direct", "Kenya's Ministry of Digital Affairs", "The deal opens the market to our firms,"),
            ("direct", "Kenya's Ministry of Digital Affairs", "Talks on the next stage will start in autumn,"),
        ],
        "reported": [],
    },
]

# ---------------------------------------------------------------- wire copy and official releases
CASES += [
    {
        "family": "wire",
        "text": "Deputy Minister Anton Weller told RIA Novosti the agreement would be signed in May.\n",
        "quotes": [],
        "reported": [("Anton Weller", "the agreement would be signed in May.")],
    },
    {
        "family": "wire",
        "text": "Kenya is ready to sign the roadmap, Maria Ilves told Baltic Wire on Tuesday.\n",
        "quotes": [],
        "reported": [("Maria Ilves", "Kenya is ready to sign the roadmap,")],
    },
    {
        "family": "wire",
        "text": ("Maria Ilves, Kenya's ICT minister, said in an interview with Nairobi Daily that the data centre "
                 "will open next spring.\n"),
        "quotes": [],
        "reported": [("Maria Ilves", "the data centre will open next spring.")],
    },
    {
        "family": "wire",
        "text": "Anton Weller was quoted by Interfax as saying the network was almost finished.\n",
        "quotes": [],
        "reported": [("Anton Weller", "the network was almost finished.")],
    },
    {
        "family": "wire",
        "text": ("The talks ended in Nairobi on Friday. Said Anton Weller, head of the Kenyan ICT Agency: “We will build "
                 "the data centre in Mombasa next year.”\n"),
        "quotes": [("direct", "Anton Weller", "We will build the data centre in Mombasa next year.")],
        "reported": [],
    },
    {
        "family": "wire",
        "text": "As Maria Ilves put it, the market is ready for Kenyan software and Kenyan engineers.\n",
        "quotes": [],
        "reported": [("Maria Ilves", "the market is ready for Kenyan software and")],
    },
    {
        "family": "wire",
        "text": ("Minister Anton Weller opened the forum in Nairobi. The minister's remarks that the market was ready for "
                 "foreign software drew applause.\n"),
        "quotes": [],
        "reported": [("Anton Weller", "the market was ready for foreign software drew")],
    },
    {
        "family": "wire",
        "text": ("Minister of Communications Maria Ilves met the delegation in Nairobi. The minister further said that "
                 "Kenya would like to share its experience in e-government.\n"),
        "quotes": [],
        "reported": [("Maria Ilves", "Kenya would like to share its experience in")],
    },
    {
        "family": "wire",
        "text": ("Minister of Innovation Anton Weller (PhD) received the delegation on Monday. He repeatedly said that "
                 "Kenya needs more data engineers.\n"),
        "quotes": [],
        "reported": [("Anton Weller", "Kenya needs more data engineers.")],
    },
    {
        "family": "wire",
        "text": ("“The data centre is ready,” Anton Weller said. “It will open in May, and the first clients are "
                 "already waiting.”\n"),
        "quotes": [("direct", "Anton Weller", "The data centre is ready,")],
        "reported": [],
    },
    {   # negative: a cue with a noun-phrase object and an infinitive, no clause
        "family": "wire",
        "text": ("Anton Weller told RIA Novosti about the new data centre. Maria Ilves asked the ministry to explain "
                 "how to apply for the grants.\n"),
        "quotes": [],
        "reported": [],
    },
]

# ---------------------------------------------------------------- indirect questions, relative clauses, statements
CASES += [
    {
        "family": "indirect",
        "text": "Anton Weller asked whether the data centre would be ready by May.\n",
        "quotes": [],
        "reported": [("Anton Weller", "the data centre would be ready by May.")],
    },
    {
        "family": "indirect",
        "text": "Opposition deputy Maria Ilves asked the minister why the talks with Oslo had stalled.\n",
        "quotes": [],
        "reported": [("Maria Ilves", "the talks with Oslo had stalled.")],
    },
    {
        "family": "indirect",
        "text": ("When asked by Maria Ilves, a correspondent of Nairobi Daily, whether Kenya has a programme for "
                 "start-ups, Anton Weller said that the government is ready to help them.\n"),
        "quotes": [],
        "reported": [
            ("Maria Ilves", "Kenya has a programme for start-ups,"),
            ("Anton Weller", "the government is ready to help them."),
        ],
    },
    {   # negative: the person asked answers; the asker is not named
        "family": "indirect",
        "text": "Anton Weller was asked whether the data centre would open in May, but he declined to comment.\n",
        "quotes": [],
        "reported": [],
    },
    {
        "family": "indirect",
        "text": ("The 2015 deal, which Anton Weller said was necessary because of cyber threats, expired last year.\n"),
        "quotes": [],
        "reported": [("Anton Weller", "was necessary because of cyber threats,")],
    },
    {
        "family": "indirect",
        "text": ("Kenya and Norway signed a memorandum in 2019, which the head of Kenya's ICT Agency said would help "
                 "both countries fight cybercrime.\n"),
        "quotes": [],
        "reported": [("the head of Kenya's ICT Agency", "would help both countries fight cybercrime.")],
    },
    {
        "family": "indirect",
        "text": ("The Kenyan ICT Ministry told Baltic Wire that cooperation with Norway was growing. According to the "
                 "information, the two sides have already signed a roadmap.\n"),
        "quotes": [],
        "reported": [
            ("The Kenyan ICT Ministry", "cooperation with Norway was growing."),
            ("The Kenyan ICT Ministry", "the two sides have already signed a roadmap."),
        ],
    },
    {
        "family": "indirect",
        "text": ("The press service of the Kenyan ICT Ministry issued a statement on Monday. According to the statement, "
                 "the two sides will open a joint laboratory.\n"),
        "quotes": [],
        "reported": [("The press service of the Kenyan ICT Ministry", "the two sides will open a joint laboratory.")],
    },
    {   # negative: a statement nobody is said to have given, and a report (a document)
        "family": "indirect",
        "text": ("According to the statement, the two sides will open a joint laboratory. According to the report, "
                 "the market grew by a fifth.\n"),
        "quotes": [],
        "reported": [],
    },
    {
        "family": "indirect",
        "text": ("At a meeting of the Kenyan ICT Ministry on Tuesday, it was stressed that the roadmap is ready for "
                 "signing.\n"),
        "quotes": [],
        "reported": [("the Kenyan ICT Ministry", "the roadmap is ready for signing.")],
    },
    {   # negatives: a passive cue with no body, and with two bodies that could be the source
        "family": "indirect",
        "text": ("Anton Weller opened the forum. It was noted that the two sides had agreed on a roadmap.\n\n"
                 "At talks between the Kenyan ICT Ministry and Nordbank, it was noted that the loans would be cheaper.\n"),
        "quotes": [],
        "reported": [],
    },
    {   # a text cut off before the reported clause's verb
        "family": "indirect",
        "text": ("Anton Weller opened the data centre in Mombasa on Friday.\n\n"
                 "Mr Weller said one of the main reasons for Kenya to build it was the cost of forei"),
        "quotes": [],
        "reported": [("Anton Weller", "one of the main reasons for Kenya to")],
    },
    {   # negative: a quotation whose closing mark is lost and that no cue attributes
        "family": "indirect",
        "text": ("Anton Weller opened the data centre in Mombasa on Friday.\n\n"
                 "The centre was built by Nordbank and two local firms.\n\n"
                 "\"The selected engineers will work with local companies to support their customers and partners.\n"),
        "quotes": [("direct", None, "The selected engineers will work with local")],
        "reported": [],
    },
]

# ---------------------------------------------------------------- opinion verbs, asides, tense, speech nouns
CASES += [
    {
        "family": "wire",
        "text": ("Kenyan President Anton Weller has repeatedly stated that Kenya would not join the sanctions. Maria "
                 "Ilves hopes that the market will double by 2030.\n"),
        "quotes": [],
        "reported": [
            ("Anton Weller", "Kenya would not join the sanctions."),
            ("Maria Ilves", "the market will double by 2030."),
        ],
    },
    {
        "family": "wire",
        "text": ("The talks with Oslo were constructive, Maria Ilves, who arrived in Nairobi on Monday, told "
                 "reporters.\n"),
        "quotes": [],
        "reported": [("Maria Ilves", "The talks with Oslo were constructive,")],
    },
    {
        "family": "wire",
        "text": "The roaming fees will be cut in half, according to a statement from the Kenyan ICT Ministry.\n",
        "quotes": [],
        "reported": [("the Kenyan ICT Ministry", "The roaming fees will be cut in half,")],
    },
    {
        "family": "wire",
        "text": ("Anton Weller heads the Kenyan ICT Agency. In his view, the market for cloud services will double by "
                 "2030.\n\nMaria Ilves chairs the board. Her words that the fund was empty surprised the investors.\n"),
        "quotes": [],
        "reported": [
            ("Anton Weller", "the market for cloud services will double by"),
            ("Maria Ilves", "the fund was empty surprised the investors."),
        ],
    },
    {
        "family": "wire",
        "text": "The new data centre, Anton Weller believes, will serve the whole of East Africa.\n",
        "quotes": [],
        "reported": [("Anton Weller", "The new data centre, Anton Weller believes, will serve")],
    },
    {
        "family": "wire",
        "text": ("Maria Ilves considers that the tariffs are too high. Anton Weller told the Kenyan parliament on "
                 "Tuesday that the tariffs would fall.\n"),
        "quotes": [],
        "reported": [
            ("Maria Ilves", "the tariffs are too high."),
            ("Anton Weller", "the tariffs would fall."),
        ],
    },
    {   # negatives: a future cue, a noun phrase after a cue, a set-off clause without its own verb
        "family": "wire",
        "text": ("Anton Weller will say more about the tariffs next week. Maria Ilves promised support to the start-ups. "
                 "The new centre, Anton Weller said, in Mombasa.\n"),
        "quotes": [],
        "reported": [],
    },
]

# A role with a body noun before it ("the bank's chief executive", "the agency head") refers back to its holder.
CASES += [
    {
        "family": "back_reference",
        "text": ("Anton Weller, chief executive of Nordbank, spoke in Nairobi on Monday. The bank's chief executive said "
                 "the office would open in May.\n"),
        "quotes": [],
        "reported": [("Anton Weller", "the office would open in May.")],
    },
    {
        "family": "back_reference",
        "text": ("Nordbank chairman Anton Weller met Kenyan ICT Minister Maria Ilves. \"We will open an office in "
                 "Mombasa,\" the bank chairman said.\n"),
        "quotes": [("direct", "Anton Weller", "We will open an office in Mombasa,")],
        "reported": [],
    },
]

# Bodies: an embassy "in" a country, a relayed source ("citing X"), "the statement said", "X's press release".
CASES += [
    {
        "family": "organisation",
        "text": "The Norwegian Embassy in Kenya said on Friday that the talks had been constructive.\n",
        "quotes": [],
        "reported": [("The Norwegian Embassy in Kenya", "the talks had been constructive.")],
    },
    {
        "family": "organisation",
        "text": "The data centre will open in May, Baltic Wire reported, citing the Kenyan ICT Ministry.\n",
        "quotes": [],
        "reported": [("the Kenyan ICT Ministry", "The data centre will open in May,")],
    },
    {
        "family": "organisation",
        "text": ("Nordbank issued a statement on Monday. The office in Mombasa will open in May, the statement said.\n"),
        "quotes": [],
        "reported": [("Nordbank", "The office in Mombasa will open in May,")],
    },
    {
        "family": "organisation",
        "text": "The roaming fees will fall by a third, according to Nordtel's press release.\n",
        "quotes": [],
        "reported": [("Nordtel", "The roaming fees will fall by a third,")],
    },
    {   # negatives: a relayed source nobody names, a statement nobody is said to have issued
        "family": "organisation",
        "text": ("The data centre will open in May, Baltic Wire reported, citing sources. The office will open in June, "
                 "the statement said.\n"),
        "quotes": [],
        "reported": [],
    },
]

# An outlet reporting a sentence whose own cue takes no clause ("X highlighted the “…,” OUTLET reported"): the quoted
# fragment and the sentence are the outlet's.
CASES += [
    {
        "family": "organisation",
        "text": ("Kenya and Norway held talks in Oslo on Monday.\n\n"
                 "During the talks, Anton Weller highlighted the “depth of the Kenya-Norway relations and the importance "
                 "of joint work,” Baltic Wire reported.\n"),
        "quotes": [("direct", "Baltic Wire", "depth of the Kenya-Norway relations and the importance")],
        "reported": [("Baltic Wire", "During the talks, Anton Weller highlighted the")],
    },
]

# Pronoun and role subjects of the indirect-question, relative-clause and colon frames; "He … says:" after a name.
CASES += [
    {
        "family": "indirect",
        "text": ("Maria Ilves is a deputy of the Kenyan parliament. She asked whether the data centre would be ready by "
                 "May.\n\nKenyan ICT Minister Anton Weller visited Oslo. The minister wondered why the talks had stalled.\n"),
        "quotes": [],
        "reported": [
            ("Maria Ilves", "the data centre would be ready by May."),
            ("Anton Weller", "the talks had stalled."),
        ],
    },
    {
        "family": "indirect",
        "text": "Anton Weller signed the 2015 deal, which he said was necessary because of cyber threats.\n",
        "quotes": [],
        "reported": [("Anton Weller", "was necessary because of cyber threats.")],
    },
    {   # negatives: "asked" with an infinitive or a noun phrase, "how to", and an unnamed group in a relative clause
        "family": "indirect",
        "text": ("Anton Weller asked journalists to wait until Monday. Maria Ilves asked for more time. Anton Weller "
                 "asked how to apply for the grant. The centre, which critics say is too expensive, will open in May.\n"),
        "quotes": [],
        "reported": [],
    },
    {
        "family": "back_reference",
        "text": ("Anton Weller is optimistic about the market. He often says: „We will double our sales in Kenya next "
                 "year.“\n\nMaria Ilves is more careful. She writes on Telegram: ‘The market is still small and "
                 "fragile.’\n"),
        "quotes": [
            ("direct", "Anton Weller", "We will double our sales in Kenya next year."),
            ("direct", "Maria Ilves", "The market is still small and fragile."),
        ],
        "reported": [],
    },
    {
        "family": "wire",
        "text": "According to Nordtel's statement, the roaming fees will fall by a third from May.\n",
        "quotes": [],
        "reported": [("Nordtel", "the roaming fees will fall by a third from")],
    },
]

# Someone speaking for a person ("a spokesman for X", "an aide to X") is not X: the role as written, never X.
CASES += [
    {
        "family": "wire",
        "text": ("A spokesman for Anton Weller said that the talks would resume in May. The budget will be cut, an aide "
                 "to Maria Ilves told reporters.\n"),
        "quotes": [],
        "reported": [
            ("A spokesman for Anton Weller", "the talks would resume in May."),
            ("an aide to Maria Ilves", "The budget will be cut,"),
        ],
    },
]

# A participle set off between the speaker and the cue; a question put to the speaker is not the speaker's.
CASES += [
    {
        "family": "indirect",
        "text": ("Anton Weller, asked whether the deal was ready, said that the talks would continue in May. Maria "
                 "Ilves, when asked about the tariffs, said the roaming fees would fall.\n"),
        "quotes": [],
        "reported": [
            ("Anton Weller", "the talks would continue in May."),
            ("Maria Ilves", "the roaming fees would fall."),
        ],
    },
]

# A quotation credited to whoever issued the statement "according to" names.
CASES += [
    {
        "family": "quote_marks",
        "text": ("“We will open the data centre in Mombasa next May,” according to a statement from Nordbank.\n\n"
                 "According to Nordtel's press release, «the roaming fees will fall by a third from June.»\n"),
        "quotes": [
            ("direct", "Nordbank", "We will open the data centre in Mombasa"),
            ("direct", "Nordtel", "the roaming fees will fall by a third"),
        ],
        "reported": [],
    },
]
