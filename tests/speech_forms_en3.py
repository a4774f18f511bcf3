"""A third audit of English attribution forms: the frames of wire copy, press releases, interviews and official
readouts, each in several variants (cue before or after, name, role or pronoun, with "that" or without, curly,
straight, single and guillemet marks), with negatives and cases where two speakers fit.

Same shape and rules as `speech_forms_en2.py`: one small document per case; `quotes` are (kind, speaker,
text_start), `reported` are (speaker, text_start); the speaker is the fullest name the text gives, a body or role
as written when no person is named, and `None` when two candidates fit. Every person and body is invented (first
names of many origins, so the broad given-name list is exercised, not only the hand-written one); countries and
cities are real.
"""

FORMS = (
    "according",      # according to X, …  /  …, according to X.
    "told",           # X told reporters / told Interfax / told a briefing
    "statement",      # X said in a statement / a statement from the ministry said / the ministry said in a statement
    "who_said",       # X, who …, said
    "quoted_as",      # X was quoted as saying
    "in_words",       # in the words of X / as X put it
    "spokesman",      # X's spokesman said / a spokeswoman for X said
    "headline",       # "Orlov: …" / "…, says Orlov" / "… — Orlov"
    "paragraphs",     # a quotation over several paragraphs (the opening mark repeated, no closing one)
    "signature",      # "“…” – X"
    "parenthesis",    # a quotation or an attribution inside parentheses
    "cue_verbs",      # added, noted, stressed, emphasised, pointed out, admitted, warned, insisted
    "stance",         # X believes / thinks / is convinced
    "nested",         # a quotation inside a quotation
    "titles",         # Deputy Prime Minister X, CEO of Y X, X, chief executive of Y
    "particles",      # bin, al-, de, van, von; hyphenated first names and surnames
    "initials",       # A. Ivanov, Deputy Minister A.V. Ivanov
    "women",          # women's names and "she"
    "marks",          # straight double, straight single, guillemets, curly single
    "negative",       # titles, terms, apostrophes, topic-only and non-finite reports, documents
    "abstain",        # two speakers fit: the speaker is left empty
)

CASES = [
    # ------------------------------------------------------------------ according to
    {"form": "according",
     "text": "According to Tomas Lindqvist, the network will reach every village by 2027.\n",
     "quotes": [], "reported": [("Tomas Lindqvist", "the network will reach every village by 2027.")]},
    {"form": "according",
     "text": "The plant will open in March, according to Kofi Mensah, the director of the project.\n",
     "quotes": [], "reported": [("Kofi Mensah", "The plant will open in March,")]},
    {"form": "according",
     "text": ("Deputy Minister Ingrid Solberg visited the site on Friday. According to her, the first servers will "
              "arrive in June.\n"),
     "quotes": [], "reported": [("Ingrid Solberg", "the first servers will arrive in June.")]},
    {"form": "according",
     "text": "According to the Ministry of Digital Development, the tender attracted twelve bids.\n",
     "quotes": [], "reported": [("the Ministry of Digital Development", "the tender attracted twelve bids.")]},
    {"form": "according",
     "text": "According to Interfax, the two companies will sign the contract next week.\n",
     "quotes": [], "reported": [("Interfax", "the two companies will sign the contract next week.")]},
    {"form": "according",
     "text": ("According to Tomas Lindqvist, “the project is on schedule and within budget.”\n"),
     "quotes": [("direct", "Tomas Lindqvist", "the project is on schedule and within budget.")], "reported": []},
    {"form": "according",
     "text": "According to the agreement, the two sides will exchange data on cyber threats.\n",
     "quotes": [], "reported": []},
    {"form": "according",
     "text": "Trade grew by a fifth last year, according to figures from the customs service.\n",
     "quotes": [], "reported": [("the customs service", "Trade grew by a fifth last year,")]},

    # ------------------------------------------------------------------ told reporters / an outlet
    {"form": "told",
     "text": "Kofi Mensah told reporters that the talks would continue in Accra.\n",
     "quotes": [], "reported": [("Kofi Mensah", "the talks would continue in Accra.")]},
    {"form": "told",
     "text": "Tomas Lindqvist told reporters the deal would be signed before the summer.\n",
     "quotes": [], "reported": [("Tomas Lindqvist", "the deal would be signed before the summer.")]},
    {"form": "told",
     "text": "“We are not in a hurry,” Ingrid Solberg told Interfax.\n",
     "quotes": [("direct", "Ingrid Solberg", "We are not in a hurry,")], "reported": []},
    {"form": "told",
     "text": "Kofi Mensah told Interfax on Tuesday that the tariffs would not change.\n",
     "quotes": [], "reported": [("Kofi Mensah", "the tariffs would not change.")]},
    {"form": "told",
     "text": "The terminal will be ready in May, Tomas Lindqvist told a briefing in Stockholm.\n",
     "quotes": [], "reported": [("Tomas Lindqvist", "The terminal will be ready in May,")]},
    {"form": "told",
     "text": ("Ingrid Solberg, the head of the agency, spoke in Oslo. “The budget is sufficient,” she told "
              "journalists.\n"),
     "quotes": [("direct", "Ingrid Solberg", "The budget is sufficient,")], "reported": []},
    {"form": "told",
     "text": "Kofi Mensah told the forum: “Africa needs its own data centres.”\n",
     "quotes": [("direct", "Kofi Mensah", "Africa needs its own data centres.")], "reported": []},

    # ------------------------------------------------------------------ statements
    {"form": "statement",
     "text": "Tomas Lindqvist said in a statement that the company would appeal the ruling.\n",
     "quotes": [], "reported": [("Tomas Lindqvist", "the company would appeal the ruling.")]},
    {"form": "statement",
     "text": "“We will appeal the ruling,” Ingrid Solberg said in a statement.\n",
     "quotes": [("direct", "Ingrid Solberg", "We will appeal the ruling,")], "reported": []},
    {"form": "statement",
     "text": "The Foreign Ministry said in a statement that the decision was politically motivated.\n",
     "quotes": [], "reported": [("The Foreign Ministry", "the decision was politically motivated.")]},
    {"form": "statement",
     "text": "The decision is politically motivated, the Foreign Ministry said in a statement on Sunday.\n",
     "quotes": [], "reported": [("the Foreign Ministry", "The decision is politically motivated,")]},
    {"form": "statement",
     "text": "“The decision is politically motivated,” the Foreign Ministry said in a statement.\n",
     "quotes": [("direct", "the Foreign Ministry", "The decision is politically motivated,")], "reported": []},
    {"form": "statement",
     "text": "A statement from the ministry said that the new rules would take effect in July.\n",
     "quotes": [], "reported": [("the ministry", "the new rules would take effect in July.")]},
    {"form": "statement",
     "text": "Northgate Systems said in a statement it expected revenue to double.\n",
     "quotes": [], "reported": [("Northgate Systems", "it expected revenue to double.")]},
    {"form": "statement",
     "text": "The ministry issued a statement on the new rules on Monday.\n",
     "quotes": [], "reported": []},

    # ------------------------------------------------------------------ X, who …, said
    {"form": "who_said",
     "text": ("Tomas Lindqvist, who chairs the Nordic Digital Council, said the region needed common rules for "
              "data.\n"),
     "quotes": [], "reported": [("Tomas Lindqvist", "the region needed common rules for data.")]},
    {"form": "who_said",
     "text": ("Ingrid Solberg, who took office in May, said that the agency would publish its plan in the "
              "autumn.\n"),
     "quotes": [], "reported": [("Ingrid Solberg", "the agency would publish its plan in the autumn.")]},
    {"form": "who_said",
     "text": ("“Nobody expected such demand,” said Kofi Mensah, who founded the company in 2015.\n"),
     "quotes": [("direct", "Kofi Mensah", "Nobody expected such demand,")], "reported": []},
    {"form": "who_said",
     "text": ("Kofi Mensah, who met Tomas Lindqvist in Accra last week, said the two firms would build a "
              "plant.\n"),
     "quotes": [], "reported": [("Kofi Mensah", "the two firms would build a plant.")]},

    # ------------------------------------------------------------------ quoted as saying
    {"form": "quoted_as",
     "text": "Tomas Lindqvist was quoted as saying that the market would recover next year.\n",
     "quotes": [], "reported": [("Tomas Lindqvist", "the market would recover next year.")]},
    {"form": "quoted_as",
     "text": "Ingrid Solberg was quoted by Interfax as saying that the pipeline was safe.\n",
     "quotes": [], "reported": [("Ingrid Solberg", "the pipeline was safe.")]},
    {"form": "quoted_as",
     "text": "Kofi Mensah was quoted as saying: “Our farmers need better data.”\n",
     "quotes": [("direct", "Kofi Mensah", "Our farmers need better data.")], "reported": []},

    # ------------------------------------------------------------------ in the words of / as X put it
    {"form": "in_words",
     "text": "In the words of Tomas Lindqvist, the agreement opens a new chapter in relations.\n",
     "quotes": [], "reported": [("Tomas Lindqvist", "the agreement opens a new chapter in relations.")]},
    {"form": "in_words",
     "text": "As Ingrid Solberg put it, the region has no time to lose.\n",
     "quotes": [], "reported": [("Ingrid Solberg", "the region has no time to lose.")]},
    {"form": "in_words",
     "text": "As Kofi Mensah noted, the company has already hired two hundred engineers.\n",
     "quotes": [], "reported": [("Kofi Mensah", "the company has already hired two hundred engineers.")]},
    {"form": "in_words",
     "text": ("Ingrid Solberg opened the session. In her words, the new portal will serve five million "
              "people.\n"),
     "quotes": [], "reported": [("Ingrid Solberg", "the new portal will serve five million people.")]},

    # ------------------------------------------------------------------ spokespeople
    {"form": "spokesman",
     "text": "A spokeswoman for Northgate Systems said the company did not comment on rumours.\n",
     "quotes": [], "reported": [("A spokeswoman for Northgate Systems", "the company did not comment on rumours.")]},
    {"form": "spokesman",
     "text": ("Ministry spokesman Kofi Mensah told reporters that the minister would travel to Moscow in "
              "June.\n"),
     "quotes": [], "reported": [("Kofi Mensah", "the minister would travel to Moscow in June.")]},
    {"form": "spokesman",
     "text": "“The minister has no plans to resign,” said Ingrid Solberg, a spokeswoman for the ministry.\n",
     "quotes": [("direct", "Ingrid Solberg", "The minister has no plans to resign,")], "reported": []},
    {"form": "spokesman",
     "text": ("Kremlin spokesman Tomas Lindqvist said on Monday that the president had no plans to visit "
              "Oslo.\n"),
     "quotes": [], "reported": [("Tomas Lindqvist", "the president had no plans to visit Oslo.")]},

    # ------------------------------------------------------------------ headlines
    {"form": "headline",
     "text": ("Lindqvist: Sweden is ready to build the data centre\n\n"
              "Swedish Minister of Digital Affairs Tomas Lindqvist said on Monday that Sweden was ready to build "
              "the data centre in Kenya.\n"),
     "quotes": [], "reported": [("Tomas Lindqvist", "Sweden is ready to build the data centre"),
                                ("Tomas Lindqvist", "Sweden was ready to build the data centre")]},
    {"form": "headline",
     "text": ("Ghana will double its broadband capacity, says Mensah\n\n"
              "Ghana will double its broadband capacity by 2026, Communications Minister Kofi Mensah said on "
              "Tuesday.\n"),
     "quotes": [], "reported": [("Kofi Mensah", "Ghana will double its broadband capacity,"),
                                ("Kofi Mensah", "Ghana will double its broadband capacity by")]},
    {"form": "headline",
     "text": ("Solberg: AI\n\n"
              "Norwegian Deputy Minister Ingrid Solberg spoke about artificial intelligence at the forum.\n"),
     "quotes": [], "reported": []},

    # ------------------------------------------------------------------ quotations over several paragraphs
    {"form": "paragraphs",
     "text": ("Tomas Lindqvist said:\n\n"
              "“We have built four data centres this year.\n\n"
              "“Next year we will build six more, and all of them will run on wind power.”\n"),
     "quotes": [("direct", "Tomas Lindqvist", "We have built four data centres this year.")], "reported": []},
    {"form": "paragraphs",
     "text": ("“The first phase is complete,” Ingrid Solberg said.\n\n"
              "“The second phase will begin in the spring. We expect it to take two years.”\n"),
     "quotes": [("direct", "Ingrid Solberg", "The first phase is complete,"),
                ("direct", "Ingrid Solberg", "The second phase will begin in the spring.")], "reported": []},

    # ------------------------------------------------------------------ signatures
    {"form": "signature",
     "text": "“Data is the new oil of the continent.” – Kofi Mensah\n",
     "quotes": [("direct", "Kofi Mensah", "Data is the new oil of the continent.")], "reported": []},
    {"form": "signature",
     "text": "“Data is the new oil of the continent,” – Kofi Mensah, the chief executive of Northgate Systems.\n",
     "quotes": [("direct", "Kofi Mensah", "Data is the new oil of the continent,")], "reported": []},

    # ------------------------------------------------------------------ parentheses
    {"form": "parenthesis",
     "text": ("The new law (“a necessary step,” as Tomas Lindqvist called it) will take effect in May.\n"),
     "quotes": [("direct", "Tomas Lindqvist", "a necessary step,")], "reported": []},
    {"form": "parenthesis",
     "text": ("Tomas Lindqvist (pictured) said that the company would hire three hundred engineers.\n"),
     "quotes": [], "reported": [("Tomas Lindqvist", "the company would hire three hundred engineers.")]},
    {"form": "parenthesis",
     "text": ("“We are ready to help,” said Ingrid Solberg (Norway), who chairs the working group.\n"),
     "quotes": [("direct", "Ingrid Solberg", "We are ready to help,")], "reported": []},

    # ------------------------------------------------------------------ cue verbs
    {"form": "cue_verbs",
     "text": "“We will not raise prices,” Kofi Mensah added.\n",
     "quotes": [("direct", "Kofi Mensah", "We will not raise prices,")], "reported": []},
    {"form": "cue_verbs",
     "text": "Tomas Lindqvist noted that exports of software had grown by a third.\n",
     "quotes": [], "reported": [("Tomas Lindqvist", "exports of software had grown by a third.")]},
    {"form": "cue_verbs",
     "text": "Ingrid Solberg stressed that the cooperation was not aimed at third countries.\n",
     "quotes": [], "reported": [("Ingrid Solberg", "the cooperation was not aimed at third countries.")]},
    {"form": "cue_verbs",
     "text": "Kofi Mensah emphasised that the project would be financed without state loans.\n",
     "quotes": [], "reported": [("Kofi Mensah", "the project would be financed without state loans.")]},
    {"form": "cue_verbs",
     "text": "Tomas Lindqvist pointed out that the two countries shared a long border.\n",
     "quotes": [], "reported": [("Tomas Lindqvist", "the two countries shared a long border.")]},
    {"form": "cue_verbs",
     "text": "Ingrid Solberg admitted that the launch had been delayed by a month.\n",
     "quotes": [], "reported": [("Ingrid Solberg", "the launch had been delayed by a month.")]},
    {"form": "cue_verbs",
     "text": "Kofi Mensah warned that the sanctions would hurt small businesses.\n",
     "quotes": [], "reported": [("Kofi Mensah", "the sanctions would hurt small businesses.")]},
    {"form": "cue_verbs",
     "text": "Tomas Lindqvist insisted that the data would never leave the country.\n",
     "quotes": [], "reported": [("Tomas Lindqvist", "the data would never leave the country.")]},
    {"form": "cue_verbs",
     "text": "“The risks are manageable,” Ingrid Solberg insisted.\n",
     "quotes": [("direct", "Ingrid Solberg", "The risks are manageable,")], "reported": []},
    {"form": "cue_verbs",
     "text": "“Prices will rise,” warned Kofi Mensah, the head of the association.\n",
     "quotes": [("direct", "Kofi Mensah", "Prices will rise,")], "reported": []},
    {"form": "cue_verbs",
     "text": "The deal, Tomas Lindqvist stressed, was not directed against anyone.\n",
     "quotes": [], "reported": [("Tomas Lindqvist", "The deal,")]},

    # ------------------------------------------------------------------ believes, thinks, is convinced
    {"form": "stance",
     "text": "Tomas Lindqvist believes the market will recover by the end of the year.\n",
     "quotes": [], "reported": [("Tomas Lindqvist", "the market will recover by the end of the")]},
    {"form": "stance",
     "text": "Ingrid Solberg thinks that the new rules are too strict.\n",
     "quotes": [], "reported": [("Ingrid Solberg", "the new rules are too strict.")]},
    {"form": "stance",
     "text": "Kofi Mensah is convinced that the region will become a hub for fintech.\n",
     "quotes": [], "reported": [("Kofi Mensah", "the region will become a hub for fintech.")]},
    {"form": "stance",
     "text": "Tomas Lindqvist expressed confidence that the agreement would be ratified in June.\n",
     "quotes": [], "reported": [("Tomas Lindqvist", "the agreement would be ratified in June.")]},

    # ------------------------------------------------------------------ nested quotations
    {"form": "nested",
     "text": ("“When we met, he told me: ‘We will build it together,’ and we did,” Ingrid Solberg said.\n"),
     "quotes": [("direct", "Ingrid Solberg", "When we met, he told me:")], "reported": []},
    {"form": "nested",
     "text": ("“The ‘digital silk road’ is not a slogan for us,” Kofi Mensah said.\n"),
     "quotes": [("direct", "Kofi Mensah", "The ‘digital silk road’ is not a slogan")], "reported": []},

    # ------------------------------------------------------------------ titles
    {"form": "titles",
     "text": ("“We will finish the bridge in 2026,” Deputy Prime Minister Tomas Lindqvist told reporters.\n"),
     "quotes": [("direct", "Tomas Lindqvist", "We will finish the bridge in 2026,")], "reported": []},
    {"form": "titles",
     "text": ("CEO of Northgate Systems Kofi Mensah said the company would open an office in Lagos.\n"),
     "quotes": [], "reported": [("Kofi Mensah", "the company would open an office in Lagos.")]},
    {"form": "titles",
     "text": ("Kofi Mensah, chief executive of Northgate Systems, said revenue had grown by 40 percent.\n"),
     "quotes": [], "reported": [("Kofi Mensah", "revenue had grown by 40 percent.")]},
    {"form": "titles",
     "text": ("First Deputy Prime Minister Ingrid Solberg opened the forum. The first deputy prime minister said "
              "that the state would invest in chips.\n"),
     "quotes": [], "reported": [("Ingrid Solberg", "the state would invest in chips.")]},
    {"form": "titles",
     "text": ("Norway's ambassador to Kenya, Ingrid Solberg, said that the embassy would open a trade office.\n"),
     "quotes": [], "reported": [("Ingrid Solberg", "the embassy would open a trade office.")]},

    # ------------------------------------------------------------------ particles, hyphens
    {"form": "particles",
     "text": ("“The fund is open to all partners,” said Hamad bin Khalid Al Nuaimi, the director of the fund.\n"),
     "quotes": [("direct", "Hamad bin Khalid Al Nuaimi", "The fund is open to all partners,")], "reported": []},
    {"form": "particles",
     "text": "Luis de Almeida said that Brazil would join the project in 2026.\n",
     "quotes": [], "reported": [("Luis de Almeida", "Brazil would join the project in 2026.")]},
    {"form": "particles",
     "text": "“We share the same goals,” Pieter van Dijk told reporters in The Hague.\n",
     "quotes": [("direct", "Pieter van Dijk", "We share the same goals,")], "reported": []},
    {"form": "particles",
     "text": "Jean-Pierre Moreau said the French side would send a delegation in May.\n",
     "quotes": [], "reported": [("Jean-Pierre Moreau", "the French side would send a delegation in May.")]},
    {"form": "particles",
     "text": "“Nothing is decided yet,” said Anna-Maria Kowalska-Nowak, a Polish deputy minister.\n",
     "quotes": [("direct", "Anna-Maria Kowalska-Nowak", "Nothing is decided yet,")], "reported": []},
    {"form": "particles",
     "text": "Omar al-Rashid told reporters that the talks had been constructive.\n",
     "quotes": [], "reported": [("Omar al-Rashid", "the talks had been constructive.")]},

    # ------------------------------------------------------------------ initials
    {"form": "initials",
     "text": "Deputy Minister A. Ivanov said that the program would be extended to 2030.\n",
     "quotes": [], "reported": [("A. Ivanov", "the program would be extended to 2030.")]},
    {"form": "initials",
     "text": "“The licences will be issued in May,” Deputy Minister A. Ivanov told reporters.\n",
     "quotes": [("direct", "A. Ivanov", "The licences will be issued in May,")], "reported": []},

    # ------------------------------------------------------------------ women and "she"
    {"form": "women",
     "text": ("Ingrid Solberg arrived in Nairobi on Monday. She said the embassy would open a visa centre.\n"),
     "quotes": [], "reported": [("Ingrid Solberg", "the embassy would open a visa centre.")]},
    {"form": "women",
     "text": ("Kofi Mensah met Ingrid Solberg in Accra. “We agreed on a timetable,” she said.\n"),
     "quotes": [("direct", "Ingrid Solberg", "We agreed on a timetable,")], "reported": []},
    {"form": "women",
     "text": ("Kofi Mensah met Ingrid Solberg in Accra. “We agreed on a timetable,” he said.\n"),
     "quotes": [("direct", "Kofi Mensah", "We agreed on a timetable,")], "reported": []},
    {"form": "women",
     "text": ("Chairwoman Amara Okafor opened the session. She stressed that the budget had to be balanced.\n"),
     "quotes": [], "reported": [("Amara Okafor", "the budget had to be balanced.")]},
    {"form": "women",
     "text": ("“We need more women in engineering,” Minister Ingrid Solberg said. She added that the ministry "
              "would fund scholarships.\n"),
     "quotes": [("direct", "Ingrid Solberg", "We need more women in engineering,")],
     "reported": [("Ingrid Solberg", "the ministry would fund scholarships.")]},

    # ------------------------------------------------------------------ marks
    {"form": "marks",
     "text": "'We are ready to sign,' Tomas Lindqvist said.\n",
     "quotes": [("direct", "Tomas Lindqvist", "We are ready to sign,")], "reported": []},
    {"form": "marks",
     "text": "'Russia's market is open to us,' said Kofi Mensah.\n",
     "quotes": [("direct", "Kofi Mensah", "Russia's market is open to us,")], "reported": []},
    {"form": "marks",
     "text": "Ingrid Solberg said: 'We don't expect any delays.'\n",
     "quotes": [("direct", "Ingrid Solberg", "We don't expect any delays.")], "reported": []},
    {"form": "marks",
     "text": "«We are ready to sign,» Tomas Lindqvist said.\n",
     "quotes": [("direct", "Tomas Lindqvist", "We are ready to sign,")], "reported": []},
    {"form": "marks",
     "text": "\"We are ready to sign,\" Ingrid Solberg told Interfax.\n",
     "quotes": [("direct", "Ingrid Solberg", "We are ready to sign,")], "reported": []},
    {"form": "marks",
     "text": "‘We are ready to sign,’ said Kofi Mensah.\n",
     "quotes": [("direct", "Kofi Mensah", "We are ready to sign,")], "reported": []},

    # ------------------------------------------------------------------ negatives
    {"form": "negative",
     "text": "The 'Digital Silk Road' initiative was discussed at the forum in Astana.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "Russia's and Kenya's ministers didn't meet in the '90s; the countries' ties grew later.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "Tomas Lindqvist spoke about the digital economy and the training of engineers.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "Ingrid Solberg proposed to create a joint working group on cybersecurity.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "Kofi Mensah announced his readiness to visit Moscow in the autumn.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "The report, written by Tomas Lindqvist, says that exports fell by a tenth.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "The film “Tomas Lindqvist: The Engineer” premiered in Oslo on Friday.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "Grace Period Rules apply to every contract signed before May.\n",
     "quotes": [], "reported": []},

    # ------------------------------------------------------------------ two speakers fit
    {"form": "abstain",
     "text": "Tomas Lindqvist met Kofi Mensah in Accra on Monday. “We agreed on everything,” he said.\n",
     "quotes": [("direct", None, "We agreed on everything,")], "reported": []},
    {"form": "abstain",
     "text": "Tomas Lindqvist met Kofi Mensah in Accra on Monday. He said the talks had been useful.\n",
     "quotes": [], "reported": [(None, "the talks had been useful.")]},
    {"form": "abstain",
     "text": ("Ingrid Solberg and Amara Okafor opened the exhibition. “It is a great day for us,” she said.\n"),
     "quotes": [("direct", None, "It is a great day for us,")], "reported": []},
]

# A second batch: the same frames with roles, pronouns and bodies instead of names, and more variants of each.
CASES += [
    {"form": "according",
     "text": ("Ambassador Tomas Lindqvist met the minister on Monday. According to the ambassador, the visa "
              "rules will be eased.\n"),
     "quotes": [], "reported": [("Tomas Lindqvist", "the visa rules will be eased.")]},
    {"form": "according",
     "text": "The contract is worth $2 billion, according to two people familiar with the matter.\n",
     "quotes": [], "reported": []},
    {"form": "told",
     "text": ("Finance Minister Kofi Mensah spoke after the meeting. The minister told reporters that inflation "
              "would slow.\n"),
     "quotes": [], "reported": [("Kofi Mensah", "inflation would slow.")]},
    {"form": "told",
     "text": "“The talks went well,” Tomas Lindqvist told the Nordic Times newspaper.\n",
     "quotes": [("direct", "Tomas Lindqvist", "The talks went well,")], "reported": []},
    {"form": "statement",
     "text": ("“We regret the decision,” the company said in a statement, adding that it would appeal.\n"),
     "quotes": [("direct", "the company", "We regret the decision,")],
     "reported": [("the company", "it would appeal.")]},
    {"form": "statement",
     "text": "The embassy said in a statement on Tuesday that the consulate would reopen in May.\n",
     "quotes": [], "reported": [("The embassy", "the consulate would reopen in May.")]},
    {"form": "who_said",
     "text": ("Science Minister Kofi Mensah arrived on Monday. The minister, who spoke at the opening of the forum, "
              "said the budget for research would double.\n"),
     "quotes": [], "reported": [("Kofi Mensah", "the budget for research would double.")]},
    {"form": "quoted_as",
     "text": ("Deputy Minister Ingrid Solberg arrived in Minsk. The deputy minister was quoted as saying that "
              "the deal was close.\n"),
     "quotes": [], "reported": [("Ingrid Solberg", "the deal was close.")]},
    {"form": "in_words",
     "text": "In the words of the ministry, the reform is “long overdue.”\n",
     "quotes": [("direct", "the ministry", "long overdue.")],
     "reported": [("the ministry", "the reform is “long overdue.”")]},
    {"form": "spokesman",
     "text": "“We have nothing to add,” a company spokesman said.\n",
     "quotes": [("direct", "a company spokesman", "We have nothing to add,")], "reported": []},
    {"form": "headline",
     "text": ("Our engineers are ready — Mensah\n\n"
              "Ghana's Communications Minister Kofi Mensah said on Friday that the country's engineers were "
              "ready to build the network.\n"),
     "quotes": [], "reported": [("Kofi Mensah", "Our engineers are ready"),
                                ("Kofi Mensah", "the country's engineers were ready to build the")]},
    {"form": "paragraphs",
     "text": ("Ingrid Solberg said in her speech:\n\n"
              "'We have a lot of work ahead of us.\n\n"
              "'The first step is a common market for data.'\n"),
     "quotes": [("direct", "Ingrid Solberg", "We have a lot of work ahead of us.")], "reported": []},
    {"form": "signature",
     "text": "“Our partners trust us.” — Tomas Lindqvist, chairman of the Nordic Digital Council\n",
     "quotes": [("direct", "Tomas Lindqvist", "Our partners trust us.")], "reported": []},
    {"form": "parenthesis",
     "text": ("The minister (“I am an engineer myself,” Kofi Mensah likes to say) visited the plant.\n"),
     "quotes": [("direct", "Kofi Mensah", "I am an engineer myself,")], "reported": []},
    {"form": "cue_verbs",
     "text": "She also noted that the agency would publish the data monthly.\n",
     "quotes": [], "reported": []},
    {"form": "cue_verbs",
     "text": ("Minister Ingrid Solberg chaired the meeting. She also noted that the agency would publish the "
              "data monthly.\n"),
     "quotes": [], "reported": [("Ingrid Solberg", "the agency would publish the data monthly.")]},
    {"form": "stance",
     "text": ("Tomas Lindqvist heads the council. He believes that the rules should be the same for every "
              "member.\n"),
     "quotes": [], "reported": [("Tomas Lindqvist", "the rules should be the same for every member.")]},
    {"form": "nested",
     "text": ("Kofi Mensah recalled: “My father used to say, ‘Build things that last,’ and I still believe "
              "him.”\n"),
     "quotes": [("direct", "Kofi Mensah", "My father used to say,")], "reported": []},
    {"form": "titles",
     "text": ("The Deputy Prime Minister of Norway, Ingrid Solberg, said on Monday that the talks would resume "
              "in June.\n"),
     "quotes": [], "reported": [("Ingrid Solberg", "the talks would resume in June.")]},
    {"form": "particles",
     "text": "According to Ursula von Brandt, the fund will invest in start-ups.\n",
     "quotes": [], "reported": [("Ursula von Brandt", "the fund will invest in start-ups.")]},
    {"form": "initials",
     "text": "“Our servers are in Kazan,” said A. V. Petrov, director of the data centre.\n",
     "quotes": [("direct", "A. V. Petrov", "Our servers are in Kazan,")], "reported": []},
    {"form": "women",
     "text": ("Ingrid Solberg visited the plant with her deputy. According to her, the plant will double its "
              "output.\n"),
     "quotes": [], "reported": [("Ingrid Solberg", "the plant will double its output.")]},
    {"form": "marks",
     "text": "Tomas Lindqvist said that the 'smart city' project would start in May.\n",
     "quotes": [], "reported": [("Tomas Lindqvist", "the 'smart city' project would start in May.")]},
    {"form": "negative",
     "text": "“Digital Bridge 2025” will open in Astana, the organisers announced.\n",
     "quotes": [], "reported": [("the organisers", "“Digital Bridge 2025” will open in Astana,")]},
    {"form": "abstain",
     "text": ("Ingrid Solberg and Amara Okafor opened the exhibition. She added that the pavilion would stay "
              "open until Sunday.\n"),
     "quotes": [], "reported": [(None, "the pavilion would stay open until Sunday.")]},
]

# A third batch: readouts, possessive spokespeople, more marks and negatives.
CASES += [
    {"form": "spokesman",
     "text": ("Tomas Lindqvist did not attend the meeting. His spokesman said that the minister was ill.\n"),
     "quotes": [], "reported": [("His spokesman", "the minister was ill.")]},
    {"form": "spokesman",
     "text": "Lindqvist's spokeswoman told reporters the trip had been postponed.\n",
     "quotes": [], "reported": [("Lindqvist's spokeswoman", "the trip had been postponed.")]},
    {"form": "statement",
     "text": ("The two leaders discussed trade and energy, the Kremlin said in a readout of the call.\n"),
     "quotes": [], "reported": [("the Kremlin", "The two leaders discussed trade and energy,")]},
    {"form": "statement",
     "text": "The company said on its website that the service would resume on Monday.\n",
     "quotes": [], "reported": [("The company", "the service would resume on Monday.")]},
    {"form": "told",
     "text": "“There will be no delays,” Amara Okafor told the Financial Times.\n",
     "quotes": [("direct", "Amara Okafor", "There will be no delays,")], "reported": []},
    {"form": "told",
     "text": "Amara Okafor told lawmakers on Wednesday that the budget would be revised.\n",
     "quotes": [], "reported": [("Amara Okafor", "the budget would be revised.")]},
    {"form": "cue_verbs",
     "text": "“We have learned our lesson,” Tomas Lindqvist acknowledged.\n",
     "quotes": [("direct", "Tomas Lindqvist", "We have learned our lesson,")], "reported": []},
    {"form": "cue_verbs",
     "text": "Kofi Mensah reiterated that Ghana would not raise its tariffs.\n",
     "quotes": [], "reported": [("Kofi Mensah", "Ghana would not raise its tariffs.")]},
    {"form": "cue_verbs",
     "text": "Amara Okafor explained that the funds would go to rural schools.\n",
     "quotes": [], "reported": [("Amara Okafor", "the funds would go to rural schools.")]},
    {"form": "marks",
     "text": "Kofi Mensah said: «The market is open to everyone.»\n",
     "quotes": [("direct", "Kofi Mensah", "The market is open to everyone.")], "reported": []},
    {"form": "marks",
     "text": "'The market is open,' Ingrid Solberg said, 'and we intend to keep it so.'\n",
     "quotes": [("direct", "Ingrid Solberg", "The market is open,")], "reported": []},  # one quotation, split
    {"form": "negative",
     "text": "Tomas Lindqvist's 'open data' policy was approved by parliament on Tuesday.\n",
     "quotes": [], "reported": []},
    {"form": "negative",
     "text": "Ingrid Solberg agreed to visit Accra and discussed the terms of the loan.\n",
     "quotes": [], "reported": []},
    {"form": "women",
     "text": ("Amara Okafor, the chairwoman of the board, opened the meeting. “We are growing,” she said.\n"),
     "quotes": [("direct", "Amara Okafor", "We are growing,")], "reported": []},
    {"form": "abstain",
     "text": ("Tomas Lindqvist and Kofi Mensah signed the deal. “It is a good day,” he told reporters.\n"),
     "quotes": [("direct", None, "It is a good day,")], "reported": []},
]
