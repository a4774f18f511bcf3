"""A fourth audit of English attribution forms: the shapes of interview and briefing transcripts, quotations split
by their attribution or run over several paragraphs, titles and honorifics, possessive roles, wire and social-media
frames, group and impersonal subjects, headlines and captions, every quotation-mark style, negatives, and cases where
two speakers fit.

Same shape and rules as `speech_forms_en2.py` and `speech_forms_en3.py`: one small document per case; `quotes` are
(kind, speaker, text_start), `reported` are (speaker, text_start); the speaker is the fullest name the text gives
(without Mr, Dr, H.E. or a title), a body, group or role as written when no person is named, "Question" for an
unnamed interviewer, and `None` when two candidates fit. Every person and body is invented; countries and cities
are real.
"""

FORMS = (
    "qa",             # Q:/A:, Q./A., QUESTION:/ANSWER: with the interviewee named in the introduction
    "labels",         # "Name:" turns in capitals, with Mr/Ms, surname only, a named moderator, bold Markdown
    "split",          # “We will,” he said, “sign it.” — one quotation around its attribution
    "paragraphs",     # a quotation over several paragraphs, no closing mark until the last
    "honorifics",     # Mr, Ms, Dr, Prof., H.E., Sheikh, Deputy Minister, Ambassador before a name
    "possessive",     # Russia's digital minister X / the company's founder, X, / X's deputy Y
    "told",           # X told TASS / the newspaper / the agency / speaking to X
    "quoted_as",      # X was quoted (by Y) as saying / was cited as saying
    "posted",         # X wrote on Telegram / on X / posted on X / said in a post / tweeted
    "interview",      # in an interview with X, Y said / Y said in an interview with X
    "spokesperson",   # X's spokesperson Y said / Y, a spokesperson for X, said / press secretary Y
    "who_heads",      # said X, who heads … / X, who is also …, said
    "group",          # the ministry said / officials said / the two sides said / the company said
    "passive",        # impersonal and passive forms without a speaker, and "was told by X that"
    "headline",       # headlines and picture captions
    "marks",          # “ ” ‘ ’ « » „ “ „ ” straight, spaced guillemets
    "negative",       # scare quotes, titles of reports, quoted terms, names of things in quotes
    "abstain",        # two speakers fit: the speaker is left empty
)

CASES = [
    # ------------------------------------------------------------------ Q&A transcripts
    {"form": "qa",
     "text": ("Interview with Henrik Dahl, chief executive of Nordlys Data\n\n"
              "Q. How many data centres will you build this year?\n\n"
              "A. Three, and the largest of them will be in Tromso.\n"),
     "quotes": [("transcript", "Question", "How many data centres will you build"),
                ("transcript", "Henrik Dahl", "Three, and the largest of them will")],
     "reported": []},
    {"form": "qa",
     "text": ("Deputy Minister Priya Raman answered our questions after the forum.\n\n"
              "Q: What is the main result of the forum?\n\n"
              "A: We signed eleven agreements with partners from Asia.\n\n"
              "Q: Which of them matters most?\n\n"
              "A: The one on data centres, because it brings real money.\n"),
     "quotes": [("transcript", "Question", "What is the main result of the"),
                ("transcript", "Priya Raman", "We signed eleven agreements with partners from"),
                ("transcript", "Question", "Which of them matters most?"),
                ("transcript", "Priya Raman", "The one on data centres, because it")],
     "reported": []},
    {"form": "qa",
     "text": ("QUESTION: Will the tariffs rise next year?\n\n"
              "ANSWER: No, the government has frozen them until 2027.\n"),
     "quotes": [("transcript", "Question", "Will the tariffs rise next year?"),
                ("transcript", None, "No, the government has frozen them until")],
     "reported": []},
    {"form": "qa",
     "text": ("Ambassador Amina Diallo spoke to our correspondent about trade.\n\n"
              "Q: How much has trade grown?\n\n"
              "A: By almost a half in two years. Our exporters of software are very active.\n\n"
              "They have opened offices in Moscow and Kazan.\n"),
     "quotes": [("transcript", "Question", "How much has trade grown?"),
                ("transcript", "Amina Diallo", "By almost a half in two years.")],
     "reported": []},
    {"form": "qa",
     "text": ("Jonas Weber, founder of Brightwave, on the market for chips\n\n"
              "Q: Is the shortage over?\n\n"
              "Jonas Weber: Not yet. We expect it to last until the spring.\n"),
     "quotes": [("transcript", "Question", "Is the shortage over?"),
                ("transcript", "Jonas Weber", "Not yet. We expect it to last")],
     "reported": []},
    {"form": "qa",
     "text": ("Q: When will the portal open?\n"
              "A: In March.\n"
              "Q: And the mobile app?\n"
              "A: A month later.\n"),
     "quotes": [("transcript", "Question", "When will the portal open?"),
                ("transcript", None, "In March."),
                ("transcript", "Question", "And the mobile app?"),
                ("transcript", None, "A month later.")],
     "reported": []},

    # ------------------------------------------------------------------ speaker labels
    {"form": "labels",
     "text": ("Press briefing by Foreign Ministry spokeswoman Leila Haddad\n\n"
              "MS HADDAD: Good afternoon. I will start with the visit of the minister to Dakar.\n\n"
              "QUESTION: Will he sign the agreement on data?\n\n"
              "MS HADDAD: Yes, the agreement is ready.\n"),
     "quotes": [("transcript", "Leila Haddad", "Good afternoon. I will start with the"),
                ("transcript", "Question", "Will he sign the agreement on data?"),
                ("transcript", "Leila Haddad", "Yes, the agreement is ready.")],
     "reported": []},
    {"form": "labels",
     "text": ("RAFAEL ORTEGA: We have opened twelve offices in Latin America.\n\n"
              "AMINA DIALLO: And we have opened four in West Africa.\n"),
     "quotes": [("transcript", "Rafael Ortega", "We have opened twelve offices in Latin"),
                ("transcript", "Amina Diallo", "And we have opened four in West")],
     "reported": []},
    {"form": "labels",
     "text": ("**Henrik Dahl:** The cable will reach the islands in June.\n\n"
              "**Priya Raman:** And the second cable?\n\n"
              "**Henrik Dahl:** In the autumn, if the weather allows.\n"),
     "quotes": [("transcript", "Henrik Dahl", "The cable will reach the islands in"),
                ("transcript", "Priya Raman", "And the second cable?"),
                ("transcript", "Henrik Dahl", "In the autumn, if the weather allows.")],
     "reported": []},
    {"form": "labels",
     "text": ("Interview with Rafael Ortega, Minister of Science of Chile\n\n"
              "**Q:** What will the new supercomputer be used for?\n\n"
              "**A:** For climate models and for the mines in the north.\n"),
     "quotes": [("transcript", "Question", "What will the new supercomputer be used"),
                ("transcript", "Rafael Ortega", "For climate models and for the mines")],
     "reported": []},
    {"form": "labels",
     "text": ("The panel was moderated by Leila Haddad.\n\n"
              "Leila Haddad: Mr Ortega, how fast is the market growing?\n\n"
              "Rafael Ortega: By about a fifth every year.\n\n"
              "Haddad: And in Chile?\n\n"
              "Ortega: Faster, thanks to the mines.\n"),
     "quotes": [("transcript", "Leila Haddad", "Mr Ortega, how fast is the market"),
                ("transcript", "Rafael Ortega", "By about a fifth every year."),
                ("transcript", "Leila Haddad", "And in Chile?"),
                ("transcript", "Rafael Ortega", "Faster, thanks to the mines.")],
     "reported": []},
    {"form": "labels",
     "text": ("Moderator Jonas Weber: Let us start with artificial intelligence.\n\n"
              "Deputy Minister Arkady Belov: Gladly. We adopted a national strategy last year.\n"),
     "quotes": [("transcript", "Jonas Weber", "Let us start with artificial intelligence."),
                ("transcript", "Arkady Belov", "Gladly. We adopted a national strategy last")],
     "reported": []},
    {"form": "labels",
     "text": ("Remarks by President Rafael Ortega and Prime Minister Amina Diallo\n\n"
              "PRESIDENT ORTEGA: Thank you all for coming. Today we signed six agreements.\n\n"
              "PRIME MINISTER DIALLO: Thank you, Mr President. It is a historic day.\n"),
     "quotes": [("transcript", "Rafael Ortega", "Thank you all for coming. Today we"),
                ("transcript", "Amina Diallo", "Thank you, Mr President. It is a")],
     "reported": []},
    {"form": "labels",
     "text": ("Henrik Dahl showed Priya Raman the new hall.\n\n"
              "Mr Dahl: The first servers arrived yesterday.\n\n"
              "Ms Raman: How many of them?\n\n"
              "Mr Dahl: Two hundred.\n"),
     "quotes": [("transcript", "Henrik Dahl", "The first servers arrived yesterday."),
                ("transcript", "Priya Raman", "How many of them?"),
                ("transcript", "Henrik Dahl", "Two hundred.")],
     "reported": []},

    # ------------------------------------------------------------------ split quotations
    {"form": "split",
     "text": "“We will,” Henrik Dahl said, “sign it before the end of May.”\n",
     "quotes": [("direct", "Henrik Dahl", "We will,")], "reported": []},
    {"form": "split",
     "text": "“The talks,” said Leila Haddad, “were difficult but honest.”\n",
     "quotes": [("direct", "Leila Haddad", "The talks,")], "reported": []},
    {"form": "split",
     "text": ("Minister Arkady Belov visited the plant. ‘The market,’ the minister said, ‘is open to anyone who "
              "builds here.’\n"),
     "quotes": [("direct", "Arkady Belov", "The market,")], "reported": []},
    {"form": "split",
     "text": ("Amina Diallo chaired the session. \"We are ready,\" she added, \"and so are our partners in "
              "Dakar.\"\n"),
     "quotes": [("direct", "Amina Diallo", "We are ready,")], "reported": []},
    {"form": "split",
     "text": ("“If the banks agree,” Rafael Ortega, the head of the central bank, told reporters, “the new cards will "
              "work from June.”\n"),
     "quotes": [("direct", "Rafael Ortega", "If the banks agree,")], "reported": []},
    {"form": "split",
     "text": ("Jonas Weber opened the new office in Berlin. “The first stage is complete,” he said. “The second will "
              "start in the spring.”\n"),
     "quotes": [("direct", "Jonas Weber", "The first stage is complete,")], "reported": []},
    {"form": "split",
     "text": "«The chips», Priya Raman said, «will be made in India from next year.»\n",
     "quotes": [("direct", "Priya Raman", "The chips")], "reported": []},

    # ------------------------------------------------------------------ quotations over several paragraphs
    {"form": "paragraphs",
     "text": ("Henrik Dahl described the plan at the forum:\n\n"
              "“First, we will lay the cable to the islands.\n\n"
              "“Second, we will build a data centre on each of them.\n\n"
              "“Third, we will train local engineers to run them.”\n"),
     "quotes": [("direct", "Henrik Dahl", "First, we will lay the cable to")], "reported": []},
    {"form": "paragraphs",
     "text": ("“Our region has land, water and cheap power,” Governor Rafael Ortega said.\n\n"
              "“What it lacks is engineers. That is why we are opening a university.\n\n"
              "“The first students will arrive in September.”\n"),
     "quotes": [("direct", "Rafael Ortega", "Our region has land, water and cheap"),
                ("direct", "Rafael Ortega", "What it lacks is engineers. That is")], "reported": []},
    {"form": "paragraphs",
     "text": ("Leila Haddad read out the statement:\n\n"
              "\"The two countries have agreed to exchange data on cyber attacks.\n\n"
              "\"Experts will meet twice a year, in Rabat and in Moscow.\"\n"),
     "quotes": [("direct", "Leila Haddad", "The two countries have agreed to exchange")], "reported": []},
    {"form": "paragraphs",
     "text": ("“We did not expect so many visitors,” said Amina Diallo, the director of the fair.\n\n"
              "“Next year we will need a bigger hall.”\n\n"
              "The fair closed on Sunday.\n"),
     "quotes": [("direct", "Amina Diallo", "We did not expect so many visitors,"),
                ("direct", "Amina Diallo", "Next year we will need a bigger hall.")], "reported": []},

    # ------------------------------------------------------------------ titles and honorifics
    {"form": "honorifics",
     "text": "“The fund is open to every partner,” said Dr Amina Diallo, the director of the fund.\n",
     "quotes": [("direct", "Amina Diallo", "The fund is open to every partner,")], "reported": []},
    {"form": "honorifics",
     "text": ("H.E. Amina Diallo, Ambassador of Senegal to Russia, said that the two countries would open a "
              "joint IT centre.\n"),
     "quotes": [], "reported": [("Amina Diallo", "the two countries would open a joint IT")]},
    {"form": "honorifics",
     "text": ("Sheikh Saeed bin Rashid Al Mansoori said the emirate would invest in Russian start-ups.\n"),
     "quotes": [], "reported": [("Saeed bin Rashid Al Mansoori", "the emirate would invest in Russian start-ups.")]},
    {"form": "honorifics",
     "text": "“Science needs open data,” Prof. Jonas Weber told the conference.\n",
     "quotes": [("direct", "Jonas Weber", "Science needs open data,")], "reported": []},
    {"form": "honorifics",
     "text": ("Henrik Dahl arrived in Murmansk on Monday. Mr Dahl said the port would get its own data "
              "centre.\n"),
     "quotes": [], "reported": [("Henrik Dahl", "the port would get its own data centre.")]},
    {"form": "honorifics",
     "text": ("Priya Raman chaired the meeting. “We need more engineers,” Ms Raman said.\n"),
     "quotes": [("direct", "Priya Raman", "We need more engineers,")], "reported": []},
    {"form": "honorifics",
     "text": ("Deputy Minister of Digital Development Arkady Belov told the forum that the tender would be "
              "announced in May.\n"),
     "quotes": [], "reported": [("Arkady Belov", "the tender would be announced in May.")]},
    {"form": "honorifics",
     "text": ("Dr. Leila Haddad, who chairs the council, noted that the rules had been agreed.\n"),
     "quotes": [], "reported": [("Leila Haddad", "the rules had been agreed.")]},
    {"form": "honorifics",
     "text": ("Ambassador Rafael Ortega met the governor on Friday. The ambassador said that a consulate would open "
              "in Kazan.\n"),
     "quotes": [], "reported": [("Rafael Ortega", "a consulate would open in Kazan.")]},

    # ------------------------------------------------------------------ possessive roles
    {"form": "possessive",
     "text": "Russia's digital minister Arkady Belov said the state would buy only domestic software.\n",
     "quotes": [], "reported": [("Arkady Belov", "the state would buy only domestic software.")]},
    {"form": "possessive",
     "text": ("“We will not slow down,” Senegal's Ambassador to Russia, Amina Diallo, said.\n"),
     "quotes": [("direct", "Amina Diallo", "We will not slow down,")], "reported": []},
    {"form": "possessive",
     "text": ("The company's founder, Jonas Weber, said that Brightwave would list its shares in Dubai.\n"),
     "quotes": [], "reported": [("Jonas Weber", "Brightwave would list its shares in Dubai.")]},
    {"form": "possessive",
     "text": ("Arkady Belov's deputy, Priya Raman, told reporters the budget would not be cut.\n"),
     "quotes": [], "reported": [("Priya Raman", "the budget would not be cut.")]},
    {"form": "possessive",
     "text": ("India's IT minister Priya Raman visited Moscow. The Indian minister said the two countries would "
              "train engineers together.\n"),
     "quotes": [], "reported": [("Priya Raman", "the two countries would train engineers together.")]},
    {"form": "possessive",
     "text": "“The cable is safe,” Chile's science minister Rafael Ortega told reporters.\n",
     "quotes": [("direct", "Rafael Ortega", "The cable is safe,")], "reported": []},
    {"form": "possessive",
     "text": ("The bank's chief economist, Leila Haddad, warned that inflation would rise.\n"),
     "quotes": [], "reported": [("Leila Haddad", "inflation would rise.")]},

    # ------------------------------------------------------------------ told an outlet or the press
    {"form": "told",
     "text": "Arkady Belov told TASS that the first satellites would be launched in 2026.\n",
     "quotes": [], "reported": [("Arkady Belov", "the first satellites would be launched in 2026.")]},
    {"form": "told",
     "text": "“We are open to any partner,” Amina Diallo told the newspaper.\n",
     "quotes": [("direct", "Amina Diallo", "We are open to any partner,")], "reported": []},
    {"form": "told",
     "text": "Speaking to TASS, Henrik Dahl said the port would double its capacity.\n",
     "quotes": [], "reported": [("Henrik Dahl", "the port would double its capacity.")]},
    {"form": "told",
     "text": "The deal is almost ready, Rafael Ortega told the agency on Thursday.\n",
     "quotes": [], "reported": [("Rafael Ortega", "The deal is almost ready,")]},
    {"form": "told",
     "text": ("Priya Raman spoke at the summit in Delhi. She told the agency that India would host the next "
              "round.\n"),
     "quotes": [], "reported": [("Priya Raman", "India would host the next round.")]},
    {"form": "told",
     "text": "Jonas Weber told the forum about the new chips and thanked the organisers.\n",
     "quotes": [], "reported": []},
    {"form": "told",
     "text": "“Prices will fall,” Leila Haddad told RT Arabic on the sidelines of the forum.\n",
     "quotes": [("direct", "Leila Haddad", "Prices will fall,")], "reported": []},

    # ------------------------------------------------------------------ quoted as saying
    {"form": "quoted_as",
     "text": "Henrik Dahl was quoted by the newspaper as saying that the cable had been damaged.\n",
     "quotes": [], "reported": [("Henrik Dahl", "the cable had been damaged.")]},
    {"form": "quoted_as",
     "text": "Amina Diallo was cited by RIA Novosti as saying the talks would resume in June.\n",
     "quotes": [], "reported": [("Amina Diallo", "the talks would resume in June.")]},
    {"form": "quoted_as",
     "text": ("Minister Rafael Ortega visited the mine. The minister was quoted as saying that the new line would "
              "open in May.\n"),
     "quotes": [], "reported": [("Rafael Ortega", "the new line would open in May.")]},
    {"form": "quoted_as",
     "text": "“The market is ready,” Priya Raman was quoted as saying.\n",
     "quotes": [("direct", "Priya Raman", "The market is ready,")], "reported": []},

    # ------------------------------------------------------------------ social media and posts
    {"form": "posted",
     "text": "Arkady Belov wrote on Telegram that the outage had been fixed.\n",
     "quotes": [], "reported": [("Arkady Belov", "the outage had been fixed.")]},
    {"form": "posted",
     "text": "“The service is back,” Arkady Belov wrote on Telegram.\n",
     "quotes": [("direct", "Arkady Belov", "The service is back,")], "reported": []},
    {"form": "posted",
     "text": "Leila Haddad wrote on X that the embassy would reopen on Monday.\n",
     "quotes": [], "reported": [("Leila Haddad", "the embassy would reopen on Monday.")]},
    {"form": "posted",
     "text": ("“We stand with our partners,” Amina Diallo posted on X, formerly Twitter.\n"),
     "quotes": [("direct", "Amina Diallo", "We stand with our partners,")], "reported": []},
    {"form": "posted",
     "text": "Jonas Weber said in a LinkedIn post that Brightwave would hire 200 engineers.\n",
     "quotes": [], "reported": [("Jonas Weber", "Brightwave would hire 200 engineers.")]},
    {"form": "posted",
     "text": "“The launch went well,” Henrik Dahl tweeted.\n",
     "quotes": [("direct", "Henrik Dahl", "The launch went well,")], "reported": []},
    {"form": "posted",
     "text": "Priya Raman wrote a post on Telegram about the new portal.\n",
     "quotes": [], "reported": []},

    # ------------------------------------------------------------------ interviews
    {"form": "interview",
     "text": ("In an interview with the newspaper, Rafael Ortega said that Chile would build a second "
              "observatory.\n"),
     "quotes": [], "reported": [("Rafael Ortega", "Chile would build a second observatory.")]},
    {"form": "interview",
     "text": ("Amina Diallo said in an interview with RT that trade with Russia had tripled.\n"),
     "quotes": [], "reported": [("Amina Diallo", "trade with Russia had tripled.")]},
    {"form": "interview",
     "text": "“We are not afraid of sanctions,” Arkady Belov said in an interview with Izvestia.\n",
     "quotes": [("direct", "Arkady Belov", "We are not afraid of sanctions,")], "reported": []},
    {"form": "interview",
     "text": ("In an interview published on Sunday, Leila Haddad told the magazine that the rules would be "
              "eased.\n"),
     "quotes": [], "reported": [("Leila Haddad", "the rules would be eased.")]},
    {"form": "interview",
     "text": "Jonas Weber gave an interview to the newspaper about his company's plans.\n",
     "quotes": [], "reported": []},

    # ------------------------------------------------------------------ spokespersons
    {"form": "spokesperson",
     "text": ("Arkady Belov's spokesperson Leila Haddad said the minister would not attend the forum.\n"),
     "quotes": [], "reported": [("Leila Haddad", "the minister would not attend the forum.")]},
    {"form": "spokesperson",
     "text": ("“No decision has been made,” said Jonas Weber, a spokesperson for the ministry.\n"),
     "quotes": [("direct", "Jonas Weber", "No decision has been made,")], "reported": []},
    {"form": "spokesperson",
     "text": ("Kremlin press secretary Henrik Dahl told reporters that the president had no plans to travel.\n"),
     "quotes": [], "reported": [("Henrik Dahl", "the president had no plans to travel.")]},
    {"form": "spokesperson",
     "text": ("Foreign Ministry spokeswoman Leila Haddad said at a briefing that Moscow would respond.\n"),
     "quotes": [], "reported": [("Leila Haddad", "Moscow would respond.")]},
    {"form": "spokesperson",
     "text": ("The company's spokesperson, Priya Raman, said the servers had not been damaged.\n"),
     "quotes": [], "reported": [("Priya Raman", "the servers had not been damaged.")]},
    {"form": "spokesperson",
     "text": ("A spokesperson for the ministry said that the tender had been cancelled.\n"),
     "quotes": [], "reported": [("A spokesperson for the ministry", "the tender had been cancelled.")]},

    # ------------------------------------------------------------------ said X, who heads …
    {"form": "who_heads",
     "text": "“The region needs its own cloud,” said Rafael Ortega, who heads the regional IT agency.\n",
     "quotes": [("direct", "Rafael Ortega", "The region needs its own cloud,")], "reported": []},
    {"form": "who_heads",
     "text": ("The cable will be ready in May, said Amina Diallo, who has led the project since 2019.\n"),
     "quotes": [], "reported": [("Amina Diallo", "The cable will be ready in May,")]},
    {"form": "who_heads",
     "text": ("Henrik Dahl, who is also the chairman of the port authority, said the terminal would open in "
              "June.\n"),
     "quotes": [], "reported": [("Henrik Dahl", "the terminal would open in June.")]},
    {"form": "who_heads",
     "text": ("Priya Raman, who met Arkady Belov in Delhi, said that India wanted Russian satellites.\n"),
     "quotes": [], "reported": [("Priya Raman", "India wanted Russian satellites.")]},

    # ------------------------------------------------------------------ group and body speakers
    {"form": "group",
     "text": "The ministry said on Monday that the portal had been restored.\n",
     "quotes": [], "reported": [("The ministry", "the portal had been restored.")]},
    {"form": "group",
     "text": "Officials said the new rules would take effect in January.\n",  # unnamed, as "sources" are
     "quotes": [], "reported": []},
    {"form": "group",
     "text": "The two sides said they would meet again in the autumn.\n",
     "quotes": [], "reported": [("The two sides", "they would meet again in the autumn.")]},
    {"form": "group",
     "text": "“We take the security of our users seriously,” the company said.\n",
     "quotes": [("direct", "the company", "We take the security of our users")], "reported": []},
    {"form": "group",
     "text": "The regulator said in a statement that the licence had been suspended.\n",
     "quotes": [], "reported": [("The regulator", "the licence had been suspended.")]},
    {"form": "group",
     "text": "The fines will double from May, the central bank said.\n",
     "quotes": [], "reported": [("the central bank", "The fines will double from May,")]},
    {"form": "group",
     "text": "Sources said the deal would be signed in May.\n",
     "quotes": [], "reported": []},

    # ------------------------------------------------------------------ passive and impersonal forms
    {"form": "passive",
     "text": "It was said at the meeting that the tender would be repeated.\n",
     "quotes": [], "reported": []},
    {"form": "passive",
     "text": "It is expected that the network will cover the whole region by 2027.\n",
     "quotes": [], "reported": []},
    {"form": "passive",
     "text": "Arkady Belov was told that the servers had been delivered.\n",
     "quotes": [], "reported": []},
    {"form": "passive",
     "text": "The plan is said to cost two billion dollars.\n",
     "quotes": [], "reported": []},
    {"form": "passive",
     "text": "It has been reported that the factory will close in June.\n",
     "quotes": [], "reported": []},
    {"form": "passive",
     "text": ("The delegation was told by Deputy Minister Arkady Belov that the licences would be issued in "
              "May.\n"),
     "quotes": [], "reported": [("Arkady Belov", "the licences would be issued in May.")]},
    {"form": "passive",
     "text": "The agreement was signed by Amina Diallo and Rafael Ortega on Friday.\n",
     "quotes": [], "reported": []},
    {"form": "passive",
     "text": "Henrik Dahl was informed that the cable had been cut.\n",
     "quotes": [], "reported": []},

    # ------------------------------------------------------------------ headlines and captions
    {"form": "headline",
     "text": ("Photo: Arkady Belov speaks at the forum in Kazan\n\n"
              "The forum brought together two thousand engineers.\n"),
     "quotes": [], "reported": []},
    {"form": "headline",
     "text": ("Amina Diallo (left) and Rafael Ortega at the signing ceremony. Photo: press service\n"),
     "quotes": [], "reported": []},
    {"form": "headline",
     "text": ("Belov: domestic software will replace imports by 2027\n\n"
              "Minister Arkady Belov said on Tuesday that domestic software would replace imports by 2027.\n"),
     "quotes": [], "reported": [("Arkady Belov", "domestic software will replace imports by 2027"),
                                ("Arkady Belov", "domestic software would replace imports by 2027.")]},
    {"form": "headline",
     "text": ("India to build chips with Russia, Raman says\n\n"
              "India will build chips with Russia, Minister Priya Raman said on Monday.\n"),
     "quotes": [], "reported": [("Priya Raman", "India to build chips with Russia,"),
                                ("Priya Raman", "India will build chips with Russia,")]},
    {"form": "headline",
     "text": ("WATCH: Henrik Dahl on the future of Arctic data centres\n\n"
              "The port opened its first data centre last year.\n"),
     "quotes": [], "reported": []},
    {"form": "headline",
     "text": ("Caption: Leila Haddad answers questions from journalists\n\n"
              "“The embassy is open,” Leila Haddad said.\n"),
     "quotes": [("direct", "Leila Haddad", "The embassy is open,")], "reported": []},

    # ------------------------------------------------------------------ quotation marks
    {"form": "marks",
     "text": "„We are ready to sign”, said Jonas Weber.\n",
     "quotes": [("direct", "Jonas Weber", "We are ready to sign")], "reported": []},
    {"form": "marks",
     "text": "« We are ready to sign », Amina Diallo said.\n",
     "quotes": [("direct", "Amina Diallo", "We are ready to sign")], "reported": []},
    {"form": "marks",
     "text": "Henrik Dahl said: ‘We can't wait for the spring.’\n",
     "quotes": [("direct", "Henrik Dahl", "We can't wait for the spring.")], "reported": []},
    {"form": "marks",
     "text": "\"The company's servers weren't touched,\" Priya Raman told reporters.\n",
     "quotes": [("direct", "Priya Raman", "The company's servers weren't touched,")], "reported": []},
    {"form": "marks",
     "text": "Rafael Ortega said: “We need a ‘digital bridge’ between our continents.”\n",
     "quotes": [("direct", "Rafael Ortega", "We need a ‘digital bridge’ between our continents.")],
     "reported": []},
    {"form": "marks",
     "text": "Leila Haddad said: „Our embassy will stay open.“\n",
     "quotes": [("direct", "Leila Haddad", "Our embassy will stay open.")], "reported": []},

    # ------------------------------------------------------------------ negatives
    {"form": "negative",
     "text": "The ministry published a report titled “Russia's Digital Future 2030” on Monday.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "The so-called ‘sovereign cloud’ will host all government data.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "The word “sovereignty” appears eleven times in the new strategy.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "Henrik Dahl presented the “Arctic Data Valley” project to investors in Tromso.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "The company «Brightwave» signed a contract with the port of Murmansk.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "Amina Diallo visited the \"Digital Africa\" exhibition in Dakar on Friday.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "Arkady Belov's speech at the forum was titled „The New Economy“.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "The “Made in Russia” label will appear on domestic laptops.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "Rafael Ortega thanked the engineers for their work and visited the control room.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "Priya Raman called for closer ties between the two countries' universities.\n",
     "quotes": [], "reported": []},

    # ------------------------------------------------------------------ two speakers fit
    {"form": "abstain",
     "text": ("Henrik Dahl and Jonas Weber signed the contract. “We waited a long time for this,” he said, “but "
              "it was worth it.”\n"),
     "quotes": [("direct", None, "We waited a long time for this,")], "reported": []},
    {"form": "abstain",
     "text": ("Minister Arkady Belov met Minister Rafael Ortega in Moscow. The minister said that the talks had been "
              "useful.\n"),
     "quotes": [], "reported": [(None, "the talks had been useful.")]},
    {"form": "abstain",
     "text": ("Amina Diallo met Leila Haddad in Dakar. She told reporters that the embassy would open a trade "
              "office.\n"),
     "quotes": [], "reported": [(None, "the embassy would open a trade office.")]},
    {"form": "abstain",
     "text": ("Henrik Dahl and his brother Erik Dahl run the company. “We will not sell it,” Mr Dahl said.\n"),
     "quotes": [("direct", None, "We will not sell it,")], "reported": []},

    # ------------------------------------------------------------------ more variants of every form
    {"form": "qa",
     "text": ("Q: Do you plan to open an office in Moscow?\n\n"
              "Henrik Dahl: We are thinking about it.\n"),
     "quotes": [("transcript", "Question", "Do you plan to open an office"),
                ("transcript", "Henrik Dahl", "We are thinking about it.")],
     "reported": []},
    {"form": "labels",
     "text": ("The minister answered questions from members of parliament.\n\n"
              "DEPUTY MINISTER ARKADY BELOV: The law will be amended in the spring session.\n"),
     "quotes": [("transcript", "Arkady Belov", "The law will be amended in the")],
     "reported": []},
    {"form": "split",
     "text": ("“Nobody,” Rafael Ortega stressed, “will lose a job because of the robots.”\n"),
     "quotes": [("direct", "Rafael Ortega", "Nobody,")], "reported": []},
    {"form": "split",
     "text": ("Leila Haddad answered the question. “Not this year,” she said. “Perhaps in the next one.”\n"),
     "quotes": [("direct", "Leila Haddad", "Not this year,")], "reported": []},
    {"form": "paragraphs",
     "text": ("The minister, Arkady Belov, was frank.\n\n"
              "“We were late with the satellites.\n\n"
              "“We have learned from it,” he said.\n"),
     "quotes": [("direct", "Arkady Belov", "We were late with the satellites.")], "reported": []},
    {"form": "honorifics",
     "text": ("“The embassy will help every student,” H.E. Amina Diallo told the guests.\n"),
     "quotes": [("direct", "Amina Diallo", "The embassy will help every student,")], "reported": []},
    {"form": "honorifics",
     "text": ("Sheikh Saeed bin Rashid Al Mansoori visited Kazan. The sheikh said that the fund was ready to "
              "invest.\n"),
     "quotes": [], "reported": [("Saeed bin Rashid Al Mansoori", "the fund was ready to invest.")]},
    {"form": "possessive",
     "text": ("Senegal's digital economy minister Amina Diallo said that Dakar would host the forum.\n"),
     "quotes": [], "reported": [("Amina Diallo", "Dakar would host the forum.")]},
    {"form": "told",
     "text": "Rafael Ortega told the newspaper in an interview that the mine would be automated.\n",
     "quotes": [], "reported": [("Rafael Ortega", "the mine would be automated.")]},
    {"form": "quoted_as",
     "text": "Jonas Weber was quoted by the agency as saying: “We will be back.”\n",
     "quotes": [("direct", "Jonas Weber", "We will be back.")], "reported": []},
    {"form": "posted",
     "text": "Amina Diallo said in a post on Telegram that the visa rules would be eased.\n",
     "quotes": [], "reported": [("Amina Diallo", "the visa rules would be eased.")]},
    {"form": "interview",
     "text": "In an interview with TASS, Henrik Dahl said: “The Arctic is our future.”\n",
     "quotes": [("direct", "Henrik Dahl", "The Arctic is our future.")], "reported": []},
    {"form": "spokesperson",
     "text": ("“The minister is in good health,” his spokesperson Leila Haddad said.\n"),
     "quotes": [("direct", "Leila Haddad", "The minister is in good health,")], "reported": []},
    {"form": "who_heads",
     "text": ("Jonas Weber, who founded Brightwave in 2015, told reporters that the company would open an office "
              "in Dubai.\n"),
     "quotes": [], "reported": [("Jonas Weber", "the company would open an office in Dubai.")]},
    {"form": "group",
     "text": "The embassy said on Friday that the consulate would reopen.\n",
     "quotes": [], "reported": [("The embassy", "the consulate would reopen.")]},
    {"form": "passive",
     "text": "It was announced that the company would move its office to Kazan.\n",
     "quotes": [], "reported": []},
    {"form": "headline",
     "text": ("Diallo: trade with Russia has tripled\n\n"
              "Ambassador Amina Diallo said that trade with Russia had tripled in two years.\n"),
     "quotes": [], "reported": [("Amina Diallo", "trade with Russia has tripled"),
                                ("Amina Diallo", "trade with Russia had tripled in two years.")]},
    {"form": "marks",
     "text": "'Our engineers are the best,' said Priya Raman.\n",
     "quotes": [("direct", "Priya Raman", "Our engineers are the best,")], "reported": []},
    {"form": "negative",
     "text": "The new rules, dubbed the “digital border”, take effect in May.\n",
     "quotes": [], "reported": []},
    {"form": "abstain",
     "text": ("Priya Raman and Leila Haddad opened the fair. “Welcome,” she said, “to the biggest fair in "
              "Asia.”\n"),
     "quotes": [("direct", None, "Welcome,")], "reported": []},
    # ------------------------------------------------------------------ variants and negatives of the rules added for this audit
    {"form": "qa",
     "text": ("Deputy Minister A. Ivanov answered questions from readers.\n\n"
              "Q. Will the program cost more?\n\n"
              "A. No, the budget stays the same.\n"),
     "quotes": [("transcript", "Question", "Will the program cost more?"),
                ("transcript", "A. Ivanov", "No, the budget stays the same.")],
     "reported": []},
    {"form": "labels",
     "text": ("**Moderator:** Welcome to the panel.\n\n"
              "**Jonas Weber:** Thank you for inviting me.\n"),
     "quotes": [("transcript", "Moderator", "Welcome to the panel."),
                ("transcript", "Jonas Weber", "Thank you for inviting me.")],
     "reported": []},
    {"form": "labels",
     "text": ("BREAKING NEWS: Russia and India sign a data pact\n\n"
              "The two countries signed the pact in Delhi on Monday.\n"),
     "quotes": [], "reported": []},
    {"form": "posted",
     "text": "Brightwave posted a loss of $2 million in the first quarter.\n",
     "quotes": [], "reported": []},
    {"form": "posted",
     "text": "The minister posted a photo of the new data centre on Telegram.\n",
     "quotes": [], "reported": []},
    {"form": "told",
     "text": "Amina Diallo told the agency about her plans for the embassy.\n",
     "quotes": [], "reported": []},
    {"form": "honorifics",
     "text": "H.E. Ambassador Amina Diallo said that the embassy would open a visa centre.\n",
     "quotes": [], "reported": [("Amina Diallo", "the embassy would open a visa centre.")]},
    {"form": "passive",
     "text": "Investors were assured by the ministry that the rules would not change.\n",
     "quotes": [], "reported": [("the ministry", "the rules would not change.")]},
    {"form": "passive",
     "text": "The guests were told by the organisers about the programme of the forum.\n",
     "quotes": [], "reported": []},
    {"form": "paragraphs",
     "text": ("Minister Henrik Dahl was blunt:\n\n"
              "“We were late with the cable. We will not be late again.”\n"),
     "quotes": [("direct", "Henrik Dahl", "We were late with the cable.")], "reported": []},
    {"form": "negative",
     "text": ("Arkady Belov signed two decrees:\n\n"
              "“On the digital economy” and “On data”.\n"),
     "quotes": [], "reported": []},
]
