"""The words drafting looks for: names, places, roles, facilities and headcounts."""

from __future__ import annotations

import re

# A capital, Latin-1's accented ones included: "Ødegård", "Ó Súilleabháin", "Saint-Éloi".
# Capitals past Latin-1 too: "ČD Cargo", "OSŽ", "Łódź".
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(chr(c) for c in range(0x100, 0x250) if chr(c).isupper())
# ... and one lower-case letter before the capital: "iTaukei Land Trust Board".
WORD = rf"(?:[a-z](?=[{UPPER}][a-z]))?[{UPPER}][\w'’&.-]*"
# The small words inside a name: "Société Minière de Lavaux", "Minera Andina del Sur",
# "Bračani za Brač".
# ... and of people: "Rhian ap Gwilym", "Anwar bin Ibrahim".
PARTICLES = (r"(?:of|de|du|des|del|della|la|le|da|das|di|do|dos|den|der|van|von|y|za|na|&|ap|ab|"
             r"bin|binti|ibn|ter|zu|nas|nos)")
# ... and those written onto the next word: "Verrerie d'Arcy", "Paolo dell'Acqua", "Santa
# Croce sull'Arno".
ELIDED = r"(?:d|dell|dall|nell|sull|all|degl|l)['’]"
NAME_WORD = rf"(?:{ELIDED})?{WORD}"
# The Italian and Portuguese "a" of a place ("Ponte a Egola", "Sesto a Reghena"); not "told
# Reuters a Ford spokesman said": the name after it ends a phrase or runs into another.
PLACE_A = rf"a(?=\s+{WORD}(?:[,;:)]|\s+[{UPPER}]|\s*$))"
# A union local keeps its number: "Unifor Local 89".
# Two of them in a person's name: "Pieter van der Heijden".
# ... and a number inside one: "Asociación 8 de Marzo".
CAPS_RUN = re.compile(rf"{WORD}(?:\s+(?:(?:{PARTICLES}|{PLACE_A}|\d{{1,4}}(?=\s+(?:de|del|of)\s))"
                      rf"\s+){{0,2}}{NAME_WORD})*"
                      r"(?:(?<=Local)\s+\d{1,6}\b)?")
# Heads that make "X and Y <head>" one name: "U.S. Food and Drug Administration", "Perth and
# Kinross Council".
AND_TAIL = re.compile(
    rf"\s+and\s+(?:{WORD}\s+){{0,4}}(?:Administration|Organi[sz]ation|Union|Association|"
    r"Department|Commission|Authority|Agency|Council|Ministry|Service|Executive|Institute|"
    r"Board|Federation|Workers)\b(?:\s+Local\s+\d{1,6}\b)?"  # "... Workers Local 293"
    # a minister of two fields and their name: "Plantation and Commodities Minister Datuk
    # Hamdan Ismail"
    rf"|\s+and\s+(?:{WORD}\s+){{0,2}}(?:Minister|Secretary)(?:\s+{WORD}){{1,4}}"
    # "Unite the Union": a union whose name says so
    r"|\s+the\s+Union\b")
# Bodies whose name runs on over "of", "of the", "for" and a list of fields: "Ministry of
# Agriculture and Fisheries", "Ministry of the Sea, Transport and Infrastructure", "Centre for
# Plant Biotechnology"; so do unions of a list of trades: "National Union of Banks, Insurance
# and Financial Institutions Employees".
# ... a word before it too: "Federal Centre for Labour Conciliation and Registration".
BODY = re.compile(r"^(?:\S+\s+)?(?:Ministry|Department|Office|Bureau|Secretariat|Commission|"
                  r"Directorate|Institute|Board|Council|Agency|Authority|Centre|Center)\b"
                  r"|^.*\b(?:Union|Association|Federation)\s+of\s")
AND_MORE = re.compile(rf"(?:\s+(?:of\s+the|for)\s+{WORD}(?:\s+{WORD}){{0,3}})?"
                      rf"(?:(?:,\s+{WORD}(?:\s+{WORD}){{0,2}}){{0,4}},?\s+and\s+{WORD}"
                      rf"(?:\s+(?:{PARTICLES}\s+)?{WORD}){{0,3}})?")
# Bodies named only in a list before a plural: "The UGT and CCOO unions said".
AMONG_UNIONS = re.compile(rf"(?:,?\s+(?:and\s+)?{WORD}){{0,3}}\s+unions\b")
# A name the local government goes by: "the municipality of Norðurþing".
# ("the port city of Tema" is a place)
MUNICIPAL = re.compile(r"\b(?:municipality|borough|commune|canton)\s+of\s+$",
                       re.IGNORECASE)
POSSESSIVE = re.compile(r"['’]s?$")
MONTHS_AND_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split())
# Words that start a sentence with a capital without naming anything.
FUNCTION_WORDS = frozenset(
    "a an the this that these those it its he she they we i you his her their our there "
    "in on at for but and or so yet if when while as after before since however meanwhile "
    "also then now today yesterday tomorrow with without by from to of under over about "
    "although though because despite during until unless whether both each every some many "
    "most more other such what which who how where why having partnering no not any all "
    "mr mrs ms dr prof".split()
) | MONTHS_AND_DAYS
# English writes "an" only before a vowel's sound; before a consonant, a capitalised "An" is
# the Irish article and part of the name: "An Bord Pleanála", "An Post", "An Garda Síochána"
# (not "An FBI agent", "An Hour").
IRISH_ARTICLE = re.compile(r"^An\s+(?![AEIOUHÁÉÍÓÚ])[{UPPER}](?![{UPPER}.])".replace(
    "{UPPER}", UPPER))
FACILITY_WORDS = (
    "plant|factory|facility|mill|mine|refinery|works|smelter|shipyard|warehouse|campus|terminal|"
    "complex|fab|gigafactory|site|port|clinic|hospital|school|airport|station|depot|laboratory|"
    "farm|dam|store|mall|quarry|shop|workshop|foundry|yard|unit|pit|brewery|distillery|bakery|"
    "dairy|abattoir|slaughterhouse|sawmill|cannery|hangar|centre|center|steelworks|ironworks|"
    "tannery|creamery|winery|glassworks|papermill|printworks|boatyard|kiln|plantation|packhouse|"
    "packinghouse|estate|"  # a wine, tea or rubber estate
    "gin|scour|greenhouse|glasshouse|hatchery"
)
# ... with a word of what it is, and a compound before it: "Pontokomi lignite-fired power
# station", not "Drug Administration inspected the plant".
FACILITY = re.compile(rf"\s+((?:[a-z]+-[a-z]+\s+)?(?:[a-z]+\s+)?(?:{FACILITY_WORDS}))\b")
# A word of what a facility does, not one of a phrase running past it ("the size of its data
# centre" is no facility's name).
_PLAIN = r"(?!(?:of|its|their|the|to|in|for|at|on|with|by|from)\s)"
# ... and what it cost: "a A$2.8 billion desalination plant"
_WHAT = r"(?:[a-z-]+|[A-Z]{0,3}[$€£¥]\d[\d.,]*|\d[\d.,]*)"
# A facility with no name of its own: "its repair shop", "a distribution warehouse".
# Opening a sentence too, over a list of what it does: "A chip assembly and test plant".
BARE_FACILITY = re.compile(
    # ... or opening a sentence: "The mill, on Sargodha Road, employs about 3,400 people"
    rf"(?:\b(?:[Ii]ts|[Tt]heir|[Aa]n?|the company's)|^The)\s+((?:{_PLAIN}{_WHAT}\s+){{0,4}}?"
    rf"(?:{FACILITY_WORDS}))\b")
# A facility set in a place: "its bottling plant in Ninove", "a battery plant near Kobierzyce".
SITE_IN = re.compile(rf"(?<![\w'’-])(?:[Ii]ts|[Tt]heir|[Aa]n?|[Tt]he|another|[A-Za-z-]+['’]s)\s+"
                     rf"((?:{_PLAIN}{_WHAT}\s+){{0,4}}?(?:{FACILITY_WORDS}))"
                     # "the last sugar plant in the country, in Szerencs"
                     r"(?:\s+(?:in|of)\s+the\s+[a-z]+,)?,?\s+(in|near|outside|at)\s+"
                     rf"(?:the\s+)?({WORD}(?:\s+(?:(?:{PARTICLES}|{PLACE_A})\s+)?{NAME_WORD})"
                     r"{0,2})")
# A building named for its town: the town is where it is ("the Hôpital de Saint-Avold").
BUILDING_OF = re.compile(r"^(?:Hôpital|Hospital|Clinique|Usine|Gare|Port|Centre|Center)\s+"
                         r"(?:of|de|du|des|d[’'])\s*(?=\S)")
# An owner named after the facility: "the mine, owned by Northfell since 2009".
# "the Letsitele packhouse run by Mabunda Fruit Exporters": with no comma too.
# Past where it is, and an adjective before the owner: "plant in Bayan Lepas, Penang, owned by
# the US-based Corvane Semiconductor".
OWNED_BY = re.compile(rf"(?:\s+(?:in|near|at)\s+[^,]{{1,40}}(?:,\s+{WORD}(?:\s+{WORD})?)?)?"
                      # "The factory, which was bought in March by Sunder Agro Exports"
                      rf",?\s+(?:(?:which|that)\s+(?:was|is|has\s+been)\s+)?(?:owned|operated|"
                      rf"run|bought|acquired|purchased)(?:\s+(?:in|on|last)\s+\w+)?\s+by\s+"
                      rf"(?:the\s+)?(?:\S+-based\s+)?"
                      rf"({WORD}(?:\s+(?:{PARTICLES}\s+)?{NAME_WORD}){{0,3}})")
# ... or one that owns it, set before it: "Laminados del Cantábrico, which owns an aluminium
# rolling mill in Avilés".
WHICH_OWNS = re.compile(rf"({WORD}(?:\s+(?:{PARTICLES}\s+)?{NAME_WORD}){{0,3}}),\s+(?:which|that)"
                        # "WestWater, which will operate the plant"
                        r"\s+(?:will\s+|is\s+to\s+)?(?:owns?|runs?|operates?)(?:\s+(?:an?|the|its)"
                        r"(?:\s+[\w-]+){0,2})?\s*$")
# An owner before it: "Northfell's Alder Falls mine", "Talvik Foods's depot".
POSSESSOR = re.compile(rf"(?<![\w'’&.-])({WORD}(?:\s+{WORD}){{0,3}}?)['’]s?(?:\s+{WORD}){{0,3}}$")
# A party acting on its own facility: "Acme said it will close the mine".
OWN_ACT = re.compile(r"\bit\s+(?:\w+\s+){0,2}(?:close|shut|sell|idle|expand|reopen|restart|"
                     r"run|operate|keep)(?:\s+the)?$")
# ... or the sentence's subject doing so: "Perth and Kinross Council voted on Wednesday to
# sell the Inveralmond bus depot", "Te Whatu Ora will suspend admissions to the ward".
SUBJECT_ACT = re.compile(r"^[^,]{1,80}?\s(?:will|would|is\s+to|plans\s+to|voted|decided|"
                         r"agreed)\s+(?:[\w'’-]+\s+){0,3}?(?:to\s+)?(?:close|shut|sell|idle|"
                         r"suspend|halt|expand|reopen|restart|run|operate|keep|end|mothball)\b")
# A role word after a verb is acted on, not acting: "had never consulted the workers",
# "employs 850 workers". Verbs that open a clause ("said workers ...") are not such verbs.
OBJECT = re.compile(
    r"(?<![\w'-])(?!(?:said|says|warned|added|argued|claimed|stated|insisted|feared|fears|"
    r"believed|believes|reported|as|is|was|has|does|this|its|his|plus|unless|across|always)\s)"
    # and after an infinitive: "to keep its teachers"
    r"(?:[a-z]{2,}(?:ed|s)|\bto\s+(?!(?:the|its|their|his|her|our|a|an|all|be)\s)[a-z]{2,})\s+"
    r"(?:(?:the|its|their|his|her|our|all|about|roughly|nearly|some|around|"
    r"almost|over|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of)\s+)*$"
    # a count is not a speaker: "could reach 200,000 patients", "killed two workers"
    # "14 midwives and maternity support workers"; not "by 2028, the provincial government"
    r"|(?<![\w.,])\d(?:[\d,.]*\d)?\s+(?:[a-z-]+\s+(?:and\s+)?){0,4}$")
# ... and one a preposition governs, with what it is listed beside: "the contract between the
# government and the unions", "talks with the union"; not the source or agent ("according to
# the union", "by the council", "from the ministry", "a spokesman for the union").
GOVERNED = re.compile(r"(?<![\w'-])(?:between|with|against|among|amongst|into|towards?|upon|"
                      r"over|about)\s+(?:the\s+|its\s+|their\s+)?"
                      r"(?:[\w'’-]+\s+(?:and|or)\s+(?:the\s+)?)?"
                      # ... and what qualifies it: "talks with the miners' unions"
                      r"(?:(?!(?:that|which|who|after|before|while|when|as|but|said|says|if|"
                      r"because|and|or)\s)[a-z-]+['’]?\s+){0,2}$",
                      re.IGNORECASE)
# ... and so is one the verb after it is done to: "before workers were told", "staff had not
# been consulted".
ACTED_ON = re.compile(r"\s+(?:was|were|had|have|has|are|is|will|would|could)\s+(?:not\s+|never\s+)?"
                      r"(?:been\s+|be\s+)?"
                      r"(?:told|informed|consulted|notified|laid\s+off|dismissed|fired|sacked|"
                      r"offered|given|paid|moved|transferred)\b"
                      # any passive: "whether the families of the dead workers will be
                      # compensated"; not a perfect ("workers have complained")
                      r"|(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)?\s+(?:was|were|is|are|"
                      r"(?:will|would|could|may|might|should|must)\s+(?:not\s+)?be|"
                      r"(?:has|have|had)\s+(?:not\s+)?been)\s+(?:not\s+)?[a-z]+ed\b(?!\s+to\b)")
# What sets a role beside the name it stands for: "the union Fellesforbundet", "Their
# union, the Riverside Nurses Association".
APPOSED = re.compile(r"\s+|,\s+(?:the\s+)?")
# ... and a role set after the name it stands for: "Sindicatul Liber Carpatcem, the plant's
# union,".
APPOSED_AFTER = re.compile(r",\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}")
# A description set off after a name says it names someone, even opening a sentence and
# seen once: "Verkkolinja, the regional grid operator, said".
# Its determiner may be a country's or a place's: "Sernapesca, Chile's fisheries regulator,".
DESCRIBED = re.compile(rf",\s+(?:the|a|an|{WORD}['’]s)\s+(?P<d>[^,]{{1,100}}),")
# ... and what it describes it as: a body of some kind, so a name opening a sentence once is
# one ("Prospect, the union that represents about 150 engineers, accused")
BODY_WORD = re.compile(r"\b(?:union|federation|association|group|regulator|agency|council|ministry|"
                       r"authority|company|firm|maker|producer|operator|charity|cooperative|"
                       r"co-operative|committee|campaign|supplier)\b")
# ... and so does a verb of what it does with its own: "Norðurfiskur plans to shut its plant".
OWNS_ITS = re.compile(r"\s+(?!(?:of|for|in|on|at|with|from|to|and|or|as|by)\s)[a-z]+\s+"
                      r"(?:[a-z]+\s+){0,3}?its\s")
# A verb of speaking right after a name: the name acts.
SPEAKS = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:said|says|told|denied|denies|declined|"
                    r"announced|confirmed|rejected|dismissed|warned|insisted)\b")
# A sentence a person speaks by pronoun: "She said the company had never consulted ...".
PRONOUN_SPEAKER = re.compile(r"(?:He|She)\s+(?:\w+\s+){0,2}?(?:said|says|told|added|warned|"
                             r"argued|feared|fears|wrote|stated)\b")
# Words before a headcount that make it a cut or a loss, not the workforce.
# ... or after it: "310 jobs are at risk", "120 jobs will go", "90 posts to be cut".
# ... past where they work: "About 1,800 workers at the Daeyang shipyard in Mariveles, Bataan,
# will be laid off", "about 600 jobs would be added"
NOT_WORKFORCE_AFTER = re.compile(r"(?:\s+(?:at|in|of)\s+[^,.;]{1,60}?(?:,\s+[^,.;]{1,30})?,?)?"
                                 r"\s+(?:are\s+|were\s+|would\s+be\s+|could\s+be\s+)?(?:at\s+risk|"
                                 r"to\s+go|will\s+go|would\s+go|to\s+be\s+(?:cut|lost|shed)|"
                                 r"(?:will|would|could|have|has)\s+(?:be|been)\s+(?:cut|lost|shed|"
                                 r"laid\s+off|made\s+redundant|added|created|dismissed))\b")
NOT_WORKFORCE = re.compile(r"\b(?:cut|cuts|eliminate|lose|losing|loss\s+of|lay off|shed|axe|remove|"
                           # a measure some of them are put under: "has sent 3,200 workers ...
                           # on unpaid leave", "placed 180 workers on standby"
                           r"sent|send|sends|placed|furloughed|furlough|suspended|stood down|"
                           r"of the|creating|create|add|"
                           # the people a hospital or a port serves are not its staff
                           r"serves|serving|serve)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
FACILITY_NAME = re.compile(rf"^(?:.+\s(?:{FACILITY_WORDS})|(?:{FACILITY_WORDS})\s+of\s.+)$",
                            re.IGNORECASE)
ROLE_HEADS = {
    "government": "government", "governments": "government", "ministry": "government",
    "council": "government", "officials": "government", "regulators": "regulator",
    "regulator": "regulator", "agency": "regulator", "unions": "union", "union": "union",
    "workers": "workforce", "employees": "workforce", "staff": "workforce",
    "nurses": "workforce", "teachers": "workforce", "drivers": "workforce",
    "miners": "workforce", "fishermen": "workforce", "farmers": "workforce",
    "doctors": "workforce", "authority": "regulator", "councillors": "government",
    "councilors": "government", "insurers": "other", "lenders": "other",
    "suppliers": "supplier", "supplier": "supplier",
    "residents": "community", "community": "community", "leaders": "community",
    "analysts": "other", "critics": "other", "spokesperson": "other", "spokesman": "other",
    "spokeswoman": "other", "investors": "other", "campaigners": "community",
    "activists": "community", "groups": "community",
    # people a closure reaches who speak for themselves: "Parents fear longer journeys"
    "parents": "community", "families": "community", "patients": "community",
    "passengers": "community", "commuters": "community", "islanders": "community",
    "growers": "supplier", "police": "government", "traders": "community",
    # a court acts ("ordered the company to suspend the closure"), but is no government
    "court": "other", "department": "government", "municipality": "government",
    # "the regional environmental inspectorate (WIOŚ)"
    "inspectorate": "regulator",
    # "The Save Our Campus committee, formed by Grafton residents"
    "committee": "community", "comunidad": "community",
    # "The wood workers' federation Träfacket": a federation of workers is their union
    "federation": "union",
}
NEEDS_MODIFIER = frozenset({"leaders", "staff", "community", "council", "agency", "authority",
                            "groups", "court", "department", "municipality", "committee"})
INDEFINITE = re.compile(r"\b(?:a|an)(?:\s+[\w-]+)?$")
SINGULAR = frozenset(
    "government ministry council regulator agency union supplier city community authority "
    "spokesperson spokesman spokeswoman staff court department municipality federation".split()
)
# A singular role word followed by one of these is acting; followed by another noun it is a
# modifier ("supplier networks"), not a party.
AFTER_SINGULAR = frozenset(
    "is was are were has had said says will would could may might and or of to in on for with "
    "that "
    "inspectors officials "  # a body's people act for it: "Environment ministry inspectors"
    "which who have did does declined announced denied warned called argued opposes opposed "
    "fears feared wants wanted seeks sought told approved rejected voted represents".split()
)
# Bodies that "the" and any lower-case field before them name in full: "the energy ministry".
INSTITUTIONS = frozenset({"ministry", "council", "agency", "department", "authority",
                          "court", "municipality", "inspectorate"})
# ... and the place before such a field, and the field after "of": "the Lyon judicial court",
# "the Kaduna state government", "Limpopo's department of agriculture".
PLACE_OF_BODY = re.compile(rf"(?:\b[Tt]he\s+|^)({WORD})(?<!['’]s)\s+$|({WORD}['’]s)\s+$")
FIELD_OF = re.compile(r"\s+of\s+[a-z]+(?:\s+and\s+[a-z]+)?\b")
MODIFIERS = frozenset(
    "local labor labour trade environmental federal state national regional city municipal "
    "provincial industry senior independent government company union business community "
    "factory plant auto steel port transit health school environment transport county "
    "district".split()
)
# A head is written in lower case, but for the first word of a sentence: "Riverside Nurses
# Association" is a name, and "the union Community" is the role "union" before a name.
ROLE = re.compile(
    r"(?<![\w-])(?:(?P<mod>[A-Za-z][\w.-]*)\s+)?(?P<head>(?:" + "|".join(ROLE_HEADS) + r")|"
    r"(?:(?<![\s\S])|(?<=^[\"“‘(]))(?:" + "|".join(h.capitalize() for h in ROLE_HEADS) + r"))\b")
COMPANY = re.compile(
    r"\b(?:inc|corp|corporation|ltd|co|group|motors?|holdings|industries|company|bank|airlines?|"
    r"technologies|energy|steel|mining|llc|plc|ag|sa|automaker|carmaker|manufacturer|maker|firm|"
    r"giant|conglomerate|startup|producer|retailer|developer|operator|health|power|systems|"
    r"partners|capital|electric|pharma|pharmaceuticals|terminals|chain|resources|packing|"
    r"foods|logistics|shipping|metals|chemicals|minerals|textiles|plastics|aggregates|castings|"
    r"gmbh|oyj|zrt|kft|spa|srl|sas|asa|bv|nv|"
    # in the languages of its country: "Gruppo Marchesini", "Grupo Bimbo", "Groupe Renault"
    r"gruppo|grupo|groupe|exporters?|exports|agro|industrial|tekstil|textil|subsidiary|"
    r"manufacturing|services)\b",
    re.IGNORECASE,
)
PERSON_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Prof|Professor|Mayor|Governor|Councillor|Senator|"
                          r"Minister|Ato|Comrade|Chief)"
                          r"\.?\s")
NUMBER_UNIT = re.compile(
    r"(?:(?:nearly|about|around|some|over|almost|roughly|approximately|more than|up to)\s+)?"
    # "1,400 seasonal and permanent staff": up to three words of what they are between
    r"\d[\d,.]*\s+(?:(?!(?:of|a|an|the|per|more|fewer|less)\s)[a-z-]+,?\s+(?:and\s+|or\s+)?){0,3}?"
    r"(?:\w*workers|employees|staff|people|jobs)\b",  # "1,150 dockworkers"
    re.IGNORECASE,
)
