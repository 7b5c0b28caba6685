"""Words that say what kind of party a name, a title or a description names: a government,
a regulator, a union, a community, a company."""

from __future__ import annotations

import re

from .lexicon import ROLE_HEADS

# Titles that say what kind of party a person is, written before the name.
TITLE_KINDS = {
    "mayor": "government", "governor": "government", "minister": "government",
    "councillor": "government", "councilor": "government", "council member": "government",
    "senator": "government", "prefect": "government", "mp": "government",
    "secretary": "government", "president": "government", "chief executive": "company",
    "ceo": "company", "chairman": "company", "chairwoman": "company",
    "union leader": "union", "general secretary": "union", "commissioner": "government",
    "alderman": "government", "alderwoman": "government", "deputy": "government",
    "lawmaker": "government", "legislator": "government", "managing director": "company",
    "chief operating officer": "company", "union chairman": "union", "union president": "union",
    # an Irish member of parliament; a union's officers
    "td": "government", "organiser": "union", "organizer": "union", "shop steward": "union",
    # who runs the plant: "site director Gareth Pryce", "Plant manager Roberto Treviño"
    "general manager": "company", "plant manager": "company", "site director": "company",
    "general director": "company", "factory manager": "company", "mill manager": "company",
    # district and state officers, and members of a legislature, by their letters too
    "collector": "government", "district collector": "government", "mla": "government",
    "member of the senedd": "government", "member of parliament": "government",
    "msp": "government",
    "mpp": "government", "mec": "government", "magistrate": "government",
    "mine manager": "company", "chief financial officer": "company",
    "council chairman": "government", "council leader": "government",
}
# A title in a description after the name: "Ana Ruiz, the regional labour minister, said".
TITLE_IN = re.compile(r"\b(" + "|".join(sorted(TITLE_KINDS, key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)
# ... or whose officer the description says they are: "Kim Min-jae, the province's director
# of health policy", "the ministry's spokesman".
GOVERNMENT_OF = re.compile(r"^(?:the\s+)?(?:province|state|city|town|county|region|government|"
                           r"ministry|municipality|council)['’]s\s+(?:[\w-]+\s+){0,2}?(?:director|"
                           r"head|chief|spokes(?:man|woman|person)|secretary|officer|official|"
                           r"adviser|advisor)\b", re.IGNORECASE)
# Words that name a body of members, whose members say what kind it is: "Citrus Growers'
# Association" is of suppliers, "Riverside Nurses Association" a union.
OF_MEMBERS = frozenset({"association", "federation", "organisation", "organization", "guild"})
# What a description after a name calls it: "An Bord Pleanála, the planning appeals board",
# "Arno Pulito, a local environmental group".
DESCRIBED_KINDS = [
    (re.compile(r"\b(?:board|regulator|watchdog|inspectorate|agency)$"), "regulator"),
    (re.compile(r"\b(?:environmental|campaign|residents['’]?|action|pressure|advocacy|civic|"
                r"citizens['’]?|consumer|conservation|community)\s+(?:[\w-]+\s+)?"
                r"(?:group|association|organi[sz]ation|coalition|society|network|alliance)$"),
     "community"),
    (re.compile(r"\b(?:labou?r|workers['’]?|trade)\s+(?:[\w-]+\s+)?(?:group|organi[sz]ation|"
                r"federation|body)$"), "union"),
]
# Also with the place or the field it serves: "The mayor of Selca, Ivo Radić", "commissioner
# for wealth creation, Mrs. Folasade Adeyemi".
TITLE = re.compile(r"\b(" + "|".join(sorted(TITLE_KINDS, key=len, reverse=True)) + r")"
                   r"(?:\s+(?:of|for)\s+[\w'’.-]+(?:\s+[\w'’.-]+)?)?,?\s+$", re.IGNORECASE)
# Words in a proper name that say what kind of party it is; checked before company words.
NAME_KINDS = ROLE_HEADS | {
    "department": "government", "ministry": "government", "parliament": "government",
    "congress": "government", "senate": "government", "commission": "regulator",
    "association": "union", "federation": "union", "guild": "union",
    "administration": "regulator", "executive": "government", "organisation": "union",
    # a named authority is a public body (a port, health or investment authority); one that
    # regulates says so ("the planning appeals board", "a regulator")
    "authority": "government",
    "organization": "union", "local": "union",  # "Unifor Local 89"
    # a union in the language of its country: "Sindicato das Indústrias de Celulose"
    "sindicato": "union", "sindicatul": "union", "syndicat": "union", "sindacato": "union",
    "gewerkschaft": "union", "sindikat": "union", "związek": "union", "odbory": "union",
    # a board is most often a public body that sets rules: "Gujarat Maritime Board", "Cashewnut
    # Board of Tanzania"
    "board": "regulator", "confederation": "union",
    # a body named for its members' trade is theirs: "Royal College of Midwives"; owners of
    # forests or farms supply a plant
    "midwives": "workforce", "pilots": "workforce", "engineers": "workforce",
    "mechanics": "workforce", "owners": "supplier",
    # bodies of citizens: "Teluk Tolo Coastal Alliance", "Rayong Clean Air Network"
    "alliance": "community", "network": "community", "forum": "community",
    "coalition": "community",
    # a union in the languages of India: "Baddi Udyog Mazdoor Sangh"
    "sangh": "union", "mazdoor": "union",
    "superintendency": "regulator", "superintendencia": "regulator", "inspectorate": "regulator",
}
# Bodies of citizens by what their name says they are for: "Save Yonezawa's Water", "Lansdowne
# Civic Association", "Friends of the Earth".
CITIZENS = re.compile(r"^(?:Save|Stop|Keep|Protect|Friends\s+of)\s|"
                      r"\bAction\s+(?:Group|Committee)\b|\b(?:Civic|Residents['’]?|"
                      r"Ratepayers['’]?|Neighbou?rhood|Tenants['’]?|Citizens['’]?|Community)\s+"
                      r"(?:[A-Z]\w+\s+)?"
                      r"(?:Association|Group|Committee|Forum|Alliance|Action|Council)\b")
# A public body named for what it regulates is a regulator, whatever its head: "Environmental
# Protection Authority", "Regulatory Authority for Energy, Waste and Water".
REGULATES = re.compile(r"\b(?:Protection|Regulatory|Regulation|Inspection|Inspectorate|Standards|"
                       r"Safety|Environmental|Competition|Supervisory|Veterinary|Sanitary|Quality)\b.*\b(?:Authority|Agency|"
                       r"Office|Board|Commission|Service|Directorate|Administration|Organi[sz]ation|"
                       r"Executive)\b|"
                       r"\b(?:Authority|Agency|Office|Board|Commission|Service|Directorate|"
                       r"Administration)\b.*\b(?:Protection|Regulatory|Regulation|Inspection|"
                       r"Standards|Safety|Environmental|Competition|Veterinary|Sanitary)\b")
# ... and one named for investment or trade is the government's: "Board of Investment",
# "Ethiopian Investment Commission", "Office of the United States Trade Representative".
PROMOTES = re.compile(r"\b(?:Investment|Trade|Development|Promotion)\b.*\b(?:Authority|Agency|"
                      r"Office|Board|Commission|Representative|Council|Ministry|Corporation)\b|"
                      # a public health body: "Ghana Health Service", "Tywi Teifi University
                      # Health Board"
                      r"\bHealth\s+(?:Board|Service|Authority|District|Unit|Trust|Executive)\b|"
                      r"\b(?:Authority|Agency|"
                      r"Office|Board|Commission|Council)\b.*\b(?:Investment|Trade|Development|"
                      r"Promotion)\b")
# A clause saying it regulates: "Natural Resources Wales (NRW), which regulates emissions".
WHICH_REGULATES = re.compile(r"(?:\s*\([^()]{1,20}\))?,\s+which\s+(?:regulates|inspects|"
                             r"licenses|licences|supervises|polices)\b")
