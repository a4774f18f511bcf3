"""The fifth audit of English person names: the people table and the person mentions, within one document and
across a corpus, run through the real extraction and corpus merge (`finish_tables(extract_documents(...))`).

"One person however the name is spelled or written, never two people merged into one." Every case is invented and
gives:
- `docs`: the texts of its corpus (one document each);
- `groups`: the people the table must hold, each as spellings that must all fall in one row (its `person` or an
  alias) and in no other; the table holds no other row;
- `links` (optional): (doc index, text searched in it, spelling or None) — the person mention starting where the
  text starts names the row of that spelling, or (None) no person mention starts there;
- `speakers` (optional): the spellings the quotes table's speakers must be, one per quote, in order (None for a quote
  left without a speaker).
Forms the code does not handle yet are strict expected failures with the reason, so that fixing one shows.
"""
import pytest

from helpers.corpus.build import extract_documents, finish_tables
from helpers.ingest import parse_text


def case(form, docs, groups, links=(), speakers=None):
    docs = [docs] if isinstance(docs, str) else docs
    return {"form": form, "docs": docs, "groups": [set(g) for g in groups], "links": list(links), "speakers": speakers}


CASES = [
    # --- transliteration variants of one person across documents: merged -------------------------------------
    case("translit-across", ["Deputy Prime Minister Dmitry Chernyshenko opened the forum in Kazan.",
                             "The session was chaired by Dmitriy Chernyshenko, who praised the start-ups."],
         [{"Dmitry Chernyshenko", "Dmitriy Chernyshenko"}]),
    case("translit-across", ["Arkady Zhuravlyov, head of the regional IT park, welcomed the delegation.",
                             "Arkadiy Zhuravlev said the park would double in size."],
         [{"Arkady Zhuravlyov", "Arkadiy Zhuravlev"}]),
    case("translit-across", ["Minister Yury Tsvetkov signed the roadmap.", "Minister Yuri Tsvetkov later visited Minsk."],
         [{"Yury Tsvetkov", "Yuri Tsvetkov"}]),
    case("translit-across", ["Iurii Lebedinsky presented the platform.", "Yury Lebedinsky, its founder, spoke at the fair."],
         [{"Iurii Lebedinsky", "Yury Lebedinsky"}]),
    case("translit-across", ["Alexey Sukhanov, director of the fund, met investors.",
                             "Aleksei Sukhanov told the audience about grants.",
                             "The fund's director Alexei Sukhanov left for Tashkent."],
         [{"Alexey Sukhanov", "Aleksei Sukhanov", "Alexei Sukhanov"}]),
    case("translit-across", ["Sergey Khrenov opened the data centre.", "Sergei Khrenov said the data centre was ready."],
         [{"Sergey Khrenov", "Sergei Khrenov"}]),
    case("translit-across", ["Minister Maksut Shadayev opened the conference.",
                             "Maksut Shadaev presented the new law."],
         [{"Maksut Shadayev", "Maksut Shadaev"}]),
    case("translit-across", ["President Kassym-Jomart Tokayev received the delegation.",
                             "Kassym-Jomart Tokaev signed the decree on digital ID."],
         [{"Kassym-Jomart Tokayev", "Kassym-Jomart Tokaev"}]),
    case("translit-across", ["President Shavkat Mirziyoyev visited the IT park.",
                             "Shavkat Mirziyoev praised the programmers."],
         [{"Shavkat Mirziyoyev", "Shavkat Mirziyoev"}]),
    case("translit-across", ["President Alexander Lukashenko met the governor.",
                             "Alyaksandr Lukashenka said the plant would be digital."],
         [{"Alexander Lukashenko", "Alyaksandr Lukashenka"}]),
    case("translit-across", ["Deputy Prime Minister Dmitry Chernyshenko arrived in Paris.",
                             "Dmitri Tchernychenko a rencontré des investisseurs, Deputy Prime Minister Dmitri Tchernychenko said."],
         [{"Dmitry Chernyshenko", "Dmitri Tchernychenko"}]),
    case("translit-across", ["Timur Zhaksylykov, the vice-minister, opened the hub.",
                             "Timur Jaksylykov said the hub would host forty teams."],
         [{"Timur Zhaksylykov", "Timur Jaksylykov"}]),
    case("translit-across", ["Gulnara Rakhimova chaired the panel.", "Gulnara Rahimova told the panel the law was ready."],
         [{"Gulnara Rakhimova", "Gulnara Rahimova"}]),
    case("translit-across", ["Nikolay Yegorov, director of the agency, spoke.", "Nikolai Egorov said the agency was hiring."],
         [{"Nikolay Yegorov", "Nikolai Egorov"}]),
    case("translit-across", ["Olga Vorobyova chaired the board.", "Olga Vorobieva later said the board agreed."],
         [{"Olga Vorobyova", "Olga Vorobieva"}]),
    case("translit-across", ["Andrei Kuzyayev opened the office.", "Andrey Kuzyaev told staff the office would grow."],
         [{"Andrei Kuzyayev", "Andrey Kuzyaev"}]),

    # --- one surname, two given names: two people, never merged ---------------------------------------------
    case("same-surname-across", ["Sergei Ivanov visited the port.", "Igor Ivanov opened the exhibition."],
         [{"Sergei Ivanov"}, {"Igor Ivanov"}]),
    case("same-surname-across", ["Former President Dmitry Medvedev spoke in Vladivostok.",
                                 "Alexander Medvedev, the gas executive, met traders in Vienna."],
         [{"Dmitry Medvedev"}, {"Alexander Medvedev"}]),
    case("same-surname-across", ["Olga Petrova opened the school.", "Oleg Petrov opened the laboratory."],
         [{"Olga Petrova"}, {"Oleg Petrov"}]),
    case("same-surname-across", ["Anton Kobyakov chaired the forum.", "Andrei Kobyakov spoke at the bank."],
         [{"Anton Kobyakov"}, {"Andrei Kobyakov"}]),
    case("same-surname-across", ["Yury Borisov led the agency.", "Yelena Borisova led the school."],
         [{"Yury Borisov"}, {"Yelena Borisova"}]),
    case("same-surname-across", ["Sergey Kuznetsov signed the deal.", "Sergei Kuznetsov signed the deal.",
                                 "Stanislav Kuznetsov signed another deal."],
         [{"Sergey Kuznetsov", "Sergei Kuznetsov"}, {"Stanislav Kuznetsov"}]),
    case("same-surname-across", ["Dmitry Peskov commented.", "Dmitri Peskov commented again.", "Nikolai Peskov spoke too."],
         [{"Dmitry Peskov", "Dmitri Peskov"}, {"Nikolai Peskov"}]),
    case("same-surname-across", ["Pavel Sorokin met engineers.", "Petr Sorokin met engineers."],
         [{"Pavel Sorokin"}, {"Petr Sorokin"}]),

    # --- honorific or title + surname later in the document ------------------------------------------------
    case("title-backref", "Deputy Minister Oleg Bardin opened the session. Mr Bardin said the plan was ready.",
         [{"Oleg Bardin"}], links=[(0, "Bardin said", "Oleg Bardin")]),
    case("title-backref", "Irina Vasko, head of the data office, spoke first. Ms Vasko said the rules would change.",
         [{"Irina Vasko"}], links=[(0, "Vasko said", "Irina Vasko")]),
    case("title-backref", "The paper was written by Dr Viktor Lomakin. Dr Lomakin argued that chips were the bottleneck.",
         [{"Viktor Lomakin"}], links=[(0, "Lomakin argued", "Viktor Lomakin")]),
    case("title-backref", "Minister of Digital Development Maksut Shadayev arrived. Minister Shadayev then toured the park.",
         [{"Maksut Shadayev"}], links=[(0, "Shadayev then", "Maksut Shadayev")]),
    case("title-backref", "Kassym-Jomart Tokayev met the delegation. President Tokayev said Kazakhstan was ready.",
         [{"Kassym-Jomart Tokayev"}], links=[(0, "Tokayev said", "Kassym-Jomart Tokayev")]),
    case("title-backref", "Governor Alexei Tsydenov visited the plant.\n\nMr. Tsydenov told workers about the new line.",
         [{"Alexei Tsydenov"}], links=[(0, "Tsydenov told", "Alexei Tsydenov")]),
    case("title-backref", "Professor Marina Gorbunova leads the lab. Professor Gorbunova said AI needed data.",
         [{"Marina Gorbunova"}], links=[(0, "Gorbunova said", "Marina Gorbunova")]),
    case("title-backref", "Ambassador Pavel Kurbatov attended. Ambassador Kurbatov noted the growing trade.",
         [{"Pavel Kurbatov"}], links=[(0, "Kurbatov noted", "Pavel Kurbatov")]),

    # --- possessives -------------------------------------------------------------------------------------
    case("possessive", "Vladimir Putin's decree created the fund. Putin's aides said it would start in May.",
         [{"Vladimir Putin"}], links=[(0, "Putin's aides", "Vladimir Putin")]),
    case("possessive", "Sergei Lavrov met his counterpart. Lavrov’s deputy later briefed reporters.",
         [{"Sergei Lavrov"}], links=[(0, "Lavrov’s deputy", "Sergei Lavrov")]),
    case("possessive", "Oleg Bardin’s ministry published the draft. Bardin’s team expects comments by June.",
         [{"Oleg Bardin"}], links=[(0, "Bardin’s team", "Oleg Bardin")]),
    case("possessive", "Irina Vasko's report was published on Monday.", [{"Irina Vasko"}]),
    case("possessive", "Deputy Minister Anna Orekhova's speech opened the day. Orekhova's proposals were adopted.",
         [{"Anna Orekhova"}], links=[(0, "Orekhova's proposals", "Anna Orekhova")]),
    case("possessive", ["Mikhail Mishustin's government approved the plan.", "Mikhail Mishustin visited Kazan."],
         [{"Mikhail Mishustin"}]),

    # --- a name broken by a line break -------------------------------------------------------------------
    case("line-break", "The agreement was signed by Deputy Minister Oleg\nBardin and the rector.",
         [{"Oleg Bardin"}]),
    case("line-break", "Head of the agency Irina\nVasko opened the forum.", [{"Irina Vasko"}]),
    case("line-break", ["Director Arkady\nZhuravlyov welcomed the guests.", "Arkady Zhuravlyov said the park was full."],
         [{"Arkady Zhuravlyov"}]),
    case("line-break", "Minister Maksut\nShadayev presented the law.", [{"Maksut Shadayev"}]),

    # --- all-caps names in transcripts and bylines --------------------------------------------------------
    case("all-caps", "SERGEY LAVROV: We are ready to continue the dialogue.\nQUESTION: When?\nSERGEY LAVROV: Soon.",
         [{"Sergei Lavrov"}]),
    case("all-caps", ["VLADIMIR PUTIN: The digital economy is a priority.", "Vladimir Putin spoke in Kazan."],
         [{"Vladimir Putin"}]),
    case("all-caps", "MIKHAIL MISHUSTIN: Colleagues, let us begin.\nMikhail Mishustin then gave the floor to the minister.",
         [{"Mikhail Mishustin"}]),
    case("all-caps", ["OLEG BARDIN: The law is ready.\nOLEG BARDIN: It will be adopted in spring.",
                      "Oleg Bardin presented the law."],
         [{"Oleg Bardin"}], speakers=["Oleg Bardin", "Oleg Bardin"]),

    # --- patronymics ----------------------------------------------------------------------------------------
    case("patronymic", ["Vladimir Vladimirovich Putin signed the decree.", "Vladimir Putin met the governors."],
         [{"Vladimir Putin", "Vladimir Vladimirovich Putin"}]),
    case("patronymic", ["Oleg Petrovich Bardin presented the draft.", "Oleg Bardin answered questions."],
         [{"Oleg Bardin", "Oleg Petrovich Bardin"}]),
    case("patronymic", "Irina Sergeyevna Vasko chairs the board. Irina Vasko said the board agreed.",
         [{"Irina Vasko", "Irina Sergeyevna Vasko"}]),
    case("patronymic", ["Arkady Ivanovich Zhuravlyov opened the park.", "Arkadiy Zhuravlev toured the park."],
         [{"Arkady Ivanovich Zhuravlyov", "Arkadiy Zhuravlev"}]),
    case("patronymic", ["Oleg Petrovich Bardin presented the draft.", "Oleg Sergeyevich Bardin coached the team."],
         [{"Oleg Petrovich Bardin"}, {"Oleg Sergeyevich Bardin"}]),

    # --- initials ----------------------------------------------------------------------------------------------
    case("initials", "Vladimir Putin spoke first. V. Putin then signed the decree.", [{"Vladimir Putin"}],
         links=[(0, "V. Putin", "Vladimir Putin")]),
    case("initials", "The decree was signed by V.V. Putin.", [{"Vladimir Putin"}]),
    case("initials", "Oleg Bardin opened the meeting. O. Bardin later signed the minutes.", [{"Oleg Bardin"}],
         links=[(0, "O. Bardin", "Oleg Bardin")]),
    case("initials", "Minister Irina Vasko and I.S. Vasko are the same person, the note said.", [{"Irina Vasko"}]),
    case("initials", ["Sergei Lavrov arrived.", "S. Lavrov met the ambassador."], [{"Sergei Lavrov"}]),

    # --- Chinese names, family name first --------------------------------------------------------------------
    case("chinese", "Xi Jinping met the delegation. President Xi said China valued the partnership.",
         [{"Xi Jinping"}], links=[(0, "Xi said", "Xi Jinping")]),
    case("chinese", "Premier Li Qiang opened the expo. Li said trade would grow.",
         [{"Li Qiang"}], links=[(0, "Li said", "Li Qiang")]),
    case("chinese", "Foreign Minister Wang Yi met Sergei Lavrov. Wang stressed the importance of the talks.",
         [{"Wang Yi"}, {"Sergei Lavrov"}], links=[(0, "Wang stressed", "Wang Yi")]),
    case("chinese", ["Xi Jinping visited Moscow.", "Chinese President Xi Jinping spoke in Astana."], [{"Xi Jinping"}]),
    case("chinese", "Chen Wenqing met the governor. Mr Chen said the parks would open.",
         [{"Chen Wenqing"}], links=[(0, "Chen said", "Chen Wenqing")]),
    case("chinese", "Minister Zhang Lijun and Minister Zhang Hua attended. Zhang said the agreement was signed.",
         [{"Zhang Lijun"}, {"Zhang Hua"}], links=[(0, "Zhang said", None)]),

    # --- Arabic names ----------------------------------------------------------------------------------------
    case("arabic", "Sheikh Hamdan bin Zayed Al Nahyan attended the forum. Sheikh Hamdan praised the partnership.",
         [{"Hamdan bin Zayed Al Nahyan"}]),
    case("arabic", "Minister Abdullah al-Swaha opened the summit. Al-Swaha said the kingdom would invest.",
         [{"Abdullah al-Swaha"}]),
    case("arabic", ["Omar Sultan Al Olama spoke about AI.", "Minister Omar Sultan Al Olama met Russian officials."],
         [{"Omar Sultan Al Olama"}]),
    case("arabic", "Khalid bin Mohammed Al Attiyah and Faisal bin Mohammed Al Attiyah signed the deal.",
         [{"Khalid bin Mohammed Al Attiyah"}, {"Faisal bin Mohammed Al Attiyah"}]),
    case("arabic", ["Ahmed el-Sayed chairs the authority.", "Ahmed el-Sayed met investors in Cairo."],
         [{"Ahmed el-Sayed"}]),

    # --- Indian and Vietnamese names -----------------------------------------------------------------------------
    case("indian", "Minister Ashwini Vaishnaw met the delegation. Vaishnaw said India would build chips.",
         [{"Ashwini Vaishnaw"}], links=[(0, "Vaishnaw said", "Ashwini Vaishnaw")]),
    case("indian", ["Prime Minister Narendra Modi arrived in Moscow.", "Narendra Modi met Vladimir Putin."],
         [{"Narendra Modi"}, {"Vladimir Putin"}]),
    case("indian", "Rajeev Chandrasekhar and Rajeev Kumar spoke. Mr Kumar said the rules were clear.",
         [{"Rajeev Chandrasekhar"}, {"Rajeev Kumar"}], links=[(0, "Kumar said", "Rajeev Kumar")]),
    case("vietnamese", "Prime Minister Pham Minh Chinh met the investors. Prime Minister Chinh said Vietnam was open.",
         [{"Pham Minh Chinh"}], links=[(0, "Chinh said", "Pham Minh Chinh")]),
    case("vietnamese", ["Nguyen Manh Hung, Minister of Information, spoke.", "Minister Nguyen Manh Hung visited Moscow."],
         [{"Nguyen Manh Hung"}]),
    case("vietnamese", "Nguyen Manh Hung and Nguyen Chi Dung attended. Nguyen said the talks went well.",
         [{"Nguyen Manh Hung"}, {"Nguyen Chi Dung"}], links=[(0, "Nguyen said", None)]),

    # --- Turkish names with diacritics -----------------------------------------------------------------------------
    case("turkish", ["President Recep Tayyip Erdoğan met Vladimir Putin.", "Recep Tayyip Erdogan returned to Ankara."],
         [{"Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"}, {"Vladimir Putin"}]),
    case("turkish", ["Minister Mehmet Fatih Kacır opened the centre.", "Mehmet Fatih Kacir said Turkey would invest."],
         [{"Mehmet Fatih Kacır", "Mehmet Fatih Kacir"}]),
    case("turkish", "Ömer Bolat, the trade minister, met his counterpart. Bolat said trade would grow.",
         [{"Ömer Bolat"}], links=[(0, "Bolat said", "Ömer Bolat")]),
    case("turkish", ["Şule Yılmaz chaired the session.", "Sule Yilmaz told reporters the session was useful."],
         [{"Şule Yılmaz", "Sule Yilmaz"}]),
    case("turkish", ["Hakan Fidan visited Moscow.", "Hakan Fıdan met Sergei Lavrov."],
         [{"Hakan Fidan", "Hakan Fıdan"}, {"Sergei Lavrov"}]),

    # --- hyphenated names ---------------------------------------------------------------------------------------
    case("hyphenated", ["Anna Rimskaya-Korsakova opened the gallery.", "Anna Rimskaya-Korsakova said it was digital."],
         [{"Anna Rimskaya-Korsakova"}]),
    case("hyphenated", "Jean-Pierre Dubois met Russian officials. Dubois said France was cautious.",
         [{"Jean-Pierre Dubois"}], links=[(0, "Dubois said", "Jean-Pierre Dubois")]),
    case("hyphenated", "Kassym-Jomart Tokayev opened the session. Tokayev’s speech was short.",
         [{"Kassym-Jomart Tokayev"}], links=[(0, "Tokayev’s speech", "Kassym-Jomart Tokayev")]),
    case("hyphenated", ["Marie-Claire Fontaine spoke.", "Marie-Claire Fontaine returned to Lyon.",
                        "Claire Fontaine opened a bakery."],
         [{"Marie-Claire Fontaine"}, {"Claire Fontaine"}]),

    # --- organisations and places that look like names: no person ----------------------------------------------
    case("not-a-person", "Students of Lomonosov Moscow State University won the contest.", []),
    case("not-a-person", "The Putin administration approved the digital strategy.", []),
    case("not-a-person", "The office moved to Gagarin Street in Kaluga.", []),
    case("not-a-person", "The Skolkovo Foundation announced new grants.", []),
    case("not-a-person", "Tourists paid with the Mir payment system in Antalya.", []),
    case("not-a-person", "The Gagarin Research and Test Cosmonaut Training Center hosted the visit.", []),
    case("not-a-person", "The Pushkin Museum opened a virtual tour.", []),
    case("not-a-person", "The Lenin Prospekt office of Sberbank was closed.", []),
    case("not-a-person", "Engineers of the Tupolev Design Bureau presented the drone.", []),
    case("not-a-person", "The Yeltsin Center in Yekaterinburg hosted the hackathon.", []),
    case("not-a-person", "The Kurchatov Institute and the Bauman Moscow State Technical University signed a memorandum.",
         []),
    case("not-a-person", "Mendeleev Square was lit with screens.", []),
    case("not-a-person", "The Yandex Go app and the Gosuslugi portal were discussed.", []),

    # --- bylines and photo credits: a person, not a speaker ------------------------------------------------------
    case("byline", "By Anna Koroleva\n\nDeputy Minister Oleg Bardin said: “The law is ready.”",
         [{"Anna Koroleva"}, {"Oleg Bardin"}], speakers=["Oleg Bardin"]),
    case("byline", "Minister Irina Vasko said: “We will open ten centres.”\nPhoto: Pavel Smirnov/TASS",
         [{"Irina Vasko"}, {"Pavel Smirnov"}], speakers=["Irina Vasko"]),
    case("byline", "Author: Natalia Zimina\n\n“We are ready,” Governor Alexei Tsydenov said.",
         [{"Natalia Zimina"}, {"Alexei Tsydenov"}], speakers=["Alexei Tsydenov"]),
    case("byline", "Photo by Igor Lavrentyev\n\nThe plant was opened on Monday. “It is the biggest in Siberia,” said Arkady Zhuravlyov.",
         [{"Igor Lavrentyev"}, {"Arkady Zhuravlyov"}], speakers=["Arkady Zhuravlyov"]),
    case("byline", "Text: Olga Vorobyova. Photo: Denis Abramov\n\nThe forum opened in Kazan.",
         [{"Olga Vorobyova"}, {"Denis Abramov"}], speakers=[]),
    case("byline", "Reporting by Maria Kiseleva; editing by Tom Hughes\n\nThe bank launched the app.",
         [{"Maria Kiseleva"}, {"Tom Hughes"}], speakers=[]),

    # --- two people with one surname in one document: never merged; a bare surname abstains -------------------------
    case("same-surname-doc", "Sergei Ivanov and Igor Ivanov attended the forum. “The plan works,” Ivanov said.",
         [{"Sergei Ivanov"}, {"Igor Ivanov"}], speakers=[None]),
    case("same-surname-doc", "Olga Orlova met Pavel Orlov at the forum. Orlov said the platform was ready.",
         [{"Olga Orlova"}, {"Pavel Orlov"}], links=[(0, "Orlov said", "Pavel Orlov")]),
    case("same-surname-doc", "Yury Borisov and Anton Borisov spoke. Mr Borisov said the satellites were ready.",
         [{"Yury Borisov"}, {"Anton Borisov"}], links=[(0, "Borisov said", None)]),
    case("same-surname-doc", "Dmitry Medvedev and Alexander Medvedev were at the forum. Medvedev said Russia was ready.",
         [{"Dmitry Medvedev"}, {"Alexander Medvedev"}], links=[(0, "Medvedev said", None)]),
    case("same-surname-doc", "Sergei Ivanov opened the forum. Later, Igor Ivanov closed it. Sergei Ivanov said it was a success.",
         [{"Sergei Ivanov"}, {"Igor Ivanov"}]),
    case("same-surname-doc", "Anna Kuznetsova and Sergei Kuznetsov signed the charter. “We agree,” Kuznetsova said.",
         [{"Anna Kuznetsova"}, {"Sergei Kuznetsov"}], speakers=["Anna Kuznetsova"]),
    case("same-surname-doc", "Minister Sergei Ivanov met Professor Igor Ivanov. Minister Ivanov said the talks were useful.",
         [{"Sergei Ivanov"}, {"Igor Ivanov"}]),

    # --- a surname variant within one document ------------------------------------------------------------------
    case("translit-in-doc", "Maksut Shadayev opened the forum. Shadaev said the law was ready.",
         [{"Maksut Shadayev"}], links=[(0, "Shadaev said", "Maksut Shadayev")]),
    case("translit-in-doc", "Alexander Lukashenko met the governors. Lukashenka said the plan was good.",
         [{"Alexander Lukashenko"}], links=[(0, "Lukashenka said", "Alexander Lukashenko")]),
    case("translit-in-doc", "Arkady Zhuravlyov opened the park. Arkadiy Zhuravlev then toured it.",
         [{"Arkady Zhuravlyov", "Arkadiy Zhuravlev"}]),
    case("translit-in-doc", "Sergey Lavrov met his counterpart. Sergei Lavrov then gave a press conference.",
         [{"Sergei Lavrov", "Sergey Lavrov"}]),

    # --- a bare surname across documents ----------------------------------------------------------------------------
    case("surname-across", ["Deputy Minister Oleg Bardin presented the draft.", "Mr Bardin said the draft was ready."],
         [{"Oleg Bardin", "Bardin"}]),
    case("surname-across", ["Sergei Ivanov opened the forum.", "Igor Ivanov closed the forum.", "Mr Ivanov said it was good."],
         [{"Sergei Ivanov"}, {"Igor Ivanov"}, {"Ivanov"}]),
    case("surname-across", ["Irina Vasko chaired the panel.", "Ms Vasko said the panel agreed."],
         [{"Irina Vasko", "Vasko"}]),
    # --- more variants of the forms above ---------------------------------------------------------------------------
    case("translit-across", ["Yulia Goncharova presented the app.", "Julia Goncharova said the app had a million users."],
         [{"Yulia Goncharova", "Julia Goncharova"}]),
    case("translit-across", ["Vyacheslav Volodin opened the session.", "Viacheslav Volodin said the Duma would vote."],
         [{"Vyacheslav Volodin", "Viacheslav Volodin"}]),
    case("translit-across", ["Aleksandr Novak met the oil ministers.", "Alexander Novak said prices were stable."],
         [{"Aleksandr Novak", "Alexander Novak"}]),
    case("same-surname-across", ["Alexander Novak met the oil ministers.", "Alexei Novak opened a studio in Riga."],
         [{"Alexander Novak"}, {"Alexei Novak"}]),
    case("same-surname-across", ["Yury Lebedev chaired the board.", "Yulia Lebedeva chaired the jury."],
         [{"Yury Lebedev"}, {"Yulia Lebedeva"}]),
    case("title-backref", "Deputy Governor Svetlana Rudenko opened the hub. Mrs Rudenko thanked the sponsors.",
         [{"Svetlana Rudenko"}], links=[(0, "Rudenko thanked", "Svetlana Rudenko")]),
    case("title-backref", "Vice-Rector Grigory Melnik presented the course. Dr. Melnik explained the syllabus.",
         [{"Grigory Melnik"}], links=[(0, "Melnik explained", "Grigory Melnik")]),
    case("possessive", "The delegation of Shavkat Mirziyoyev arrived. Mirziyoyev's advisers met the bankers.",
         [{"Shavkat Mirziyoyev"}], links=[(0, "Mirziyoyev's advisers", "Shavkat Mirziyoyev")]),
    case("line-break", "The talks were led by Sergei\nLavrov and his deputy.", [{"Sergei Lavrov"}]),
    case("all-caps", "By ANNA KOROLEVA\n\nThe forum opened in Kazan.", [{"Anna Koroleva"}]),
    case("all-caps", "IRINA VASKO: We are grateful to our partners.\nIRINA VASKO: The centre opens in May.",
         [{"Irina Vasko"}], speakers=["Irina Vasko", "Irina Vasko"]),
    case("initials", "A.V. Zhuravlyov signed the report. Arkady Zhuravlyov also spoke.", [{"Arkady Zhuravlyov"}]),
    case("chinese", "Xi Jinping and Vladimir Putin met in Kazan. Xi's proposal on data was discussed.",
         [{"Xi Jinping"}, {"Vladimir Putin"}], links=[(0, "Xi's proposal", "Xi Jinping")]),
    case("chinese", ["Wang Yi met the minister.", "Wang Yi, the foreign minister, visited Moscow."], [{"Wang Yi"}]),
    case("arabic", "Sheikh Mohammed bin Abdulrahman Al Thani met Sergei Lavrov. Sheikh Mohammed welcomed the talks.",
         [{"Mohammed bin Abdulrahman Al Thani"}, {"Sergei Lavrov"}]),
    case("indian", "Minister Piyush Goyal met Russian officials. Goyal's team presented the corridor.",
         [{"Piyush Goyal"}], links=[(0, "Goyal's team", "Piyush Goyal")]),
    case("vietnamese", ["Tran Luu Quang visited Moscow.", "Deputy Prime Minister Tran Luu Quang met investors."],
         [{"Tran Luu Quang"}]),
    case("turkish", ["Çağlar Özdemir opened the centre.", "Caglar Ozdemir said it would host start-ups."],
         [{"Çağlar Özdemir", "Caglar Ozdemir"}]),
    case("hyphenated", ["Natalia Kasperskaya-Ivanova spoke.", "Natalia Kasperskaya spoke at a different forum."],
         [{"Natalia Kasperskaya-Ivanova"}, {"Natalia Kasperskaya"}]),
    case("not-a-person", "Residents of Gagarin District voted online.", []),
    case("not-a-person", "The Tolstoy Foundation and the Korolev Rocket Corporation signed a deal.", []),
    case("byline", "By Denis Abramov, TASS\n\n“The bridge is finished,” Governor Alexei Tsydenov said.",
         [{"Denis Abramov"}, {"Alexei Tsydenov"}], speakers=["Alexei Tsydenov"]),
    case("same-surname-doc", "Anton Sorokin met Pavel Sorokin. The two Sorokins agreed. “It is done,” Sorokin said.",
         [{"Anton Sorokin"}, {"Pavel Sorokin"}], speakers=[None]),
    case("translit-in-doc", "Kassym-Jomart Tokayev arrived. Tokaev said the talks were good.",
         [{"Kassym-Jomart Tokayev"}], links=[(0, "Tokaev said", "Kassym-Jomart Tokayev")]),
    case("surname-across", ["Arkady Zhuravlyov spoke.", "Zhuravlyov said the park was full."],
         [{"Arkady Zhuravlyov", "Zhuravlyov"}]),
    case("all-caps", "PUTIN MEETS XI JINPING IN KAZAN\n\nThe leaders discussed payments.", []),
    case("all-caps", "THE DIGITAL SILK ROAD\nA NEW ERA FOR TRADE\n\nThe forum opened on Monday.", []),
    case("byline", "By ANNA KOROLEVA\n\n“We will build ten data centres,” Minister Irina Vasko said.",
         [{"Anna Koroleva"}, {"Irina Vasko"}], speakers=["Irina Vasko"]),
    case("not-a-person", "The Lukashenko government approved the IT park rules.", []),
    case("not-a-person", "Guests walked along Tverskaya street to the Mayakovsky museum.", []),
    case("possessive", "Putin's administration approved the strategy.", [{"Vladimir Putin"}],
         links=[(0, "Putin's", "Vladimir Putin")]),
    case("patronymic", ["Nguyen Manh Hung spoke in Hanoi.", "Nguyen Chi Hung, a deputy minister, spoke in Moscow."],
         [{"Nguyen Manh Hung"}, {"Nguyen Chi Hung"}]),
    case("patronymic", ["Dmitry V. Kuznetsov chaired the panel.", "Dmitry Vladimirovich Kuznetsov opened the panel."],
         [{"Dmitry V. Kuznetsov", "Dmitry Vladimirovich Kuznetsov"}]),
    case("translit-in-doc", "Recep Tayyip Erdoğan met Vladimir Putin. Erdogan said the grain deal mattered.",
         [{"Recep Tayyip Erdoğan", "Erdogan"}, {"Vladimir Putin"}], links=[(0, "Erdogan said", "Recep Tayyip Erdoğan")]),
    case("translit-in-doc", "Minister Mehmet Fatih Kacır opened the centre. Kacir told reporters it would host start-ups.",
         [{"Mehmet Fatih Kacır", "Kacir"}], links=[(0, "Kacir told", "Mehmet Fatih Kacır")]),
    case("translit-in-doc", "Sergei Ivanov met Olga Ivanova. Ivanov's team and Ivanova's team agreed.",
         [{"Sergei Ivanov"}, {"Olga Ivanova"}], links=[(0, "Ivanov's team", "Sergei Ivanov"), (0, "Ivanova's team", "Olga Ivanova")]),
    case("arabic", ["Ali Al-Shamsi opened the exhibition.", "Ali Al Shamsi told visitors about the pavilion."],
         [{"Ali Al-Shamsi", "Ali Al Shamsi"}]),
    case("arabic", ["Minister Mohammed Al-Gergawi spoke.", "Minister Mohammad Al Gergawi met Russian officials."],
         [{"Mohammed Al-Gergawi", "Mohammad Al Gergawi"}]),
    case("arabic", ["Ali Al-Shamsi opened the exhibition.", "Ali Al-Hashimi opened the pavilion."],
         [{"Ali Al-Shamsi"}, {"Ali Al-Hashimi"}]),
    case("chinese", "The talks were held by Sergei Lavrov and Wang Yi. Mr Wang thanked Lavrov.",
         [{"Sergei Lavrov", "Lavrov"}, {"Wang Yi", "Wang"}], links=[(0, "Wang thanked", "Wang Yi")]),
    case("chinese", "Investors met Liu Jianchao in Shanghai. Mr Liu promised new rules.",
         [{"Liu Jianchao", "Liu"}], links=[(0, "Liu promised", "Liu Jianchao")]),
    case("chinese", "Investors met Liu Jianchao and Liu Wei. Mr Liu promised new rules.",
         [{"Liu Jianchao"}, {"Liu Wei"}], links=[(0, "Liu promised", None)]),
    case("byline", "Editing by Kim Lowe\n\n“The deal is done,” Deputy Minister Oleg Bardin said.",
         [{"Kim Lowe"}, {"Oleg Bardin"}], speakers=["Oleg Bardin"]),
    case("byline", "The port was opened on Friday.\nPhoto by Rob Garnett; writing by Will Dunne",
         [{"Rob Garnett"}, {"Will Dunne"}], speakers=[]),
    case("byline", "Photo by Global Times\n\nThe port was opened on Friday.", [], speakers=[]),
    case("same-surname-across", ["Alexander Kim opened the lab.", "Alexandra Kim opened the gallery."],
         [{"Alexander Kim"}, {"Alexandra Kim"}]),
    case("same-surname-across", ["Yevgeny Orlov chaired the board.", "Yevgenia Orlova chaired the jury."],
         [{"Yevgeny Orlov"}, {"Yevgenia Orlova"}]),
    case("same-surname-doc", "Valery Sokolov and Valeria Sokolova signed the charter.",
         [{"Valery Sokolov"}, {"Valeria Sokolova"}]),
    case("arabic", "Crown Prince Mohammed bin Salman met the delegation. Bin Salman said the kingdom was ready.",
         [{"Mohammed bin Salman", "Bin Salman"}], links=[(0, "Bin Salman said", "Mohammed bin Salman")]),
    case("arabic", "Sheikh Mohammed bin Rashid Al Maktoum opened the summit. Sheikh Mohammed said the UAE was ready.",
         [{"Mohammed bin Rashid Al Maktoum"}], links=[(0, "Mohammed said", "Mohammed bin Rashid Al Maktoum")]),
    case("arabic", "Sheikh Mohammed bin Zayed and Sheikh Mohammed bin Rashid met. Sheikh Mohammed said the talks went well.",
         [{"Mohammed bin Zayed"}, {"Mohammed bin Rashid"}], links=[(0, "Mohammed said", None)]),
    case("all-caps", "Deputy Minister Oleg Bardin spoke.\nLAVROV: We agree.\nBARDIN: Thank you.",
         [{"Oleg Bardin"}, {"Sergei Lavrov"}], speakers=["Sergei Lavrov", "Oleg Bardin"]),
    case("all-caps", "MODERATOR: Welcome.\nQUESTIONS: None.", []),
]

FORMS = ("translit-across", "same-surname-across", "title-backref", "possessive", "line-break", "all-caps", "patronymic",
         "initials", "chinese", "arabic", "indian", "vietnamese", "turkish", "hyphenated", "not-a-person", "byline",
         "same-surname-doc", "translit-in-doc", "surname-across")

# Forms not handled yet, by (form, start of the first text), with why.
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("turkish", "Çağlar Özdemir opened"):
        "a two-word name with a first name no list has (Çağlar/Caglar) and no role is not a person in either document",
}


def run(texts: list[str]):
    docs = [parse_text(text, path=f"case{n}.txt") for n, text in enumerate(texts)]
    return docs, finish_tables(extract_documents(docs, workers=1))


def row_of(people, spelling: str) -> list[int]:
    return [i for i, (person, aliases) in enumerate(zip(people["person"], people["aliases"]))
            if spelling == person or spelling in list(aliases)]


def check(c: dict) -> None:
    docs, tables = run(c["docs"])
    people = tables["people"].reset_index(drop=True)
    shown = list(zip(people["person"], map(list, people["aliases"])))
    rows = []
    for group in c["groups"]:
        found = {s: row_of(people, s) for s in group}
        assert all(len(r) == 1 for r in found.values()), (group, shown)
        assert len({r[0] for r in found.values()}) == 1, ("split", group, shown)
        rows.append(next(iter(found.values()))[0])
    assert len(set(rows)) == len(rows), ("merged", shown)
    assert len(people) == len(c["groups"]), ("extra people", shown)
    mentions = tables["mentions"]
    persons = mentions[mentions["kind"] == "person"]
    for n, text, spelling in c["links"]:
        start = docs[n].text.index(text)
        here = persons[(persons["doc_id"] == docs[n].doc_id) & (persons["start"] == start)]
        if spelling is None:
            assert here.empty, (text, list(here["entity"]))
        else:
            assert len(here) == 1 and row_of(people, here["entity"].iloc[0]) == row_of(people, spelling), \
                (text, list(here["entity"]), shown)
    if c["speakers"] is not None:
        quotes = tables["quotes"].sort_values(["doc_id", "start"]) if "start" in tables["quotes"] else tables["quotes"]
        said = [s if isinstance(s, str) and s else None for s in quotes["speaker"]]
        assert len(said) == len(c["speakers"]), (said, c["speakers"])
        for got, want in zip(said, c["speakers"]):
            assert (got is None) == (want is None) and (want is None or row_of(people, got) == row_of(people, want)), \
                (said, c["speakers"])


def test_the_table_covers_every_form_with_negatives():
    assert len(CASES) >= 120
    for form in FORMS:
        assert sum(c["form"] == form for c in CASES) >= 2, form
    assert all(c["form"] in FORMS for c in CASES)
    assert sum(not c["groups"] for c in CASES) >= 10
    for form, start in KNOWN_GAPS:
        assert sum(c["form"] == form and c["docs"][0].startswith(start) for c in CASES) == 1, start


def params():
    def param(n: int, c: dict):
        gap = next((why for (form, start), why in KNOWN_GAPS.items() if c["form"] == form and c["docs"][0].startswith(start)), None)
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        return pytest.param(c, id=f"{n:03d}-{c['form']}", marks=marks)
    return [param(n, c) for n, c in enumerate(CASES)]


@pytest.mark.parametrize("c", params())
def test_people_form(c):
    check(c)
