"""English patterns whose shape is grammar: quotation frames, attributions, speaking bodies, definite roles.

Built once, when the English `Language` is first asked for; `helpers.lang.base` says what they are for.
"""
import re

from retrie.trie import Trie

from helpers.lang.en import people
from helpers.lang.en import speech


# Word lists are tries (retrie): `re` tries a flat alternation word by word at every position of the text, a
# trie reads each character once; of two words sharing a start it tries the longer first, as a longest-first
# alternation does, so the matches are the same.
_CUE = Trie(*speech.SPEECH_VERBS).pattern()
_CAPITAL_CUE = Trie(*(verb.capitalize() for verb in speech.SPEECH_VERBS)).pattern()  # a cue opening its sentence
_PHRASE_CUE = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in speech.PHRASE_CUES) + \
    r"|expressed\s+(?:" + "|".join(speech.POSSESSIVES) + r")\s+(?:" + "|".join(speech.EXPRESSED_STANCES) + r")" + \
    "|" + "|".join(speech.CONTINUING_PARTICIPLES)

# ---------------------------------------------------------------------------------------------------
# Text shapes

# Quotation marks and line breaks: the only characters the pairing state machine stops at.
_MARKS = "".join(sorted({c for opener, closers in speech.QUOTE_PAIRS.items() for c in opener + closers}))
MARK = re.compile("[" + re.escape(_MARKS) + "\n]")
# The end of a sentence: terminal punctuation, closing marks and footnote marks, then a capital or the end.
SENTENCE_END = re.compile(r"[.!?]+[\"”»’)]*(?:\[\d+\])*(?=\s+[\"“«‘(]?[A-Z0-9]|\s*$)")
# Abbreviations whose full stop does not end a sentence ("Mr. Putin", "No. 1632-r", "V. Putin").
ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|No|St|Gen|Jr|Sr|Inc|Ltd|Co|vs|etc|i\.e|e\.g)|\b[A-Z])\.$")
# A word of first- or second-person voice ("we", "our", "I", "you").
VOICE = re.compile(r"(?<![\w’'])(?:" + "|".join(map(re.escape, speech.FIRST_SECOND_PERSON)) + r")(?![\w’'])")
# Any cue verb.
CUE_WORD = re.compile(rf"\b(?:{_CUE})\b")
# The end of a line that is a sentence, not a headline.
HEADLINE_END = re.compile(r"[.!?…\"”»:)\]]$")
# A word without which a sentence cannot report speech: a cue verb or a frame word.
# (a phrase cue counts by its last word, "pointed out" by "out", so the alternation stays one word long)
_PHRASE_FRAME = {p.split()[-1] for p in speech.PHRASE_CUES} | {"expressed"} | set(speech.CONTINUING_PARTICIPLES)
FRAME_WORD = re.compile(r"\b" + Trie(*speech.SPEECH_VERBS, *_PHRASE_FRAME, *speech.HOW_VERBS, "According", "according", "words", "put",
                                    "whereby", "statement", "message", "Asked", "wondered", "wonders",
                                    "inquired", "enquired", "questioned", *speech.STANCE_NOUNS).pattern() + r"\b")
# Adverbs and asides between a speaker and the cue ("X, in turn, noted", "X also stressed").
ASIDE = re.compile(r"(?:\s*,?\s*\b(?:also|further|again|later|then|once again|in turn|however|repeatedly|"
                   r"for (?:his|her|its|their) part|in particular|in addition|moreover|earlier|personally|has|have|had|often|always|usually|frequently|recently|previously|once|"
                   r"went on to|goes on to|would go on to)\b\s*,?)+\s*$")

# A relative clause, apposition or participle between a speaker and the cue, set off by commas (a date's comma inside
# allowed): "X, who met Y in Z on March 14, 2024, said", "X, when asked about Y, said"; the speaker is the phrase
# before its first comma.
PARENTHESIS = re.compile(r",\s+(?:who|whose|which|the|a|an|when|while|after|asked|speaking|commenting|responding|answering|referring|quoted|cited|writing|addressing|talking|replying|in|at|during|[A-Z][\w’'-]*|head|chief|director|minister|\d{1,3}|(?:[a-z]+\s+){0,2}(?:" + Trie(*people.ROLE_CLASSES).pattern() + r")s?)\b[^.;:!?\n“”\"«»()]{0,200},\s*$")
# "likes to" / "is fond of" / "went on to" before a cue: a habit of saying, or saying next, the subject before it speaks.
CUE_AUXILIARY_TAIL = re.compile(r"[ \t\u00a0]+(?:likes|liked|loves|loved|never[ \t\u00a0]+tires|never[ \t\u00a0]+tired|(?:is|was)[ \t\u00a0]+fond"
                                r"|went[ \t\u00a0]+on|goes[ \t\u00a0]+on|hastened|hastens)[ \t\u00a0]+(?:to|of)$")
# "The decree reads: “…”": a sentence naming what says the words, right before the opening mark.
WRITTEN_SOURCE = re.compile(r"[ \t\u00a0]*(?P<np>[^.;:!?\n“”\"«»]{1,80}?)[ \t\u00a0]+(?:reads|read|says|said|states|stated|stipulates|stipulated)"
                            r"[ \t\u00a0]*[:,]?[ \t\u00a0]*")
# A picture's note after a name ("Marta Kowalczyk (pictured) told …"): no part of the name.
PHOTO_ASIDE = re.compile(r"[ \t\u00a0]*\((?:pictured|left|right|centre|center|above|below|second from (?:left|right)|in the photo)\)$")
# "To quote X, “…”": the quotation that follows is X's.
TO_QUOTE = re.compile(r"[ \t\u00a0]*[Tt]o[ \t\u00a0]+quote[ \t\u00a0]+(?P<np>[^,;:\n“”\"«»]{1,120}),[ \t\u00a0]*")
# "X was quoted (cited) by RIA Novosti as saying that …", "X was quoted as saying": the speaker is X.
QUOTED_AS = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:quoted|cited)(?:\s+by\s+[^,;:\n]{1,60}?)?\s+as\s*$")

# "<speaker> said:" / "<speaker> told reporters:" / "<speaker> said, " right before an opening mark.
CUE_BEFORE_QUOTE = re.compile(rf"\b(?P<cue>{_CUE})\b(?:\s+[\w’'-]+){{0,5}}?\s*[:,]\s*$")
# "Said Ivan Petrov: “…”", "Said Ivan Petrov, head of the agency: “…”": a release opening its sentence with the cue
# (capitalised), the speaker and a role after.
LEAD_CUE_QUOTE = re.compile(rf"[ \t\u00a0]*(?P<cue>{_CAPITAL_CUE})[ \t\u00a0]+(?P<np>[^,.;:!?\n“”\"«»]{{1,80}}?)"
                            r"(?:,[^;:!?\n“”\"«»]{1,150}?)?[ \t\u00a0]*:[ \t\u00a0]*$")
# "…,” said X." / "…,” - said X" right after a closing mark (X runs to the clause end).
_HONORIFIC_STOP = r"(?:(?:Mr|Mrs|Ms|Dr|Prof|[A-Z])\.[ \t\u00a0]*)*"  # "Ms. Markova", "V. Putin": a full stop inside the name
_INITIAL_STOP = r"(?<=(?<![\w’'-])[A-Z])\."  # "Deputy Minister A. Ivanov": an initial's full stop inside the phrase
CUE_THEN_SPEAKER = re.compile(rf"\s*[,.]?\s*(?:[-–—]\s*)?(?P<cue>{_CUE})\b\s+(?P<np>{_HONORIFIC_STOP}[^,.;:!?\n“”\"«»]{{1,150}})")
# "…,” X said." / "…,” the minister said in a statement." right after a closing mark.
SPEAKER_THEN_CUE = re.compile(rf"\s*[,.]?\s*(?:[-–—]\s*)?(?P<np>{_HONORIFIC_STOP}(?:[^,.;:!?\n“”\"«»]|{_INITIAL_STOP}){{1,150}}?)\s+(?P<cue>{_CUE})\b")
# "…,” Ivan Petrov, a former minister, told TASS." / "…,” the head of the agency, Ivan Petrov, said.": a name and
# a role in apposition before the cue.
SPEAKER_APPOSITION_CUE = re.compile(
    rf"\s*[,.]?\s*(?:[-–—]\s*)?(?P<np>[^,.;:!?\n“”\"«»]{{1,150}}?),\s+(?P<appos>[^,.;:!?\n“”\"«»]{{1,120}}?),\s+(?P<cue>{_CUE})\b")
# "…,” according to the ministry." right after a closing mark: the source the words are credited to.
ACCORDING_AFTER_QUOTE = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*according[ \t\u00a0]+to[ \t\u00a0]+(?P<np>[^,.;:!?\n“”\"«»]{1,150})")
# "…,” as X put it." / "(“…,” as X called it)": the words are X's, named by the one who used them.
AS_PUT_AFTER_QUOTE = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*as[ \t\u00a0]+(?P<np>[^,.;:!?\n“”\"«»()]{1,100}?)[ \t\u00a0]+"
                                r"(?P<cue>put|puts|called|calls|described|describes|dubbed|dubs)[ \t\u00a0]+(?:it|them|this)\b")
# "…,” it said." / "…,” they added in a statement": a body's pronoun as the speaker after a closing mark.
BODY_PRONOUN_CUE = re.compile(rf"[ \t\u00a0]*[,.]?[ \t\u00a0]*(?:it|they)[ \t\u00a0]+(?:also[ \t\u00a0]+|further[ \t\u00a0]+)?(?P<cue>{_CUE})\b")
# A video or interview title "Name, affiliation/ “Claim”": the speaker before a slash opening the quotation's line.
SLASH_TITLE = re.compile(r"[ \t\u00a0]*(?P<np>[A-Z][^/,\n“”\"«»]{1,150}?)(?:,[^/\n“”\"«»]{1,150})?[ \t\u00a0]*/[ \t\u00a0]*")
# "I say [to Ivan Petrov]: ‘" / "He says: ‘" inside a quotation: a subject of one word or a name, a speech verb,
# an editorial insertion in brackets, then the colon or comma opening a nested quotation.
NESTED_CUE = re.compile(rf"(?<![\w’'])(?P<subject>I|[Hh]e|[Ss]he|[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){{0,2}})[ \t]+(?:also[ \t]+)?"
                        rf"(?P<cue>{_CUE})(?:[ \t]*\[[^\]\n]{{1,60}}\])?[ \t]*[:,][ \t]*$")
# ", the head of the agency, " after a name: an apposition the introducing sentence's verb follows.
CLOSING_APPOSITION = re.compile(r"\s*,\s*(?P<role>[^,;:\n“”\"«»]{2,150}?)\s*,\s*")
# "'s reply to the critics was" / " answer was short" after the owner: a speech noun opening the sentence.
POSSESSIVE_SPEECH_NOUN = re.compile(r"(?:[’']s)?\s+(?:(?:first|last|final|only|short|simple|blunt|main)\s+)?(?:"
                                    + "|".join(speech.SPEECH_NOUNS) + r")\b")
# A speech verb and a colon right before an opening mark ("said: “", "SAYING: "").
COLON_CUE = re.compile(rf"\b(?i:{_CUE})\b[ \t]*:[ \t]*$")
# A video shot list's soundbite: "(SOUNDBITE) (English) RUSSIAN PRESIDENT, VLADIMIR PUTIN, SAYING: "…"", the
# speaker's role and name in capitals before "SAYING".
SOUNDBITE = re.compile(r"(?P<np>[A-Z][A-Z’'.-]*(?:[ \t]+[A-Z][A-Z’'.-]*)*(?:,[ \t]*[A-Z][A-Z’'.-]*(?:[ \t]+[A-Z][A-Z’'.-]*)*){0,3}),?"
                       r"[ \t]+SAYING[ \t]*:?[ \t]*$")
# "Calling the deal “…” in …, X said that …": a sentence opened by a participle of naming, the quotation its
# object, the speaker the subject after the participle's clause.
NAMING_PARTICIPLE = re.compile(r"[ \t\u00a0]*[“\"«]?(?:Calling|Describing|Terming|Dubbing|Labelling|Labeling)\b[^.;:!?\n“”\"«»]{0,150}$")
PARTICIPLE_SUBJECT = re.compile(rf"[^,.;:!?\n“”\"«»]{{0,150}},[ \t\u00a0]+(?P<np>[^,.;:!?\n“”\"«»]{{1,120}}?)[ \t\u00a0]+(?P<cue>{_CUE})\b")
# An unnamed source after a quotation: "a source said", "officials said", "one of the participants said".
UNNAMED_SOURCE = re.compile(r"(?:an?|one|some|two|three|several|many|other|the|officials?|sources?|experts?|analysts?)\b[\w\s’'-]{0,60}")
# ", “" right after an attribution ("…,” he said, “…"): the second half of a split quotation follows.
SPLIT_CONTINUES = re.compile(r"[^.!?\n“”\"«»]{0,60}?,\s*")
# ". “" right after an attribution closing its sentence ("…,” X stressed. “…”), in the same paragraph.
SENTENCE_CONTINUES = re.compile(r"[^.!?\n“”\"«»]{0,80}?[.!][ \t\u00a0]+")

# A signature after a quotation, on its line or the next, ending that line: "“…” — Ivan Petrov",
# "“…”\n– Ivan Petrov, head of the agency." (only a name that fills the phrase is taken).
DASH_SPEAKER = re.compile(r"[ \t\u00a0]*[,.]?[ \t\u00a0]*\n?[ \t\u00a0]*[—–][ \t\u00a0]*(?P<np>[^,.;:!?\n“”\"«»]{1,120}?)"
                          r"[ \t\u00a0]*(?:,[^\n“”\"«»]{1,200}?)?\.?[ \t\u00a0]*(?:\n|$)")
# A name (and role) alone on the line after a quotation paragraph: the signature of a pull quote.
SIGNATURE_LINE = re.compile(r"[ \t\u00a0]*\n\s*(?P<np>[A-Z][^\n.!?“”\"«»:]{2,200}?)[ \t\u00a0]*(?:\n|$)")
# "“…” – Nordwire quotes him.": an outlet relaying the words of the person the pronoun names.
OUTLET_QUOTES_PRONOUN = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*[-–—]?[ \t\u00a0]*[^,.;:!?\n“”\"«»]{1,60}?[ \t\u00a0]+"
                                   r"(?:quotes|quoted|cites|cited)[ \t\u00a0]+(?P<pronoun>him|her)\b")
# "X called the priority task “…”": the quoted words name the task in X's own words.
CALLED_BEFORE_QUOTE = re.compile(r"\b(?P<cue>called|named|described|defined)\s+(?:the|his|her|its|their|our)\s+(?:[\w-]+\s+){0,3}?"
                                 r"(?:task|tasks|goal|goals|priority|priorities|aim|objective|mission)\s+(?:as\s+)?$")
# "X described the deal as “…”", "X hailed the talks as “…”": the quoted words are X's judgement, not a name.
DESCRIBED_AS_QUOTE = re.compile(r"\b(?P<cue>described|describes|characterised|characterized|characterises|characterizes|hailed|hails"
                                r"|branded|brands)\s+(?:[\w’'-]+\s+){1,6}?as\s+$")
# Spaces between two quotations on one line ("“A.” “B.”").
GAP = re.compile(r"[.!?]?[ \t\u00a0]+")

# Reported speech frames, each matched inside one sentence. ("As" and "according" open with their letter, then a
# look-behind for a word start, not `\b`: the regex engine skips to A and a instead of trying every offset.)
ACCORDING_TO = re.compile(r"(?P<cue>[Aa](?<!\w[Aa])ccording to)\s+(?P<np>[^,;:\n]{1,150}?),\s*")
AS_CUE = re.compile(rf"(?P<cue>[Aa](?<!\w[Aa])s)\s+(?P<np>[^,;:\n]{{1,150}}?)\s+(?P<verb>{_CUE}|put\s+it)(?:\s+(?:to|in|on|at)\s+[^,;:\n]{{1,60}})?,\s*")
AS_STATED_IN = re.compile(r"[Aa](?<!\w[Aa])s\s+(?P<cue>stated|reported|noted|announced|said|written)\s+(?:on|in|by|at)\s+(?P<np>[^,;:\n]{1,120}),\s*")
_IN_WORDS_NOUN = "|".join(speech.IN_WORDS_NOUNS)
IN_WORDS = re.compile(rf"\b(?=[Ii]n\s)(?:(?P<cue>[Ii]n\s+(?P<np>his|her|their)\s+(?:{_IN_WORDS_NOUN})),\s*"
                      rf"|(?P<cue2>[Ii]n\s+the\s+(?:{_IN_WORDS_NOUN})\s+of)\s+(?P<np2>[^,;:\n]{{1,120}}),\s*)")
# "His words that …", "her remarks that …": a stance noun after a possessive pronoun, the person the pronoun names.
PRONOUN_STANCE_THAT = re.compile(r"\b(?P<pronoun>[Hh]is|[Hh]er)\s+(?P<cue>" + "|".join(speech.STANCE_NOUNS) + r")\s+(?:whereby|that)\s+")
# "The deal, X said, will …": an attribution set off inside the clause it reports, whose verb follows it; what may
# follow the cue before the second comma ("X said on Monday,").
MID_CUE_TAIL = re.compile(r"(?:\s+(?:on|in|at|last|this|earlier)\s+[^,;:\n]{1,40})?,\s+")
# What the clause's opening words and the speaker between the commas never hold.
MID_CUE_BREAK = re.compile(r"[;:\n“”\"«»]")
# Adjuncts between a cue and its clause, at most two: "said in an interview", "announced on September 16",
# "said on Wednesday (December 11)", "acknowledged in 2023", "said earlier in March", "said last week".
_CUE_ADJUNCT = (r"(?:\s+(?:(?:earlier|later)\s+)?(?:to|in|at|on|during|after|with|for|of)\s+(?:an?\s+|the\s+|his\s+|her\s+|its\s+|their\s+)?"
                r"[\w’'-]+(?:\s+(?!(?:the|a|an|this|these|it|its|there|they|he|she|we|his|her|their|our)\b)[\w’'-]+)?(?:,\s+\d{4})?"
                r"|\s+(?:last|this|earlier\s+this)\s+(?:week|month|year|spring|summer|autumn|fall|winter)"
                r"|\s+(?:earlier|later|yesterday|today|recently|previously)|\s+\([^()\n]{1,30}\))")
_CUE_ADJUNCTS = rf"(?:{_CUE_ADJUNCT}){{0,2}}"
# Before a clause without "that" only adjuncts that cannot open the clause: "said in a statement", "said on
# Monday", "said last week" ("said during a briefing on the outcomes of a session" reads no clause).
_BARE_ADJUNCT = (r"(?:\s+in\s+(?:a|an|the|his|her|its|their)\s+(?:statement|interview|message|post|letter|speech|address|note)"
                 r"|\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                 r"|\s+(?:last|this)\s+(?:week|month|year)|\s+(?:earlier|later|yesterday|today|recently)|\s+\([^()\n]{1,30}\))")
_BARE_ADJUNCTS = rf"(?:{_BARE_ADJUNCT}){{0,2}}"
# "X noted that …", "X told journalists that …", "X said in an interview that …", "X expressed confidence that …".
CUE_THAT = re.compile(
    rf"\b(?P<cue>(?:{_PHRASE_CUE})|(?:{_CUE}))"
    r"(?:\s+(?:the\s+|an?\s+)?(?:" + "|".join(sorted((n.replace(" ", r"\s+") for n in speech.LISTENER_NOUNS), key=len, reverse=True))
    + r"|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
    r"(?:\s+(?:newspaper|daily|magazine|news\s+agency|agency|channel|television|radio|" + "|".join(speech.LISTENER_NOUNS) + r"))?))?"
    + _CUE_ADJUNCTS + r",?\s+that(?:,(?=\s+[^,;\n]{1,40},))?\s+"  # "said that, from May, …": an aside may open the clause
)
# "X detailed how Belarus has made headway …": a statement reported as a "how" clause (its finite verb is checked).
HOW_CUE = re.compile(r"\b(?P<cue>" + "|".join(speech.HOW_VERBS) + r")\s+how\s+")
# "X said Russia was ready …": a cue whose clause follows without "that"; it must hold a finite verb.
# A subject without a determiner before an auxiliary: "said revenue had grown", "said prices would rise", "said data
# centres will be built" (a preposition, conjunction or wh-word opens no such clause: "said in May", "said what was").
_BARE_NOUN_SUBJECT = (r"|(?!(?:to|in|on|at|for|with|by|from|of|and|or|but|what|which|who|whom|how|when|where|why|whether|if|so|as"
                      r"|than|then|after|before|during|while|about|into|over|under|that|not)\b)[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}"
                      r"\s+(?:is|are|was|were|will|would|could|can|should|must|may|might|has|have|had)\b")
ZERO_THAT = re.compile(
    r"\b(?P<cue>" + "|".join(speech.ZERO_THAT_VERBS) + r"|(?:told|tells)\s+(?:" + "|".join(speech.TOLD_LISTENERS).replace(" ", r"\s+")
    + r"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}))"  # "told RIA Novosti the deal …": an outlet or person as the listener
    + _BARE_ADJUNCTS + r"\s+(?=(?:the|a|an|this|these|it|its|there|they|he|she|we|I|her|his|their|our|one|some|many|most|all|both"
    r"|several|each|every|no|[A-Z][\w’'-]*)\b" + _BARE_NOUN_SUBJECT + ")"
)
# "The delegation was told by X that …": the listener is the subject, the speaker named after "by".
TOLD_BY = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?P<cue>" + "|".join(v.split()[0] for v in speech.PASSIVE_BY) + r")\s+by\s+"
                     r"(?P<np>[^,;:\n“”\"«»]{1,150}?)\s+that\s+")
# "X asked (Y) whether …", "X wondered why …": an indirect question is the asker's reported speech (dev-en2
# gold); at most a few words of listener between ("asked the minister whether"), never an infinitive.
ASKED_WH = re.compile(r"\b(?P<cue>asked|asks|wondered|wonders|inquired|enquired|questioned)(?:\s+(?!to\b|for\b|about\b)[\w’'.-]+){0,5}?"
                      r",?\s+(?P<wh>whether|if|why|how|when|where|what|who)\s+(?!to\b)")
# "When asked by X(, Role,) whether …" / "Asked by X why …": the questioner X, named after "by".
ASKED_BY_WH = re.compile(r"\b[Aa]sked\s+by\s+(?P<np>[^,;:\n]{1,120}?)(?P<appos>,\s+[^,;:\n]{1,150}?,)?\s+"
                         r"(?P<wh>whether|if|why|how|when|where|what|who)\s+(?!to\b)")
# "…, which the head of X said was necessary …": a relative clause whose verb is reported ("which X said was").
RELATIVE_SAID = re.compile(r"\b(?:which|that|what|who)\s+(?P<np>[^,;:\n]{1,120}?)\s+(?P<cue>" + "|".join(speech.RELATIVE_CUES) + r")\s+"
                           r"(?=(?:was|is|were|are|had|has|would|will|could|should|might|must|may|can|remains|remained)\b)")
# "According to the information/statement, …": the words of whoever spoke (or issued the statement) just before.
_ISSUED_TEXT = r"statement|press\s+release|message|announcement|communiqu[ée]"  # what a body issues
PREVIOUS_STATEMENT = re.compile(r"(?:the|this|that|these|its|their)\s+(?:information|" + _ISSUED_TEXT
                                + r"|release|comments?|remarks|clarification)", re.IGNORECASE)
# "The ministry issued a statement on Monday.": who issued the statement a following "according to the statement" cites.
ISSUED_STATEMENT = re.compile(r"\b(?P<cue>issued|released|published|put\s+out|circulated|distributed|posted|sent)\s+(?:a|an|the|its|their)\s+"
                              r"(?:[\w-]+\s+)?(?:" + _ISSUED_TEXT + r")\b")
# "…, at which it was stressed that …": a passive cue with no agent; the speaker is a body the sentence names, if one.
PASSIVE_CUE = re.compile(r"\b[Ii]t\s+(?:was|has\s+been|had\s+been|is)\s+(?:also\s+)?(?P<cue>noted|stressed|emphasi[sz]ed|stated|underlined"
                         r"|underscored|pointed\s+out|announced|reported|said|highlighted)\s+that\s+")
# A body by its capitalised name ending in a body noun, with an "of …" tail: "the Kenyan ICT Ministry", "the Council of
# Ministers", "the Ministry of Digital Development".
NAMED_BODY = re.compile(r"(?<![\w’'-])(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){0,4}(?:"
                        + Trie(*(b.capitalize() for b in speech.SPEAKING_BODIES)).pattern()
                        + r")\b(?:\s+(?:of|for)(?:\s+the)?(?:\s+[A-Z][\w’'-]*)+(?:\s+and(?:\s+[A-Z][\w’'-]*)+)*)?")
_AUXILIARY = r"is|are|was|were|will|would|could|can|should|must|may|might|has|have|had|does|did|remains|plans"
FINITE_VERB = re.compile(rf"\b(?:{_AUXILIARY})\b")
# The subject and finite verb a bare clause opens with: "Norway sees …", "her country was …", "the talks went …".
ZERO_CLAUSE = re.compile(
    r"(?:(?:he|she|it|they|we|I|there)|(?:the|a|an|his|her|its|their|our|this|these|that|those)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+"
    r"|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:(?:also|still|now|already|not|only|soon|currently)\s+)?"
    rf"(?:{_AUXILIARY}|" + "|".join(speech.IRREGULAR_PAST) + r"|[a-z]+(?:s|ed))\b")
STANCE_THAT = re.compile(r"[’']s\s+(?P<cue>" + "|".join(speech.STANCE_NOUNS) + r")\s+(?:whereby|that)\s+")
# "…, noted Alexander Turchin." / "…, Nikolai Nikiforov emphasized." closing a sentence.
# "…, said Ivan Petrov, head of the agency." (an apposition after the name, a comma inside it allowed).
TRAILING_CUE_SPEAKER = re.compile(rf",\s+(?P<cue>{_CUE})\s+(?P<np>[^,;:\n]{{1,150}}?)(?:,\s+[^,;:\n“”\"«»]{{1,150}}?){{0,2}}\s*(?:\[\d+\])*[.!]?\s*$")
# "…, according to the ministry." closing a sentence.
TRAILING_ACCORDING = re.compile(r",\s+(?P<cue>according\s+to)\s+(?P<np>[^,;:\n]{1,150}?)\s*(?:\[\d+\])*[.!]?\s*$")
# The listener of "told": "reporters", "journalists", "the press", "TASS", "RIA Novosti", "a news conference".
_LISTENER = (r"(?:(?:the|a|an)\s+)?(?:reporters|journalists|press|media|correspondents|(?:news\s+|press\s+)?conference|briefing"
             r"|agency|newspaper|magazine|channel|broadcaster|publication|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'-]*){0,2}"
             r"(?:\s+(?:newspaper|daily|weekly|magazine|news\s+agency|agency|channel|television|radio|website|portal))?)")
# "…, Deputy Minister X told reporters on Wednesday." / "…, the ministry said in a statement." /
# "…, X said at a briefing." / "…, she told TASS.": a listener and adjuncts may follow the cue ("to" only
# before a listener: "…, Russia pledged to help Y" is an infinitive, no attribution).
TRAILING_SPEAKER_CUE = re.compile(
    rf",\s+(?P<np>[^,;:\n]{{1,150}}?),?\s+(?P<cue>{_CUE})(?:\s+out)?(?:\s+{_LISTENER})?"
    r"(?:\s+(?:in|at|on|by|during|after|before|following|when|while|late|early|last|this"
    r"|to(?=\s+(?:the\s|an?\s|[A-Z]|reporters|journalists|correspondents)))\s[^;:\n]{0,200}?)?\s*(?:\[\d+\])*[.!]?\s*$")
# "…, TASS reports." / "…, Baltic Wire reported." / "… “…,” WAM reported." closing a sentence: the outlet carrying the
# statement (a quoted fragment's closing mark may follow the comma).
AGENCY_TAIL = re.compile(r",[”\"»’]?\s+(?P<np>[^,;:\n]{1,60}?)\s+(?P<cue>reports|reported|writes|wrote|informs|informed)"
                         r"(?:\s+(?:on|late|early|last|this)\s+[\w ]{1,20}?)?\s*[.!]?\s*$")  # "…, Interfax reported on Monday."
# "…, said X, reported the Nairobi Times." closing a sentence: an outlet relaying the attribution before it.
# "…, TASS reported, citing the ministry." closing a sentence: the outlet relays the source it cites.
CITING_TAIL = re.compile(r",\s+(?P<outlet>[^,;:\n]{1,60}?)\s+(?:reports|reported|writes|wrote|informs|informed|said|says)\s*,?\s+"
                         r"(?P<cue>citing|quoting)\s+(?P<np>[^,;:\n]{1,120}?)\s*[.!]?\s*$")
# "the company's press release", "the ministry's statement": the owner of a statement speaks.
OWNED_SOURCE = re.compile(r"(?P<owner>.+?)[’']s\s+(?:[a-z]+\s+)?(?:" + "|".join(speech.SOURCE_FIGURES) + r")\s*$")
RELAY_TAIL = re.compile(r",\s+(?P<cue>reported|reports|wrote|writes)\s+(?P<np>(?:the\s+)?[A-Z][^,;:\n]{0,60}?)\s*[.!]?\s*$")
# A dash setting off a role after a name: "Maria Ilves – Chairman of the Board".
APPOSITION_DASH = re.compile(r"[ \t\u00a0]+[–—-][ \t\u00a0]+")
# Sentences pointing back at the previous one: "This was announced … by X", "This was the message of X",
# "X made the statement", "X announced this".
BACK_BY = re.compile(r"^(?:This|That|It)\s+was\s+(?P<cue>" + "|".join(speech.BACK_POINTING_VERBS) + r")\b[^.]{0,80}?\bby\s+(?P<np>.+)$")
BACK_MESSAGE = re.compile(r"^(?:This|That)\s+was\s+(?P<cue>the\s+(?:message|statement|position|view))\s+of\s+(?P<np>.+)$")
BACK_SUBJECT = re.compile(r"^(?P<np>.+?)\s+(?P<cue>made\s+(?:the|this|that)\s+statement|(?:announced|stated|said|reported|declared)\s+this"
                          r"|pointed\s+(?:it|this|that)\s+out)\b")
# "They added that …" / "It also noted that …" opening a sentence after a body's statement.
THEY_CUE = re.compile(rf"(?:They|It)\s+(?:also\s+|further\s+)?(?P<cue>{_CUE})(?:{_CUE_ADJUNCTS},?\s+that|{_BARE_ADJUNCTS})\s+")
# A sentence whose subject is "we" ("We have spoken … and mentioned that …").
WE_SUBJECT = re.compile(r"[“\"«]?[ \t]*(?:[A-Z][\w ,]{0,40},[ \t]+)?[Ww]e\b")
# A document's title reporting speech: "Name, Body: claim", "Claim, says Name", "Claim, Name says", "Claim — Name".
HEADLINE_SAYS = re.compile(rf"(?P<claim>[^\n]{{8,}}?),\s+(?P<cue>says|said)\s+(?P<np>[^,\n]{{2,80}}?)[ \t]*$")
HEADLINE_NAME_SAYS = re.compile(r"(?P<claim>[^\n]{8,}?),\s+(?P<np>[^,\n]{2,80}?)\s+(?P<cue>says|said)[ \t]*$")
HEADLINE_SIGNED = re.compile(r"(?P<claim>[^\n]{8,}?)[ \t]+[—–][ \t]+(?P<np>[^—–\n]{2,80}?)[ \t]*$")

# A speaking body kept as written: "TASS", "The FAS", "the press service of the Ministry of …", "The meeting",
# "The Chinese side", "the Kremlin website".
# "Kazakhstan's Ministry of Digital Development", "Uzbekistan's central bank", "the Belarusian State Authority for
# Military Industry", "RIA Novosti", "Interfax": a body noun (either case) after up to four capitalised words and
# two lower-case modifiers, with an "of/for …" tail of names; an acronym; a news outlet.
_BODY = "|".join(f"[{b[0].upper()}{b[0]}]{re.escape(b[1:])}" for b in sorted(speech.SPEAKING_BODIES, key=len, reverse=True))
_OUTLET = Trie(*speech.NEWS_OUTLETS).pattern()
_SPEAKING_BODY = Trie(*speech.SPEAKING_BODIES).pattern()  # a body noun as written, lower case
ORGANISATION = re.compile(
    rf"(?:[Tt]he\s+)?(?:(?:[A-Z]{{2,}}[A-Za-z]*|{_OUTLET})(?:\s+(?:{_OUTLET}))?(?![\w’'])"
    rf"|(?:[A-Z][\w'’-]*\s+){{0,4}}(?:[a-z]+(?:[’']s)?\s+){{0,2}}(?:press\s+)?(?:{_BODY})"
    rf"(?:\s+(?:of|for|on|under|in)(?:\s+(?:the|and|of|for|[A-Z][\w'’-]*))+"  # "the Russian Embassy in Kenya"
    # a list of fields in the name: "Ministry of Digital Development, Communications and Mass Media of Russia"
    rf"(?:(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})+\s+and(?:\s+(?:the|of|for|[A-Z][\w'’-]*))+)?)?)"
)
# A body named after (or before) a lower-case description: "the Turkish TV channel NTV", "private lenders Kask
# Bank", "the Abkhaz Apsnypress news agency"; the name is the speaker.
_BODY_NAME = r"[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,2}"
DESCRIBED_BODY = re.compile(
    r"(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+){0,2}(?:[A-Z][\w’'-]*\s+){0,2}(?:[a-z][\w-]*\s+){0,2}"
    r"(?:" + Trie(*speech.DESCRIBING_NOUNS).pattern() + rf")\s+(?P<name>{_BODY_NAME})"
    rf"|(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+)?(?P<name2>{_BODY_NAME})\s+(?:"
    + "|".join(sorted((d.replace(" ", r"\s+") for d in speech.DESCRIBING_SUFFIXES), key=len, reverse=True)) + r")")
# Lower-case words between "the" and a capitalised body's name ("the official Kenya News Agency", "the state-run
# Andes Broadcasting Company") and an acronym in brackets after it ("… Agency (KNA)").
BODY_ADJECTIVES = re.compile(r"[Tt]he\s+(?:(?!of\s)[a-z][\w-]*\s+){1,2}(?=[A-Z])")  # "the head of X" is a role
TRAILING_ACRONYM = re.compile(r"\s*\([A-Z]{2,}[A-Za-z]*\)\s*$")
# A body's name set off by a description with a body noun: "Nordtel, the Norwegian watchdog, said".
# (the name's capital first, then the look-behind for a word start: the regex engine skips to capitals)
APPOSED_BODY = re.compile(r"(?P<name>[A-Z](?<![\w’'-][A-Z])[\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}),\s+the\s+(?:[\w’'-]+\s+){0,3}?"
                          rf"(?P<noun>{_SPEAKING_BODY})\b,")
# A body written in lower case with its "of …" tail: "the ministry of digital affairs in Norway".
LOWER_BODY = re.compile(rf"[Tt]he\s+(?:[a-z]+\s+){{0,2}}(?:{_SPEAKING_BODY})"
                        r"\s+(?:of|for|on)\s+[\w’' -]{1,60}")
# A group of people speaking together: "Delegates", "the heads of government", "international organisations".
GROUP_SPEAKER = re.compile(r"(?:[Tt]he\s+)?(?:[A-Za-z-]+\s+){0,2}?(?i:" + "|".join(speech.SPEAKING_GROUPS) + r")"
                           r"(?:\s+of\s+(?:the\s+)?[\w’'-]+(?:\s+(?:and\s+)?[\w’'-]+){0,3})?")
# "according to assessments from X": the figures' owner speaks.
SOURCE_FIGURES = re.compile(r"(?:[Tt]he\s+|[Tt]heir\s+|[Ii]ts\s+|[Aa]n?\s+)?(?:[a-z]+\s+)?(?:" + "|".join(speech.SOURCE_FIGURES)
                            + r")\s+(?:(?:issued|released|published|posted|made)\s+)?(?:of|from|by)\s+")
# A company or organisation by a corporate word closing or opening its name: "Yandex LLC", "the Skolkovo
# Foundation", "Sber Group", "PJSC Rostelecom", "Moscow State University".
_CORPORATE = Trie(*speech.CORPORATE_WORDS).pattern()
CORPORATE = re.compile(
    rf"(?:[Tt]he\s+)?(?:(?:[A-Z][\w&’'.-]*\s+){{1,4}}(?:{_CORPORATE})\.?"
    rf"|(?:{'|'.join(speech.CORPORATE_PREFIXES)})\s+[\"“«]?[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){{0,2}}[\"”»]?)"
)
# A metadata listing's title field before the title itself: "- Title: …", "Headline: …".
TITLE_FIELD = re.compile(r"[ \t]*(?:[-*•][ \t]*)?(?:[Tt]itle|TITLE|[Hh]eadline|HEADLINE)[ \t]*:[ \t]*")
# One capitalised word (CamelCase and a dot allowed: "Sberbank", "Rostelecom", "VKontakte", "Mail.ru").
ONE_WORD = re.compile(r"[A-Z][\w&’'.-]{1,40}")
# An acronym standing for a name ("TASS", "RBC", "WAM").
ACRONYM = re.compile(r"[A-Z]{2,6}")
# A capitalised plural of a common noun for people opening a sentence ("Witnesses", "Economists", "Locals").
PLURAL_NOUN = re.compile(r"[A-Z][a-z]+(?:ers|ors|ists|ians|ants|ents|es|als|ives|ics)")
# "the publication says", "the post reads": the words are from the post of the person named before.
PUBLICATION = re.compile(r"^(?:the|this|his|her)\s+(?:publication|post|message|letter|statement|blog)$", re.IGNORECASE)

# A label opening a line, up to its colon; the text may follow with no space ("D.A.Medvedev:There is…"). A full
# stop inside a label only closes an initial or an honorific ("G. Gref:", "H.E. Mrs. Anna Berg:", "Q.:").
_LABEL_TEXT = r"[^\n:.!?“”\"]"
LABEL = re.compile(rf"(?P<label>{_LABEL_TEXT}{{1,300}}?(?:(?:(?<=\b[A-Z])|(?<=\bM[rs]|\bDr|\bSt)|(?<=\bMrs)|(?<=\bProf))\.{_LABEL_TEXT}{{0,300}}?)*)"
                   r"\s*:[ \t]*(?P<rest>[^\n]*)")
# A question on a line of its own opened by "Q. " (no colon), which makes "Q. " and "A. " labels in that document.
DOTTED_QUESTION = re.compile(r"^[ \t]*Q\.[ \t]+[^\n]*\?[ \t]*$", re.MULTILINE)
# "Q. " or "A. " opening a line as a label; "A. Grimsson: …" and "A. Ivanov said …" are an initial before a name.
DOTTED_QA = re.compile(rf"(?P<qa>[QA])\.[ \t]+(?![A-Z][\w’'-]*(?:[ \t]*:|[ \t]+(?:{_CUE})\b))(?=\S)")
# A clock time opening a line before a label ("14:35 Sergey Lavrov: …", "[09:10] Question: …").
CLOCK_PREFIX = re.compile(r"[ \t]*\[?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\]?(?:[ \t]*(?:[-–—|]|GMT|UTC|MSK))?[ \t]+(?=[A-Z])")
# Initials or an honorific right before a surname in a label: "V. ", "D.A.", "H.E Mrs. ", "Dr ".
LABEL_NAME_PREFIX = re.compile(r"(?:(?:\b[A-Z]\.[ \t]?)+|\b(?:H\.[ \t]?E\.?[ \t]+)?(?:Mrs|Mr|Ms|Dr|Prof)\.?[ \t]+|\bH\.[ \t]?E\.?[ \t]+)+$")
# A name-shaped label: two to four capitalised words ("Oskar Lind", "Kairat Dosov").
NAME_SHAPED = re.compile(r"[A-Z][a-z’'-]+(?:[ \t]+(?:[A-Z][a-z’'-]+|(?:bin|ibn|al|el|van|von|de|oglu)))*[ \t]+[A-Z][a-z’'-]+")
# How a label says the words were rendered: "(retranslated)", "(via interpreter)".
TRANSLATION_MARK = re.compile(r"[ \t]*\((?:" + "|".join(map(re.escape, speech.TRANSLATION_MARKS)) + r")\)[ \t]*$", re.IGNORECASE)
# A role or place in brackets closing a label, after the name: "Anna Berg (Minister of Finance):", "Anna Berg (Norway):".
LABEL_ASIDE = re.compile(r"(?<=[a-z.])[ \t]*\([^()\n]{2,120}\)[ \t]*$")
# "’s (opening) remarks at the plenary session of the forum" after a name, to the end of a heading line.
SPEECH_HEADING = re.compile(r"[’']s\s+(?P<cue>" + "|".join(speech.SPEECH_HEADING_NOUNS) + r")\b[^\n]*")
# "X('s) interview to/with/for OUTLET": who answers (X) and who asks (the outlet) in a Q&A interview.
INTERVIEW_FRAME = re.compile(r"(?P<who>[^\n]{0,200}?)(?:[’']s)?\s+[Ii]nterview\s+(?:to|with|for|given\s+to)\s+(?:the\s+)?"
                             r"(?P<outlet>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})")
# A capitalised role as the interview introduces its unnamed interviewee: "Russian Ambassador to Azerbaijan".
_ROLE_TITLE = Trie(*(n.capitalize() for n in people.ROLE_CLASSES if " " not in n)).pattern()
INTERVIEWEE_ROLE = re.compile(rf"(?:[A-Z][\w-]*[ \t]+){{0,3}}(?:{_ROLE_TITLE})\b(?:[ \t]+(?:to|of|in|for)(?:[ \t]+the)?(?:[ \t]+[A-Z][\w-]*)+)?")
# Metadata right under a speech heading, before the speech: "Keywords: …", "/ Norway, March, 2024".
HEADING_METADATA = re.compile(r"[ \t]*(?:[A-Z][\w ]{0,20}:|/)")
# A metadata label line ending a page ("Person:", "Tags:").
METADATA_LINE = re.compile(r"\s*[A-Z][\w ]{0,20}:\s*")
# Footnote marks ("[6]").
FOOTNOTES = re.compile(r"\[\d+\]")
# Where the speaker's name ends in a closing attribution: "said X at a meeting …", "said X (quoted by TASS)".
ADJUNCT_START = re.compile(r",|\s\(|\s(?:at|in|on|during|to|after|before|when|while)\s")
# Where the speaker's name ends after an inverted cue in running text: "said X at a meeting with Y", "said X, who …".
# A preposition before a capitalised word may belong to a body's name ("the Committee on Information Policy").
NAME_END = re.compile(r",|\s\(|\s(?:who|which)\s|\s(?:at|in|on|during|to|after|before|when|while|with|from|about|as)\s+(?=[a-z0-9])")
# "… - said Nikolai Nikiforov. - …": an attribution splitting one block.
BLOCK_INNER_ATTRIBUTION = re.compile(rf",?\s+[-–—]\s*(?P<cue>{_CUE})\s+(?P<np>[^,.;:!?\n]{{1,120}}?)\.\s+[-–—]\s+")

# ---------------------------------------------------------------------------------------------------
# Definite roles: how a role refers back to a person named before

# "the official", "the Deputy Minister of Industry of Belarus", "the Russian president", "The head of the
# Ministry of …": "the" + capitalised modifiers + a role noun + an optional "of …" tail of names and connectors.
_ROLE_NOUN = Trie(*(n for n in people.ROLE_CLASSES if " " not in n)).pattern()
# Its gaps are spaces only: a role phrase never runs across a line or paragraph break (a headline or caption
# line ending in "the Mayor and the Government of Moscow" is not one phrase with the next line).
# A body noun may stand before the role as a modifier ("the ministry spokesman", "the bank's chief executive").
# ("the" opens with its letter, then a look-behind for a word start, not `\b`: the regex engine skips to T and t)
DEFINITE_ROLE = re.compile(
    r"[Tt](?<!\w[Tt])he[ \t\u00a0]+((?:[A-Z][\w-]*[ \t\u00a0]+){0,4}(?:" + _SPEAKING_BODY + r")?(?:[’']s)?[ \t\u00a0]*"
    r"(?:(?:" + "|".join(people.ROLE_MODIFIERS) + r")[ \t\u00a0]+){0,3}"
    r"(?P<noun>(?i:" + _ROLE_NOUN + r")))\b"
    r"(?P<tail>(?:[ \t\u00a0]+(?:of|for|on|and)(?:[ \t\u00a0]+the)?(?:[ \t\u00a0]+[A-Z][\w'’-]*)+)*)"
)

# A speaking subject and an inverted cue, by which a pronoun continuing a report finds who spoke.
_SPEECH_VERB = Trie(*speech.SPEECH_VERB_SET).pattern()
# After a subject: an optional parenthesis set off by commas (a relative clause or apposition, dates with
# commas inside allowed), optional adverbs, then a speech verb: "X, who met Y on March 14, 2024, said".
SUBJECT_SPEAKS = re.compile(
    r"(?:[ \t\u00a0]*,[ \t\u00a0]+[^.;:!?\n“”\"«»]{1,200},)?[ \t\u00a0]+(?:(?:also|further|later|then|again)[ \t\u00a0]+)?"
    r"(?:" + _SPEECH_VERB + "|" + _PHRASE_CUE + r")\b"
)


# An inverted cue right after such a quotation: "“…,” said X".
INVERTED_CUE = re.compile(r"(?:" + _SPEECH_VERB + r")[ \t\u00a0]+")


# ---------------------------------------------------------------------------------------------------
# Names, roles and pronouns of the people layer

# A third-person pronoun that can refer to a person.
# (he, she, him, his, her; its first letter leads, not `\b`, so the regex engine skips to the letters H and S)
PRONOUN = re.compile(r"[HhSs](?<!\w[HhSs])(?:(?<=[Hh])(?:e|im|is|er)|(?<=[Ss])he)\b")
# A role's complement right before a person's name: "a spokesman for X", "an aide to X", "a lawyer of X".
ROLE_COMPLEMENT = re.compile(r"\b(?:for|to|of)[ \t\u00a0]+(?:the[ \t\u00a0]+)?$")
# A title before a full stop that does not end a sentence ("Mr. Putin", "V. Putin").
TITLE_STOP = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen)|\b[A-Z])\.$")
# ", Director of the …" / ", the founder of …" / ", Chairman …" / " – Chairman of …": a role apposition after a name.
APPOSITION = re.compile(r"\s*(?:,|[ \t\u00a0][–—])\s+(?:the\s+|a\s+)?((?:[A-Z][\w-]*\s+)*?(\w[\w-]*)\b[^.;:\n]{0,200})")
# The word after a role phrase; a lower-case word that is not a verb or function word makes the role
# noun an adjective ("the first official foreign visit").
NEXT_WORD = re.compile(r"[ \t]+([a-z][\w-]*)")
# A name followed by "of/and/for" + a capitalised word may be part of an organisation's name.
ORG_CONTINUES = re.compile(r"\s+(?:of|and|for)\s+(?:the\s+)?[A-Z]")
# "… and Russian Ambassador Alexander …": what follows "and" opens a second person's role or name.
AND_NEXT_WORDS = re.compile(r"\s+and\s+(?:the\s+)?((?:[A-Z][\w’'-]*[ \t\u00a0]+){0,3}[A-Z][\w’'-]*)")
# A patronymic: a first name's stem and a patronymic ending ("Vladimirovich", "Grigoryevich", "Ilyich", "Petrovna").
PATRONYMIC = re.compile(r"(?P<stem>[A-Z][a-z]{2,12}?)(?:y?evich|ovich|ievich|ich|y?evna|ovna|ievna|ichna)")
# The vowels a first name's consonant skeleton drops ("Vldmr" for Vladimir and its patronymic stem).
CONSONANTS = re.compile(r"[aeiouy]")
