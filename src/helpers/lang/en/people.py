"""English resources for finding people: role nouns, honorifics, pronouns, name particles, gendered first names.

Analysts extend these lists (another language has its own `people.py` in its folder); the people layer
in `helpers.extract.people` only combines them.
"""
from helpers.lang.en.given_names import load_given_names

# Nouns that make the phrase around a name a role ("Deputy Prime Minister of Belarus", "the mayor of …").
# Each maps to the role class used to link a later "the minister" back to the person it names.
ROLE_CLASSES = {
    "president": "president", "vice-president": "vice president", "premier": "prime minister",
    "minister": "minister", "secretary": "secretary", "chancellor": "chancellor",
    "chairman": "chair", "chairwoman": "chair", "chairperson": "chair", "chair": "chair", "speaker": "chair",
    "mayor": "mayor", "governor": "governor", "ambassador": "ambassador", "envoy": "ambassador",
    "director": "director", "director-general": "director", "head": "head", "chief": "head", "leader": "head",
    "king": "head of state", "emir": "head of state", "sultan": "head of state", "monarch": "head of state",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
    "adviser": "adviser", "advisor": "adviser", "aide": "adviser", "commissioner": "commissioner",
    "senator": "legislator", "deputy": "deputy", "lawmaker": "legislator", "member": "member",
    "official": "official", "representative": "representative", "founder": "founder",
    "ceo": "executive", "chief executive": "executive", "executive": "executive", "manager": "executive",
    "commander": "military", "rector": "director", "professor": "academic",
    "academician": "academic", "expert": "expert", "analyst": "expert", "correspondent": "journalist",
    "journalist": "journalist", "reporter": "journalist", "editor": "journalist",
    "diplomat": "diplomat", "head of state": "head of state", "head of government": "prime minister",
}
# Role nouns that refer back to a person by the kind of office, not its title: "the top diplomat" is the
# foreign minister or an ambassador named before; each maps to words of the roles it fits.
GENERIC_ROLES = {
    "diplomat": ("foreign minister", "minister of foreign affairs", "foreign affairs", "ambassador", "envoy", "consul"),
    "official": (),  # any office
    "head of state": ("president", "king", "emir", "sultan", "monarch", "head of state"),
    "head of government": ("prime minister", "premier", "chancellor", "head of government"),
    # "the Russian leader": the president or head of government named before (of that country)
    "leader": ("president", "prime minister", "premier", "chancellor", "king", "emir", "sultan", "monarch", "head of state",
               "head of government", "leader"),
}
# "the head of state": a role noun whose "of …" tail names the kind of office (a key of GENERIC_ROLES).
OFFICE_KIND_TAILS = {"head": ("head of state", "head of government")}
# Lower-case words that may stand between "the" and a role noun ("the prime minister", "the foreign minister").
ROLE_MODIFIERS = ("top", "senior", "first", "deputy", "vice", "acting", "prime", "foreign", "finance", "defence", "defense", "interior",
                  "trade", "economy", "economic", "digital", "education", "health", "energy", "industry", "culture",
                  "justice", "executive", "former", "chief")
# Words that turn a role into its deputy ("Deputy Minister" is not the minister).
DEPUTY_WORDS = frozenset({"deputy", "vice", "first deputy", "assistant", "acting"})
# "the head of the Ministry of …" names the minister; "the head of the Agency …" the agency's head.
HEAD_OF_MINISTRY = frozenset({"ministry", "department"})

# Nouns of organisations and bodies: capitalised, they are not part of a person's name.
ORG_NOUNS = frozenset("""
ministry ministries council committee commission agency service services department office bureau
government administration assembly parliament duma senate chamber court union federation republic
kingdom state states emirates bank fund foundation institute institution university academy center centre
company corporation group holding forum summit conference congress organization organisation association
society party movement network platform program programme project strategy concept initiative economy
development communications communication media mass telecom technologies technology information innovation
industry informatization transport science education culture affairs security defense defence finance
trade economic digital national international joint board chancellery administration capital city region
president's website press news agency television channel radio newspaper portal
lab labs systems motors airlines railways exchange holdings
street avenue prospekt prospect boulevard square embankment highway district
times post herald tribune gazette journal telegraph observer
""".split())

# Lower-case nouns after a bare name that make it a namesake, not a mention of the person: "the Putin
# administration", "the Gagarin museum", "the Korolev prize" (a possessive, "Putin's administration", names him).
NAMESAKE_NOUNS = frozenset("""
administration government cabinet regime doctrine foundation fund institute university academy museum library
school prize award medal street avenue prospekt prospect boulevard square embankment highway district airport
station
""".split())

# Endings of abstract nouns in organisation names ("Telecommunications", "Innovation", "Development",
# "Technology", "Industry"): a capitalised word ending so is not part of a personal name.
ORG_WORD_ENDINGS = ("ation", "ations", "ition", "itions", "ution", "utions", "opment", "opments", "ology",
                    "ologies", "ities", "ustry", "ustries", "ership", "erships")

# Words of a credit line before "by" ("Reporting by …; editing by …", "Photo by …"): the name after is a person.
CREDIT_WORDS = frozenset("reporting editing writing written photo photos photograph text compiled interviewed".split())

# Honorifics: the next capitalised word is a surname; some make the gender plain.
HONORIFICS = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "madam": "f",
              "sir": "m", "dr": None, "dr.": None, "prof": None, "prof.": None,
              "datuk": None, "dato": None, "dato'": None, "datin": "f", "tun": None, "tan sri": None, "sheikh": "m"}

# Role nouns that make the gender plain.
GENDERED_ROLES = {"chairwoman": "f", "spokeswoman": "f", "chairman": None, "spokesman": "m",
                  "queen": "f", "king": "m", "congresswoman": "f", "businesswoman": "f"}

# Third-person pronouns that refer back to a person, with their gender.
PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}

# Lower-case words allowed inside a personal name ("Rashad Nabi oglu Nabiev", "Ursula von der Leyen").
NAME_PARTICLES = frozenset({"oglu", "ogly", "kyzy", "uulu", "bin", "ibn", "bint", "al", "el", "van", "von", "der",
                            "de", "da", "di", "du", "la", "le", "dos", "del"})

# Capitalised words that begin sentences or headings but never a name.
NOT_NAME_WORDS = frozenset("""
The A An This That These Those It Its In On At By For From With Without Of To As According After Before
During While When Where Why How What Which Who Whom Whose If But And Or Nor So Yet Also Thus Then There
Here However Moreover Meanwhile Today Yesterday Tomorrow Earlier Later Now Since Until Between Among
Both Each Every All Some Many Most Such Our Their His Her My Your We They He She I You Mr Mrs Ms Dr
January February March April May June July August September October November December Monday Tuesday
Wednesday Thursday Friday Saturday Sunday Main Content Notes Photo Source Read More Highlight Person
Visit Meeting Video Colleagues Friends Thank Thanks Please First Second Third Deputy Vice Prime Acting
General Senior Chief Head Russian Chinese Belarusian Kazakh Serbian Turkmen Tajik Uzbek Kyrgyz Armenian
Azerbaijani African European Asian American Eurasian Soviet Internet Digital Economic Federal State Union
North South East West Central Northern Southern Eastern Western Great New Old Supreme High Higher
Republic Federation People People's Kremlin Government Ministry Council Forum Summit
Officials Experts Analysts Sources Participants Observers Authorities Residents Critics Diplomats Ministers
Leaders Organizers Organisers Reporters Journalists Scientists Representatives Delegates Members Parties
Everyone Everybody Someone Somebody Nobody Anyone Anybody None Neither Either Few Others Several One Two Three
""".split())
# Capitalised words of a heading that may follow a name ("Andrei Nesterenko Interview to RIA Novosti"): never its end.
HEADING_WORDS = frozenset("Interview Interviews Remarks Speech Briefing Transcript Statement Address Answers Comments".split())

# Common first names, by gender, for the names of this domain (Slavic, Central Asian, Caucasian,
# Balkan, Western). A name whose first word is here is a person even without a role nearby.
MALE_FIRST_NAMES = frozenset("""
Alexander Aleksandr Alexandr Alexey Alexei Aleksei Aleksey Anatoly Andrei Andrey Anton Arkady Boris Daniil
Denis Dmitry Dmitri Dmitriy Evgeny Evgeni Yevgeny Fyodor Gennady Georgy Gleb Grigory Igor Ilya Ivan Konstantin
Leonid Maxim Maksim Maxime Mikhail Nikita Nikolai Nikolay Oleg Pavel Pyotr Roman Ruslan Sergei Sergey Sergej
Stanislav Petr Piotr Peter Timur Vadim Valery Valeri Vasily Viktor Victor Vitaly Vladimir Vladislav Vyacheslav Yury Yuri
Yaroslav Kirill Artem Artyom Askar Nursultan Kassym-Jomart Islam Rashad Rashid Ilham Shavkat Emomali
Sadyr Almazbek Nikol Serdar Gurbanguly Mammetkhan Dauren Maksut Marat Nurlan Bakhyt Tigran Armen Aram
Rustam Farid Kamil Ramzan Aleksandar Nenad Milos Miloš Dragan Goran Zoran Aleksandar Recep Ali Mohammed
Muhammad Ahmed Ahmad Mahmoud Hassan Hossein Narendra
John James Robert Michael William David Richard Joseph Thomas Charles Donald Joe Barack George Emmanuel
Olaf Viktor Jair Luiz Cyril Abiy Denis Sebastian Friedrich Wolfgang Klaus Hans Pierre Jean Luis Carlos
Juan Jose José Antonio Manuel Pedro Paulo Francisco Mohamed Abdulla Abdullah Alisher Evgeniy
Karl Martin Daniel Jonas Lars Erik Henrik Anders Nils Oskar Oscar Johan Magnus Stefan Andreas Markus Thomas Matthias
Jens Ole Mikael Michel Marco Luca Giuseppe Giovanni Alessandro Stefano Paolo Andrea Fabio Sergio Mario Diego
Javier Miguel Rafael Fernando Ricardo Alejandro Eduardo Roberto Felipe Gustavo Marcelo Lula Benjamin Samuel Simon
Paul Mark Steven Stephen Andrew Anthony Christopher Matthew Brian Kevin Jason Eric Patrick Frank Scott Gary Jeffrey
Ryan Timothy Henry Edward Philip Philippe Nicolas Francois François Jacques Emmanuel Olivier Laurent Xavier
Ahmet Mehmet Mustafa Hakan Emre Omar Khalid Khaled Hamad Saud Faisal Ibrahim Yusuf Youssef Karim Tariq
Rahul Amit Raj Sanjay Vijay Joko Budi Prabowo Kairat Yerlan Serik Erlan
Daulet Bakytzhan Askhat Azamat Bakhtiyor Jamshid Sardor Otabek Ulugbek Dilshod Shukhrat Ramil Rinat Ruslan
Akylbek Kubanychbek Emil Elchin Elnur Anar Vusal Mikheil Irakli Giorgi Levan Vahagn Narek Ashot
German Cyrus Tomasz Piotr Marek Pavol Miroslav Dušan Dusan Vladan Ivica Tibor Viktor Zsolt Peter Petr Ondřej
""".split())
FEMALE_FIRST_NAMES = frozenset("""
Valentina Bella Lilia Liliya Marianna Maria Mariya Anna Elena Yelena Olga Irina Tatiana Tatyana Natalia
Natalya Svetlana Ekaterina Yekaterina Anastasia Yulia Julia Ksenia Xenia Veronika Galina Lyudmila Ludmila
Nadezhda Larisa Alla Inna Marina Oksana Viktoria Victoria Daria Darya Polina Sofia Sophia Alina Kristina
Elvira Dinara Gulnara Aigul Aida Zarina Mehriban Ursula Angela Kamala Hillary Theresa Liz Giorgia Dilma
Christine Kristalina Margarita Vera Nina Zoya Raisa Ella Elizaveta Elizabeth Mary Jane Sarah Susan Nancy
Jacinda Sanna Kaja Annalena Marine Ivana Jelena Ana Milica Ljiljana
Laura Lena Anna Emma Sara Karin Ingrid Astrid Helena Sofie Louise Claire Marie Sophie Isabelle Nathalie Catherine
Caroline Charlotte Julie Monika Petra Katarina Eva Martina Barbara Agnieszka Magdalena Lucia Carmen Isabel Paula
Fernanda Beatriz Gabriela Mariana Luisa Patricia Jennifer Jessica Michelle Lisa Karen Linda Emily Rachel Rebecca
Fatima Aisha Leila Layla Noura Mariam Maryam Zeynep Ayse Ayşe Priya Dewi Siti Retno Gulnara
Aliya Saule Aizhan Dana Asel Nazira Gulshan Nigora Dilnoza Zhanna Kamila Lola Shahnoza Gunel Sevinj Nino Tamar Ani
Alexandra Aleksandra Yevgenia Evgenia Evgeniya Valeria Valeriya
""".split())

FIRST_NAMES = MALE_FIRST_NAMES | FEMALE_FIRST_NAMES
# Given names of every origin, far beyond the lists above, with their gender when the name tells it ("Tomas": "m"),
# generated from a name-gender table (`helpers.lang.en.given_names`). The first word of a name of two words or more
# found here makes it a person's; the lists above still decide alone where a single word is read ("German Gref").
GIVEN_NAMES = load_given_names()

# Slavic surname endings that mark the gender when the first name does not.
FEMALE_SURNAME_ENDINGS = ("ova", "eva", "ina", "aya", "ska", "skaya", "yna")
MALE_SURNAME_ENDINGS = ("ov", "ev", "sky", "skiy", "skii", "in", "yn")
# Endings that make a lone capitalised word before a cue a surname ("Peskov said", "Zakharova noted",
# "Pashinyan said"), not a company's or body's name ("Sberbank said", "Huawei told reporters").
SURNAME_ENDINGS = ("ov", "ev", "ova", "eva", "in", "ina", "yn", "yna", "sky", "skiy", "skii", "skaya", "enko", "chenko",
                   "uk", "yuk", "yan", "ian", "dze", "shvili", "vich", "vic", "ić", "ich", "ovs", "ev", "yev", "yeva",
                   "ayev", "ayeva", "iev", "ieva", "off", "ski", "ska")

# Capitalised function words that start a sentence before a role ("As Deputy Minister …"): not part of the role.
FUNCTION_WORDS = frozenset("""
The A An This That These Those As In On At By For From With According After Before During While When If
But And Or So Also Thus Then Meanwhile Earlier Later Today Both Each
""".split())

# Words that may open a sentence before its subject ("But X said …", "However, X noted …").
SENTENCE_CONNECTIVES = frozenset({"But", "And", "However", "Meanwhile", "Still", "Yet", "Also", "Moreover", "Besides",
                                  "Nevertheless", "Separately", "Earlier", "Later"})

# Lower-case words a role phrase runs across ("Minister of Industry and Trade of the Republic").
ROLE_CONNECTORS = frozenset({"of", "the", "for", "on", "under", "and", "in", "to", "at", "with"})
# Words after a role noun that keep it a noun (a verb or function word follows: "the minister also said").
AFTER_ROLE_WORDS = frozenset("""
also and has had have was were is are will would can could should may might must who which that in at on to with
from during by for of as then himself herself did does not never later earlier again personally
further however repeatedly meanwhile recently previously separately subsequently likewise too
""".split())
