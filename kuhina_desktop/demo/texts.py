"""Word lists and text templates for the demo content of `kuhina demo` (see `content`).

Places are the 13 municipalities of North Karelia with real postal codes of their centres
(and of a few villages), plausible street names and the approximate centre coordinates.
Texts come as `(fi, sv, en)` triples so that a record can carry Swedish and English too.
"""

from __future__ import annotations

from typing import NamedTuple

T3 = tuple[str, str, str]  # the same text in Finnish, Swedish and English


class Place(NamedTuple):
    code: str
    fi: str
    sv: str
    genitive: str  # Joensuun
    inessive: str  # Joensuussa
    town: bool  # kaupunki (town) or kunta (municipality)
    subregion: str
    latitude: float
    longitude: float
    streets: tuple[tuple[str, str], ...]  # (street, postal code)


PLACES: tuple[Place, ...] = (
    Place("090", "Heinävesi", "Heinävesi", "Heinäveden", "Heinävedellä", False, "joensuu",
          62.4270, 28.6300, (("Kermantie", "79700"), ("Opintie", "79700"),
                             ("Kirkkokatu", "79700"), ("Pappilantie", "79700"))),
    Place("146", "Ilomantsi", "Ilomants", "Ilomantsin", "Ilomantsissa", False, "joensuu",
          62.6710, 30.9300, (("Mantsintie", "82900"), ("Kalevalantie", "82900"),
                             ("Pappilantie", "82900"), ("Ilomantsintie", "82900"))),
    Place("167", "Joensuu", "Joensuu", "Joensuun", "Joensuussa", True, "joensuu",
          62.6010, 29.7630, (("Kauppakatu", "80100"), ("Torikatu", "80100"),
                             ("Siltakatu", "80100"), ("Koskikatu", "80100"),
                             ("Rantakatu", "80100"), ("Suvantokatu", "80100"),
                             ("Kalevankatu", "80110"), ("Papinkatu", "80110"),
                             ("Pamilonkatu", "80130"), ("Karjalankatu", "80200"),
                             ("Peltolankatu", "80220"), ("Rantakylänkatu", "80230"))),
    Place("176", "Juuka", "Juga", "Juuan", "Juuassa", False, "pielinen",
          63.2420, 29.2530, (("Poikkitie", "83900"), ("Ahmovaarantie", "83900"),
                             ("Kauppatie", "83900"), ("Juuantie", "83900"))),
    Place("260", "Kitee", "Kides", "Kiteen", "Kiteellä", True, "keski",
          62.0980, 30.1370, (("Kiteentie", "82500"), ("Asematie", "82500"),
                             ("Karjalankatu", "82500"), ("Kauppakatu", "82500"))),
    Place("276", "Kontiolahti", "Kontiolax", "Kontiolahden", "Kontiolahdella", False, "joensuu",
          62.7660, 29.8500, (("Keskuskatu", "81100"), ("Kirkkotie", "81100"),
                             ("Urheilutie", "81100"), ("Jokikatu", "81100"))),
    Place("309", "Outokumpu", "Outokumpu", "Outokummun", "Outokummussa", True, "joensuu",
          62.7260, 29.0170, (("Kummunkatu", "83500"), ("Sepänkatu", "83500"),
                             ("Hovilankatu", "83500"), ("Kaivoskatu", "83500"))),
    Place("422", "Lieksa", "Lieksa", "Lieksan", "Lieksassa", True, "pielinen",
          63.3170, 30.0170, (("Pielisentie", "81700"), ("Koskikatu", "81700"),
                             ("Mannerheiminkatu", "81700"), ("Rantakatu", "81700"))),
    Place("426", "Liperi", "Libelits", "Liperin", "Liperissä", False, "joensuu",
          62.5330, 29.3830, (("Keskustie", "83100"), ("Ahontie", "83100"),
                             ("Kirkkotie", "83100"), ("Rantatie", "83100"))),
    Place("541", "Nurmes", "Nurmes", "Nurmeksen", "Nurmeksessa", True, "pielinen",
          63.5430, 29.1390, (("Kirkkokatu", "75500"), ("Kauppakatu", "75500"),
                             ("Porokylänkatu", "75500"), ("Torikatu", "75500"))),
    Place("607", "Polvijärvi", "Polvijärvi", "Polvijärven", "Polvijärvellä", False, "joensuu",
          62.8550, 29.3670, (("Keskustie", "83700"), ("Kirkkotie", "83700"),
                             ("Niittytie", "83700"), ("Polvijärventie", "83700"))),
    Place("707", "Rääkkylä", "Rääkkylä", "Rääkkylän", "Rääkkylässä", False, "keski",
          62.3130, 29.6250, (("Rääkkyläntie", "82300"), ("Pappilantie", "82300"),
                             ("Kirkkotie", "82300"), ("Kuntatie", "82300"))),
    Place("848", "Tohmajärvi", "Tohmajärvi", "Tohmajärven", "Tohmajärvellä", False, "keski",
          62.2260, 30.3330, (("Kemientie", "82600"), ("Järvenpääntie", "82600"),
                             ("Asematie", "82600"), ("Kirkkotie", "82600"))),
)  # fmt: skip

# Streets found in almost every Finnish village and town centre.
COMMON_STREETS = ("Koulutie", "Myllytie", "Teollisuustie", "Pajatie", "Asematie", "Rantatie")

# How often an organisation has its seat in a municipality (Joensuu is the regional centre).
PLACE_WEIGHTS = {"167": 8, "422": 3, "260": 3, "541": 2, "309": 2, "276": 2, "426": 2}


class Village(NamedTuple):
    fi: str
    genitive: str
    municipality: str
    postal_code: str | None  # None: the post office of the municipality centre
    street: str


VILLAGES: tuple[Village, ...] = (
    Village("Eno", "Enon", "167", "81200", "Enontie"),
    Village("Uimaharju", "Uimaharjun", "167", "81280", "Uimaharjuntie"),
    Village("Kiihtelysvaara", "Kiihtelysvaaran", "167", None, "Kiihtelysvaarantie"),
    Village("Tuupovaara", "Tuupovaaran", "167", None, "Tuupovaarantie"),
    Village("Hammaslahti", "Hammaslahden", "167", None, "Hammaslahdentie"),
    Village("Vuonislahti", "Vuonislahden", "422", None, "Vuonislahdentie"),
    Village("Pankakoski", "Pankakosken", "422", None, "Pankakoskentie"),
    Village("Koli", "Kolin", "422", "83960", "Kolintie"),
    Village("Valtimo", "Valtimon", "541", "75700", "Valtimontie"),
    Village("Saramo", "Saramon", "541", None, "Saramontie"),
    Village("Kesälahti", "Kesälahden", "260", "59800", "Kesälahdentie"),
    Village("Puhos", "Puhoksen", "260", None, "Puhoksentie"),
    Village("Viinijärvi", "Viinijärven", "426", "83400", "Viinijärventie"),
    Village("Ylämylly", "Ylämyllyn", "426", None, "Ylämyllyntie"),
    Village("Lehmo", "Lehmon", "276", None, "Lehmontie"),
    Village("Kontioniemi", "Kontioniemen", "276", None, "Kontioniementie"),
    Village("Hattuvaara", "Hattuvaaran", "146", None, "Hattuvaarantie"),
    Village("Mutalahti", "Mutalahden", "146", None, "Mutalahdentie"),
    Village("Ahmovaara", "Ahmovaaran", "176", None, "Ahmovaarantie"),
    Village("Martonvaara", "Martonvaaran", "607", None, "Martonvaarantie"),
    Village("Oravisalo", "Oravisalon", "707", None, "Oravisalontie"),
    Village("Rasivaara", "Rasivaaran", "707", None, "Rasivaarantie"),
    Village("Värtsilä", "Värtsilän", "848", "82655", "Värtsiläntie"),
    Village("Onkamo", "Onkamon", "848", None, "Onkamontie"),
    Village("Karvio", "Karvion", "090", None, "Karviontie"),
    Village("Vihtari", "Vihtarin", "090", None, "Vihtarintie"),
    Village("Sysmäjärvi", "Sysmäjärven", "309", None, "Sysmäjärventie"),
)


class Region(NamedTuple):
    genitive: str
    sv: str
    en: str
    seats: tuple[str, ...]  # where such an association has its office
    covers: tuple[str, ...]  # the municipalities it serves


_ALL = tuple(p.code for p in PLACES)
REGIONS: tuple[Region, ...] = (
    Region("Pohjois-Karjalan", "Norra Karelen", "North Karelia", ("167",), _ALL),
    Region("Joensuun Seudun", "Joensuuregionen", "Joensuu Region", ("167", "276", "426"),
           ("167", "276", "426", "309", "607", "146", "090")),
    Region("Pielisen Karjalan", "Pielis-Karelen", "Pielinen Karelia", ("422", "541"),
           ("422", "541", "176")),
    Region("Ylä-Karjalan", "Övre Karelen", "Upper Karelia", ("541", "176"), ("541", "176")),
    Region("Keski-Karjalan", "Mellersta Karelen", "Central Karelia", ("260", "848"),
           ("260", "848", "707")),
)  # fmt: skip


class OrgType(NamedTuple):
    fi: str  # follows the genitive of the place: "Lieksan" + " Kierrätyskeskus" + " ry"
    sv: str  # "{}" is the Swedish place name
    en: str
    mission: T3
    environments: tuple[str, ...]  # coaching environments such an association typically has
    village: bool  # also found as a village association


ORG_TYPES: tuple[OrgType, ...] = (
    OrgType("Työttömät", "Arbetslösa i {}", "{} Unemployed Association",
            ("Yhdistys tukee työttömiä arjessa, tarjoaa kohtaamispaikan ja järjestää "
             "työllistymistä edistävää toimintaa.",
             "Föreningen stöder arbetslösa i vardagen och erbjuder en mötesplats.",
             "The association supports unemployed people and runs a meeting place."),
            ("meeting_place", "thrift_shop", "cafe", "property"), False),
    OrgType("Työttömien Yhdistys", "Föreningen för arbetslösa i {}",
            "{} Association of the Unemployed",
            ("Olemme työttömien oma yhdistys: vertaistukea, edullista lounasta ja polkuja "
             "takaisin työelämään.",
             "Vi är de arbetslösas egen förening: kamratstöd, billig lunch och vägar till "
             "arbete.",
             "We are the unemployed people's own association: peer support, affordable lunch "
             "and paths back to work."),
            ("cafe", "meeting_place", "cleaning", "thrift_shop"), False),
    OrgType("Kierrätyskeskus", "Återvinningscentralen i {}", "{} Recycling Centre",
            ("Kierrätyskeskus pidentää tavaroiden käyttöikää ja tarjoaa samalla työ- ja "
             "harjoittelupaikkoja.",
             "Återvinningscentralen förlänger varornas livslängd och erbjuder arbetsplatser.",
             "The recycling centre gives goods a longer life and offers work placements."),
            ("thrift_shop", "warehouse", "woodwork", "textile", "bike_repair"), False),
    OrgType("Mielenterveysseura", "Föreningen för mental hälsa i {}",
            "{} Mental Health Association",
            ("Seura edistää mielenterveyttä, järjestää vertaistukea ja tarjoaa kuntoutujille "
             "mielekästä tekemistä.",
             "Föreningen främjar psykisk hälsa och ordnar kamratstöd.",
             "The association promotes mental health and organises peer support."),
            ("meeting_place", "cafe", "textile", "office"), False),
    OrgType("Nuorisoseura", "Ungdomsföreningen i {}", "{} Youth Society",
            ("Nuorisoseura järjestää harrastuksia, tapahtumia ja nuorten työpajatoimintaa.",
             "Ungdomsföreningen ordnar hobbyer, evenemang och verkstäder för unga.",
             "The youth society runs hobbies, events and workshops for young people."),
            ("media", "meeting_place", "cafe", "woodwork"), True),
    OrgType("Kansalaisopiston tuki", "Stödföreningen för medborgarinstitutet i {}",
            "{} Adult Education Support Association",
            ("Yhdistys tukee kansalaisopiston toimintaa ja järjestää koulutusta ja "
             "harjoittelua työnhakijoille.",
             "Föreningen stöder medborgarinstitutet och ordnar kurser för arbetssökande.",
             "The association supports the adult education centre and runs courses for job "
             "seekers."),
            ("office", "textile", "media", "woodwork"), False),
    OrgType("Martat", "Marthaföreningen i {}", "{} Martha Association",
            ("Martat edistävät kodin ja arjen taitoja: ruokaa, puutarhaa, taloutta ja "
             "kädentaitoja.",
             "Marthorna främjar färdigheter i hem och vardag: mat, trädgård och hantverk.",
             "The Marthas promote everyday skills: cooking, gardening, budgeting and crafts."),
            ("cafe", "garden", "textile"), True),
    OrgType("Monikulttuurinen yhdistys", "Mångkulturella föreningen i {}",
            "{} Multicultural Association",
            ("Yhdistys tukee maahanmuuttajien kotoutumista ja työllistymistä sekä järjestää "
             "kielikahviloita.",
             "Föreningen stöder invandrares integration och sysselsättning.",
             "The association helps immigrants settle in and find work."),
            ("meeting_place", "office", "cafe", "textile"), False),
    OrgType("Työllisyysyhdistys", "Sysselsättningsföreningen i {}",
            "{} Employment Association",
            ("Yhdistys tarjoaa valmennusta, työkokeiluja ja palkkatuettuja työpaikkoja.",
             "Föreningen erbjuder coachning, arbetsprövning och lönesubventionerade jobb.",
             "The association offers coaching, work trials and wage-subsidised jobs."),
            ("thrift_shop", "property", "cleaning", "warehouse", "woodwork"), False),
    OrgType("Setlementti", "Settlementet i {}", "{} Settlement",
            ("Setlementti järjestää nuoriso-, opinto- ja työpajatoimintaa kaikenikäisille.",
             "Settlementet ordnar ungdoms-, studie- och verkstadsverksamhet för alla åldrar.",
             "The settlement runs youth, study and workshop activities for all ages."),
            ("media", "woodwork", "cafe", "meeting_place"), False),
    OrgType("Nuorten Työpaja", "Ungdomsverkstaden i {}", "{} Youth Workshop",
            ("Työpaja auttaa nuoria löytämään suunnan työhön tai opiskeluun käytännön "
             "tekemisen kautta.",
             "Verkstaden hjälper unga att hitta vägen till arbete eller studier.",
             "The workshop helps young people find their way to work or study."),
            ("media", "bike_repair", "woodwork", "cafe"), False),
    OrgType("Vammaisyhdistys", "Handikappföreningen i {}", "{} Disability Association",
            ("Yhdistys ajaa vammaisten ihmisten oikeuksia ja tarjoaa osatyökykyisille "
             "työtoimintaa.",
             "Föreningen arbetar för personer med funktionsnedsättning och ordnar "
             "arbetsverksamhet.",
             "The association works for disabled people's rights and offers work activity."),
            ("office", "textile", "meeting_place"), False),
    OrgType("Kuntoutujat", "Rehabiliteringsföreningen i {}", "{} Rehabilitation Association",
            ("Yhdistys tarjoaa kuntoutujille vertaistukea, ryhmiä ja matalan kynnyksen "
             "työtoimintaa.",
             "Föreningen erbjuder kamratstöd, grupper och arbetsverksamhet med låg tröskel.",
             "The association offers peer support, groups and low-threshold work activity."),
            ("meeting_place", "garden", "textile"), False),
    OrgType("Työ ja Toiminta", "Arbete och verksamhet i {}", "{} Work and Activity",
            ("Tarjoamme työtä ja tekemistä niille, joiden työura on katkennut tai vasta "
             "alkamassa.",
             "Vi erbjuder arbete för dem vars arbetsliv har avbrutits eller just börjar.",
             "We offer work to people whose careers have stalled or are just beginning."),
            ("thrift_shop", "property", "cleaning", "cafe"), False),
    OrgType("Ystävänpalvelu", "Vänservicen i {}", "{} Befriending Service",
            ("Vapaaehtoisemme ovat ikäihmisten ja yksinäisten tukena arjessa.",
             "Våra frivilliga stöder äldre och ensamma i vardagen.",
             "Our volunteers support older and lonely people in everyday life."),
            ("meeting_place", "office"), False),
    OrgType("Kotiseutuyhdistys", "Hembygdsföreningen i {}", "{} Local Heritage Society",
            ("Yhdistys ylläpitää kotiseutumuseota ja järjestää kylän yhteisiä tapahtumia.",
             "Föreningen driver hembygdsmuseet och ordnar evenemang i byn.",
             "The society runs the local museum and organises village events."),
            ("cafe", "property", "garden"), True),
    OrgType("Työpajayhdistys", "Verkstadsföreningen i {}", "{} Workshop Association",
            ("Yhdistyksen pajoilla opitaan ammattitaitoa tekemällä oikeita töitä oikeille "
             "asiakkaille.",
             "I föreningens verkstäder lär man sig ett yrke genom riktiga uppdrag.",
             "In our workshops people learn a trade by doing real jobs for real customers."),
            ("woodwork", "textile", "bike_repair", "media"), False),
    OrgType("Maahanmuuttajien Tuki", "Invandrarstödet i {}", "{} Immigrant Support",
            ("Autamme maahanmuuttajia suomen kielessä, asioinnissa ja työnhaussa.",
             "Vi hjälper invandrare med finska, ärenden och jobbsökande.",
             "We help immigrants with Finnish, everyday errands and job seeking."),
            ("meeting_place", "office", "textile"), False),
    OrgType("Sydänyhdistys", "Hjärtföreningen i {}", "{} Heart Association",
            ("Yhdistys järjestää liikuntaryhmiä, luentoja ja vertaistukea.",
             "Föreningen ordnar motionsgrupper, föreläsningar och kamratstöd.",
             "The association runs exercise groups, talks and peer support."),
            ("meeting_place", "office"), False),
    OrgType("4H-yhdistys", "4H-föreningen i {}", "{} 4-H Association",
            ("4H-yhdistys työllistää nuoria ja opettaa yrittäjyyttä ja arjen taitoja.",
             "4H-föreningen sysselsätter unga och lär ut företagande och vardagsfärdigheter.",
             "The 4-H association employs young people and teaches enterprise and life "
             "skills."),
            ("garden", "property", "cleaning"), True),
    OrgType("Kulttuuriyhdistys", "Kulturföreningen i {}", "{} Cultural Association",
            ("Yhdistys järjestää konsertteja, näyttelyitä ja kulttuuritapahtumia.",
             "Föreningen ordnar konserter, utställningar och kulturevenemang.",
             "The association organises concerts, exhibitions and cultural events."),
            ("media", "cafe", "meeting_place"), True),
    OrgType("Kehitysvammaisten Tuki", "Stödföreningen för utvecklingsstörda i {}",
            "{} Intellectual Disability Support",
            ("Yhdistys tukee kehitysvammaisia ja heidän läheisiään ja järjestää "
             "työtoimintaa.",
             "Föreningen stöder personer med utvecklingsstörning och deras anhöriga.",
             "The association supports people with intellectual disabilities and their "
             "families."),
            ("garden", "textile", "meeting_place"), False),
    OrgType("Kyläyhdistys", "Byaföreningen i {}", "{} Village Association",
            ("Kyläyhdistys pitää kylätaloa, järjestää talkoita ja tekee kylästä hyvän "
             "paikan asua.",
             "Byaföreningen driver byhuset och ordnar talkon.",
             "The village association runs the village hall and organises work parties."),
            ("cafe", "property", "garden"), True),
)  # fmt: skip

# Titles that speak to young people: chosen only when the opportunity targets them.
YOUTH_TITLES = frozenset(
    {"Uravalmennusryhmä nuorille", "Nuorten iltapäiväryhmä", "Kesätyöpaikka nuorelle"}
)

# Parts of a town that tell two associations of one kind and one place apart, once the
# places and kinds run out (national-scale demos of thousands): "Juuan Kirkonkylän Martat
# ry", then two parts ("Juuan Keskustan Niemen Martat ry"). Finnish genitive, then the
# Swedish and English with "{}" for the place. Each is more than one letter away from the
# others, so no two demo names look like one name to the impostor checks.
DISTRICTS: tuple[T3, ...] = (
    ("Keskustan", "{} centrum", "{} Centre"),
    ("Kirkonkylän", "{} kyrkby", "{} Church Village"),
    ("Asemanseudun", "{} stationsområde", "{} Station Area"),
    ("Rantakylän", "{} strandby", "{} Lakeside"),
    ("Pohjoisosan", "norra {}", "North {}"),
    ("Eteläosan", "södra {}", "South {}"),
    ("Vaara-alueen", "{} höjder", "{} Hills"),
    ("Teollisuusalueen", "{} industriområde", "{} Industrial Area"),
    ("Satama-alueen", "{} hamn", "{} Harbour"),
    ("Peltomaan", "{} åkrar", "{} Fields"),
    ("Koulunmäen", "{} skolbacke", "{} School Hill"),
    ("Myllymäen", "{} kvarnbacke", "{} Mill Hill"),
    ("Kauppalan", "{} köping", "{} Market Town"),
    ("Niemen", "{} udde", "{} Point"),
    ("Saaren", "{} holme", "{} Island"),
    ("Metsälän", "{} skogsby", "{} Forest Village"),
    ("Harjun", "{} ås", "{} Ridge"),
    ("Lehtolan", "{} lund", "{} Grove"),
    ("Koskenrannan", "{} forsstrand", "{} Rapids"),
    ("Mäntylän", "{} tallmo", "{} Pines"),
)

# Org types that only make sense for a village (the rest may be a village's or a town's).
VILLAGE_ONLY = frozenset({"Kyläyhdistys"})

FUNDERS: tuple[str, ...] = (
    "Sosiaali- ja terveysjärjestöjen avustuskeskus STEA",
    "Pohjois-Karjalan työllisyysalue",
    "Euroopan sosiaalirahasto plus (ESR+)",
    "Pohjois-Karjalan hyvinvointialue Siun sote",
)


class EnvTemplate(NamedTuple):
    code: str
    names: tuple[T3, ...]  # "{}" is a proper name from `proper`
    proper: tuple[str, ...]
    where: T3  # for titles: "Työkokeilu kahvilassa", "Arbetsprövning på ett kafé"
    work_areas: tuple[str, ...]  # the first always, others sometimes
    description: tuple[T3, ...]
    tasks: tuple[str, ...]  # Finnish nominative phrases: "Tehtäviin kuuluu ..."
    skills: tuple[str, ...]  # Finnish partitive phrases: "Opit ..."
    learning: T3
    role: str  # a Finnish job title: "kahvilatyöntekijä"
    accessibility: tuple[str, ...]
    motif: str  # what its demo photos show


ENV_TEMPLATES: tuple[EnvTemplate, ...] = (
    EnvTemplate(
        "thrift_shop",
        (("Kierrätysmyymälä {}", "Secondhandbutiken {}", "{} Thrift Shop"),
         ("Kirpputori {}", "Loppis {}", "{} Flea Market"),
         ("Kierrätystavaratalo {}", "Återbruksvaruhuset {}", "{} Reuse Store")),
        ("Aarre", "Helmi", "Löytö", "Kamari", "Uusiokulma"),
        ("kierrätysmyymälässä", "i en secondhandbutik", "in a thrift shop"),
        ("recycling", "shop", "logistics", "cleaning"),
        (("Myymälä myy lahjoituksena saatuja huonekaluja, vaatteita, astioita ja kirjoja "
          "edullisesti.",
          "Butiken säljer donerade möbler, kläder, porslin och böcker till låga priser.",
          "The shop sells donated furniture, clothes, dishes and books at low prices."),
         ("Myymälässämme tavara saa uuden elämän: otamme vastaan lahjoituksia, lajittelemme "
          "ne ja myymme eteenpäin.",
          "Hos oss får saker ett nytt liv: vi tar emot donationer, sorterar och säljer dem.",
          "Here things get a second life: we receive donations, sort them and sell them on.")),
        ("lahjoitusten vastaanotto", "tavaroiden lajittelu", "hinnoittelu",
         "kassatyö", "tuotteiden esillepano", "myymälän siisteydestä "
         "huolehtiminen", "kuljettajan apuna toimiminen noudoissa"),
        ("asiakaspalvelua", "kassajärjestelmän käyttöä", "tuotteiden hinnoittelua",
         "varastotyötä", "lajittelua"),
        ("Opit asiakaspalvelua, kassatyötä ja tavaroiden lajittelua.",
         "Du lär dig kundservice, kassaarbete och sortering.",
         "You learn customer service, till work and sorting."),
        "myymälätyöntekijä",
        ("step_free_access", "parking", "public_transport_nearby", "accessible_toilet"),
        "shelves",
    ),
    EnvTemplate(
        "cafe",
        (("Kahvila {}", "Kafé {}", "Café {}"),
         ("Lounaskahvila {}", "Lunchkafé {}", "{} Lunch Café"),
         ("Kahvila-ravintola {}", "Kafé och restaurang {}", "{} Café and Restaurant")),
        ("Kaisla", "Lähde", "Kuikka", "Rantakivi", "Pulla", "Torikulma"),
        ("kahvilassa", "på ett kafé", "in a café"),
        ("cafe_kitchen", "cleaning", "events"),
        (("Kahvila tarjoaa arkipäivisin lounasta, leivonnaisia ja kahvia.",
          "Kaféet serverar lunch, bakverk och kaffe på vardagar.",
          "The café serves lunch, pastries and coffee on weekdays."),
         ("Kotiruokaa ja itse leivottuja pullia: lounaskahvilamme on kylän olohuone.",
          "Husmanskost och hembakat: vårt lunchkafé är byns vardagsrum.",
          "Home cooking and our own buns: our lunch café is the village's living room.")),
        ("lounaan valmistus", "leivonta", "astiahuolto", "asiakaspalvelu",
         "kahvilan siivous", "pitopalvelutilausten pakkaaminen"),
        ("ruoanvalmistusta", "hygieniaosaamista", "asiakaspalvelua", "leivontaa",
         "keittiön työturvallisuutta"),
        ("Opit ruoanvalmistusta, hygieniaa ja asiakaspalvelua.",
         "Du lär dig matlagning, livsmedelshygien och kundservice.",
         "You learn cooking, food hygiene and customer service."),
        "kahvilatyöntekijä",
        ("step_free_access", "accessible_toilet", "public_transport_nearby", "parking"),
        "round",
    ),
    EnvTemplate(
        "woodwork",
        (("Puutyöverstas {}", "Snickeriverkstaden {}", "{} Woodwork Shop"),
         ("Verstas {}", "Verkstaden {}", "{} Workshop")),
        ("Lastu", "Höylä", "Kaarna", "Ahjo", "Tervas"),
        ("puutyöverstaalla", "i en snickeriverkstad", "in a woodwork shop"),
        ("woodwork", "property_maintenance", "other"),
        (("Verstaalla kunnostetaan huonekaluja ja tehdään tilaustöinä linnunpönttöjä, "
          "kasvatuslaatikoita ja muita puutuotteita.",
          "Verkstaden renoverar möbler och tillverkar fågelholkar och odlingslådor.",
          "The workshop restores furniture and makes birdhouses and planter boxes to order."),),
        ("huonekalujen kunnostus", "sahaus", "hionta", "tilaustöiden valmistus",
         "työkalujen huolto", "pintakäsittely"),
        ("puutyökoneiden turvallista käyttöä", "huonekalujen entisöintiä",
         "piirustusten lukemista", "työturvallisuutta"),
        ("Opit käyttämään puutyökoneita turvallisesti ja kunnostamaan huonekaluja.",
         "Du lär dig använda träbearbetningsmaskiner säkert och renovera möbler.",
         "You learn to use woodworking machines safely and to restore furniture."),
        "verstastyöntekijä",
        ("parking", "step_free_access", "flexible_hours"),
        "planks",
    ),
    EnvTemplate(
        "textile",
        (("Ompelimo {}", "Syateljén {}", "{} Sewing Studio"),
         ("Tekstiilipaja {}", "Textilverkstaden {}", "{} Textile Workshop")),
        ("Tilkku", "Neulanen", "Kude", "Lanka", "Sukkula"),
        ("ompelimossa", "i en syateljé", "in a sewing workshop"),
        ("textiles", "shop"),
        (("Tekstiilipajassa korjataan ja muokataan vaatteita sekä tehdään kierrätyskankaista "
          "kasseja, mattoja ja tyynyjä.",
          "Verkstaden lagar kläder och syr väskor, mattor och kuddar av återvunnet tyg.",
          "The workshop mends clothes and sews bags, rugs and cushions from recycled "
          "fabric."),),
        ("vaatteiden korjausompelu", "kankaiden leikkaus", "mattojen kutominen",
         "tuotteiden viimeistely", "tilausten vastaanotto"),
        ("ompelukoneen käyttöä", "korjausompelua", "kudontaa",
         "tuotteiden suunnittelua"),
        ("Opit ompelukoneen käyttöä, korjausompelua ja kudontaa.",
         "Du lär dig maskinsömnad, lagning och vävning.",
         "You learn machine sewing, mending and weaving."),
        "ompelija",
        ("step_free_access", "quiet_space", "flexible_hours", "accessible_toilet"),
        "rolls",
    ),
    EnvTemplate(
        "office",
        (("Toimisto ja neuvontapiste {}", "Kansliet och rådgivningen {}",
          "{} Office and Advice Point"),
         ("Palvelupiste {}", "Servicepunkten {}", "{} Service Point")),
        ("Majakka", "Kompassi", "Apaja", "Viesti"),
        ("toimistossa", "på ett kontor", "in an office"),
        ("office", "it_digital"),
        (("Toimistossa hoidetaan yhdistyksen jäsenasiat, tiedotus ja asiakkaiden neuvonta.",
          "Kontoret sköter föreningens medlemsärenden, information och rådgivning.",
          "The office handles membership matters, communications and advice."),),
        ("asiakkaiden neuvonta", "asiakirjojen arkistointi",
         "tapahtumatiedotteiden julkaisu verkkosivuilla", "jäsenrekisterin päivitys",
         "postitus"),
        ("toimisto-ohjelmien käyttöä", "asiakaspalvelua", "arkistointia",
         "sähköisten palvelujen käyttöä"),
        ("Opit toimisto-ohjelmia, asiakaspalvelua ja arkistointia.",
         "Du lär dig kontorsprogram, kundservice och arkivering.",
         "You learn office software, customer service and filing."),
        "toimistotyöntekijä",
        ("step_free_access", "accessible_toilet", "hearing_loop", "quiet_space",
         "remote_possible", "public_transport_nearby"),
        "desk",
    ),
    EnvTemplate(
        "property",
        (("Kiinteistö- ja ympäristöpalvelut {}", "Fastighets- och miljötjänster {}",
          "{} Property and Grounds Services"),
         ("Pihatyöryhmä {}", "Gårdsarbetsgruppen {}", "{} Grounds Crew")),
        ("Kuokka", "Vaara", "Koski", "Kirves"),
        ("kiinteistönhoidossa", "inom fastighetsskötsel", "in property maintenance"),
        ("property_maintenance", "green_spaces", "cleaning"),
        (("Ryhmämme tekee piha- ja lumitöitä sekä pieniä kiinteistönhoidon tehtäviä "
          "yhdistyksille, seurakunnille ja ikäihmisille.",
          "Vi sköter gårdar, snöröjning och enkelt fastighetsunderhåll.",
          "We do yard work, snow clearing and simple property maintenance."),),
        ("nurmikon leikkuu", "haravointi", "lumityöt", "pienet korjaustyöt", "jätehuolto",
         "porrashuoneiden siivous", "polttopuiden teko"),
        ("kiinteistönhoidon perustaitoja", "työkoneiden käyttöä", "työturvallisuutta",
         "asiakkaan kohtaamista"),
        ("Opit kiinteistönhoidon perustaitoja ja työkoneiden turvallista käyttöä.",
         "Du lär dig grunderna i fastighetsskötsel och säkert arbete med maskiner.",
         "You learn basic property maintenance and the safe use of machines."),
        "kiinteistötyöntekijä",
        ("parking", "flexible_hours"),
        "outdoor",
    ),
    EnvTemplate(
        "media",
        (("Mediapaja {}", "Medieverkstaden {}", "{} Media Lab"),
         ("Digipaja {}", "Digiverkstaden {}", "{} Digital Workshop")),
        ("Bitti", "Kipinä", "Kaiku", "Ruutu"),
        ("mediapajassa", "i en medieverkstad", "in a media workshop"),
        ("media", "it_digital", "events"),
        (("Mediapajassa tehdään videoita, valokuvia, podcasteja ja somesisältöjä "
          "yhdistyksille ja tapahtumille.",
          "Medieverkstaden gör videor, foton och poddar åt föreningar.",
          "The media lab makes videos, photos and podcasts for associations."),),
        ("videokuvaus", "editointi", "valokuvaus", "verkkosivujen päivitys",
         "sosiaalisen median julkaisut", "tietokoneiden huolto"),
        ("kuvankäsittelyä", "videoeditointia", "verkkojulkaisemista",
         "tietokoneiden ylläpitoa"),
        ("Opit kuvankäsittelyä, videoeditointia ja verkkojulkaisemista.",
         "Du lär dig bildbehandling, videoredigering och webbpublicering.",
         "You learn image editing, video editing and web publishing."),
        "mediatyöntekijä",
        ("step_free_access", "quiet_space", "remote_possible", "flexible_hours"),
        "screen",
    ),
    EnvTemplate(
        "bike_repair",
        (("Pyöräkorjaamo {}", "Cykelverkstaden {}", "{} Bike Repair"),),
        ("Vauhti", "Polku", "Ketju", "Vinha"),
        ("pyöräkorjaamossa", "i en cykelverkstad", "in a bike repair shop"),
        ("other", "recycling", "shop"),
        (("Korjaamme ja kunnostamme polkupyöriä sekä myymme kunnostettuja pyöriä ja "
          "varaosia.",
          "Vi reparerar cyklar och säljer renoverade cyklar och reservdelar.",
          "We repair bicycles and sell refurbished bikes and spare parts."),),
        ("pyörien huolto", "renkaiden vaihto", "varaosien lajittelu",
         "asiakaspalvelu"),
        ("polkupyörien huoltoa", "työkalujen käyttöä", "vianetsintää", "asiakaspalvelua"),
        ("Opit huoltamaan polkupyöriä ja etsimään vikoja.",
         "Du lär dig serva cyklar och söka fel.",
         "You learn to service bicycles and find faults."),
        "pyöräasentaja",
        ("step_free_access", "public_transport_nearby"),
        "wheels",
    ),
    EnvTemplate(
        "warehouse",
        (("Noutovarasto ja kuljetus {}", "Lager och transport {}",
          "{} Warehouse and Deliveries"),
         ("Lajittelukeskus {}", "Sorteringscentralen {}", "{} Sorting Centre")),
        ("Väylä", "Satama", "Virta"),
        ("varastossa", "på ett lager", "in a warehouse"),
        ("logistics", "recycling"),
        (("Varastossa otetaan vastaan ja lajitellaan lahjoituksia, ja pakettiautolla "
          "noudetaan huonekaluja koteihin ja kuolinpesistä.",
          "Lagret tar emot och sorterar donationer och hämtar möbler med paketbil.",
          "The warehouse receives and sorts donations and collects furniture by van."),),
        ("tavaran vastaanotto", "lajittelu", "varastokirjanpito", "pakkaaminen",
         "kuljetukset", "trukin käyttö"),
        ("varastotyötä", "nostotekniikoita", "tavaran käsittelyä", "logistiikan perusteita"),
        ("Opit varastotyötä, nostotekniikoita ja logistiikan perusteita.",
         "Du lär dig lagerarbete, lyftteknik och grunderna i logistik.",
         "You learn warehouse work, lifting techniques and basic logistics."),
        "varastotyöntekijä",
        ("parking", "step_free_access"),
        "boxes",
    ),
    EnvTemplate(
        "meeting_place",
        (("Kohtaamispaikka {}", "Mötesplatsen {}", "{} Drop-in Centre"),
         ("Olohuone {}", "Vardagsrummet {}", "{} Living Room")),
        ("Tupa", "Pirtti", "Helmi", "Kotikulma"),
        ("kohtaamispaikassa", "på en mötesplats", "at a drop-in centre"),
        ("care_assistance", "cafe_kitchen", "events"),
        (("Matalan kynnyksen kohtaamispaikka, jossa voi juoda kahvit, osallistua ryhmiin "
          "ja saada apua arjen asioihin.",
          "En mötesplats med låg tröskel: kaffe, grupper och hjälp med vardagen.",
          "A low-threshold drop-in centre with coffee, groups and help with everyday "
          "matters."),),
        ("kävijöiden vastaanotto", "kahvion pito", "ryhmien ohjaaminen yhdessä työntekijän "
         "kanssa", "tapahtumien järjestäminen", "ikäihmisten avustaminen asioinnissa"),
        ("vuorovaikutustaitoja", "ohjaustaitoja", "tapahtumien järjestämistä",
         "hoiva-avustajan perustaitoja"),
        ("Opit vuorovaikutusta, ryhmänohjausta ja tapahtumien järjestämistä.",
         "Du lär dig kommunikation, gruppledning och att ordna evenemang.",
         "You learn communication, group leading and organising events."),
        "ohjaaja",
        ("step_free_access", "accessible_toilet", "hearing_loop", "quiet_space",
         "public_transport_nearby"),
        "round",
    ),
    EnvTemplate(
        "garden",
        (("Yhteisöpuutarha {}", "Gemenskapsträdgården {}", "{} Community Garden"),
         ("Taimitarha {}", "Plantskolan {}", "{} Plant Nursery")),
        ("Verso", "Omena", "Kanerva", "Puolukka"),
        ("puutarhassa", "i en trädgård", "in a garden"),
        ("green_spaces", "other"),
        (("Kasvatamme vihanneksia, yrttejä ja taimia, joita myydään kesäisin torilla ja "
          "käytetään yhdistyksen keittiössä.",
          "Vi odlar grönsaker, örter och plantor för torget och vårt eget kök.",
          "We grow vegetables, herbs and seedlings for the market and our own kitchen."),),
        ("kylvö", "kastelu", "kitkentä", "sadonkorjuu", "taimien myynti torilla",
         "kasvihuoneen hoito"),
        ("puutarhanhoitoa", "kasvien kasvatusta", "myyntityötä", "kestävää elämäntapaa"),
        ("Opit puutarhanhoitoa, kasvien kasvatusta ja myyntityötä.",
         "Du lär dig trädgårdsskötsel, odling och försäljning.",
         "You learn gardening, growing plants and selling."),
        "puutarhatyöntekijä",
        ("parking", "flexible_hours"),
        "outdoor",
    ),
    EnvTemplate(
        "cleaning",
        (("Siivouspalvelu {}", "Städservicen {}", "{} Cleaning Services"),
         ("Kotiapu {}", "Hemhjälpen {}", "{} Home Help")),
        ("Kiilto", "Sirkku", "Raikas"),
        ("siivoustyössä", "inom städning", "in cleaning"),
        ("cleaning", "property_maintenance"),
        (("Teemme ylläpitosiivousta yhdistysten tiloihin ja kotisiivousta ikäihmisille "
          "edulliseen hintaan.",
          "Vi städar föreningslokaler och hem åt äldre till ett förmånligt pris.",
          "We clean association premises and older people's homes at a fair price."),),
        ("ylläpitosiivous", "ikkunanpesu", "kotisiivous asiakkaiden luona",
         "siivousvälineiden huolto"),
        ("siivousmenetelmiä", "puhdistusaineiden turvallista käyttöä", "asiakaspalvelua",
         "ergonomiaa"),
        ("Opit siivousmenetelmiä, ergonomiaa ja puhdistusaineiden turvallista käyttöä.",
         "Du lär dig städmetoder, ergonomi och säker användning av rengöringsmedel.",
         "You learn cleaning methods, ergonomics and the safe use of detergents."),
        "siivooja",
        ("flexible_hours", "parking"),
        "boxes",
    ),
)  # fmt: skip

ENV_BY_CODE = {t.code: t for t in ENV_TEMPLATES}

LOCATION_PHRASES: tuple[str, ...] = (
    "Sijaitsemme {} keskustan tuntumassa.",
    "Toimitilamme ovat {} hyvien kulkuyhteyksien päässä.",
    "Toimipaikkamme on {} lähellä linja-autoasemaa.",
    "Toimimme {} katutasossa, ja pihalla on tilaa pysäköidä.",
)

COACHING: tuple[T3, ...] = (
    ("Työvalmentaja on paikalla joka päivä ja perehdyttää jokaisen tehtäviin.",
     "En arbetscoach finns på plats varje dag och introducerar alla i arbetet.",
     "A job coach is on site every day and shows everyone the work."),
    ("Jokaiselle laaditaan oma valmennussuunnitelma, jota arvioidaan kuukausittain.",
     "Alla får en egen coachningsplan som utvärderas varje månad.",
     "Everyone gets a personal coaching plan that is reviewed every month."),
    ("Ohjaajamme ovat koulutettuja työvalmentajia, ja ohjeita saa myös selkokielellä.",
     "Våra handledare är utbildade arbetscoacher och instruktioner finns på lättläst "
     "svenska.",
     "Our supervisors are trained job coaches and instructions are available in plain "
     "language."),
    ("Valmentaja auttaa tarvittaessa myös työnhaussa, ansioluettelon teossa ja "
     "koulutukseen hakemisessa.",
     "Coachen hjälper också med jobbsökning, cv och ansökan till utbildning.",
     "The coach also helps with job seeking, CVs and applying for training."),
    ("Työskentelemme pienissä ryhmissä, ja työtahti sovitaan voimavarojen mukaan.",
     "Vi arbetar i små grupper och arbetstakten anpassas efter dina krafter.",
     "We work in small groups and the pace is set to suit your energy."),
    ("Alussa on tutustumiskäynti, jonka jälkeen sovimme tavoitteet yhdessä.",
     "Vi börjar med ett besök och kommer sedan överens om målen tillsammans.",
     "We start with a visit and then agree on goals together."),
    ("Vertaisohjaajat tukevat uusia tulijoita ensimmäisten viikkojen ajan.",
     "Kamrathandledare stöder nya deltagare under de första veckorna.",
     "Peer supervisors support newcomers during the first weeks."),
    ("Perehdytyksessä käytetään kuvallisia ohjeita, ja suomea voi harjoitella työn lomassa.",
     "Introduktionen använder bildinstruktioner och man kan öva finska på jobbet.",
     "Induction uses picture instructions and you can practise Finnish while working."),
)  # fmt: skip

# (opens, closes) on weekdays.
OPENING_HOURS: tuple[tuple[str, str], ...] = (
    ("08:00", "15:30"), ("08:00", "16:00"), ("09:00", "15:00"), ("07:30", "15:00"),
    ("10:00", "17:00"), ("09:00", "14:00"), ("08:30", "15:30"), ("10:00", "16:00"),
)  # fmt: skip

FIRST_NAMES: tuple[str, ...] = (
    "Anna", "Maria", "Sari", "Päivi", "Tiina", "Jaana", "Marjo", "Heli", "Leena", "Satu",
    "Minna", "Aino", "Eveliina", "Hanna", "Kaisa", "Riikka", "Johanna", "Liisa", "Sanna",
    "Matti", "Jukka", "Timo", "Juha", "Mikko", "Kari", "Pekka", "Jari", "Antti", "Ville",
    "Tuomas", "Eero", "Veli-Pekka", "Olli", "Janne", "Heikki", "Sami", "Aleksi", "Jyrki",
    "Olena", "Svetlana", "Ahmed", "Amina", "Dmitri", "Fatima",
)  # fmt: skip

LAST_NAMES: tuple[str, ...] = (
    "Hiltunen", "Turunen", "Kettunen", "Pesonen", "Hirvonen", "Ikonen", "Kärkkäinen",
    "Tolvanen", "Karhapää", "Pakarinen", "Nevalainen", "Lipponen", "Kinnunen", "Väisänen",
    "Parviainen", "Hyvönen", "Räsänen", "Heikkinen", "Sallinen", "Kokkonen", "Puustinen",
    "Hakulinen", "Eronen", "Timonen", "Huttunen", "Martiskainen", "Mustonen", "Vatanen",
    "Tanskanen", "Lappalainen", "Ryynänen", "Löppönen", "Makkonen", "Rönkkö", "Pölönen",
)  # fmt: skip

# The first role is the organisation's leader; the others are staff.
ROLES: tuple[T3, ...] = (
    ("toiminnanjohtaja", "verksamhetsledare", "executive director"),
    ("työvalmentaja", "arbetscoach", "work coach"),
    ("työhönvalmentaja", "jobbcoach", "job coach"),
    ("yksilövalmentaja", "individuell coach", "personal coach"),
    ("projektikoordinaattori", "projektkoordinator", "project coordinator"),
    ("työnohjaaja", "arbetsledare", "supervisor"),
    ("nuorisotyöntekijä", "ungdomsarbetare", "youth worker"),
    ("sosiaaliohjaaja", "socialhandledare", "social counsellor"),
    ("puheenjohtaja", "ordförande", "chair"),
    ("palveluohjaaja", "servicehandledare", "service counsellor"),
)

TARGET_SENTENCES: dict[str, tuple[T3, ...]] = {
    "long_term_unemployed": (
        (
            "Sopii erityisesti pitkään työttömänä olleille, jotka haluavat palata työelämään "
            "rauhallisesti.",
            "Passar särskilt långtidsarbetslösa som vill återvända till arbetslivet i lugn takt.",
            "Especially suited to the long-term unemployed who want to return to work calmly.",
        ),
        (
            "Pitkän työttömyyden jälkeen on hyvä aloittaa pienin askelin, ja siihen meillä on "
            "aikaa.",
            "Efter lång arbetslöshet är det bra att börja med små steg.",
            "After long unemployment it is good to start with small steps.",
        ),
    ),
    "partial_work_ability": (
        (
            "Tehtäviä muokataan työkyvyn mukaan, joten toiminta sopii hyvin myös osatyökykyisille.",
            "Uppgifterna anpassas efter arbetsförmågan och passar även partiellt arbetsföra.",
            "Tasks are adapted to your work ability, so people with partial work ability are "
            "welcome.",
        ),
        (
            "Työn voi tehdä istuen tai seisten, ja taukoja pidetään tarpeen mukaan.",
            "Arbetet kan göras sittande eller stående och pauser tas efter behov.",
            "The work can be done sitting or standing, with breaks as needed.",
        ),
    ),
    "immigrants": (
        (
            "Maahanmuuttajat ovat lämpimästi tervetulleita, ja työssä voi harjoitella suomea.",
            "Invandrare är varmt välkomna och man kan öva finska i arbetet.",
            "Immigrants are warmly welcome and can practise Finnish at work.",
        ),
        (
            "Ohjausta saa tarvittaessa myös englanniksi, ja sanastoa harjoitellaan yhdessä.",
            "Handledning ges vid behov även på engelska.",
            "Guidance is also available in English when needed.",
        ),
    ),
    "youth": (
        (
            "Toiminta on suunnattu alle 30-vuotiaille, jotka etsivät suuntaa työhön tai "
            "opiskeluun.",
            "Verksamheten riktar sig till unga under 30 som söker väg till arbete eller studier.",
            "For young people under 30 looking for a way into work or study.",
        ),
        (
            "Nuorena voit kokeilla eri tehtäviä ja saada todistuksen jatko-opintoja varten.",
            "Som ung kan du pröva olika uppgifter och få ett intyg för vidare studier.",
            "Young people can try different tasks and get a certificate for further study.",
        ),
    ),
    "all_job_seekers": (
        (
            "Kaikki työnhakijat ovat tervetulleita taustasta riippumatta.",
            "Alla arbetssökande är välkomna oavsett bakgrund.",
            "All job seekers are welcome whatever their background.",
        ),
    ),
}

CLOSING_SENTENCES: tuple[str, ...] = (
    "Työaika ja tehtävät sovitaan yhdessä, ja aloittaa voi lyhyemmillä päivillä.",
    "Saat perehdytyksen ja tukea koko jakson ajan.",
    "Edullinen lounas on tarjolla arkipäivisin.",
    "Tule rohkeasti tutustumaan, kahvit keitetään aina.",
    "Jakson lopuksi saat kirjallisen todistuksen ja palautteen osaamisestasi.",
)


class KindTemplate(NamedTuple):
    titles: tuple[T3, ...]  # "{}" is where the environment is ("kahvilassa" ...)
    intros: tuple[T3, ...]
    learning: T3  # when the opportunity has no environment
    environment_optional: float  # chance of no environment
    referral: float  # chance of needing a referral
    hours_min: tuple[float, ...]
    hours_max: tuple[float, ...]
    durations: tuple[T3, ...]
    dated: float  # chance of starts_on (else continuous)


KINDS: dict[str, KindTemplate] = {
    "work_trial": KindTemplate(
        (("Työkokeilu {}", "Arbetsprövning {}", "Work trial {}"),),
        (("Työkokeilussa voit selvittää, sopiiko ala sinulle, ja kokeilla jaksamistasi "
          "oikeassa työympäristössä.",
          "Under arbetsprövningen kan du pröva om branschen passar dig.",
          "A work trial lets you find out whether the field suits you."),
         ("Työkokeilu on hyvä tapa palata työelämään pitkän tauon jälkeen tai kokeilla uutta "
          "alaa.",
          "Arbetsprövning är ett bra sätt att återvända till arbetslivet efter ett uppehåll.",
          "A work trial is a good way back to work after a long break.")),
        ("Opit tuntemaan omat vahvuutesi työssä.", "Du lär känna dina styrkor i arbetet.",
         "You learn your strengths at work."),
        0.0, 1.0, (15, 18, 20, 24), (25, 30, 32), (
            ("1–6 kuukautta", "1–6 månader", "1–6 months"),
            ("3 kuukautta", "3 månader", "3 months")), 0.1),
    "rehabilitative_work": KindTemplate(
        (("Kuntouttava työtoiminta {}", "Arbetsverksamhet i rehabiliteringssyfte {}",
          "Rehabilitative work activity {}"),),
        (("Kuntouttavassa työtoiminnassa vahvistetaan arjen rytmiä ja työelämätaitoja omaan "
          "tahtiin.",
          "Arbetsverksamheten stärker vardagsrytmen och arbetslivsfärdigheterna i din egen "
          "takt.",
          "Rehabilitative work activity builds a daily routine and work skills at your own "
          "pace."),
         ("Toiminta sopii sinulle, joka haluat päästä kiinni säännölliseen päivärytmiin ja "
          "tavata muita.",
          "Verksamheten passar dig som vill få en regelbunden dagsrytm och träffa andra.",
          "It suits you if you want a regular daily rhythm and to meet other people.")),
        ("Opit säännöllistä päivärytmiä ja työelämän pelisääntöjä.",
         "Du lär dig en regelbunden dagsrytm och arbetslivets spelregler.",
         "You learn a regular routine and the ground rules of working life."),
        0.0, 1.0, (4, 8, 12), (12, 16, 20, 24), (
            ("3–12 kuukautta", "3–12 månader", "3–12 months"),
            ("Sopimuksen mukaan", "Enligt överenskommelse", "As agreed")), 0.05),
    "wage_subsidised_work": KindTemplate(
        (("Palkkatuettu työ {}", "Lönesubventionerat arbete {}", "Wage-subsidised job {}"),),
        (("Palkkatuettu työ on työsuhde, jossa saat palkkaa ja kartutat työkokemusta.",
          "Ett lönesubventionerat arbete är en anställning med lön och arbetserfarenhet.",
          "A wage-subsidised job is paid employment that builds work experience."),
         ("Tarjoamme työsuhteen, jonka aikana saat tukea työhönvalmentajalta ja apua "
          "jatkopolun suunnitteluun.",
          "Vi erbjuder en anställning med stöd av en jobbcoach.",
          "We offer employment with support from a job coach.")),
        ("Opit alan työtehtäviä ja saat työtodistuksen.",
         "Du lär dig branschens uppgifter och får ett arbetsintyg.",
         "You learn the job and get a work certificate."),
        0.0, 1.0, (25, 30), (30, 37.5), (
            ("6–12 kuukautta", "6–12 månader", "6–12 months"),
            ("6 kuukautta", "6 månader", "6 months")), 0.3),
    "career_coaching": KindTemplate(
        (("Uravalmennus: suunta työhön tai koulutukseen",
          "Karriärträning: vägen till arbete eller studier",
          "Career coaching: towards work or study"),
         ("Uravalmennusryhmä nuorille", "Karriärträning för unga",
          "Career coaching group for young people"),
         ("Yksilöllinen uravalmennus", "Individuell karriärträning",
          "One-to-one career coaching")),
        (("Uravalmennuksessa kartoitetaan osaamisesi ja vahvuutesi ja tehdään yhdessä "
          "suunnitelma työhön tai koulutukseen.",
          "Vi kartlägger din kompetens och gör upp en plan för arbete eller studier.",
          "We map your skills and make a plan for work or study together."),
         ("Valmentaja auttaa ansioluettelon ja työhakemuksen teossa ja harjoittelee kanssasi "
          "työhaastattelua.",
          "Coachen hjälper med cv och ansökan och övar jobbintervjun med dig.",
          "The coach helps with your CV and applications and practises interviews with "
          "you.")),
        ("Opit tunnistamaan vahvuutesi ja tekemään hyvän työhakemuksen.",
         "Du lär dig känna igen dina styrkor och skriva en bra ansökan.",
         "You learn to recognise your strengths and write a good application."),
        0.85, 0.3, (2, 3, 4), (4, 6, 8), (
            ("8 viikkoa", "8 veckor", "8 weeks"),
            ("2–3 kuukautta", "2–3 månader", "2–3 months")), 0.4),
    "job_coaching": KindTemplate(
        (("Työhönvalmennus {}", "Jobbcoachning {}", "Job coaching {}"),
         ("Työhönvalmennus avoimille työmarkkinoille",
          "Jobbcoachning mot den öppna arbetsmarknaden",
          "Job coaching for the open labour market")),
        (("Työhönvalmentaja tukee sinua työpaikan löytämisessä ja on apuna myös työn "
          "alkaessa.",
          "En jobbcoach hjälper dig att hitta ett arbete och stöder dig när du börjar.",
          "A job coach helps you find a job and supports you when you start."),
         ("Etsimme yhdessä sopivan työpaikan ja sovitamme tehtävät osaamiseesi ja "
          "työkykyysi.",
          "Vi söker tillsammans ett lämpligt arbete som passar din förmåga.",
          "Together we look for a suitable job that fits your skills and work ability.")),
        ("Opit hakemaan töitä ja esittelemään osaamistasi työnantajalle.",
         "Du lär dig söka jobb och presentera din kompetens.",
         "You learn to apply for jobs and present your skills to employers."),
        0.4, 0.5, (4, 6), (8, 10, 12), (
            ("3–6 kuukautta", "3–6 månader", "3–6 months"),
            ("Tarpeen mukaan", "Efter behov", "As needed")), 0.1),
    "internship": KindTemplate(
        (("Harjoittelupaikka {}", "Praktikplats {}", "Internship {}"),
         ("Opiskelijoiden työharjoittelu {}", "Praktik för studerande {}",
          "Student placement {}")),
        (("Tarjoamme harjoittelupaikkoja ammatillisten oppilaitosten ja korkeakoulujen "
          "opiskelijoille sekä oppisopimusopiskelijoille.",
          "Vi tar emot praktikanter från yrkesskolor och högskolor.",
          "We offer placements for vocational and university students."),
         ("Harjoittelijana pääset mukaan kaikkiin päivittäisiin tehtäviin ja saat ohjaajan "
          "tuen.",
          "Som praktikant deltar du i alla dagliga uppgifter med stöd av en handledare.",
          "As an intern you take part in all daily tasks with a supervisor's support.")),
        ("Opit alan käytäntöjä oikeassa työpaikassa.",
         "Du lär dig branschens praxis på en riktig arbetsplats.",
         "You learn how the field works in a real workplace."),
        0.0, 0.0, (20, 30), (30, 37.5), (
            ("1–5 kuukautta", "1–5 månader", "1–5 months"),
            ("Oppilaitoksen mukaan", "Enligt läroanstalten", "As the school requires")), 0.3),
    "development_project": KindTemplate(
        (("Kehittämisprojekti: kierrätyksen uudet palvelut",
          "Utvecklingsprojekt: nya återvinningstjänster",
          "Development project: new recycling services"),
         ("Kehittämisprojekti: yhdistysten digiosaaminen",
          "Utvecklingsprojekt: föreningarnas digitala kompetens",
          "Development project: digital skills for associations"),
         ("Kehittämisprojekti: lähiruoka ja hävikin vähentäminen",
          "Utvecklingsprojekt: närproducerad mat och mindre matsvinn",
          "Development project: local food and less food waste"),
         ("Kehittämisprojekti: selkokieliset palvelut",
          "Utvecklingsprojekt: tjänster på lättläst språk",
          "Development project: plain-language services")),
        (("Projektissa kokeillaan uusia tapoja tuottaa palveluja yhdessä työnhakijoiden "
          "kanssa.",
          "Projektet prövar nya sätt att ordna tjänster tillsammans med arbetssökande.",
          "The project tries out new ways of providing services together with job "
          "seekers."),
         ("Osallistujat suunnittelevat, kokeilevat ja arvioivat ratkaisuja yhdessä "
          "projektityöntekijän kanssa.",
          "Deltagarna planerar, prövar och utvärderar lösningar med projektarbetaren.",
          "Participants plan, test and evaluate solutions with the project worker.")),
        ("Opit projektityötä, ideointia ja yhteistyötä.",
         "Du lär dig projektarbete, idéutveckling och samarbete.",
         "You learn project work, developing ideas and cooperation."),
        0.6, 0.0, (5, 10), (10, 20), (
            ("Projekti kestää vuoden", "Projektet pågår ett år", "The project runs for a "
             "year"),
            ("Kevätkausi", "Vårterminen", "Spring term")), 0.8),
    "language_practice": KindTemplate(
        (("Suomen kielen harjoittelu työn lomassa", "Öva finska på jobbet",
          "Practise Finnish at work"),
         ("Kielikahvila ja työelämän suomi", "Språkkafé och finska för arbetslivet",
          "Language café and Finnish for work"),
         ("Työelämän suomea {}", "Finska för arbetslivet {}", "Finnish for work {}")),
        (("Harjoittelet suomen kieltä oikeissa työtehtävissä, ja ohjaaja auttaa sanastossa "
          "ja työpaikan käytännöissä.",
          "Du övar finska i riktiga arbetsuppgifter med stöd av en handledare.",
          "You practise Finnish in real tasks with support from a supervisor."),
         ("Kieliharjoittelu sopii sinulle, joka osaat jo vähän suomea ja haluat rohkeutta "
          "puhua työssä.",
          "Passar dig som kan lite finska och vill våga tala på jobbet.",
          "For you if you know some Finnish and want the confidence to speak it at work.")),
        ("Opit työelämän sanastoa ja rohkeutta puhua suomea.",
         "Du lär dig ord för arbetslivet och vågar tala finska.",
         "You learn workplace vocabulary and gain confidence in speaking Finnish."),
        0.5, 0.0, (4, 6, 10), (10, 15, 20), (
            ("10 viikkoa", "10 veckor", "10 weeks"),
            ("Jatkuva", "Fortlöpande", "Ongoing")), 0.3),
    "volunteering": KindTemplate(
        (("Vapaaehtoistyö {}", "Frivilligarbete {}", "Volunteering {}"),
         ("Vapaaehtoiseksi tapahtumiin", "Frivillig på evenemang", "Volunteer at events")),
        (("Vapaaehtoisena voit auttaa muita, tutustua uusiin ihmisiin ja saada todistuksen "
          "osaamisestasi.",
          "Som frivillig hjälper du andra och lär känna nya människor.",
          "As a volunteer you help others and meet new people."),
         ("Voit osallistua oman aikataulusi mukaan, vaikka vain muutaman tunnin viikossa.",
          "Du kan delta enligt din egen tidtabell, även bara några timmar i veckan.",
          "You can take part on your own schedule, even a few hours a week.")),
        ("Opit yhteistyötä ja tapahtumien järjestämistä.",
         "Du lär dig samarbete och att ordna evenemang.",
         "You learn teamwork and how to organise events."),
        0.4, 0.0, (1, 2), (4, 6, 8), (
            ("Oman aikataulun mukaan", "Enligt din egen tidtabell", "On your own "
             "schedule"),), 0.2),
    "group_activity": KindTemplate(
        (("Vertaisryhmä työnhakijoille", "Kamratstödsgrupp för arbetssökande",
          "Peer group for job seekers"),
         ("Liikunta- ja hyvinvointiryhmä", "Motions- och hälsogrupp",
          "Exercise and wellbeing group"),
         ("Naisten ryhmä", "Kvinnogrupp", "Women's group"),
         ("Nuorten iltapäiväryhmä", "Eftermiddagsgrupp för unga",
          "Afternoon group for young people")),
        (("Ryhmä kokoontuu kerran viikossa juttelemaan, liikkumaan ja vaihtamaan "
          "kokemuksia työnhausta.",
          "Gruppen träffas en gång i veckan för att prata och dela erfarenheter.",
          "The group meets once a week to talk and share experiences."),
         ("Vertaistuki auttaa jaksamaan, eikä ryhmässä tarvitse osata mitään etukäteen.",
          "Kamratstöd ger kraft och inga förkunskaper behövs.",
          "Peer support gives strength and no previous skills are needed.")),
        ("Opit jakamaan kokemuksia ja löydät uusia voimavaroja.",
         "Du lär dig dela erfarenheter och hittar nya krafter.",
         "You learn to share experiences and find new strength."),
        0.7, 0.0, (2,), (2, 3, 4), (
            ("Syys- ja kevätkausi", "Höst- och vårterminen", "Autumn and spring terms"),
            ("10 kertaa", "10 gånger", "10 sessions")), 0.4),
    "training": KindTemplate(
        (("Hygieniapassikoulutus", "Hygienpasskurs", "Food hygiene passport course"),
         ("Työturvallisuuskorttikoulutus", "Kurs för arbetarskyddskort",
          "Occupational safety card course"),
         ("Ensiapukurssi EA 1", "Första hjälpen-kurs FHJ 1", "First aid course 1"),
         ("Digitaidot arkeen ja työnhakuun", "Digitala färdigheter för vardag och "
          "jobbsökande", "Digital skills for everyday life and job seeking"),
         ("Trukkikorttikoulutus", "Truckkortskurs", "Forklift licence course")),
        (("Lyhytkoulutus antaa todistuksen, josta on hyötyä työnhaussa.",
          "En kort kurs med ett intyg som hjälper i jobbsökandet.",
          "A short course with a certificate that helps when applying for jobs."),
         ("Koulutus järjestetään pienryhmässä, ja opetus on selkeää ja käytännönläheistä.",
          "Kursen hålls i en liten grupp och undervisningen är tydlig och praktisk.",
          "The course is taught in a small group, clearly and practically.")),
        ("Saat todistuksen, jota työnantajat arvostavat.",
         "Du får ett intyg som arbetsgivare uppskattar.",
         "You get a certificate that employers value."),
        0.6, 0.0, (6,), (6, 8, 16), (
            ("2 päivää", "2 dagar", "2 days"), ("1 päivä", "1 dag", "1 day"),
            ("4 viikkoa", "4 veckor", "4 weeks")), 0.8),
    "other": KindTemplate(
        (("Tutustumispäivät {}", "Prova-på-dagar {}", "Taster days {}"),
         ("Kesätyöpaikka nuorelle", "Sommarjobb för unga", "Summer job for a young "
          "person")),
        (("Voit tulla tutustumaan toimintaamme ilman sitoumuksia ja miettiä, mikä sopisi "
          "sinulle.",
          "Kom och bekanta dig med vår verksamhet utan förpliktelser.",
          "Come and get to know what we do, with no commitment."),
         ("Yhden tai kahden päivän tutustuminen auttaa päättämään seuraavasta askeleesta.",
          "Ett besök på en eller två dagar hjälper dig att välja nästa steg.",
          "A one or two-day visit helps you decide on your next step.")),
        ("Opit, millaista työ meillä on.", "Du får veta hur arbetet ser ut hos oss.",
         "You find out what the work is like here."),
        0.3, 0.0, (3,), (6, 8), (("1–2 päivää", "1–2 dagar", "1–2 days"),), 0.3),
}  # fmt: skip

REQUIREMENTS: tuple[T3, ...] = (
    ("Aiempaa kokemusta ei tarvita.", "Ingen tidigare erfarenhet krävs.",
     "No previous experience needed."),
    ("Innostus riittää, kaiken muun opetamme.", "Det räcker med intresse, resten lär vi ut.",
     "Enthusiasm is enough, we teach the rest."),
    ("Olet ilmoittautunut työnhakijaksi työllisyyspalveluihin.",
     "Du är anmäld som arbetssökande hos sysselsättningstjänsterna.",
     "You are registered as a job seeker with employment services."),
    ("Suomen kielen alkeet riittävät.", "Grundläggande finska räcker.",
     "Basic Finnish is enough."),
    ("Työ on osin fyysistä, joten siinä pitää jaksaa nostaa ja kantaa.",
     "Arbetet är delvis fysiskt och innebär lyft.",
     "The work is partly physical and involves lifting."),
)  # fmt: skip

HOW_TO_APPLY_REFERRAL: T3 = (
    "Pyydä lähete omalta työllisyyspalvelujen asiantuntijaltasi ja ota sitten yhteyttä "
    "meihin, niin sovitaan tutustumiskäynti.",
    "Be om en remiss från din handläggare vid sysselsättningstjänsterna och kontakta oss sedan.",
    "Ask your employment services adviser for a referral, then contact us.",
)
HOW_TO_APPLY: tuple[T3, ...] = (
    ("Soita tai lähetä sähköpostia yhteyshenkilölle, niin sovitaan aika tutustumiselle.",
     "Ring eller mejla kontaktpersonen så bokar vi en tid.",
     "Call or email the contact person and we will agree on a time to meet."),
    ("Tule käymään aukioloaikoina tai täytä yhteydenottolomake verkkosivuillamme.",
     "Kom förbi under öppettiderna eller fyll i kontaktformuläret på vår webbplats.",
     "Drop in during opening hours or fill in the contact form on our website."),
    ("Ilmoittaudu yhteyshenkilölle viimeistään viikkoa ennen alkua.",
     "Anmäl dig till kontaktpersonen senast en vecka före start.",
     "Sign up with the contact person at least a week before the start."),
)  # fmt: skip

COSTS: tuple[T3, ...] = (
    ("Materiaalimaksu 10 €", "Materialavgift 10 €", "Materials fee €10"),
    ("Kurssimaksu 20 €, todistus sisältyy hintaan", "Kursavgift 20 €, intyget ingår",
     "Course fee €20, certificate included"),
    ("Lounas 4 € päivältä", "Lunch 4 € per dag", "Lunch €4 a day"),
)  # fmt: skip

# Languages besides Finnish, roughly as common as they are among job seekers here.
EXTRA_LANGUAGES = ("en", "ru", "uk", "ar", "so", "fa", "et", "sv")
EXTRA_LANGUAGE_WEIGHTS = (10, 6, 5, 3, 2, 2, 2, 2)
