"""Russian patterns whose shape is grammar: sentence ends, attributions after a dash, inverted cues,
«по словам X», «Об этом сообщил X», transcript labels, roles referring back.

Built once, when the Russian `Language` is first asked for, from the word lists of this folder; the
Russian finders (`helpers.extract.people.ru`, `helpers.extract.quotes.ru`) read them from the Language.
"""
import re

from retrie.trie import Trie

from helpers.lang.ru import people, speech

_UP = "А-ЯЁA-Z"
_LOW = "а-яёa-z"
_DASH = "[—–-]"

# Every form of every speech verb («заявил», «заявила», «заявили», «отмечает»), as a trie: hundreds of forms
# share their starts, and a trie tries each letter once where a plain alternation tries every form in turn
# (twenty times faster on Russian text); it matches the longest form, as a longest-first alternation does.
_VERB = Trie(*speech.speech_verb_forms(), "говорится").pattern()
# The speech verbs and the quoting verbs («приводит слова X»): the cues after a quotation and its dash.
_DASH_VERB = Trie(*speech.speech_verb_forms(), *speech.quoting_verb_forms(), "говорится").pattern()
# Every form of every role noun («министр», «министра», «вице-премьером»).
_ROLE = Trie(*people.role_forms()).pattern()
# Lower-case words inside a name: «Ильхам Гейдар оглы Алиев», «Фаррух Бахтиёр угли Каримов».
_PARTICLES = "|".join(people.PATRONYMIC_PARTICLES)

# The end of a sentence: terminal punctuation and closing marks, then a capital, a dash, an opening mark or the end.
SENTENCE_END = re.compile(rf"[.!?…]+[\"”»)]*(?=\s+[\"“«„(—–-]?\s?[{_UP}0-9]|\s*$)")
# An initial or abbreviation whose full stop ends no sentence («В. Путин», «г. Москва», «т.е.»).
ABBREVIATION = re.compile(rf"(?:\b[{_UP}]|\b(?:г|гг|т|е|др|пр|им|ул|д|руб|млн|млрд|тыс|трлн|см|ст))\.$")
# A speech verb form as a whole word.
CUE_WORD = re.compile(rf"(?<![{_LOW}{_UP}])(?:{_VERB})(?![{_LOW}])", re.IGNORECASE)
# «…», — заявил X / "…", - сказал он: after a closing mark, a comma or stop, a dash, the verb, the speaker
# up to the end of the clause («. — …» opens the quotation's second half); an initial's stop ends no clause
# («— отметил М. Варенцов»).
DASH_CUE = re.compile(rf"[ \t\u00a0]*[,.!?…]?[ \t\u00a0]*{_DASH}[ \t\u00a0]*(?P<cue>{_DASH_VERB})(?![{_LOW}])[ \t\u00a0]+(?P<np>(?:[{_UP}]\.(?=[ \t\u00a0]?[{_UP}])[ \t\u00a0]?|«[^»\n]{{1,60}}»|[^.;:!?\n«»“”„\"]){{1,200}}?)[ \t\u00a0]*(?=[.;!?\n]|,|$)")
# «…, — V X. — …»: what follows the attribution of a split quotation: the stop, a dash, the second half.
SPLIT_REST = re.compile(rf"[ \t\u00a0]*[.,][ \t\u00a0]*{_DASH}[ \t\u00a0]*(?=\S)")
# A role noun as a whole word, in any case.
ROLE_WORD = re.compile(rf"(?<![{_LOW}{_UP}-])(?:{_ROLE})(?![{_LOW}-])", re.IGNORECASE)
# A role referring back to a person named before: the bare role noun, with optional adjectives before it
# («министр», «белорусский президент», «вице-премьер»). Russian has no article: the role alone refers back.
ROLE_ANAPHOR = re.compile(rf"(?<![{_LOW}{_UP}-])(?:[{_LOW}]+(?:ий|ый|ой|ого|ому|им|ом)[ \t\u00a0]+)?(?P<noun>{_ROLE})(?![{_LOW}-])", re.IGNORECASE)

# Quotation marks and line breaks: the only characters the pairing state machine stops at.
_MARKS = "".join(sorted({c for opener, closers in speech.QUOTE_PAIRS.items() for c in opener + closers}))
MARK = re.compile("[" + re.escape(_MARKS) + "\n]")
# A personal name: initials glued or spaced before a surname («В.Путин», «А. К. Волин»), or one to three
# capitalised words («Дмитрий Чернышенко», «Си Цзиньпин», «Кассым-Жомарт Токаев»), one space between.
NAME = re.compile(rf"(?<![{_LOW}{_UP}.-])(?:(?:[{_UP}]\.[ \t\u00a0]?){{1,2}}[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
                  rf"|[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?(?:[ \t\u00a0](?:[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?|{_PARTICLES}|[{_UP}](?![{_LOW}{_UP}.]))){{0,5}}"
                  rf"(?:[ \t\u00a0][{_UP}]\.(?:[ \t\u00a0]?[{_UP}]\.)?)?)(?![{_LOW}{_UP}])")
# Initials after a surname, ending a name: «Путин В.В.», «Светлов И. А.» (registers, lists, transcripts).
TRAILING_INITIALS = re.compile(rf"[ \t\u00a0](?P<initials>[{_UP}]\.(?:[ \t\u00a0]?[{_UP}]\.)?)$")
# Initials opening a name.
INITIALS = re.compile(rf"(?:[{_UP}]\.[ \t\u00a0]?)+")
# A third-person pronoun as a whole word.
PRONOUN = re.compile(rf"(?<![{_LOW}{_UP}])(?:он|она|они)(?![{_LOW}])", re.IGNORECASE)
# «пресс-служба X», «в пресс-службе X», «в сообщении»: a body speaking, in any case.
BODY = re.compile(rf"(?:(?:в|во)[ \t\u00a0]+)?(?P<head>пресс-служб\w*|министерств\w*|ведомств\w*|посольств\w*|правительств\w*|"
                  rf"мид|кремл\w*|администраци\w*|(?:компани|корпораци)\w*(?!\w)(?![ \t\u00a0]*[«\"„“])|сообщени\w*|заявлени\w*|(?:пресс-)?релиз\w*)(?P<tail>(?:[ \t\u00a0]+[^ \t\u00a0.,;:!?\n«»“”\"]+){{0,10}})",
                  re.IGNORECASE)
# A medium relaying («газета «Ведомости»», «издание», «агентство Bloomberg») and the phrase naming its source.
MEDIUM = re.compile(rf"(?i:{'|'.join(speech.MEDIA_STEMS)})[{_LOW}]*(?:[ \t\u00a0]+(?:«[^»\n]{{1,60}}»|\"[^\"\n]{{1,60}}\"|[{_UP}][\w.-]*))?")
RELAY_PHRASE = re.compile(rf"[ \t\u00a0,]*(?:{'|'.join(speech.RELAY_PHRASES)})[ \t\u00a0]+", re.IGNORECASE)
# Reported speech inside one sentence.
# «X заявил, что …», «X также отметил, что …», «X выразил уверенность, что …», «X сказал в интервью газете «Y», что …»
_PHRASE = "|".join(map(re.escape, speech.PHRASE_CUES))
CUE_THAT = re.compile(rf"(?<![{_LOW}{_UP}])(?P<cue>{_PHRASE}|{_VERB})(?![{_LOW}])(?P<adjunct>(?:«[^»\n]{{1,40}}»|[^,;:.!?\n«»]){{0,60}}?),?[ \t\u00a0]+(?:что|чтобы)[ \t\u00a0]+")
# «X заявил: платформа заработает в июле.»: a cue and a colon before an unquoted clause (a quoted one is direct speech).
CUE_COLON = re.compile(rf"(?<![{_LOW}{_UP}])(?P<cue>{_PHRASE}|{_VERB})(?![{_LOW}])(?P<adjunct>[^,;:.!?\n«»]{{0,60}}?):[ \t\u00a0]+(?=[^«\"„“—–\- \t\u00a0\n])")
# «…, заявил вице-премьер Дмитрий Петров.», «…, сообщила в четверг пресс-служба X.», «…, как отметил X.»: the cue after the clause.
TRAILING_CUE = re.compile(rf",[ \t\u00a0]*(?:{_DASH}[ \t\u00a0]*)?(?:как[ \t\u00a0]+)?(?P<cue>{_VERB})(?![{_LOW}])[ \t\u00a0]+(?P<np>(?:«[^»\n]{{1,60}}»|[^;:!?\n«»“”\"]){{2,250}}?)[ \t\u00a0]*[.!]?[ \t\u00a0]*$")
# «Об этом сообщил ТАСС X», «Об этом БЕЛТА сообщили в пресс-службе X», «Об этом заявил в интервью телеканалу «Y» X»:
# pointing back to the sentence before.
BACK_POINTING = re.compile(rf"(?:{'|'.join(b.capitalize() for b in speech.BACK_POINTING)})[ \t\u00a0]+(?P<pre>[^,.;:!?]{{0,60}}?)(?P<cue>{_VERB})(?![{_LOW}])[ \t\u00a0]*(?P<np>(?:«[^»\n]{{1,60}}»|[^;:!?\n«»“”\"]){{0,250}}?)[ \t\u00a0]*[.!]?[ \t\u00a0]*$")
# «По словам X, …», «По его словам, …», «По мнению X, …», «По данным Росстата, …» (a body's figures: the body is
# their source; a document's, «по данным опроса», no one)
_FIGURES = "|".join(speech.SOURCE_FIGURES)
ACCORDING_TO = re.compile(rf"(?<![{_LOW}{_UP}])[Пп]о[ \t\u00a0]+(?:(?P<pron>его|её|ее|их)[ \t\u00a0]+)?(?P<cue>словам|мнению|{_FIGURES})(?:[ \t\u00a0]+(?P<np>(?:«[^»\n]{{1,60}}»|[^,;:!?\n«»]){{1,150}}?))?,[ \t\u00a0]*")
# «…, по данным Росстата.»: the source of figures closing its clause.
TRAILING_ACCORDING_TO = re.compile(rf",[ \t\u00a0]*по[ \t\u00a0]+(?P<cue>словам|мнению|{_FIGURES})[ \t\u00a0]+(?P<np>(?:«[^»\n]{{1,60}}»|[^,;:!?\n«»]){{1,150}}?)[ \t\u00a0]*[.!]?[ \t\u00a0]*$")
# «В частности, отметил X, …», «Кроме того, добавил генконсул, …»: the attribution set off by commas.
PARENTHETICAL = re.compile(rf"(?P<lead>[{_UP}][^,;:!?\n]{{0,30}}?),[ \t\u00a0]*(?P<cue>{_VERB})(?![{_LOW}])[ \t\u00a0]+(?P<np>[^,;:!?\n«»]{{1,120}}?),[ \t\u00a0]*")
# «…, — V X:» / «X заявил: «…»», the quotation also opening the next paragraph: a cue right before an opening mark.
CUE_BEFORE_QUOTE = re.compile(rf"(?<![{_LOW}{_UP}])(?P<cue>{_VERB})(?![{_LOW}])[^.:!?\n«»“”\"]{{0,60}}?(?:[:,][ \t\u00a0]*|:\s*)$")
# A saying, not anyone's speech, right before a quotation: «Как говорится, «…»», «как гласит пословица, «…»».
SAYING = re.compile(rf"(?i)(?:как[ \t\u00a0]+(?:говорится|говорят|гласит(?:[ \t\u00a0]+[{_LOW}]+)?)|(?:по|гласит)[ \t\u00a0]+(?:пословиц|поговорк)[{_LOW}]*)[ \t\u00a0,:—–-]*$")
# Clauses with no source: «Отмечается, что …», «Сообщается, что …».
IMPERSONAL = re.compile(rf"(?i)(?<![{_LOW}])(?:{'|'.join(speech.IMPERSONAL_CUES)})(?![{_LOW}])")
# Words between a subject and its cue («также», «уже», «в свою очередь»).
ASIDE = re.compile(r"(?:[ \t\u00a0]*,?[ \t\u00a0]*(?:также|тоже|уже|вновь|снова|ещё|еще|затем|в свою очередь|в частности|при этом|кроме того|ранее|позднее|неоднократно|в интервью[^,]{0,40}|журналистам)[ \t\u00a0]*,?)+[ \t\u00a0]*$", re.IGNORECASE)
# A transcript label opening a line: a name, initials and surname, a turn label, or an outlet with a title,
# an acronym («РБК:», a turn only as a news outlet beside a surer label), an optional role after a comma and an
# optional «(как переведено)», then a colon.
TURN_LABEL = re.compile(rf"(?P<label>(?:{'|'.join(map(re.escape, speech.TURN_LABELS))})|(?:[{_UP}]\.[ \t\u00a0]?){{1,2}}[{_UP}][{_LOW}]+|"
                        rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?[ \t\u00a0][{_UP}]\.(?:[ \t\u00a0]?[{_UP}]\.)?|"
                        rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?(?:[ \t\u00a0][{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?){{0,2}}|"
                        rf"[{_UP}][{_LOW}]+[ \t\u00a0]«[^»\n]{{1,40}}»|[{_UP}]{{2,5}})(?P<role>,[^:\n]{{1,150}}?)?"
                        rf"(?:[ \t\u00a0]*\((?:{'|'.join(speech.TRANSLATION_MARKS)})\))?[ \t\u00a0]*:[ \t\u00a0]*")
# A transcript label in capitals opening a line: «В.ПУТИН:», «ВОПРОС:», «ГЛАДЫШЕВ:». Words of five letters or more
# (or after initials): a short one is an acronym («РБК:», «МИД:») and keeps its capitals.
CAPS_LABEL = re.compile(rf"(?m)^[ \t\u00a0]*(?P<label>(?:[{_UP}]\.[ \t\u00a0]?){{1,2}}[{_UP}][{_UP}-]+|[{_UP}][{_UP}-]{{4,}}(?:[ \t\u00a0][{_UP}][{_UP}-]{{4,}}){{0,2}})"
                        rf"(?=[ \t\u00a0]*:)")
# A first- or second-person word: a dash-led paragraph using one speaks.
VOICE = re.compile(rf"(?<![{_LOW}{_UP}])(?:{'|'.join(speech.FIRST_SECOND_PERSON)})(?![{_LOW}{_UP}])")
# A paragraph opening with a dash: direct speech in Russian typography.
DASH_PARAGRAPH = re.compile(rf"[ \t\u00a0]*{_DASH}[ \t\u00a0]*(?=[{_UP}«\"])")
# «в своем интервью журналу «Диалог-Содружество» рассказывает директор … Екатерина Ларина», «X ответил на вопросы газеты
# «Курьер»»: who interviews whom.
INTERVIEW_INTRO = re.compile(r"(?:интервью|на[ \t\u00a0]+вопросы)[ \t\u00a0]+(?P<outlet>журналу|газете|изданию|агентству|телеканалу|радио|"
                             r"журнала|газеты|издания|агентства|телеканала)[ \t\u00a0]+(?P<title>«[^»\n]{1,60}»|\"[^\"\n]{1,60}\")")
# «Как отметил X, …», «Как ранее заявлял X, …», «Как сообщили в пресс-службе X, …», «Как рассказали в компании «X», …»:
# the source first.
AS_SAID = re.compile(rf"[Кк]ак[ \t\u00a0]+(?:(?:ранее|уже|неоднократно|также|прежде)[ \t\u00a0]+)?(?P<cue>{_VERB})(?![{_LOW}])[ \t\u00a0]+(?P<np>(?:«[^»\n]{{1,60}}»|[^,;:!?\n«»]){{1,150}}?),[ \t\u00a0]*")
# «в компании «Телесеть»», «банк «Северный»», «ПАО «Связьинвест»»: a body named by a noun and its name in quotes.
QUOTED_BODY = re.compile(rf"(?:(?:в|во)[ \t\u00a0]+)?(?P<head>[{_LOW}-]+|{'|'.join(speech.CORPORATE_PREFIXES)})[ \t\u00a0]+(?P<name>«[^»\n]{{1,60}}»|\"[^\"\n]{{1,60}}\")[ \t\u00a0]*",
                         re.IGNORECASE)
# «В Минцифры», «В Кремле»: a body named by where it sits, the subject of a plural speech verb.
_PROPER_NAME = rf"[{_UP}][\w-]+(?:[ \t\u00a0][{_UP}][\w-]+)?"
IN_BODY = re.compile(rf"[Вв]о?[ \t\u00a0]+(?P<name>{_PROPER_NAME})")
# «Росстата», «Минфина России»: a body's proper name, one or two capitalised words.
PROPER_NAME_PHRASE = re.compile(_PROPER_NAME)
# «Сотрудничество в сфере ИИ стало приоритетом – Лесницкий»: a headline's claim, a spaced dash, a name.
HEADLINE_DASH_SPEAKER = re.compile(rf"(?P<claim>[^\n]{{10,200}}?)[ \t\u00a0]+[—–-][ \t\u00a0]+(?P<np>(?:[{_UP}]\.[ \t\u00a0]?)*[{_UP}][{_LOW}]+(?:[ \t\u00a0][{_UP}][{_LOW}]+)?)[ \t\u00a0]*")
# «Согласно сообщению, …», «Согласно заявлению, …»: a message of the body named before (a document is no speaker).
PER_MESSAGE = re.compile(r"[Сс]огласно[ \t\u00a0]+(?P<head>сообщению|заявлению|пресс-релизу|релизу)[ \t\u00a0]*,[ \t\u00a0]*")
