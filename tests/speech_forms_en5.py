"""A fifth audit of English attribution forms: the longer frames of real wire copy, press-conference write-ups and
government transcripts that the first four audits left out — quotations run over three or more paragraphs with the
attribution at the end or in the middle, quotations introduced by a colon after a full sentence, pronoun and role
chains across paragraphs (with a second person of the same or the other gender), long appositions, attributions in
parentheses and stage directions, statements of bodies, "X's office", Telegram posts, "adding/noting that", "went
on to say", headlines and standfirsts with quotation marks, British single marks with nested double ones,
guillemets and reversed guillemets, dash interviews, named questioners, and negatives (titles, slogans, scare and
sarcasm quotes, "is said to", documents).

Same shape and rules as `speech_forms_en4.py`: one small document per case; `quotes` are (kind, speaker,
text_start), `reported` are (speaker, text_start); the speaker is the fullest name the text gives, a body, group
or role as written when no person is named, "Question" for an unnamed questioner, and `None` when two candidates
fit. Every person, body and outlet is invented; countries and cities are real.
"""

FORMS = (
    "paragraphs",     # a quotation over several paragraphs: attribution first, last, or in the middle
    "colon",          # a full sentence naming the speaker, then a colon and the quotation
    "pronoun_chain",  # he/she several sentences or paragraphs after the name; a second person of either gender
    "role_back",      # the minister / the official / the spokeswoman / the chairman back to the named person
    "apposition",     # long appositions and relative clauses between the name and the cue
    "parenthesis",    # attribution inside parentheses, stage directions in transcripts
    "statement",      # according to a statement from X / X's statement read / in its statement, X said
    "office",         # X's office said / the president's office said
    "telegram",       # X wrote in a Telegram post / on his Telegram channel / writing on Telegram
    "adding",         # X insisted, adding that / noting that / went on to say / continued
    "in_words",       # in the words of X, "…" / to quote X / as X likes to say, "…"
    "headline",       # headlines and standfirsts: X: '…' / '…' — X / X says … "…"
    "british",        # British single quotation marks with nested double ones and apostrophes
    "guillemets",     # «…» with nested “…”, reversed »…«, straight marks over paragraphs
    "dash",           # dash interviews introduced by a sentence naming the interviewee
    "questioner",     # Q&A with the questioner's name or outlet, White House style labels
    "wire",           # wire-copy frames: said by phone, said, noting that …, age and job after the name
    "negative",       # titles, slogans, scare and sarcasm quotes, "is said to", documents, nicknames
    "abstain",        # two speakers fit: the speaker is left empty
)

CASES = [
    # ------------------------------------------------------------------ quotations over several paragraphs
    {"form": "paragraphs",
     "text": ("Karin Lindgren, the head of the agency, told the conference:\n\n"
              "‘We have three tasks this year.\n\n"
              "‘The first is to connect every school.\n\n"
              "‘The second is to train the teachers who will use the network.’\n"),
     "quotes": [("direct", "Karin Lindgren", "We have three tasks this year.")], "reported": []},
    {"form": "paragraphs",
     "text": ("“We started with four engineers in a rented flat.\n\n"
              "“Today we have offices in six countries.\n\n"
              "“Next year we will open one in Jakarta,” Viktor Hale said.\n"),
     "quotes": [("direct", "Viktor Hale", "We started with four engineers in a rented")], "reported": []},
    {"form": "paragraphs",
     "text": ("Esther Mwangi was cautious.\n\n"
              "“The market is young,” she said. “It will take years to grow.\n\n"
              "“But the direction is right, and the investors know it.”\n"),
     "quotes": [("direct", "Esther Mwangi", "The market is young,")], "reported": []},
    {"form": "paragraphs",
     "text": ("Oleg Sorokin spoke for twenty minutes.\n\n"
              "\"Our first priority is the network in the villages.\n\n"
              "\"The second is the training of engineers.\n\n"
              "\"The third is security,\" he said.\n"),
     "quotes": [("direct", "Oleg Sorokin", "Our first priority is the network in the")], "reported": []},
    {"form": "paragraphs",
     "text": ("“We are ready,” Viktor Hale said.\n\n"
              "The company employs three hundred people in Tula.\n\n"
              "“We will double that by the end of next year,” he added.\n"),
     "quotes": [("direct", "Viktor Hale", "We are ready,"),
                ("direct", "Viktor Hale", "We will double that by the end of")], "reported": []},
    {"form": "paragraphs",
     "text": ("Nadia Rahimi read the government's reply:\n\n"
              "«The republic has no plans to leave the agreement.\n\n"
              "«Our partners have been informed.»\n"),
     "quotes": [("direct", "Nadia Rahimi", "The republic has no plans to leave the")], "reported": []},
    {"form": "paragraphs",
     "text": ("In his speech Lucas Ferreira recalled the early years.\n\n"
              "“In 2010 nobody believed in us. The banks refused to lend.\n\n"
              "“We borrowed from our families. Today the banks call us,” he said, smiling.\n"),
     "quotes": [("direct", "Lucas Ferreira", "In 2010 nobody believed in us.")], "reported": []},
    {"form": "paragraphs",
     "text": ("“The first phase cost us two billion roubles,” Irina Volkova told reporters. “The second will cost "
              "less.\n\n"
              "“We have learned a great deal.”\n"),
     "quotes": [("direct", "Irina Volkova", "The first phase cost us two billion roubles,")], "reported": []},

    # ------------------------------------------------------------------ colon after a full sentence
    {"form": "colon",
     "text": "Oleg Sorokin was blunt about the delays: “The contractors failed us.”\n",
     "quotes": [("direct", "Oleg Sorokin", "The contractors failed us.")], "reported": []},
    {"form": "colon",
     "text": ("Minister Irina Volkova opened the forum in Kazan. She had a message for foreign investors: “Come "
              "now, the rules will not change.”\n"),
     "quotes": [("direct", "Irina Volkova", "Come now, the rules will not change.")], "reported": []},
    {"form": "colon",
     "text": "Marta Kowalczyk summed up the year in one sentence: ‘It was hard, but we grew.’\n",
     "quotes": [("direct", "Marta Kowalczyk", "It was hard, but we grew.")], "reported": []},
    {"form": "colon",
     "text": "Daniel Osei put it simply: \"No data, no economy.\"\n",
     "quotes": [("direct", "Daniel Osei", "No data, no economy.")], "reported": []},
    {"form": "colon",
     "text": ("Reporters asked Hana Novak about a second plant. Her answer was short: “Not this year.”\n"),
     "quotes": [("direct", "Hana Novak", "Not this year.")], "reported": []},
    {"form": "colon",
     "text": ("The minister, Samuel Adeyemi, had a warning for the operators: “Those who do not invest will lose "
              "their licences.”\n"),
     "quotes": [("direct", "Samuel Adeyemi", "Those who do not invest will lose their")], "reported": []},
    {"form": "colon",
     "text": ("Paolo Conti ended his speech with a promise to the students:\n\n"
              "“Every one of you will find a job in this city.”\n"),
     "quotes": [("direct", "Paolo Conti", "Every one of you will find a job")], "reported": []},
    {"form": "colon",
     "text": ("Lucas Ferreira's reply to the critics was the same as always: “Look at the numbers.”\n"),
     "quotes": [("direct", "Lucas Ferreira", "Look at the numbers.")], "reported": []},
    {"form": "colon",
     "text": "The agenda had three items: “Digital Silk Road”, “Smart Ports” and “Open Data”.\n",
     "quotes": [], "reported": []},
    {"form": "colon",
     "text": "Esther Mwangi listed the winners: “Nairobi Code”, “Mombasa Labs” and “Kisumu Tech”.\n",
     "quotes": [], "reported": []},

    # ------------------------------------------------------------------ pronoun chains
    {"form": "pronoun_chain",
     "text": ("Irina Volkova arrived in Delhi on Monday.\n\n"
              "She met the ministers of IT and of trade and visited two technology parks.\n\n"
              "“We have come to sign, not to talk,” she said.\n"),
     "quotes": [("direct", "Irina Volkova", "We have come to sign, not to talk,")], "reported": []},
    {"form": "pronoun_chain",
     "text": ("Oleg Sorokin met Esther Mwangi in Nairobi on Tuesday.\n\n"
              "“Kenya is our gateway to East Africa,” he said.\n"),
     "quotes": [("direct", "Oleg Sorokin", "Kenya is our gateway to East Africa,")], "reported": []},
    {"form": "pronoun_chain",
     "text": ("Oleg Sorokin met Esther Mwangi in Nairobi on Tuesday.\n\n"
              "“Russia is a reliable partner,” she said.\n"),
     "quotes": [("direct", "Esther Mwangi", "Russia is a reliable partner,")], "reported": []},
    {"form": "pronoun_chain",
     "text": ("“We will hire five hundred people,” Daniel Osei said.\n\n"
              "The company already employs two thousand in Ghana.\n\n"
              "He added that the plant would export to Nigeria.\n"),
     "quotes": [("direct", "Daniel Osei", "We will hire five hundred people,")],
     "reported": [("Daniel Osei", "the plant would export to Nigeria.")]},
    {"form": "pronoun_chain",
     "text": ("Minister Hana Novak visited the plant in Brno.\n\n"
              "The minister said the state would buy the first chips.\n\n"
              "She also said that prices would fall within two years.\n"),
     "quotes": [], "reported": [("Hana Novak", "the state would buy the first chips."),
                                ("Hana Novak", "prices would fall within two years.")]},
    {"form": "pronoun_chain",
     "text": ("Viktor Hale thanked Karin Lindgren for the invitation. “Sweden is our key partner in the north,” he "
              "said.\n"),
     "quotes": [("direct", "Viktor Hale", "Sweden is our key partner in the north,")], "reported": []},
    {"form": "pronoun_chain",
     "text": ("Karin Lindgren welcomed Viktor Hale to Stockholm. She said the two agencies would share data on "
              "cyber attacks.\n"),
     "quotes": [], "reported": [("Karin Lindgren", "the two agencies would share data on cyber attacks.")]},
    {"form": "pronoun_chain",
     "text": ("Marta Kowalczyk has run the fund since 2018. Under her, it has invested in forty start-ups.\n\n"
              "“Half of them are profitable,” she told the newspaper.\n\n"
              "She said the fund would raise a second round next year.\n"),
     "quotes": [("direct", "Marta Kowalczyk", "Half of them are profitable,")],
     "reported": [("Marta Kowalczyk", "the fund would raise a second round next year.")]},

    # ------------------------------------------------------------------ role back-references
    {"form": "role_back",
     "text": ("Oleg Sorokin, Russia's deputy minister of digital development, visited Hanoi.\n\n"
              "“Vietnam has excellent programmers,” the deputy minister said.\n"),
     "quotes": [("direct", "Oleg Sorokin", "Vietnam has excellent programmers,")], "reported": []},
    {"form": "role_back",
     "text": ("Nadia Rahimi, a spokeswoman for the Foreign Ministry, held a briefing on Thursday. The spokeswoman "
              "said that the embassy would stay open.\n"),
     "quotes": [], "reported": [("Nadia Rahimi", "the embassy would stay open.")]},
    {"form": "role_back",
     "text": ("Paolo Conti, an official at the Italian trade agency, spoke to reporters in Rome. “Demand is "
              "growing every month,” the official said.\n"),
     "quotes": [("direct", "Paolo Conti", "Demand is growing every month,")], "reported": []},
    {"form": "role_back",
     "text": ("Samuel Adeyemi, the chief executive of Lagos Cloud, opened the new data centre.\n\n"
              "The chief executive said the company would list its shares in London.\n"),
     "quotes": [], "reported": [("Samuel Adeyemi", "the company would list its shares in London.")]},
    {"form": "role_back",
     "text": ("Minister Irina Volkova met the bank's chairman, Viktor Hale. The chairman said the bank would lend "
              "two billion roubles to the project.\n"),
     "quotes": [], "reported": [("Viktor Hale", "the bank would lend two billion roubles to")]},
    {"form": "role_back",
     "text": ("Minister Irina Volkova toured the plant with its director, Marek Novak. “The plant is ready for "
              "export,” the minister said.\n"),
     "quotes": [("direct", "Irina Volkova", "The plant is ready for export,")], "reported": []},
    {"form": "role_back",
     "text": ("Esther Mwangi, Kenya's cabinet secretary for ICT, spoke at the forum. The cabinet secretary said "
              "Kenya would train a million coders.\n"),
     "quotes": [], "reported": [("Esther Mwangi", "Kenya would train a million coders.")]},
    {"form": "role_back",
     "text": ("Ambassador Daniel Osei opened the exhibition.\n\n"
              "The exhibition shows the work of forty artists from Ghana.\n\n"
              "\"Culture builds bridges,\" the ambassador said.\n"),
     "quotes": [("direct", "Daniel Osei", "Culture builds bridges,")], "reported": []},

    # ------------------------------------------------------------------ long appositions
    {"form": "apposition",
     "text": ("Oleg Sorokin, who has headed the ministry's digital department since 2019, said the department "
              "would hire forty engineers.\n"),
     "quotes": [], "reported": [("Oleg Sorokin", "the department would hire forty engineers.")]},
    {"form": "apposition",
     "text": ("Marta Kowalczyk, a former banker who now runs the country's largest data centre operator, said that "
              "prices for cloud services would rise.\n"),
     "quotes": [], "reported": [("Marta Kowalczyk", "prices for cloud services would rise.")]},
    {"form": "apposition",
     "text": ("Daniel Osei, 54, a veteran of the telecoms industry and the founder of Accra Fibre, told reporters "
              "that the cable would reach Kumasi in June.\n"),
     "quotes": [], "reported": [("Daniel Osei", "the cable would reach Kumasi in June.")]},
    {"form": "apposition",
     "text": ("“We are not afraid of competition,” said Karin Lindgren, who was appointed head of the Swedish "
              "Digital Agency last year after a decade at Nordtel.\n"),
     "quotes": [("direct", "Karin Lindgren", "We are not afraid of competition,")], "reported": []},
    {"form": "apposition",
     "text": ("Hana Novak, deputy chair of the parliament's committee on science, education, culture and digital "
              "affairs, said: “The law will be ready in the autumn.”\n"),
     "quotes": [("direct", "Hana Novak", "The law will be ready in the autumn.")], "reported": []},
    {"form": "apposition",
     "text": ("Lucas Ferreira, an adviser to Finance Minister Marek Novak, said that the budget for research "
              "would double.\n"),
     "quotes": [], "reported": [("Lucas Ferreira", "the budget for research would double.")]},
    {"form": "apposition",
     "text": ("“The licence was never in doubt,” said Samuel Adeyemi, whose company was founded by Esther Mwangi "
              "in 2010.\n"),
     "quotes": [("direct", "Samuel Adeyemi", "The licence was never in doubt,")], "reported": []},
    {"form": "apposition",
     "text": ("Irina Volkova, the minister in charge of digital development and communications since the "
              "government was reshuffled in May, told TASS the portal would open in March.\n"),
     "quotes": [], "reported": [("Irina Volkova", "the portal would open in March.")]},

    # ------------------------------------------------------------------ parentheses and stage directions
    {"form": "parenthesis",
     "text": "“Thank you all,” Oleg Sorokin said (in English). “We are happy to be in Jakarta.”\n",
     "quotes": [("direct", "Oleg Sorokin", "Thank you all,")], "reported": []},
    {"form": "parenthesis",
     "text": ("Oleg Sorokin: Thank you. (Applause.) We have achieved a great deal this year.\n\n"
              "Esther Mwangi: (Laughter.) Indeed we have.\n"),
     "quotes": [("transcript", "Oleg Sorokin", "Thank you. (Applause.) We have achieved a"),
                ("transcript", "Esther Mwangi", "(Laughter.) Indeed we have.")], "reported": []},
    {"form": "parenthesis",
     "text": ("The company (its founder Viktor Hale told TASS it would list its shares in 2026) employs three "
              "hundred people.\n"),
     "quotes": [], "reported": [("Viktor Hale", "it would list its shares in 2026")]},
    {"form": "parenthesis",
     "text": ("Exports of software rose by a fifth last year. (Lucas Ferreira said on Monday that the figure "
              "would be higher this year.)\n"),
     "quotes": [], "reported": [("Lucas Ferreira", "the figure would be higher this year.")]},
    {"form": "parenthesis",
     "text": ("“We will not raise prices,” Marta Kowalczyk (pictured) told shareholders.\n"),
     "quotes": [("direct", "Marta Kowalczyk", "We will not raise prices,")], "reported": []},
    {"form": "parenthesis",
     "text": ("The talks (the third round this year) ended without a deal.\n"),
     "quotes": [], "reported": []},

    # ------------------------------------------------------------------ statements of bodies
    {"form": "statement",
     "text": ("According to a statement from the Ministry of Digital Development, the two sides agreed to "
              "exchange data.\n"),
     "quotes": [], "reported": [("the Ministry of Digital Development", "the two sides agreed to exchange data.")]},
    {"form": "statement",
     "text": "The two sides agreed to exchange data, according to a statement from the Kenyan embassy.\n",
     "quotes": [], "reported": [("the Kenyan embassy", "The two sides agreed to exchange data,")]},
    {"form": "statement",
     "text": "The Foreign Ministry's statement read: “Russia remains open to dialogue.”\n",
     "quotes": [("direct", "The Foreign Ministry", "Russia remains open to dialogue.")], "reported": []},
    {"form": "statement",
     "text": "In its statement, the central bank said that inflation would slow in the spring.\n",
     "quotes": [], "reported": [("the central bank", "inflation would slow in the spring.")]},
    {"form": "statement",
     "text": ("The Kenyan embassy, in a statement released on Sunday, said the visa centre would reopen.\n"),
     "quotes": [], "reported": [("The Kenyan embassy", "the visa centre would reopen.")]},
    {"form": "statement",
     "text": ("“The company has met all its obligations,” Lagos Cloud said in a statement emailed to reporters.\n"),
     "quotes": [("direct", "Lagos Cloud", "The company has met all its obligations,")], "reported": []},
    {"form": "statement",
     "text": "The decree reads: “The ministry shall publish the data every month.”\n",
     "quotes": [], "reported": []},
    {"form": "statement",
     "text": "According to the report, the market for cloud services grew by a third.\n",
     "quotes": [], "reported": []},

    # ------------------------------------------------------------------ X's office
    {"form": "office",
     "text": "Daniel Osei's office said on Friday that the president would travel to Moscow in June.\n",
     "quotes": [], "reported": [("Daniel Osei's office", "the president would travel to Moscow in June.")]},
    {"form": "office",
     "text": "“The visit has been postponed,” Esther Mwangi's office said in a statement.\n",
     "quotes": [("direct", "Esther Mwangi's office", "The visit has been postponed,")], "reported": []},
    {"form": "office",
     "text": "The governor's office said the new rules would apply from Monday.\n",
     "quotes": [], "reported": [("The governor's office", "the new rules would apply from Monday.")]},
    {"form": "office",
     "text": ("The talks will take place in Ankara, Paolo Conti's press office told reporters.\n"),
     "quotes": [], "reported": [("Paolo Conti's press office", "The talks will take place in Ankara,")]},

    # ------------------------------------------------------------------ Telegram posts
    {"form": "telegram",
     "text": "Irina Volkova wrote in a Telegram post that the outage had been fixed overnight.\n",
     "quotes": [], "reported": [("Irina Volkova", "the outage had been fixed overnight.")]},
    {"form": "telegram",
     "text": "In a Telegram post, Oleg Sorokin said the ministry would appeal the ruling.\n",
     "quotes": [], "reported": [("Oleg Sorokin", "the ministry would appeal the ruling.")]},
    {"form": "telegram",
     "text": "“The bridge is open again,” Oleg Sorokin wrote on his Telegram channel.\n",
     "quotes": [("direct", "Oleg Sorokin", "The bridge is open again,")], "reported": []},
    {"form": "telegram",
     "text": "Writing on Telegram, Irina Volkova said the servers had not been damaged.\n",
     "quotes": [], "reported": [("Irina Volkova", "the servers had not been damaged.")]},
    {"form": "telegram",
     "text": "The ministry said on its Telegram channel that the portal would be closed on Sunday.\n",
     "quotes": [], "reported": [("The ministry", "the portal would be closed on Sunday.")]},
    {"form": "telegram",
     "text": "Oleg Sorokin has two hundred thousand followers on Telegram.\n",
     "quotes": [], "reported": []},

    # ------------------------------------------------------------------ adding, noting, went on
    {"form": "adding",
     "text": ("Lucas Ferreira insisted that the deal was fair, adding that Brazil would not renegotiate it.\n"),
     "quotes": [], "reported": [("Lucas Ferreira", "the deal was fair,"),
                                ("Lucas Ferreira", "Brazil would not renegotiate it.")]},
    {"form": "adding",
     "text": ("The deal is fair, Lucas Ferreira insisted, adding that Brazil would not renegotiate it.\n"),
     "quotes": [], "reported": [("Lucas Ferreira", "The deal is fair,"),
                                ("Lucas Ferreira", "Brazil would not renegotiate it.")]},
    {"form": "adding",
     "text": "“We owe nothing to anyone,” Marek Novak went on to say.\n",
     "quotes": [("direct", "Marek Novak", "We owe nothing to anyone,")], "reported": []},
    {"form": "adding",
     "text": ("Karin Lindgren spoke about the budget. She went on to say that the agency would hire fifty "
              "analysts.\n"),
     "quotes": [], "reported": [("Karin Lindgren", "the agency would hire fifty analysts.")]},
    {"form": "adding",
     "text": "Marek Novak continued: “The second phase will start in June.”\n",
     "quotes": [("direct", "Marek Novak", "The second phase will start in June.")], "reported": []},
    {"form": "adding",
     "text": ("Hana Novak praised the engineers. “And that is not all,” she continued. “The plant will be "
              "carbon-free.”\n"),
     "quotes": [("direct", "Hana Novak", "And that is not all,")], "reported": []},
    {"form": "adding",
     "text": ("Esther Mwangi said Kenya valued its ties with Russia, noting that Russian firms had trained "
              "two thousand Kenyan engineers.\n"),
     "quotes": [], "reported": [("Esther Mwangi", "Kenya valued its ties with Russia,"),
                                ("Esther Mwangi", "Russian firms had trained two thousand Kenyan engineers.")]},
    {"form": "adding",
     "text": ("Daniel Osei said the project was on schedule, stressing that no jobs would be cut.\n"),
     "quotes": [], "reported": [("Daniel Osei", "the project was on schedule,"),
                                ("Daniel Osei", "no jobs would be cut.")]},

    # ------------------------------------------------------------------ in the words of, to quote
    {"form": "in_words",
     "text": "In the words of Daniel Osei, “data is the new cocoa.”\n",
     "quotes": [("direct", "Daniel Osei", "data is the new cocoa.")], "reported": []},
    {"form": "in_words",
     "text": "To quote Marta Kowalczyk, “a bank without data is a bank without customers.”\n",
     "quotes": [("direct", "Marta Kowalczyk", "a bank without data is a bank without customers.")],
     "reported": []},
    {"form": "in_words",
     "text": "As Viktor Hale likes to say, “chips are the steel of our century.”\n",
     "quotes": [("direct", "Viktor Hale", "chips are the steel of our century.")], "reported": []},
    {"form": "in_words",
     "text": ("Minister Irina Volkova was in good spirits. In her words, “the hardest part is behind us.”\n"),
     "quotes": [("direct", "Irina Volkova", "the hardest part is behind us.")], "reported": []},

    # ------------------------------------------------------------------ headlines and standfirsts
    {"form": "headline",
     "text": ("Sorokin: ‘We will not raise tariffs’\n\n"
              "Deputy Minister Oleg Sorokin said on Monday that tariffs for mobile data would not rise.\n"),
     "quotes": [("direct", "Oleg Sorokin", "We will not raise tariffs")],
     "reported": [("Oleg Sorokin", "tariffs for mobile data would not rise.")]},
    {"form": "headline",
     "text": ("‘Kenya is ready for investors’ — Mwangi\n\n"
              "Cabinet Secretary Esther Mwangi told the forum that Kenya was ready for foreign investors.\n"),
     "quotes": [("direct", "Esther Mwangi", "Kenya is ready for investors")],
     "reported": [("Esther Mwangi", "Kenya was ready for foreign investors.")]},
    {"form": "headline",
     "text": ("Hale: \"Our chips are ready\"\n\n"
              "The first batch of chips left the plant in Tula on Friday.\n\n"
              "“Our chips are ready for the market,” Viktor Hale, the plant's director, said.\n"),
     "quotes": [("direct", "Viktor Hale", "Our chips are ready"),
                ("direct", "Viktor Hale", "Our chips are ready for the market,")], "reported": []},
    {"form": "headline",
     "text": ("“Digital Silk Road” forum opens in Xi'an\n\n"
              "The forum brought together delegates from thirty countries.\n"),
     "quotes": [], "reported": []},
    {"form": "headline",
     "text": ("Kenya's coding push\n\n"
              "Minister Esther Mwangi says the country needs “a million coders” by 2030.\n"),
     "quotes": [("direct", "Esther Mwangi", "a million coders")],
     "reported": [("Esther Mwangi", "the country needs “a million coders” by 2030.")]},
    {"form": "headline",
     "text": ("‘We are not leaving Russia’, says Lagos Cloud chief\n\n"
              "Samuel Adeyemi, the chief executive of Lagos Cloud, said the company would keep its Moscow office.\n"),
     "quotes": [("direct", "Samuel Adeyemi", "We are not leaving Russia")],
     "reported": [("Samuel Adeyemi", "the company would keep its Moscow office.")]},

    # ------------------------------------------------------------------ British single marks
    {"form": "british",
     "text": "‘The term “sovereign internet” is misleading,’ said Marta Kowalczyk.\n",
     "quotes": [("direct", "Marta Kowalczyk", "The term “sovereign internet” is misleading,")], "reported": []},
    {"form": "british",
     "text": "Daniel Osei said: ‘When the banks said “no”, we went to our customers.’\n",
     "quotes": [("direct", "Daniel Osei", "When the banks said “no”, we went to")], "reported": []},
    {"form": "british",
     "text": ("‘We call it “the Accra model”,’ Daniel Osei told the BBC. ‘Other cities are copying it.’\n"),
     "quotes": [("direct", "Daniel Osei", "We call it “the Accra model”,")], "reported": []},
    {"form": "british",
     "text": "‘The company’s plans haven’t changed,’ Viktor Hale said.\n",
     "quotes": [("direct", "Viktor Hale", "The company’s plans haven’t changed,")], "reported": []},
    {"form": "british",
     "text": ("Hana Novak was asked about the rumours. ‘We’re not leaving Brno,’ she said.\n"),
     "quotes": [("direct", "Hana Novak", "We’re not leaving Brno,")], "reported": []},
    {"form": "british",
     "text": ("‘It’s the biggest order in the company’s history,’ said Paolo Conti, the sales director.\n"),
     "quotes": [("direct", "Paolo Conti", "It’s the biggest order in the company’s history,")], "reported": []},
    {"form": "british",
     "text": "The ministers’ meeting in Rome lasted three hours.\n",
     "quotes": [], "reported": []},

    # ------------------------------------------------------------------ guillemets and straight marks
    {"form": "guillemets",
     "text": "«We call it “the northern route”,» Oleg Sorokin said.\n",
     "quotes": [("direct", "Oleg Sorokin", "We call it “the northern route”,")], "reported": []},
    {"form": "guillemets",
     "text": "»We are ready to build the plant«, said Hana Novak.\n",
     "quotes": [("direct", "Hana Novak", "We are ready to build the plant")], "reported": []},
    {"form": "guillemets",
     "text": "Irina Volkova told Izvestia: «The portal will open in March.»\n",
     "quotes": [("direct", "Irina Volkova", "The portal will open in March.")], "reported": []},
    {"form": "guillemets",
     "text": ("Viktor Hale said:\n\n"
              "\"We have built the plant in two years.\n\n"
              "\"Nobody believed it was possible.\"\n"),
     "quotes": [("direct", "Viktor Hale", "We have built the plant in two years.")], "reported": []},
    {"form": "guillemets",
     "text": "The company «Nordtel» opened an office in Tashkent on Monday.\n",
     "quotes": [], "reported": []},

    # ------------------------------------------------------------------ dash interviews
    {"form": "dash",
     "text": ("Irina Volkova, the head of the agency, answered our questions.\n\n"
              "— How many people use the portal?\n\n"
              "— About forty million.\n"),
     "quotes": [("transcript", "Question", "How many people use the portal?"),
                ("transcript", "Irina Volkova", "About forty million.")], "reported": []},
    {"form": "dash",
     "text": ("Our correspondent spoke to Oleg Sorokin, the deputy minister.\n\n"
              "— Mr Sorokin, when will the villages get the internet?\n\n"
              "— By the end of next year, all of them.\n\n"
              "— And the schools?\n\n"
              "— The schools first.\n"),
     "quotes": [("transcript", "Question", "Mr Sorokin, when will the villages get the"),
                ("transcript", "Oleg Sorokin", "By the end of next year, all of"),
                ("transcript", "Question", "And the schools?"),
                ("transcript", "Oleg Sorokin", "The schools first.")], "reported": []},
    {"form": "dash",
     "text": ("— How many people use the portal?\n\n"
              "— About forty million.\n"),
     "quotes": [], "reported": []},
    {"form": "dash",
     "text": ("— The first stage is finished, — said Marek Novak.\n"),
     "quotes": [("direct", "Marek Novak", "The first stage is finished,")], "reported": []},

    # ------------------------------------------------------------------ named questioners
    {"form": "questioner",
     "text": ("Press conference of Minister Irina Volkova\n\n"
              "Question (Reuters): Will prices for mobile data rise?\n\n"
              "Irina Volkova: No, they will not.\n"),
     "quotes": [("transcript", "Question", "Will prices for mobile data rise?"),
                ("transcript", "Irina Volkova", "No, they will not.")], "reported": []},
    {"form": "questioner",
     "text": ("Remarks by President Daniel Osei after the talks\n\n"
              "THE PRESIDENT: Thank you. We have agreed on a new programme for our engineers.\n\n"
              "Q: Will it include Russia?\n\n"
              "THE PRESIDENT: It already does.\n"),
     "quotes": [("transcript", "Daniel Osei", "Thank you. We have agreed on a new"),
                ("transcript", "Question", "Will it include Russia?"),
                ("transcript", "Daniel Osei", "It already does.")], "reported": []},
    {"form": "questioner",
     "text": ("Paolo Conti, Radio Roma: Why did you choose Kenya?\n\n"
              "Esther Mwangi: Because we have the talent and the cable.\n"),
     "quotes": [("transcript", "Paolo Conti", "Why did you choose Kenya?"),
                ("transcript", "Esther Mwangi", "Because we have the talent and the cable.")], "reported": []},
    {"form": "questioner",
     "text": ("Briefing by spokeswoman Nadia Rahimi\n\n"
              "Question: Has the embassy been closed?\n\n"
              "Nadia Rahimi: No. It is working as usual.\n\n"
              "Question: And the consulate in Herat?\n\n"
              "Nadia Rahimi: Also open.\n"),
     "quotes": [("transcript", "Question", "Has the embassy been closed?"),
                ("transcript", "Nadia Rahimi", "No. It is working as usual."),
                ("transcript", "Question", "And the consulate in Herat?"),
                ("transcript", "Nadia Rahimi", "Also open.")], "reported": []},

    # ------------------------------------------------------------------ wire frames
    {"form": "wire",
     "text": "“It is a disaster for small firms,” said Paolo Conti, 41, a software engineer in Milan.\n",
     "quotes": [("direct", "Paolo Conti", "It is a disaster for small firms,")], "reported": []},
    {"form": "wire",
     "text": ("The plant will open in May, Viktor Hale told Baltic Wire by phone from Tula.\n"),
     "quotes": [], "reported": [("Viktor Hale", "The plant will open in May,")]},
    {"form": "wire",
     "text": ("Speaking at the opening ceremony, Esther Mwangi said the centre would train five thousand young "
              "people a year.\n"),
     "quotes": [], "reported": [("Esther Mwangi", "the centre would train five thousand young people a")]},
    {"form": "wire",
     "text": ("Russian Deputy Foreign Minister Oleg Sorokin spoke to reporters after the talks. “The talks were "
              "constructive,” the diplomat said.\n"),
     "quotes": [("direct", "Oleg Sorokin", "The talks were constructive,")], "reported": []},
    {"form": "wire",
     "text": ("Esther Mwangi said on the sidelines of the summit that Kenya would join the programme.\n"),
     "quotes": [], "reported": [("Esther Mwangi", "Kenya would join the programme.")]},
    {"form": "wire",
     "text": ("“We have no plans to sell,” Marta Kowalczyk said in remarks broadcast by state television.\n"),
     "quotes": [("direct", "Marta Kowalczyk", "We have no plans to sell,")], "reported": []},

    # ------------------------------------------------------------------ negatives
    {"form": "negative",
     "text": "Viktor Hale's new book, ‘The Silicon Steppe’, will be published in June.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "The documentary “Code of the North” premiered in Murmansk on Friday.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "The so-called “grey imports” of phones fell by half last year.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "The company is said to be preparing a listing in Hong Kong.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "It is said that the plant will cost a billion dollars.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "The “temporary” tariff has now been in force for ten years.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "Protesters carried banners reading “Hands off the internet” outside the parliament.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "The conference, titled “Data Without Borders”, opened in Geneva on Tuesday.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "Viktor “The Builder” Hale opened his fourth plant on Monday.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "The band played “Moscow Nights” at the reception for the delegates.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "The chips are said to be the fastest ever made in Russia.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "The report, “Africa's Digital Decade”, says the market will triple by 2030.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "Read also: “Russia and India sign a data pact”\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "Reportedly, the deal is worth two billion dollars.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "The ministry is rumoured to be drafting a new law on data.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "The hashtag “#DigitalKenya” trended on Monday after the speech.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "Esther Mwangi presented the project “Digital Village 2.0” to the governors.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "Her “plan” turned out to be a two-page letter.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": ("The exhibition “Russia: Digital Frontier” opened in Hanoi.\n"),
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": ("The survey found that sixty percent of firms use cloud services.\n"),
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": ("Samuel Adeyemi will speak about artificial intelligence at the forum on Friday.\n"),
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": ("Oleg Sorokin: the man behind the village internet\n\n"
              "Oleg Sorokin grew up in a village without a telephone.\n"),
     "quotes": [], "reported": []},

    # ------------------------------------------------------------------ given names that are also a city or a word
    {"form": "wire",
     "text": "Sofia Petrova, the head of the agency, said that the portal would open in March.\n",
     "quotes": [], "reported": [("Sofia Petrova", "the portal would open in March.")]},
    {"form": "wire",
     "text": "“Kenya is ready,” said Grace Wanjiru, who chairs the ICT authority.\n",
     "quotes": [("direct", "Grace Wanjiru", "Kenya is ready,")], "reported": []},

    # ------------------------------------------------------------------ two speakers fit
    {"form": "abstain",
     "text": ("Irina Volkova met Nadia Rahimi in Delhi on Monday.\n\n"
              "“We have come to sign,” she said.\n"),
     "quotes": [("direct", None, "We have come to sign,")], "reported": []},
    {"form": "abstain",
     "text": ("Daniel Osei opened the plant in Accra on Monday.\n\n"
              "The plant was built by a firm owned by Samuel Adeyemi.\n\n"
              "“It is the biggest in West Africa,” he said.\n"),
     "quotes": [("direct", None, "It is the biggest in West Africa,")], "reported": []},
    {"form": "abstain",
     "text": ("Ambassador Daniel Osei and Ambassador Paolo Conti opened the exhibition. “Culture builds bridges,” "
              "the ambassador said.\n"),
     "quotes": [("direct", None, "Culture builds bridges,")], "reported": []},
    {"form": "abstain",
     "text": ("Marek Novak and his wife, Hana Novak, founded the firm in 2001. “We started in a garage,” Ms Novak "
              "said.\n"),
     "quotes": [("direct", "Hana Novak", "We started in a garage,")], "reported": []},
    {"form": "abstain",
     "text": ("Marek Novak and his wife, Hana Novak, founded the firm in 2001. “We started in a garage,” Novak "
              "said.\n"),
     "quotes": [("direct", None, "We started in a garage,")], "reported": []},
    {"form": "abstain",
     "text": ("Viktor Hale thanked Paolo Conti for the invitation.\n\n"
              "He said that Italy was a key partner.\n"),
     "quotes": [], "reported": [(None, "Italy was a key partner.")]},
    {"form": "abstain",
     "text": ("Chief executives Karin Lindgren and Marta Kowalczyk signed the memorandum. The chief executive said the two firms "
              "would build a data centre.\n"),
     "quotes": [], "reported": [(None, "the two firms would build a data centre.")]},
    # ------------------------------------------------------------------ variants and negatives of the rules added for this audit
    {"form": "colon",
     "text": ("Marta Kowalczyk spoke last. Her advice was simple: “Buy what you can repair.”\n"),
     "quotes": [("direct", "Marta Kowalczyk", "Buy what you can repair.")], "reported": []},
    {"form": "colon",
     "text": ("Viktor Hale presented the plan in Tula. His critics were blunt: “The plan will fail.”\n"),
     "quotes": [], "reported": []},
    {"form": "colon",
     "text": "Viktor Hale named the winners: “Nordtel” and “Accra Fibre”.\n",
     "quotes": [], "reported": []},
    {"form": "headline",
     "text": ("Volkova: “The portal will open in March”\n\n"
              "Minister Irina Volkova said on Friday that the portal would open in March.\n"),
     "quotes": [("direct", "Irina Volkova", "The portal will open in March")],
     "reported": [("Irina Volkova", "the portal would open in March.")]},
    {"form": "negative",
     "text": ("Daniel Osei: a life in telecoms\n\n"
              "Daniel Osei founded Accra Fibre in 1999.\n"),
     "quotes": [], "reported": []},
    {"form": "guillemets",
     "text": "Hana Novak said: »The plant is ready for the first orders.«\n",
     "quotes": [("direct", "Hana Novak", "The plant is ready for the first orders.")], "reported": []},
    {"form": "negative",
     "text": "The plant opened in May. Read more »\n",
     "quotes": [], "reported": []},
    {"form": "adding",
     "text": "“The plant is ready,” Hana Novak hastened to add.\n",
     "quotes": [("direct", "Hana Novak", "The plant is ready,")], "reported": []},
    {"form": "adding",
     "text": ("Minister Irina Volkova visited Delhi. The minister said exports had doubled, noting that most of "
              "them went to India.\n"),
     "quotes": [], "reported": [("Irina Volkova", "exports had doubled,"),
                                ("Irina Volkova", "most of them went to India.")]},
    {"form": "statement",
     "text": "The agreement states: “The parties shall exchange data on cyber attacks.”\n",
     "quotes": [], "reported": []},
    {"form": "pronoun_chain",
     "text": ("Irina Volkova opened the plant on Monday.\n\n"
              "It was built by a firm owned by Samuel Adeyemi.\n\n"
              "“It is the biggest in Russia,” he said.\n"),
     "quotes": [("direct", "Samuel Adeyemi", "It is the biggest in Russia,")], "reported": []},
    {"form": "parenthesis",
     "text": "Paolo Conti (left) said the two companies would merge in the spring.\n",
     "quotes": [], "reported": [("Paolo Conti", "the two companies would merge in the spring.")]},
]
