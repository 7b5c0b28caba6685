"""Party names found whole, places and nationalities left out: the rules the gold set's dev
texts of Central and Southern Europe asked for."""

import yaml

from model.draft import draft


def _kinds(text):
    data = yaml.safe_load(draft(text, "s.txt", "0" * 64, "s").yaml)
    return {p["name"]: p["kind"] for p in data["parties"]}, data


def test_capitals_past_latin_1_start_a_name():
    kinds, _ = _kinds("ČD Cargo plans to shut the Přívoz yard. The union OSŽ said it would "
                      "strike. ČD Cargo declined to comment.")
    assert "ČD Cargo" in kinds and "D Cargo" not in kinds
    assert "OSŽ" in kinds


def test_countries_and_nationalities_are_never_parties():
    kinds, _ = _kinds("Acme Foods will close its cannery in Vigo, Spain. Many workers come "
                      "from Portugal and Morocco. A South Korean rival, Dongwon, may buy it.")
    assert not {"Spain", "Portugal", "Morocco", "South Korean"} & set(kinds)
    assert "Acme Foods" in kinds


def test_a_body_runs_on_over_and_and_leaves_the_country_before_it():
    kinds, _ = _kinds("Spain's Ministry of Agriculture and Fisheries said it had not been "
                      "informed. Acme Foods will close the cannery.")
    assert kinds.get("Ministry of Agriculture and Fisheries") == "government"
    assert not {"Fisheries", "Spain's Ministry of Agriculture"} & set(kinds)


def test_a_title_set_off_by_a_comma_still_gives_the_kind():
    kinds, _ = _kinds("Acme Rail will close the Přívoz yard. Ostrava's deputy mayor, Tomáš "
                      "Novák-Krejčí, said the city would lose jobs.")
    assert kinds.get("Tomáš Novák-Krejčí") == "government"


def test_campaigners_and_groups_with_a_qualifier_are_parties():
    kinds, _ = _kinds("Environmental campaigners said the mine would poison the river. "
                      "Community groups oppose the plan. The groups met on Monday.")
    assert kinds.get("Environmental campaigners") == "community"
    assert kinds.get("Community groups") == "community"


def test_a_facility_at_a_place_has_it_as_its_location():
    _, data = _kinds("Acme Rail plans to shut its freight yard at Ostrava-Přívoz. The yard "
                     "employs 500 workers.")
    assert data["plant"]["location"] == "Ostrava-Přívoz"


def test_land_and_water_named_as_such_are_places():
    kinds, _ = _kinds("Nordlume plans to expand its data centre on the shore of Lake Oulujärvi. "
                      "Residents of the Lehtikangas district fear noise. Farms in the Zselic "
                      "hills and on the island of Brač would suffer. Argeș County prefect "
                      "Elena Dobre said children would be flown to Palmerston North.")
    assert not {"Lake Oulujärvi", "Lehtikangas", "Zselic", "Brač", "Argeș County",
                "Palmerston North"} & set(kinds)
    assert kinds.get("Elena Dobre") == "government"


def test_more_nationalities_are_never_parties():
    kinds, _ = _kinds("Carpatcem, the Romanian arm of Alpenstein, will halt a kiln. A "
                      "Hungarian rival and a Croatian one may bid.")
    assert not {"Romanian", "Hungarian", "Croatian"} & set(kinds)


def test_a_body_runs_on_over_of_the_for_and_a_list_of_fields():
    kinds, _ = _kinds("The Ministry of the Sea, Transport and Infrastructure has not said "
                      "whether it will pay. Projects could move to the Centre for Plant "
                      "Biotechnology in Madrid, and the Centre for Plant Biotechnology said "
                      "it would welcome them. United Food and Commercial Workers Local 293 "
                      "said it was not told.")
    assert kinds.get("Ministry of the Sea, Transport and Infrastructure") == "government"
    assert "Centre for Plant Biotechnology" in kinds
    assert kinds.get("United Food and Commercial Workers Local 293") == "union"
    assert not {"Sea", "Transport", "Infrastructure", "Centre", "Plant Biotechnology",
                "Commercial Workers Local 293"} & set(kinds)


def test_kinds_from_titles_with_a_place_unions_abroad_and_company_words():
    kinds, _ = _kinds(
        "Castellan Resources will close the Kora mine. The mayor of Selca, Ivo Radić, said "
        "the school would struggle to keep its teachers. Regional transport commissioner Ruth "
        "Ebbing said she was not told. The Sindicato das Indústrias de Celulose warned of "
        "cuts. The municipality of Norðurþing would lose its biggest taxpayer. The islanders' "
        "group Bračani za Brač called the claim baseless.")
    assert kinds["Castellan Resources"] == "company"
    assert kinds["Ivo Radić"] == "government"
    assert kinds["Ruth Ebbing"] == "government"
    assert kinds["Sindicato das Indústrias de Celulose"] == "union"
    assert kinds["Norðurþing"] == "government"
    assert "Bračani za Brač" in kinds
    assert not {"Teachers", "Bračani"} & set(kinds)


def test_an_owner_named_after_the_facility_with_the():
    _, data = _kinds("Dalmatinska Plovidba will end its ferry service. The Sumartin ferry "
                     "terminal, owned by the Split-Dalmatia County Port Authority, employs 25 "
                     "people.")
    assert data["plant"]["owner"] == "split-dalmatia-county-port-authority"


def test_the_subject_acting_on_the_facility_owns_it_and_its_name_gives_the_place():
    _, data = _kinds("Perth and Kinross Council voted on Wednesday to sell the Inveralmond "
                     "bus depot to Strathtay Motors. Te Whatu Ora said nothing.")
    assert data["plant"]["owner"] == "perth-and-kinross-council"
    assert data["plant"]["location"] == "Inveralmond"
    _, data = _kinds("Te Whatu Ora will suspend admissions to the children's ward at "
                     "Whanganui Hospital. Regulators will close the Kora mine later.")
    assert data["plant"]["owner"] == "te-whatu-ora"
    assert data["plant"]["location"] == "Whanganui"
    _, data = _kinds("Ofwat Agency will close the Kora mine, regulators said.")
    assert "owner" not in data["plant"]  # a regulator closing it does not own it


def test_an_acronym_in_brackets_after_a_name_is_that_party_whatever_its_initials():
    kinds, _ = _kinds("Mátra Cukor will shut its refinery. The Hungarian Sugar Beet Growers' "
                      "Association (MCSZ) said it feared the closure. MCSZ will meet.")
    assert "MCSZ" not in kinds
    assert "Hungarian Sugar Beet Growers' Association" in kinds


def test_people_a_closure_reaches_speak_but_a_count_of_them_does_not():
    kinds, _ = _kinds("The agency will close the maternity unit at Acme Hospital. Parents fear "
                      "longer journeys. The drug could reach 200,000 patients. About 200 of "
                      "the 540 workers could lose their jobs.")
    assert kinds.get("Parents") == "community"
    assert not {"Patients", "Workers"} & set(kinds)


def test_a_name_seen_once_opening_a_sentence_is_a_party_when_it_does_something_with_its_own():
    kinds, data = _kinds("Norðurfiskur plans to shut its fish-processing plant in Húsavík. "
                         "Demand for its fish fell. Production will stop in May.")
    assert "Norðurfiskur" in kinds
    assert not {"Demand", "Production"} & set(kinds)
    assert data["plant"]["owner"] == "norurfiskur"


def test_a_name_said_once_on_the_end_of_a_clause_is_a_place():
    kinds, _ = _kinds("Gulfway Partners will buy the terminal. A sale would give Gulfway "
                      "Partners its first foothold on the Mississippi. The Acme Agency "
                      "commented on the Acme Agency.")
    assert "Mississippi" not in kinds
    assert "Acme Agency" in kinds  # named twice: a party, whatever "on the" says


def test_a_union_of_a_list_of_trades_is_one_name_and_a_union():
    kinds, _ = _kinds("Acme will close the call centre. The National Union of Banks, Insurance "
                      "and Financial Institutions Employees said it would fight. The Ministry "
                      "of Development, Industry and Trade said it was ready to help.")
    assert kinds.get("National Union of Banks, Insurance and Financial Institutions "
                     "Employees") == "union"
    assert "Ministry of Development, Industry and Trade" in kinds  # not "Development , Industry"
    assert not {"Insurance", "National Union of Banks"} & set(kinds)



def test_particles_counts_titles_and_compound_works():
    kinds, data = _kinds(
        "Coöperatie Noorderweide will close its steelworks in Filyos, board chairman Pieter van "
        "der Heijden said. Production will move to the co-operative's plant in Lemmer. A blast "
        "killed two workers, the Gujarat Maritime Board said. Union chairman Park Ji-hoon said "
        "members would strike. Lagos State commissioner for wealth creation, Mrs. Folasade "
        "Adeyemi, said the state would help. The company's chief operating officer, Musa Bello, "
        "said it would appeal. Federal deputy Carlos Mendes said he would ask questions.")
    assert data["plant"]["name"].lower().endswith("steelworks")
    assert data["plant"]["location"] == "Filyos"
    comments = [line for line in draft(
        "Acme will close its mill in Aalst. Work moves to the co-operative's plant in Lemmer.",
        "s.txt", "0" * 64, "s").yaml.splitlines() if line.lstrip().startswith("#")]
    assert any("Lemmer" in line for line in comments)
    assert "Pieter van der Heijden" in kinds and "Heijden" not in kinds
    assert kinds.get("Gujarat Maritime Board") != "workforce"
    assert kinds.get("Park Ji-hoon") == "union"
    assert kinds.get("Mrs. Folasade Adeyemi") == "government"
    assert kinds.get("Musa Bello") == "company"
    assert kinds.get("Carlos Mendes") == "government"


def test_a_person_named_again_by_title_and_surname_is_the_same_party():
    kinds, _ = _kinds("Acme will close its plant in Mombasa, its managing director, Grace "
                      "Wanjiru, said. Ms. Wanjiru said the presses would be sold.")
    assert kinds.get("Grace Wanjiru") == "company" and "Ms. Wanjiru" not in kinds


def test_compass_countries_made_adjectives_owned_makes_and_the_plant_staff_are_no_parties():
    kinds, data = _kinds(
        "Hanbit Air will move work on its Airbus fleet out of its hangar in Cheongju, South "
        "Korea's transport ministry said. The yard could lose a Liberian-flagged tanker. The "
        "group has not said whether the Cheongju staff will be moved. The Cheongju hangar "
        "employs 380.")
    assert not {"Airbus", "South Korea", "Liberian-flagged", "Cheongju staff"} & set(kinds)
    assert data["plant"]["location"] == "Cheongju"


def test_police_traders_a_ministrys_inspectors_are_parties_and_migrants_come_from_places():
    kinds, _ = _kinds(
        "Acme will close the yard. Police have not filed charges. Traders at the market have "
        "warned of costs. Environment ministry inspectors fined the plant. The yard employs "
        "250 labourers, most of them migrants from Odisha and Jharkhand.")
    assert kinds.get("Police") == "government" and kinds.get("Traders") == "community"
    assert kinds.get("Environment ministry") == "government"
    assert not {"Odisha", "Jharkhand"} & set(kinds)


def test_a_countrys_unit_is_not_its_parent():
    kinds, _ = _kinds("Telvance Nigeria, the local unit of British outsourcing group Telvance, "
                      "plans to close its call centre. Telvance Nigeria did not respond.")
    assert {"Telvance Nigeria", "Telvance"} <= set(kinds)


def test_the_plant_set_where_a_named_one_is_gives_its_owner():
    _, data = _kinds("The Standard Courier Group will stop printing at its printing plant in "
                     "Mombasa, its director said. Sixty people work at the Mombasa plant.")
    assert data["plant"]["location"] == "Mombasa"
    assert data["plant"]["owner"] == "standard-courier-group"


def test_more_facility_words_name_the_plant():
    for word in ("tannery", "creamery", "winery", "glassworks", "printworks"):
        _, data = _kinds(f"Ostara Leather said it will shut its {word} in Santa Croce by June.")
        assert data["plant"]["name"].lower() == word, word
        assert data["plant"]["owner"] == "ostara-leather"


def test_the_worlds_countries_are_never_parties():
    kinds, _ = _kinds("Ostara Leather denied reports that it plans to move production to "
                      "Albania. Buyers in Saudi Arabia, New Zealand and Ivory Coast have "
                      "cancelled orders, Ostara said. Tunisia and Sri Lanka were also named.")
    assert "Ostara Leather" in kinds
    assert not {"Albania", "Saudi Arabia", "New Zealand", "Ivory Coast", "Tunisia",
                "Sri Lanka"} & set(kinds), kinds
