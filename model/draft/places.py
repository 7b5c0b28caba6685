"""Words of places and of what is never a party: months, currencies, nationalities,
countries and regions, land and water, and the words before a name that make it a place."""

from __future__ import annotations

import re

# Capitalised words that never name a party: months, currencies, nationalities.
NOT_PARTIES = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec usd eur gbp nok sek dkk chf jpy cny "
    "pln czk huf isk "
    "american british english french german irish japanese chinese norwegian swedish danish "
    "mexican chilean european canadian australian indian italian spanish dutch korean "
    "russian polish czech portuguese belgian swiss austrian finnish icelandic scottish welsh "
    "greek turkish brazilian argentine argentinian peruvian colombian moroccan egyptian "
    "nigerian kenyan african asian vietnamese thai indonesian malaysian filipino "
    "romanian hungarian croatian serbian slovak slovenian bulgarian ukrainian estonian "
    "latvian lithuanian luxembourgish maltese cypriot icelandic faroese "
    "taiwanese cambodian ethiopian tanzanian ugandan rwandan ghanaian ivorian senegalese "
    "zambian zimbabwean tunisian algerian libyan sudanese pakistani bangladeshi singaporean "
    "saudi emirati qatari iranian iraqi israeli palestinian lebanese syrian jordanian "
    "venezuelan ecuadorian bolivian uruguayan paraguayan cuban guatemalan honduran "
    "panamanian mongolian kazakh uzbek georgian armenian albanian bosnian laotian burmese "
    "nepali sri lankan fijian samoan montenegrin macedonian kosovan moldovan belarusian "
    "azerbaijani kyrgyz tajik turkmen afghan nepalese omani yemeni bahraini kuwaiti eritrean "
    "somali malawian mozambican angolan namibian malagasy mauritian congolese cameroonian "
    "malian guinean liberian gambian togolese beninese jamaican trinidadian haitian belizean "
    "guyanese puerto rican "
    "north south east west northern southern eastern western".split())
# A capitalised word made an adjective: "a Liberian-flagged tanker", "a London-based fund".
NOT_A_NAME = re.compile(r"^\S+-(?:flagged|based|owned|backed|listed|registered|made)$")
# Countries are places wherever they stand ("many of them from Portugal and Morocco"): the
# world's, with the names news gives them.
COUNTRIES = frozenset(
    "afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan "
    "bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia "
    "botswana brazil brunei bulgaria burundi cambodia cameroon canada chad chile china "
    "colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador "
    "egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany "
    "ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india "
    "indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati "
    "korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein "
    "lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius "
    "mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia "
    "nauru nepal netherlands nicaragua niger nigeria norway oman pakistan palau palestine "
    "panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa "
    "senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname "
    "sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey "
    "turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu vietnam yemen zambia "
    "zimbabwe scotland wales england britain holland".split()
    + "burkina faso|cape verde|central african republic|costa rica|czech republic|"
      "dominican republic|east timor|el salvador|equatorial guinea|guinea-bissau|hong kong|"
      "ivory coast|côte d'ivoire|marshall islands|new zealand|north korea|north macedonia|"
      "papua new guinea|"
      "san marino|saudi arabia|sierra leone|solomon islands|south africa|south korea|"
      "south sudan|sri lanka|trinidad and tobago|united arab emirates|united kingdom|"
      "united states|vatican city".split("|")
    # ... and as news abbreviates them
    + "us|u.s|usa|u.s.a|uk|u.k|eu|uae|drc|prc".split("|")
    # ... and so are the continents and the world's regions news names as a whole
    + "europe asia africa oceania antarctica scandinavia caribbean balkans".split()
    + "north america|south america|latin america|central america|middle east|"
      "southeast asia|east africa|west africa|sub-saharan africa".split("|"))
# People at a body, not at a place: "Union officials at the CGT".
# So is a company one holds shares in: "Shares in Laminados rose 18%".
MEMBERS_AT = re.compile(r"\b(?:(?:officials|workers|staff|employees|members|leaders|executives|"
                        r"spokes(?:man|woman|person))\s+at|(?:shares|stakes?|stock)\s+in)"
                        r"\s+(?:the\s+)?$", re.IGNORECASE)
PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|across|throughout|outside|around|located in|based in|"
    r"(?:them|migrants|people|families)\s+from|"  # "migrants from Odisha"
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of|off|"  # "south of Amman"
    # "near the port city of Tema", "off Interstate 10"
    r"(?:city|town|village|port|region|province|state|county|district)\s+of)\s+(?:the\s+)?"
    # "a community group in nearby Yanchep", "in rural Saskatchewan"
    r"(?:(?:nearby|neighbouring|neighboring|rural|coastal|central|northern|southern|eastern|"
    r"western|downtown|suburban)\s+)?"
    r"|,\s+a\s+city\b.*)$"
)
# Land and water named as such are places: "the island of Brač", "the Zselic hills", "Lake
# Oulujärvi", "Argeș County prefect", "flown to Palmerston North".
_GEO = (r"river|lake|hills?|mountains?|valley|district|county|region|province|peninsula|"
        r"islands?|isle|coast|estuary|delta|basin|plateau|fjord|bay")
GEO_BEFORE = re.compile(
    rf"(?:\b(?i:{_GEO}|shore|banks?)\s+of\s+(?:the\s+)?|\b(?:drive|driven|drove|fly|flown|flew|"
    r"travel|travelled|traveled|commute|sail|sailed|truck|ride|walk)\b(?:\s+[\w'-]+){0,4}"
    r"\s+to\s+(?:the\s+)?)$")
GEO_NAME = re.compile(rf"^(?:Lake|Loch|Mount|Mt\.?|River|Cape|Isle)\s|\s(?i:{_GEO})$")
GEO_AFTER = re.compile(rf"\s+(?:{_GEO})\b")
LIST_JOIN = re.compile(r"^,?\s+(?:and|or)\s+$")
