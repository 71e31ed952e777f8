"""Units as data, and the figures that use them, on real-style sentences in several languages."""

from __future__ import annotations

import math

import pytest

from newsfuse.extract import units
from newsfuse.extract.figures import extract_claims
from newsfuse.extract.figures_nouns import singular
from newsfuse.extract.numbers import find_numbers
from newsfuse.reconcile import reconcile_event
from newsfuse.records import Article, Claim, ClaimKind, Qualifier


def claims(text: str, lang: str = "en") -> list[Claim]:
    return extract_claims(text, lang, article_id="a")


def figure(text: str, lang: str = "en") -> Claim:
    found = [c for c in claims(text, lang) if c.kind is not ClaimKind.OTHER or c.measure]
    assert found, text
    return found[0]


# -- the inventory ------------------------------------------------------------------------------


def test_every_convertible_unit_resolves_in_pint_with_one_dimensionality_per_dimension() -> None:
    seen: dict[str, str] = {}
    for unit in units.units():
        if not unit.pint or unit.dimension == "temperature":
            continue
        found = units.base_factor(unit.name)
        assert found is not None and found[1] > 0, unit.name
        assert seen.setdefault(unit.dimension, found[0]) == found[0], unit.name


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("12 km", "en"),
        ("12 kilometres", "en"),
        ("12 kilometers", "en"),
        ("12 kilomètres", "fr"),
        ("12 kilómetros", "es"),
        ("12 Kilometer", "de"),
        ("12 Kilometern", "de"),
        ("12 quilômetros", "pt"),
        ("12 chilometri", "it"),
    ],
)
def test_one_kilometre_in_every_language(text: str, lang: str) -> None:
    found = units.unit_after(text, 2, lang)
    assert found is not None and found[0].name == "kilometre" and found[1] == len(text)


def ratio(a: str, b: str) -> float:
    (dim_a, fa), (dim_b, fb) = units.base_factor(a), units.base_factor(b)
    assert dim_a == dim_b
    return fa / fb


def test_km_and_miles_convert_and_money_does_not() -> None:
    assert 10 * ratio("mile", "kilometre") == pytest.approx(16.09344)
    assert 100 * ratio("kilometre per hour", "mile per hour") == pytest.approx(62.137, 1e-4)
    assert ratio("square kilometre", "hectare") == pytest.approx(100)
    assert units.base_factor("dollar") is None and units.base_factor("celsius") is None
    assert units.comparable("mile", "kilometre") and units.comparable("euro", "dollar")
    assert not units.comparable("kilometre", "kilogram")


def test_a_unit_never_runs_into_a_word() -> None:
    assert units.unit_after("5 mining companies", 1, "en") is None
    assert units.unit_after("5 minutes", 1, "en")[0].name == "minute"
    assert units.unit_after("5 to 10", 1, "en") is None


# -- figures with units, in four languages ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("Only 10 percent said they spoke with their kids about it.", "en", 10, "percentage"),
        ("Seuls 10 pour cent ont déclaré en avoir parlé.", "fr", 10, "percentage"),
        ("Sólo el 10 por ciento dijo que hablaban con sus hijos.", "es", 10, "percentage"),
        ("Nur 10 Prozent gaben an, mit ihren Kindern zu sprechen.", "de", 10, "percentage"),
        ("DARPA announced a $2 billion investment.", "en", 2e9, "dollar"),
        ("La DARPA a annoncé un investissement de 2 milliards de dollars.", "fr", 2e9, "dollar"),
        ("DARPA anunció una inversión de 2000 millones de USD.", "es", 2e9, "dollar"),
        ("DARPA kündigte die Investition von 2 Milliarden US-Dollar an.", "de", 2e9, "dollar"),
        ("The aid reached $1.2bn last year.", "en", 1.2e9, "dollar"),
        ("Les dégâts atteignent 1 200 millions de dollars.", "fr", 1.2e9, "dollar"),
        ("It sold the business for £125m three years ago.", "en", 1.25e8, "pound sterling"),
        ("The Treasury expects up to £120 million a year.", "en", 1.2e8, "pound sterling per year"),
        ("Le Trésor attend 120 millions de livres sterling par an.", "fr", 1.2e8,
         "pound sterling per year"),
        ("Das Ministerium rechnet mit 120 Millionen Pfund pro Jahr.", "de", 1.2e8,
         "pound sterling per year"),
        ("The crude contract was at US $58.24 per barrel.", "en", 58.24, "dollar per barrel"),
        ("Winds reached 155 km/h on the coast.", "en", 155, "kilometre per hour"),
        ("Les vents ont atteint 155 kilomètres par heure.", "fr", 155, "kilometre per hour"),
        ("The fire burned 40 square kilometres of forest.", "en", 40, "square kilometre"),
        ("El incendio quemó 40 kilómetros cuadrados.", "es", 40, "square kilometre"),
        ("Das Feuer zerstörte 40 Quadratkilometer Wald.", "de", 40, "square kilometre"),
        ("New York could reach 27 ºC on Tuesday.", "en", 27, "celsius"),
        ("Le séisme de magnitude 7,5 a provoqué un tsunami.", "fr", 7.5, "magnitude"),
        ("The 7.5-magnitude earthquake triggered a tsunami.", "en", 7.5, "magnitude"),
        ("The 7,000-ton ship is twice as heavy.", "en", 7000, "tonne"),
        ("The defence gave up 517 rushing yards.", "en", 517, "yard"),
        # units of CQE's list: volumes in cubes, barrels of oil, torque, sports statistics
        ("The boot now stands at 24.5 cubic feet.", "en", 24.5, "cubic foot"),
        ("Le réservoir contient 2,5 kilomètres cubes d'eau.", "fr", 2.5, "cubic kilometre"),
        ("El maletero tiene 15 pies cúbicos.", "es", 15, "cubic foot"),
        ("Der Stausee fasst 3 Kubikkilometer Wasser.", "de", 3, "cubic kilometre"),
        ("The field produced about 1 million barrels of oil.", "en", 1e6, "barrel of oil"),
        ("Le champ a produit 2 millions de barils de pétrole.", "fr", 2e6, "barrel of oil"),
        ("El yacimiento produjo 2 millones de barriles de petróleo.", "es", 2e6, "barrel of oil"),
        ("Das Feld förderte 2 Millionen Barrel Öl.", "de", 2e6, "barrel of oil"),
        ("It makes 450 Nm (332 lb-ft) of torque.", "en", 450, "newton metre"),
        ("It makes 332 lb-ft of torque.", "en", 332, "foot pound-force"),
        ("Top relievers: RHP John Gant (0.5 WAR), LHP Tyler Webb (0.3 WAR).", "en", 0.5,
         "win above replacement"),
        ("Il tourne à 21,5 points par match cette saison.", "fr", 21.5, "point per game"),
    ],
)  # fmt: skip
def test_units_and_rates_in_four_languages(text: str, lang: str, value: float, unit: str) -> None:
    found = figure(text, lang)
    assert (found.low, found.unit) == (pytest.approx(value), unit)
    assert found.kind is ClaimKind.QUANTITY


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The man was shot three times in the chest.", "en"),
        ("L'homme a été touché trois fois à la poitrine.", "fr"),
        ("El hombre recibió tres veces disparos en el pecho.", "es"),
        ("Der Mann wurde drei Mal in die Brust geschossen.", "de"),
    ],
)
def test_times_is_a_multiple_never_a_count_of_victims(text: str, lang: str) -> None:
    """CQE's unit "count" ("time", "instance"): "shot three times" is one victim shot thrice."""
    (found,) = [
        c for c in claims(text, lang) if c.surface.lower().startswith(("three", "tr", "dr"))
    ]
    assert (found.kind, found.unit, found.low) == (ClaimKind.QUANTITY, "count", 3)


@pytest.mark.parametrize(
    ("text", "lang", "unit", "qualifier"),
    [
        ("Chipmakers will produce sub-7 nanometer ICs.", "en", "nanometre", Qualifier.LESS_THAN),
        ("Les fondeurs produiront des puces sub-7 nanomètres.", "fr", "nanometre",
         Qualifier.LESS_THAN),
        ("Los fabricantes producirán chips sub-5 nanómetros.", "es", "nanometre",
         Qualifier.LESS_THAN),
        ("Die Hersteller fertigen sub-7 Nanometer Chips.", "de", "nanometre", Qualifier.LESS_THAN),
        ("The father of her now-18 month-old daughter.", "en", "month", Qualifier.EXACT),
        ("The then-25-year-old was arrested.", "en", "year", Qualifier.EXACT),
    ],
)  # fmt: skip
def test_a_prefix_glued_to_a_number_is_no_name(
    text: str, lang: str, unit: str, qualifier: Qualifier
) -> None:
    """ "sub-7", "now-18": a prefix, where "A-10", "M-16", "B-52" are names."""
    (found,) = claims(text, lang)
    assert (found.unit, found.qualifier) == (unit, qualifier)
    assert all(c.measure == "name" for c in claims("The A-10 jets, the M-16 rifles.", lang))


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("The deal gets you 54GB of 5G data for a month.", "en", 5, "generation wireless"),
        ("Le déploiement de la 5G commence en ville.", "fr", 5, "generation wireless"),
        ("La red 4G cubre todo el país.", "es", 4, "generation wireless"),
        ("Das 5G-Netz wird ausgebaut.", "de", 5, "generation wireless"),
        ("Revenue hit $5G last year.", "en", 5e9, "dollar"),
        ("It stores 200G of data.", "en", 2e11, None),
    ],
)
def test_a_network_generation_is_no_giga(text: str, lang: str, value: float, unit: str) -> None:
    found = [c for c in claims(text, lang) if c.high in (value, 54)][-1]
    assert (found.low, found.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("Podrían alcanzarse unos 12 grados por encima de la media.", "es", "degree"),
        ("Les ventes ont progressé de 5 % par rapport à l'an dernier.", "fr", "percentage"),
        ("Sales were up 5 per cent of last year's total.", "en", "percentage"),
        ("Die Preise lagen 5 Prozent pro Jahr über dem Schnitt.", "de", "percentage per year"),
        ("Le prix est de 2 euros par litre de lait.", "fr", "euro per litre"),
        ("It costs $3 per share in cash.", "en", "dollar per share"),
    ],
)
def test_a_prepositional_phrase_is_no_rate(text: str, lang: str, unit: str) -> None:
    assert figure(text, lang).unit == unit


def test_pounds_are_money_after_a_scale_and_mass_otherwise() -> None:
    assert figure("Gems worth 74 million pounds were stolen.").unit == "pound sterling"
    assert figure("He dropped to 193 pounds by exercising.").unit == "pound-mass"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("German DAX increased by 2 percent but Nasdaq decreased by 1.", "en",
         ["percentage", "percentage"]),
        ("The index ended at 1,463.78 points, while the TA-125 lost 1.1% to end at 1,334.20.",
         "en", ["point", "percentage", "point"]),
        ("Les ventes ont enregistré une hausse de 2,7 %, mais les revenus ont baissé de 4,8.",
         "fr", ["percentage", "percentage"]),
        ("Las ventas subieron un 2,7 % y los ingresos bajaron un 4,8.", "es",
         ["percentage", "percentage"]),
        ("Die Umsätze stiegen um 2,7 Prozent, die Einnahmen sanken um 4,8.", "de",
         ["percentage", "percentage"]),
        ("Mileage rose from about 14-18 mpg to 24 for SUVs.", "en",
         ["mile per gallon", "mile per gallon"]),
        # another sentence is another construction
        ("The dollar was flat versus the euro at $1.13. The index was up at 96.088.", "en",
         ["dollar", None]),
        ("The toll rose by 5% on Monday, killing 3 people.", "en", ["percentage", None]),
    ],
)  # fmt: skip
def test_a_bare_number_shares_the_unit_of_the_figure_it_parallels(
    text: str, lang: str, expected: list[str | None]
) -> None:
    found = [c for c in claims(text, lang) if c.kind is not ClaimKind.OTHER]
    assert [c.unit for c in found] == expected


@pytest.mark.parametrize(
    ("text", "lang", "units"),
    [
        ("Israel's 9 billion shekels ($2.408 billion) a year tobacco industry.", "en",
         ["shekel per year", "dollar per year"]),
        ("Le Trésor attend 120 millions d'euros (100 millions de livres sterling) par an.", "fr",
         ["euro per year", "pound sterling per year"]),
        ("El Tesoro espera 120 millones de euros (100 millones de libras) al año.", "es",
         ["euro per year", "pound sterling per year"]),
        ("Das Ministerium rechnet mit 120 Millionen Euro (100 Millionen Pfund) pro Jahr.", "de",
         ["euro per year", "pound sterling per year"]),
        ("Oil was up 19 cents at $58.24 per barrel and gas up 10.4 cents.", "en",
         ["cent", "dollar per barrel", "cent"]),
    ],
)  # fmt: skip
def test_a_rate_written_after_a_conversion_rates_both(
    text: str, lang: str, units: list[str]
) -> None:
    found = claims(text, lang)
    assert [c.unit for c in found] == units
    if len(found) == 2:
        assert found[1].role == "conversion" and found[1].parent == found[0].id


def test_a_figure_restated_in_brackets_is_a_conversion_of_it() -> None:
    found = claims("The area is some 30 kilometres (18 miles) southeast of the city.")
    assert [c.unit for c in found] == ["kilometre", "mile"]
    assert found[1].role == "conversion" and found[1].parent == found[0].id
    found = claims("It is said to have reached €3.1billion ($3.6bn) - up from €2.2 billion.")
    assert [(c.unit, c.role) for c in found] == [
        ("euro", None),
        ("dollar", "conversion"),
        ("euro", None),
    ]


# -- change, counted nouns, vague words, distances ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "changes"),
    [
        ("Pub sales rose 2.7 per cent but takings were down 4.8 per cent.", "en", ["up", "down"]),
        ("Les ventes ont enregistré une hausse de 2,7 % et une baisse de 4,8 %.", "fr",
         ["up", "down"]),
        ("Las ventas aumentaron un 2,7 % y los ingresos descendieron un 4,8 %.", "es",
         ["up", "down"]),
        ("Die Umsätze stiegen um 2,7 Prozent, die Einnahmen sanken um 4,8 Prozent.", "de",
         ["up", "down"]),
        ("The death toll rose to 31, up from 24.", "en", [None, None]),
        ("Revenue rose 5% to $3.65 billion.", "en", ["up", None]),
        # a signed change; a hyphenated "start-up" is no "up"; "grow", "revised upward"
        ("On Wall St: Dow +0.2% Nasdaq +0.8%.", "en", ["up", "up"]),
        ("À la clôture, le DAX +0,4 % et l'indice +0,5 %.", "fr", ["up", "up"]),
        ("El índice cerró +0,3 %.", "es", ["up"]),
        ("Der DAX schloss +0,4 Prozent.", "de", ["up"]),
        ("The Chinese EV start-up employs around 600 people.", "en", [None]),
        ("The brand was expected to grow sales by 35 per cent.", "en", ["up"]),
        ("Profit was revised upward by $40 million, costs downward by 2%.", "en", ["up", "down"]),
        # a change whose verb is not repeated
        ("Shares of Ross were down 2.3%, Burlington by 2.6% and Foot Locker was down 1.9%.",
         "en", ["down", "down", "down"]),
        ("Les ventes ont baissé de 2 %, les revenus de 4 %.", "fr", ["down", "down"]),
        ("Las ventas bajaron un 2 % y los ingresos un 4 %.", "es", ["down", "down"]),
        ("Die Umsätze sanken um 2 Prozent, die Einnahmen um 4 Prozent.", "de", ["down", "down"]),
        ("The index rose 2% and closed at 5% above its low.", "en", ["up", None]),
        # a conversion in brackets restates the change it converts
        ("Temperatures dropped by 1.5 degrees Celsius (2.7 Fahrenheit).", "en", ["down", "down"]),
        ("Les températures ont baissé de 1,5 degré Celsius (2,7 degrés Fahrenheit).", "fr",
         ["down", "down"]),
        ("Las temperaturas bajaron 1,5 grados Celsius (2,7 grados Fahrenheit).", "es",
         ["down", "down"]),
        ("Die Temperaturen sanken um 1,5 Grad Celsius (2,7 Grad Fahrenheit).", "de",
         ["down", "down"]),
    ],
)  # fmt: skip
def test_change_direction_is_read_and_a_level_is_not_a_change(
    text: str, lang: str, changes: list[str | None]
) -> None:
    assert [c.change for c in claims(text, lang)] == changes


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Cook for ~25 minutes, or until ~45 g each.", "en"),
        ("Die Wohnfläche beträgt ~32 m2.", "de"),
        ("He has averaged 7.3 points this season.", "en"),
        ("Il a marqué en moyenne 21,5 points par match.", "fr"),
        ("Promedió 7,3 puntos en su carrera.", "es"),
        ("Er erzielte durchschnittlich 7,3 Punkte.", "de"),
        ("The stock trades on barely 6.5 times earnings.", "en"),
        ("Le parti a obtenu à peine 20 % des voix.", "fr"),
        ("El partido obtuvo apenas 20 % de los votos.", "es"),
        ("Die Partei erhielt kaum 20 Prozent der Stimmen.", "de"),
    ],
)
def test_a_tilde_an_average_and_barely_are_approximate(text: str, lang: str) -> None:
    assert all(c.qualifier is Qualifier.ABOUT for c in claims(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "counted"),
    [
        ("He was convicted of murdering two drug suppliers in 2009.", "en", "drug supplier"),
        ("A survey of seven European countries conducted in May.", "en", "European country"),
        ("As many as 14 first-team players left the club.", "en", "first-team player"),
        ("Police said two gunmen were involved.", "en", "gunman"),
        ("Il a été reconnu coupable du meurtre de deux trafiquants de drogue.", "fr", "trafiquant"),
        ("Fue declarado culpable de asesinar a dos traficantes de drogas.", "es", "traficante"),
        ("Er wurde des Mordes an zwei Drogenlieferanten schuldig gesprochen.", "de",
         "Drogenlieferant"),
        ("Mindestens 384 Menschen wurden getötet.", "de", "Mensch"),
        ("Most of the combined 4.3M digital and physical sales came from CDs.", "en",
         "digital physical sale"),
        ("20 Syrian and Russian soldiers died.", "en", "Syrian Russian soldier"),
        ("Vingt soldats syriens et russes sont morts.", "fr", "soldat"),
        ("Murieron 20 soldados sirios y rusos.", "es", "soldado"),
        ("20 syrische und russische Soldaten starben.", "de", "Soldat"),
        # a modifier between the determiner and the number (English word order)
        ("Can we expect upsets with the top three seeds still playing?", "en", "top seed"),
        ("He netted a record 32 goals in 36 league games.", "en", "record goal"),
        ("The other 3 men fled before the police arrived.", "en", "man"),
        ("The remaining 40 hostages were freed.", "en", "hostage"),
        ("Les trois premières têtes de série sont éliminées.", "fr", "première"),
        ("Marcó un récord de 32 goles en 36 partidos.", "es", "gol"),
        ("Er erzielte einen Rekord von 32 Treffern in der Liga.", "de", "Treffer"),
        # a name before the head is no plural head; a participle after "one" is no noun
        ("Bouchard equalised before two Lukas Lundvald Nielsen goals won it.", "en",
         "Lukas Lundvald Nielsen goal"),
        ("Deux buts de Lukas Lundvald Nielsen ont scellé la victoire.", "fr", "but"),
        ("Dos goles de Lukas Lundvald Nielsen sellaron la victoria.", "es", "gol"),
        ("Zwei Treffer von Lukas Lundvald Nielsen sicherten den Sieg.", "de", "Treffer"),
        # the noun before "or two"
        ("They seem primed to trade down to add another pick or two.", "en", "pick"),
        ("Il a encore marqué un but ou deux.", "fr", "but"),
        ("Après avoir reçu plus de 4 700 messages de soutien.", "fr", "message"),
        ("Más de 19 millones de acciones de sus partidarios.", "es", "acción"),
        # a quoted noun, a scale in words, "N of their ..."
        ('It has recorded more than 19 million "actions" from its supporters.', "en", "action"),
        ("Il a enregistré plus de 19 millions « d’actions » de ses partisans.", "fr", "action"),
        ('Afirma haber registrado más de 19 millones de "acciones".', "es", "acción"),
        ("Hay otros seis millones de personas que aún viven en el país.", "es", "persona"),
        ("Fleetwood has teamed up to win all four of their matches.", "en", "match"),
        ("Deux de leurs enfants ont été tués.", "fr", "enfant"),
        ("Dos de sus hijos murieron en el ataque.", "es", "hijo"),
        ("Zwei von ihren Kindern starben.", "de", "Kind"),
    ],
)  # fmt: skip
def test_what_a_number_counts_is_read_in_its_language(text: str, lang: str, counted: str) -> None:
    assert figure(text, lang).counted == counted


@pytest.mark.parametrize(
    ("text", "lang", "counted"),
    [
        ("It comes with four-, five- and six-cylinder engine options.", "en",
         ["cylinder", "cylinder", "cylinder"]),
        ("Sainsbury's sold its 281-store pharmacy business.", "en", ["store"]),
        ("Un moteur 6-cylindres.", "fr", ["cylindre"]),
        ("Un motor 6-cilindros.", "es", ["cilindro"]),
        ("Es gibt 3- und 4-Zimmer-Wohnungen.", "de", ["Zimmer", "Zimmer"]),
    ],
)  # fmt: skip
def test_a_number_glued_to_a_word_counts_it_and_a_suspended_hyphen_shares_it(
    text: str, lang: str, counted: list[str]
) -> None:
    assert [c.counted for c in claims(text, lang)] == counted


def test_a_participle_after_one_counts_nothing() -> None:
    found = claims("Three blasts including one caused by a car bomb hit the capital.")
    assert [c.counted for c in found] == ["blast", None]
    assert claims("Three people were killed and one injured.")[1].counted is None


def test_a_unit_before_or_two_is_its_unit() -> None:
    assert claims("It will take a day or two.")[0].unit == "day"
    assert [c.unit for c in claims("Es dauert einen Tag oder zwei.", "de")] == ["day", "day"]


def test_suspended_hyphens_share_a_unit() -> None:
    assert [c.unit for c in claims("Two- to three-metre waves hit the coast.")] == ["metre"] * 2


@pytest.mark.parametrize(
    ("text", "lang", "ages"),
    [
        ("Ms Davis, aged 45, who lives in Lydney, said her son was a chef.", "en", [45]),
        ("Les mouvements de l’accusé de 29 ans et de la victime de 19 ans.", "fr", [29, 19]),
        ("Risa Kusuma, une mère de 35 ans, a déclaré à Sky News.", "fr", [35]),
        ("Track Palin, 26 ans, a passé un an en Irak.", "fr", [26]),
        ("Quinton Tellis, el acusado de 29 años, y la víctima de 19 años.", "es", [29, 19]),
        ("La mujer, de 34 años, afirma que está tratando de anular el acuerdo.", "es", [34]),
        ("Die 34-Jährige sagte, dass sie die Einigung aufheben wolle.", "de", [34]),
        ("Uma mulher de 35 anos morreu.", "pt", [35]),
        ("Una donna di 34 anni è morta.", "it", [34]),
        # a duration stays a duration, a mother of three is no age
        ("Il a été condamné à une peine de 20 ans de prison.", "fr", []),
        ("Selon Reuters, 26 ans de guerre ont ravagé le pays.", "fr", []),
        ("Fue condenado a una pena de 20 años.", "es", []),
        ("Une mère de 3 enfants a été tuée.", "fr", []),
        ("He has averaged 7.3 points this season.", "en", []),
    ],
)
def test_a_persons_years_are_an_age(text: str, lang: str, ages: list[int]) -> None:
    found = [c.low for c in claims(text, lang) if c.measure == "age"]
    assert found == ages and all(c.unit == "year" for c in claims(text, lang) if c.measure == "age")


@pytest.mark.parametrize(
    ("word", "lang", "single"),
    [
        ("children", "en", "child"),
        ("policemen", "en", "policeman"),
        ("casualties", "en", "casualty"),
        ("hôpitaux", "fr", "hôpital"),
        ("mujeres", "es", "mujer"),
        ("ciudades", "es", "ciudad"),
        ("Soldaten", "de", "Soldat"),
        ("Häuser", "de", "Haus"),
        ("Filialen", "de", "Filiale"),
        ("Arbeitern", "de", "Arbeiter"),
        ("milhões", "pt", "milhão"),
    ],
)
def test_singular_forms(word: str, lang: str, single: str) -> None:
    assert singular(word, lang) == single


@pytest.mark.parametrize(
    ("text", "lang", "low", "high"),
    [
        ("Hundreds of people were wounded in the attack.", "en", 100, 1000),
        ("Des centaines de personnes ont été blessées.", "fr", 100, 1000),
        ("Cientos de personas resultaron heridas.", "es", 100, 1000),
        ("Hunderte Menschen wurden verletzt.", "de", 100, 1000),
        ("Several hundred people fled the town.", "en", 200, 1000),
        ("Analysts estimate millions have been displaced.", "en", 1e6, 1e7),
    ],
)
def test_vague_words_are_never_a_figure(text: str, lang: str, low: float, high: float) -> None:
    found = claims(text, lang)
    assert len(found) == 1 and found[0].kind is ClaimKind.VAGUE
    assert (found[0].low, found[0].high) == (low, high)  # what the words allow, no midpoint


def test_a_collective_number_is_a_figure_not_a_vague_word() -> None:
    found = figure("Une cinquantaine de localités ont été prises.", "fr")
    assert found.kind is ClaimKind.COUNT and (found.low, found.high) == (45, 55)


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("They are less than two kilometers from the city of Aleppo, said the monitor.", "en",
         "Aleppo"),
        ("HTS advanced within 10 kilometers of Aleppo city itself.", "en", "Aleppo"),
        ("Les rebelles sont à moins de deux kilomètres d'Alep.", "fr", "Aleppo"),
        ("Los rebeldes están a 10 kilómetros de Alepo.", "es", "Aleppo"),
        ("Die Rebellen stehen 10 Kilometer vor Aleppo.", "de", "Aleppo"),
        ("The center of Kilis lies 6 kilometers from the Syrian border.", "en", None),
    ],
)  # fmt: skip
def test_a_length_from_a_place_is_a_distance_to_it(text: str, lang: str, place: str | None) -> None:
    found = figure(text, lang)
    if place is None:
        assert found.measure == "length"
    else:
        assert (found.measure, found.subject) == ("distance", place)


# -- numbers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("three hundred and two dozens", "en", 324),
        ("dos mil y cuatro docenas", "es", 2048),
        ("trecento e due dozzine", "it", 324),
        ("veintiun billones", "es", 21e12),
        ("mil quinientos veintitres", "es", 1523),
        ("ha compiuto settant'anni", "it", 70),
        ("revenue of 1,674.5 G", "en", 1.6745e12),
        ("a yacht sold for $10m", "en", 1e7),
        ("he won the 100m sprint", "en", 100),
    ],
)
def test_numbers(text: str, lang: str, value: float) -> None:
    assert find_numbers(text, lang)[-1].value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("One US fluid ounce is 1/16 of a US pint, 1⁄32 of a US quart.", "en",
         [1, 0.0625, 0.03125]),
        ("Il a obtenu 2/3 des voix au second tour.", "fr", [2 / 3]),
        ("Obtuvo 1/3 de los votos en la primera vuelta.", "es", [1 / 3]),
        ("Er erhielt 2/3 der Stimmen.", "de", [2 / 3]),
        # without "of" a slash may be a date or "24/7"
        ("The shop is open 24/7 since 1/16.", "en", [24, 7, 1, 16]),
    ],
)  # fmt: skip
def test_a_fraction_of_something_is_one_number(text: str, lang: str, values: list[float]) -> None:
    assert [s.value for s in find_numbers(text, lang)] == pytest.approx(values)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He had been diving with friends for about half an hour on Saturday.", "en"),
        ("Il plongeait avec des amis depuis une demi-heure samedi matin.", "fr"),
        ("Había estado buceando durante una media hora el sábado.", "es"),
        ("Er war seit etwa einer halben Stunde mit Freunden beim Tauchen.", "de"),
    ],
)
def test_half_a_time_unit_is_a_half(text: str, lang: str) -> None:
    (found,) = claims(text, lang)
    assert (found.low, found.unit, found.measure) == (0.5, "hour", "duration")


def test_half_a_dozen_and_half_a_million_stay_what_they_were() -> None:
    assert find_numbers("une demi-douzaine de blessés", "fr")[0].value == 6
    assert find_numbers("half a million people", "en")[0].value == 5e5
    assert find_numbers("half the city was destroyed", "en") == []


def test_a_fraction_of_a_unit_is_in_that_unit() -> None:
    found = claims("One US fluid ounce is 1/16 of a US pint, 1⁄32 of a US quart.")
    assert [c.unit for c in found[1:]] == ["pint", "quart"]
    assert claims("Il faut 1/2 d'un litre d'eau.", "fr")[0].unit == "litre"
    assert claims("Se necesita 1/2 de un litro.", "es")[0].unit == "litre"


def test_a_german_surname_is_no_number() -> None:
    spans = find_numbers("Claudia Tausend wuchs in einer Arbeiterfamilie auf", "de")
    assert [s.value for s in spans] == [1]


# -- reconciliation with units ------------------------------------------------------------------


def quantity(cid: str, article: str, value: float, unit: str, **kw) -> Claim:
    kw.setdefault("measure", units.unit(unit).dimension)
    qualifier = kw.pop("qualifier", Qualifier.EXACT)
    low = 0.0 if qualifier in (Qualifier.LESS_THAN, Qualifier.UP_TO) else value
    return Claim(
        id=cid, article_id=article, sentence_index=0, start=0, end=10, number_start=0,
        number_end=2, surface=str(value), low=low, high=value, qualifier=qualifier,
        kind=ClaimKind.QUANTITY, unit=unit, evidence=f"{value} {unit}", **kw,
    )  # fmt: skip


def articles(*ids: str) -> dict[str, Article]:
    return {a: Article(id=a, text="", outlet=f"outlet-{a}") for a in ids}


def test_distances_in_km_and_miles_are_one_fact_labelled_by_the_place() -> None:
    rec = reconcile_event(
        "ev",
        [
            quantity("a:c0", "a", 2, "kilometre", measure="distance", subject="Aleppo",
                     qualifier=Qualifier.LESS_THAN),
            quantity("b:c0", "b", 10, "kilometre", measure="distance", subject="Aleppo",
                     qualifier=Qualifier.UP_TO),
            quantity("c:c0", "c", 1, "mile", measure="distance", subject="Aleppo"),
        ],
        articles("a", "b", "c"),
        [],
    )  # fmt: skip
    assert len(rec.facts) == 1
    fact = rec.facts[0]
    assert fact.label == "distance to Aleppo" and fact.unit == "km"
    one_mile = next(v for v in fact.values if v.article_id == "c")
    assert one_mile.value == pytest.approx(1.609344)


def test_sums_in_two_currencies_align_only_at_a_stated_rate() -> None:
    euros = quantity("a:c0", "a", 85e6, "euro")
    dollars = quantity("b:c0", "b", 100e6, "dollar")
    rec = reconcile_event("ev", [euros, dollars], articles("a", "b"), [])
    assert len(rec.facts) == 2  # no rate stated: never an invented one
    restated = quantity("c:c1", "c", 92e6, "dollar", role="conversion", parent="c:c0")
    rec = reconcile_event(
        "ev",
        [euros, dollars, quantity("c:c0", "c", 80e6, "euro"), restated],
        articles("a", "b", "c"),
        [],
    )
    money = [f for f in rec.facts if f.measure == "money"]
    assert len(money) == 1 and money[0].unit == "EUR"
    converted = next(v for v in money[0].values if v.article_id == "b")
    assert converted.value == pytest.approx(100e6 * 80 / 92)
    assert any("exchange rate" in note for note in money[0].notes)
    assert all(not math.isinf(v.value) for v in money[0].values)
