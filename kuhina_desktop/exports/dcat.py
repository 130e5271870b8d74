"""`dcat.jsonld`: the open data folder described in DCAT-AP (JSON-LD), for an open data portal
(Finland's CKAN-based portal and the EU's harvest DCAT-AP).

One catalogue, one dataset and a distribution per file a reader would take. The addresses
of the distributions are relative (`hsds/fi/organizations.json`): JSON-LD resolves them
against where `dcat.jsonld` itself is published, so the description stays right wherever the
folder is put. With the web catalogue's base address, that address is the dataset's landing
page. Controlled values are the EU Publications Office's authority tables (file types,
licences, frequencies, languages, data themes), as DCAT-AP asks.
"""

from __future__ import annotations

from typing import Any

from kuhina_desktop.exports.hsds_parts import LANGUAGES, municipality_uri

FILE = "dcat.jsonld"
EU = "http://publications.europa.eu/resource/authority/"
CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
EU_LANGUAGE = {"fi": "FIN", "sv": "SWE", "en": "ENG"}
TITLE = {
    "fi": "Kuhina: järjestöjen mahdollisuudet työnhakijoille Pohjois-Karjalassa",
    "sv": "Kuhina: föreningarnas möjligheter för arbetssökande i Norra Karelen",
    "en": "Kuhina: what associations offer job seekers in North Karelia",
}
DESCRIPTION = {
    "fi": "Pohjois-Karjalan järjestöjen työnhakijoille tarjoamat mahdollisuudet (työkokeilu, "
    "kuntouttava työtoiminta, valmennus...), niiden valmennusympäristöt ja järjestöt. "
    "HSDS 3.0 (JSON ja taulukkomuoto) suomeksi, ruotsiksi ja englanniksi, luettelon oma JSON "
    "ja CSV. Ei henkilötietoja.",
    "sv": "Det som föreningarna i Norra Karelen erbjuder arbetssökande (arbetsprövning, "
    "arbetsverksamhet i rehabiliteringssyfte, coachning...), deras coachningsmiljöer och "
    "föreningarna. HSDS 3.0 (JSON och tabellform) på finska, svenska och engelska, "
    "katalogens egen JSON och CSV. Inga personuppgifter.",
    "en": "What North Karelia's associations offer unemployed job seekers (work trials, "
    "rehabilitative work activity, coaching...), their coaching environments and the "
    "associations. HSDS 3.0 (JSON and tabular form) in Finnish, Swedish and English, the "
    "catalogue's own JSON and CSV. No personal data.",
}
PUBLISHER = {  # the regional coordinator; a proposal, like the licence (docs/open-data.md)
    "fi": "Kuhina-luettelon koordinaattori, Pohjois-Karjala",
    "sv": "Kuhina-katalogens koordinator, Norra Karelen",
    "en": "Kuhina catalogue coordinator, North Karelia",
}
KEYWORDS = {
    "fi": ["työllisyys", "työkokeilu", "kuntouttava työtoiminta", "järjestöt"],
    "sv": ["sysselsättning", "arbetsprövning", "föreningar"],
    "en": ["employment", "work trial", "associations"],
}
HSDS_SPEC = "https://docs.openreferral.org/en/3.0/"
DATA_PACKAGE_SPEC = "https://specs.frictionlessdata.io/data-package/"
TYPES = {
    "json": (EU + "file-type/JSON", "http://www.iana.org/assignments/media-types/application/json"),
    "csv": (EU + "file-type/CSV", "http://www.iana.org/assignments/media-types/text/csv"),
}


def _texts(values: dict[str, str]) -> list[dict[str, str]]:
    return [{"@value": values[lang], "@language": lang} for lang in LANGUAGES]


def _ref(iri: str) -> dict[str, str]:
    return {"@id": iri}


def distributions(csv_files: list[str]) -> list[tuple[str, str, str, dict[str, str], list[str]]]:
    """(id, path, kind, titles, languages) of each distribution."""
    found: list[tuple[str, str, str, dict[str, str], list[str]]] = []
    for lang in LANGUAGES:
        found.append(
            (f"#hsds-{lang}-json", f"hsds/{lang}/organizations.json", "json",
             {"fi": f"HSDS 3.0 JSON ({lang})", "sv": f"HSDS 3.0 JSON ({lang})",
              "en": f"HSDS 3.0 JSON ({lang})"}, [lang])
        )  # fmt: skip
        found.append(
            (f"#hsds-{lang}-tabular", f"hsds/{lang}/csv/datapackage.json", "json",
             {"fi": f"HSDS 3.0 taulukkomuoto, Data Package ({lang})",
              "sv": f"HSDS 3.0 tabellform, Data Package ({lang})",
              "en": f"HSDS 3.0 tabular form, Data Package ({lang})"}, [lang])
        )  # fmt: skip
    found.append(
        ("#catalogue-json", "kuhina-catalogue.json", "json",
         {"fi": "Luettelon JSON, kaikki kielet", "sv": "Katalogens JSON, alla språk",
          "en": "The catalogue's JSON, every language"}, list(LANGUAGES))
    )  # fmt: skip
    for path in csv_files:
        found.append(
            ("#" + path.replace("/", "-").removesuffix(".csv"), path, "csv",
             {"fi": f"CSV: {path}", "sv": f"CSV: {path}", "en": f"CSV: {path}"}, ["fi"])
        )  # fmt: skip
    return found


def dcat_document(
    *,
    modified: str,
    licence_url: str,
    municipalities: list[str],
    csv_files: list[str],
    landing_page: str | None = None,
) -> dict[str, Any]:
    """The DCAT-AP description; `modified` a timestamp with offset."""
    licence = _ref(EU + "licence/CC_BY_4_0") if "by/4.0" in licence_url else _ref(licence_url)
    languages = [_ref(EU + "language/" + EU_LANGUAGE[lang]) for lang in LANGUAGES]
    dists = []
    for dist_id, path, kind, titles, langs in distributions(csv_files):
        file_type, media_type = TYPES[kind]
        conforms = HSDS_SPEC if path.startswith("hsds/") else None
        entry: dict[str, Any] = {
            "@id": dist_id,
            "@type": "dcat:Distribution",
            "dct:title": _texts(titles),
            "dcat:accessURL": _ref(path),
            "dcat:downloadURL": _ref(path),
            "dct:format": _ref(file_type),
            "dcat:mediaType": _ref(media_type),
            "dct:license": licence,
            "dct:language": [_ref(EU + "language/" + EU_LANGUAGE[lang]) for lang in langs],
        }
        if conforms:
            standards = [conforms] + ([DATA_PACKAGE_SPEC] if "datapackage" in path else [])
            entry["dct:conformsTo"] = [_ref(iri) for iri in standards]
        dists.append(entry)
    modified_value = {"@value": modified, "@type": "xsd:dateTime"}
    dataset: dict[str, Any] = {
        "@id": "#dataset",
        "@type": "dcat:Dataset",
        "dct:title": _texts(TITLE),
        "dct:description": _texts(DESCRIPTION),
        "dct:publisher": _ref("#publisher"),
        "dct:modified": modified_value,
        "dct:accrualPeriodicity": _ref(EU + "frequency/IRREG"),
        "dct:language": languages,
        "dcat:theme": [_ref(EU + "data-theme/SOCI"), _ref(EU + "data-theme/ECON")],
        "dcat:keyword": [
            {"@value": word, "@language": lang} for lang in LANGUAGES for word in KEYWORDS[lang]
        ],
        "dct:spatial": [_ref(municipality_uri(code)) for code in municipalities],
        "dcat:distribution": [_ref(d["@id"]) for d in dists],
    }
    if landing_page:
        dataset["dcat:landingPage"] = _ref(landing_page)
    return {
        "@context": CONTEXT,
        "@graph": [
            {
                "@id": "#catalogue",
                "@type": "dcat:Catalog",
                "dct:title": _texts(TITLE),
                "dct:description": _texts(DESCRIPTION),
                "dct:publisher": _ref("#publisher"),
                "dct:modified": modified_value,
                "dct:language": languages,
                "dct:license": licence,
                "dcat:dataset": _ref("#dataset"),
            },
            dataset,
            {
                "@id": "#publisher",
                "@type": "foaf:Agent",
                "foaf:name": _texts(PUBLISHER),
                "dct:type": _ref("http://purl.org/adms/publishertype/NonProfitOrganisation"),
            },
            *dists,
        ],
    }
