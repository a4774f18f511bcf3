"""The person-mention layer: names with roles, linked short mentions, and variant merging."""
import pandas as pd
import pytest
from conftest import EN, KNOWN, REF, make_doc

from helpers.corpus.merge import merge_people
from helpers.extract.people import doc_aliases, find_people
from helpers.extract.people.names import same_person_name


def layer(text: str):
    return find_people(make_doc(text), REF, KNOWN, EN)


# (text, person, role, country, gender)
NAMED = [
    ("First Deputy Prime Minister of Belarus Alexander Turchin made the statement.", "Alexander Turchin",
     "First Deputy Prime Minister of Belarus", "BLR", "m"),
    ("Chairwoman of the Federation Council of the Russian Federation Valentina Matviyenko backed it.",
     "Valentina Matviyenko", "Chairwoman of the Federation Council of the Russian Federation", "RUS", "f"),
    ("Ismailov met with Xu Yu, Director of the Information Technology Department of the State Chancellery of China.",
     "Xu Yu", "Director of the Information Technology Department of the State Chancellery of China", "CHN", None),
    ("Russian President Vladimir Putin spoke.", "Vladimir Putin", "Russian President", "RUS", "m"),
    (("The program was signed by the mayor of the Russian capital Sergei Sobyanin and the mayor of the Chinese "
     "capital Yin Yong."), "Yin Yong", "mayor of the Chinese capital", "CHN", "m"),
    ("Lilia Ananich, Minister of Information of the Republic of Belarus:\nThis is the formation of mentality.",
     "Lilia Ananich", "Minister of Information of the Republic of Belarus", "BLR", "f"),
    ("The memorandum was signed by Deputy Minister Bella Cherkesova.", "Bella Cherkesova", "Deputy Minister", None, "f"),
]


@pytest.mark.parametrize("text, person, role, country, gender", NAMED)
def test_names_with_role_appositions(text, person, role, country, gender):
    found = layer(text).people[person]
    assert (found.role, found.country, found.gender) == (role, country, gender)


@pytest.mark.parametrize("text, people", [
    # a word of an organisation's name ("Telecommunications", "Development") does not start the name after it
    ("Kenyan Minister of Information and Telecommunications Imani Wambui arrived.", {"Imani Wambui"}),
    ("Deputy Head of Regional Development Tomas Kral spoke.", {"Tomas Kral"}),
    # "X and Ambassador Y": "and" opens a second person, not the rest of an organisation's name
    ("Kenyan Minister of Trade Imani Wambui and Russian Ambassador Ivan Petrov signed a memorandum.",
     {"Imani Wambui", "Ivan Petrov"}),
])
def test_role_names_next_to_organisation_words_and_second_people(text, people):
    assert set(layer(text).people) == people


def test_names_inside_organisations_and_plain_capitals_are_not_people():
    people = layer("The Minister of the Main State Administration for Market Control and Regulation of the PRC "
                   "Zhang Gong signed. The Sea Silk Road and the Skolkovo Foundation were discussed.").people
    assert set(people) == {"Zhang Gong"}


def test_two_names_run_together_by_scraping_are_split():
    people = layer("Prime Minister of Uzbekistan Abdulla Aripov Mikhail Mishustin meets with colleagues.").people
    assert {"Abdulla Aripov", "Mikhail Mishustin"} <= set(people)
    assert people["Abdulla Aripov"].country == "UZB" or people["Abdulla Aripov"].role.endswith("Uzbekistan")
    assert people["Mikhail Mishustin"].role != people["Abdulla Aripov"].role


# (text, the short mention, its person, via)
LINKED = [
    ("Deputy Minister of Industry of Belarus Dmitry Kharitonchik spoke. Then Kharitonchik left.", "Kharitonchik",
     "Dmitry Kharitonchik", "surname"),
    ("First Deputy Prime Minister of Belarus Alexander Turchin arrived. The official said it was fine.",
     "The official", "Alexander Turchin", "role"),
    (("Deputy Minister of Industry of Belarus Dmitry Kharitonchik and President of Belarus Alexander Lukashenko met. "
     "Later the Deputy Minister of Industry of Belarus said more."), "the Deputy Minister of Industry of Belarus",
     "Dmitry Kharitonchik", "role"),
    ("Minister of Transport Rashad Nabiev met the head of Roscosmos Dmitry Rogozin. They talked, the minister said.",
     "the minister", "Rashad Nabiev", "role"),
    ("Russian President Vladimir Putin met Chinese President Xi Jinping. The Russian president said so.",
     "The Russian president", "Vladimir Putin", "role"),
    ("Minister Nikolai Nikiforov met President Nursultan Nazarbayev. The head of the Ministry of Telecom also spoke.",
     "The head of the Ministry of Telecom", "Nikolai Nikiforov", "role"),
    ("Chairwoman Valentina Matviyenko met Alexander Turchin. She gave instructions.", "She", "Valentina Matviyenko",
     "pronoun"),
    ("Alexander Turchin met Valentina Matviyenko. In his words, it went well.", "his", "Alexander Turchin", "pronoun"),
    ("Putin spoke about cooperation with Africa.", "Putin", "Vladimir Putin", "surname"),
    # a pronoun continuing a report goes to the one who spoke in the sentence before, not to the person named
    # in their relative clause, even when only the latter's gender is known
    (("Kenyan Minister of ICT Imani Wambui, who met Oleg Sidorov in Nairobi on May 2, said that ties would grow.\n"
      "\"Our start-ups are ready,\" he added."), "he", "Imani Wambui", "pronoun"),
    (("Ivan Petrov, who hosted Oleg Sidorov in Tula, stressed that the plant was ready. "
      "He added that work would start soon."), "He", "Ivan Petrov", "pronoun"),
    # … or in its own sentence, before the pronoun
    ("Ivan Petrov, who met Oleg Sidorov on Friday, said he was satisfied.", "he", "Ivan Petrov", "pronoun"),
    # the one quoted in the sentence before is its speaker, not the person met afterwards
    ("“We agreed on the plan,” Ivan Petrov said after meeting Oleg Sidorov. He added that it was ready.", "He",
     "Ivan Petrov", "pronoun"),
    # the speaker of the sentence before, though someone else is named in what they said
    ("Ivan Petrov said that Oleg Sidorov agreed. He added that the plan was ready.", "He", "Ivan Petrov", "pronoun"),
    # people named inside a quotation are not the speaker of its attribution
    ("Ivan Petrov spoke on Monday. “We thank Oleg Sidorov for the work,” he said.", "he", "Ivan Petrov", "pronoun"),
    # the same goes for a role phrase that is the subject ("The deputy minister noted …")
    (("Belarusian Deputy Minister of Energy Pavel Lisovsky met Anna Petrova. The deputy minister noted that the "
      "grid was ready. He said more would follow."), "He", "Pavel Lisovsky", "pronoun"),
    ("Yesterday Mr Golovchenko and speakers before him talked about it.", "Golovchenko", "Golovchenko", "surname"),
]


@pytest.mark.parametrize("text, surface, person, via", LINKED)
def test_short_mentions_link_to_the_person(text, surface, person, via):
    rows = [m for m in layer(text).mentions if m["surface"] == surface]
    assert rows and rows[-1]["entity"] == person and rows[-1]["via"] == via
    assert rows[-1]["kind"] == "person" and text[rows[-1]["start"]:rows[-1]["end"]] == surface


UNLINKED = [
    ("He said it was fine.", "He"),  # nobody named before
    ("Alexander Turchin arrived. The mayor said it was fine.", "The mayor"),  # no mayor named
    ("This is the first official foreign visit of the delegation.", "the first official"),  # an adjective
    # two people fit, named close together: the text allows two readings
    ("Belarusian Prime Minister Roman Golovchenko met Chinese Premier Li Qiang. The prime minister said it went well.",
     "The prime minister"),
    ("Alexander Turchin met Ivan Petrov. He said it went well.", "He"),
    # a subject who only acts is not preferred; a rival whose gender is unknown keeps it open too
    ("Minister Imani Wambui met Ivan Petrov in Moscow. He said it went well.", "He"),
    ("Ivan Petrov hosted Oleg Sidorov, who said that talks went well. He added more.", "He"),
    ("Ivan Petrov spoke. “We thank Minister Oleg Sidorov for the work,” the minister said.", "the minister"),
    # within one sentence, a person named after the speaker's cue may be meant
    ("Ivan Petrov said that Oleg Sidorov had sent his proposal.", "his"),
]


def test_a_listener_or_an_outlet_is_not_made_a_person():
    assert set(layer("Deputy Minister Petr Ivanov told BelTA that the network is ready.").people) == {"Petr Ivanov"}


@pytest.mark.parametrize("text, surface", UNLINKED)
def test_references_without_a_fitting_person_stay_unlinked(text, surface):
    assert [m for m in layer(text).mentions if m["surface"] == surface] == []


def test_pronouns_follow_gender():
    rows = layer("Maria Ivanova met Ivan Petrov. She said he was late.").mentions
    assert {m["surface"]: m["entity"] for m in rows if m["via"] == "pronoun"} == {"She": "Maria Ivanova", "he": "Ivan Petrov"}


def test_spelling_variants_in_one_document_become_aliases():
    found = layer("Minister Nikolay Nikiforov met Nenad Popovic. Later Nikolai Nikiforov thanked Nenad Popovich. "
                  "Valentina Matvienko joined.")
    assert doc_aliases(found) == {"Nikolay Nikiforov": "Nikolai Nikiforov", "Nenad Popovich": "Nenad Popovic",
                                  "Valentina Matvienko": "Valentina Matviyenko"}


def test_unknown_transliterations_merge_within_a_document():
    found = layer("Minister Dmitriy Kuznetsov spoke. Later Dmitry Kuznetsov left.")
    assert set(found.people) == {"Dmitriy Kuznetsov"}
    assert {m["entity"] for m in found.mentions} == {"Dmitriy Kuznetsov"}


@pytest.mark.parametrize("a, b, same", [
    ("Valentina Matviyenko", "Valentina Matvienko", True),
    ("Nikolai Nikiforov", "Nikolay Nikiforov", True),
    ("Gurbanguly Berdimuhamedow", "Gurbanguly Berdymukhamedov", True),
    ("Nenad Popovic", "Nenad Popovich", True),
    ("Gurbanguly Berdimuhamedow", "Serdar Berdimuhamedow", False),  # father and son share the surname
    ("Alexander Lukashenko", "Viktor Lukashenko", False),
    ("Sergei Ivanov", "Sergei Ivanova", True),  # the gender ending alone does not separate: judgement call
])
def test_same_person_name(a, b, same):
    assert same_person_name(a, b) is same


def test_merge_people_across_documents_never_merges_on_surname_alone():
    mentions = pd.DataFrame([
        {"doc_id": "a", "surface": "Gurbanguly Berdymukhamedov", "entity": "Gurbanguly Berdymukhamedov", "iso3": "TKM", "via": "name"},
        {"doc_id": "b", "surface": "Serdar Berdimuhamedow", "entity": "Serdar Berdimuhamedow", "iso3": "TKM", "via": "name"},
        {"doc_id": "c", "surface": "Dmitriy Kuznetsov", "entity": "Dmitriy Kuznetsov", "iso3": "RUS", "via": "name"},
        {"doc_id": "d", "surface": "Dmitry Kuznetsov", "entity": "Dmitry Kuznetsov", "iso3": "RUS", "via": "name"},
        {"doc_id": "e", "surface": "Pavel Kuznetsov", "entity": "Pavel Kuznetsov", "iso3": "RUS", "via": "name"},
        {"doc_id": "f", "surface": "Golovchenko", "entity": "Golovchenko", "iso3": None, "via": "surname"},
        {"doc_id": "g", "surface": "Roman Golovchenko", "entity": "Roman Golovchenko", "iso3": "BLR", "via": "name"},
    ])
    quotes = pd.DataFrame([{"speaker": "Dmitry Kuznetsov", "speaker_role": "Deputy Minister"}])
    people, canonical = merge_people(mentions, quotes, KNOWN)
    assert canonical["Gurbanguly Berdymukhamedov"] == "Gurbanguly Berdimuhamedow"
    assert "Serdar Berdimuhamedow" not in canonical  # its own person
    assert canonical["Dmitry Kuznetsov"] == "Dmitriy Kuznetsov" or canonical.get("Dmitriy Kuznetsov") == "Dmitry Kuznetsov"
    assert canonical["Golovchenko"] == "Roman Golovchenko"
    assert set(people["person"]) == {"Gurbanguly Berdimuhamedow", "Serdar Berdimuhamedow", "Pavel Kuznetsov",
                                     "Roman Golovchenko", canonical.get("Dmitry Kuznetsov", "Dmitry Kuznetsov")}
    kuznetsov = people[people["person"].str.startswith("Dmitr")].iloc[0]
    assert kuznetsov["n_quotes"] == 1 and kuznetsov["n_mentions"] == 2 and kuznetsov["roles"] == ["Deputy Minister"]


def test_known_people_file_reads_aliases_and_gender():
    entry = KNOWN.get("Valentina Matvienko")
    assert entry.name == "Valentina Matviyenko" and entry.gender == "f" and entry.country == "RUS"
    assert KNOWN.canonical("nikolay nikiforov") == "Nikolai Nikiforov"


@pytest.mark.parametrize("text", [
    # a heading ending in a role phrase, then a caption line: a role phrase never runs over a line break
    ("Tula Governor Ivan Petrov arrived.\nAgreement between the Governor and the Administration of Tula\n"
     "Kazan Mayor Ilsur Metshin and Tula Governor Oleg Sidorov\n\nAs Sidorov said, it works."),
    "Energy Minister Pavel Lisovsky arrived. The talks were held by the Minister\nof Energy Pavel Lisovsky and others.",
])
def test_role_phrases_never_cross_a_line_break(text):
    assert all("\n" not in m["surface"] for m in layer(text).mentions)


# Surname-first names (Chinese, Korean, Vietnamese, Hungarian order): a later word that is the full name's first
# OR last word links to it when exactly one person in the document has that word.
# (text, short form, person)
SURNAME_FIRST = [
    ("Chinese Foreign Minister Zhao Lijun arrived in Minsk. Zhao said the talks went well.", "Zhao", "Zhao Lijun"),
    ("Vietnamese Prime Minister Tran Van Hoa met investors. Hoa told reporters the market is open.", "Hoa",
     "Tran Van Hoa"),
    ("Vietnamese Prime Minister Tran Van Hoa met investors. Tran told reporters the market is open.", "Tran",
     "Tran Van Hoa"),
    ("South Korean Trade Minister Park Min-soo spoke in Seoul. Park said exports had grown.", "Park", "Park Min-soo"),
    ("Hungarian Foreign Minister Szabo Gergely visited Belgrade. Szabo noted that the pipeline was ready.", "Szabo",
     "Szabo Gergely"),
]


@pytest.mark.parametrize("text, short, person", SURNAME_FIRST)
def test_a_surname_first_name_links_its_family_name(text, short, person):
    found = layer(text)
    rows = [m for m in found.mentions if m["surface"] == short]
    assert rows and rows[-1]["entity"] == person
    assert set(found.people) == {person}


def test_a_word_two_people_share_links_to_neither():
    found = layer("Chinese Premier Liu Jian met Vice Premier Liu Hongbo in Beijing. Liu said the plan was ready.")
    last = [m for m in found.mentions if m["surface"] == "Liu" and m["start"] > 60]
    assert last == [] and set(found.people) == {"Liu Jian", "Liu Hongbo"}


# A lone capitalised word before a cue, with no honorific, no surname ending and no full name in the document,
# is a company or body, not a person.
@pytest.mark.parametrize("text", [
    "Sovcombank said its profit had grown.",
    "Rostelecom announced that it will build a data centre.",
    "Tencent told reporters that the company will invest more.",
    "Norilsk Nickel said that output had grown.",
])
def test_a_company_before_a_cue_is_not_a_person(text):
    assert layer(text).people == {}


@pytest.mark.parametrize("text, person", [
    ("Peskov said the Kremlin had no comment.", "Peskov"),  # a surname's ending
    ("Mr Whitfield said the bill would pass.", "Whitfield"),  # an honorific
    ("Bolat Akchulakov said the pipeline was full.", "Bolat Akchulakov"),  # an unlisted first name, a surname's ending
])
def test_a_lone_surname_before_a_cue_is_still_a_person(text, person):
    assert set(layer(text).people) == {person}


# First name and patronymic: an address form, linked to the document's one person with that first name.
# (text, address, person or None, people)
ADDRESSES = [
    ("Vladimir Putin met Alexander Lukashenko. “Vladimir Vladimirovich, we are ready,” Lukashenko said.",
     "Vladimir Vladimirovich", "Vladimir Putin", {"Vladimir Putin", "Alexander Lukashenko"}),
    ("Vladimir Putin met Alexander Lukashenko. “Dear Alexander Grigoryevich, welcome,” Putin said.",
     "Alexander Grigoryevich", "Alexander Lukashenko", {"Vladimir Putin", "Alexander Lukashenko"}),
    ("Governor Tatiana Orlova opened the plant. “Tatiana Petrovna, thank you,” the director said.",
     "Tatiana Petrovna", "Tatiana Orlova", {"Tatiana Orlova"}),
    # nobody with that first name is named: the address is left out of the layer
    ("Minister Oleg Sidorov spoke. “Sergei Ivanovich, we thank you,” he said.", "Sergei Ivanovich", None,
     {"Oleg Sidorov"}),
]


@pytest.mark.parametrize("text, address, person, people", ADDRESSES)
def test_patronymic_address_is_not_a_new_person(text, address, person, people):
    found = layer(text)
    assert set(found.people) == people
    rows = [m for m in found.mentions if m["surface"] == address]
    assert [r["entity"] for r in rows] == ([person] if person else [])


def test_a_surname_ending_in_ovich_is_a_name_not_a_patronymic():
    assert "Nenad Jankovich" in layer("Minister Nenad Jankovich said the deal was signed.").people


@pytest.mark.parametrize("text, surface, person", [
    ("Governor Tatiana Orlova opened the plant. Ms Orlova said it was ready.", "Orlova", "Tatiana Orlova"),
    ("Minister Oleg Sidorov met the press. Mr Sidorov said the plan was ready.", "Sidorov", "Oleg Sidorov"),
])
def test_an_honorific_and_surname_link_to_the_person_not_a_new_one(text, surface, person):
    found = layer(text)
    assert set(found.people) == {person}
    assert [m["entity"] for m in found.mentions if m["surface"] == surface] == [person]


def test_a_known_surname_first_name_is_found_by_its_family_name():
    found = layer("Xi said that the two countries would expand trade.")
    assert set(found.people) == {"Xi Jinping"}


@pytest.mark.parametrize("text, person, gender", [
    # a first name only the generated list knows, with nothing else around it that says "person"
    ("Pavel Orlov met Tomas Lindqvist in Minsk on Monday.", "Tomas Lindqvist", "m"),
    ("The delegation was led by Ingrid Solberg and arrived on Sunday.", "Ingrid Solberg", "f"),
    ("Amara Okafor opened the new office in Lagos.", "Amara Okafor", None),  # a name both genders bear
    ("Kofi Mensah opened the new office in Accra.", "Kofi Mensah", "m"),
])
def test_a_first_name_of_the_broad_list_makes_a_person_with_its_gender(text, person, gender):
    assert layer(text).people[person].gender == gender


@pytest.mark.parametrize("text", [
    "Will Russia join the project? Grace Period Rules apply.",  # English words are not in the list
    "Tomas arrived late.",  # one word alone is not read as a name from the list
    "The delegation visited Paris Metro stations.",  # a city's name is not a given name of the list
])
def test_the_broad_list_makes_no_person_of_words_or_single_names(text):
    assert layer(text).people == {}


def test_the_generated_given_names_leave_out_english_words_and_keep_the_gender_they_tell():
    from helpers.lang.en.given_names import load_given_names

    names = load_given_names()
    assert len(names) > 10_000
    assert not {"Will", "May", "Said", "Grace", "Hope", "Mark", "Paris", "London"} & names.keys()
    assert (names["Tomas"], names["Ingrid"], names["Amara"]) == ("m", "f", None)


@pytest.mark.parametrize("text, person", [
    ("“The fund is open,” said Hamad bin Khalid Al Nuaimi, the director of the fund.", "Hamad bin Khalid Al Nuaimi"),
    ("Omar al-Rashid told reporters that the talks had been constructive.", "Omar al-Rashid"),
    ("Deputy Minister A. Ivanov said that the program would be extended.", "A. Ivanov"),
    ("“Our servers are in Kazan,” said A. V. Petrov, director of the data centre.", "A. V. Petrov"),
])
def test_names_with_particles_hyphens_and_initials_are_whole(text, person):
    assert set(layer(text).people) == {person}


def test_initials_and_a_surname_link_to_the_fuller_name_of_the_document():
    found = layer("Chief executive Alexander Grimsson spoke first.\n\nA. Grimsson: Thank you. A.G.Grimsson agreed.")
    assert set(found.people) == {"Alexander Grimsson"}
    assert [m["surface"] for m in found.mentions] == ["Alexander Grimsson", "A. Grimsson", "A.G.Grimsson"]
