#!/usr/bin/env python3
"""Builds regions.tsv (alias, ISO 3166-1 alpha-2 code, kind) for the offline extractor.

Run once when the sources change:
    apt-get install -y iso-codes
    (cd /tmp && npm pack i18n-iso-countries countries-list && for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done)
    (cd /tmp && npm pack i18n-nationality@1.4.0 && mkdir -p i18n-nationality && tar xzf i18n-nationality-1.4.0.tgz -C i18n-nationality)
    python3 build-regions.py /usr/share/iso-codes/json/iso_3166-1.json \
        /tmp/i18n-iso-countries-*/package/langs/en.json /tmp/countries-list-*/package/countries.min.json \
        /usr/share/iso-codes/json/iso_3166-2.json /tmp/i18n-nationality/package/langs/en.json > regions.tsv

Sources: Debian iso-codes (LGPL-2.1-or-later) for codes, names, official names and the subdivisions of a few large
countries; i18n-iso-countries (MIT) for English short names and aliases; countries-list (MIT) for aliases and
capitals; i18n-nationality (MIT) for the demonym of every country. The capitals that news uses as metonyms, and
demonyms that source lacks or gets wrong (plurals, alternative forms), are listed by hand below.
"""
import json
import sys
import unicodedata

# Subdivisions (ISO 3166-2) of these countries, by type, are mapped to the country: "Florida" -> US.
SUBDIVISIONS = {
    "US": {"State", "District"}, "CN": {"Province", "Municipality", "Autonomous region"}, "IN": {"State", "Union territory"},
    "DE": {"Land"}, "GB": {"Country"}, "CA": {"Province", "Territory"}, "AU": {"State", "Territory"}, "BR": {"State"},
    "JP": {"Prefecture"}, "ZA": {"Province"},
}
# Subdivision names as English news writes them, or None for a name news uses for other places too ("North West").
SUBDIVISION_SPELLINGS = {"Kwazulu-Natal": "KwaZulu-Natal", "North-West": None}
# ISO 3166-2 suffixes that English news drops ("Guangdong Sheng" -> "Guangdong").
SUBDIVISION_SUFFIXES = [" Sheng", " Shi", " Zizhiqu", " Zhuangzu", " Huizi", " Uygur"]
# Seats of government and common spellings the sources lack.
EXTRA = {"The Hague": "NL", "Democratic Republic of Congo": "CD", "Hong Kong": "HK", "Macau": "MO", "Korea": "KR"}
# Places that are not one country; listed with code "-" so that they are read as places, never as actors.
PLACES = [
    "Europe", "Asia", "Africa", "South America", "Latin America", "North America", "Central America", "Middle East",
    "Baltic", "Balkans", "Caribbean", "Pacific", "Atlantic", "Gulf", "Scandinavia", "Sahel", "Eurasia", "Arctic",
    "Antarctic", "Mediterranean", "Indo-Pacific", "Southeast Asia", "East Asia", "West Africa", "East Africa",
    "Asian", "European", "African", "Nordic", "Arab", "Scandinavian", "Balkan", "Latin American", "Middle Eastern",
    "Central Asia", "South Asia", "Central Asian", "South Asian", "Southeast Asian", "East Asian", "West African",
    "East African", "Andean", "Sub-Saharan", "Asia Pacific", "Western Europe", "Eastern Europe", "Central Europe",
    "Northern Europe", "Southern Europe", "Western European", "Eastern European", "Central European", "North Africa",
    "North African", "Southern Africa", "Central Africa", "Horn of Africa", "Western Balkans", "Oceania", "South Pacific",
]

# Capitals that English news uses for the government ("Beijing said", "talks with Moscow"); the codes come from
# countries-list's capital field, this list only decides which capitals are common metonyms.
METONYM_CAPITALS = {
    "Beijing", "Washington D.C.", "Moscow", "Tokyo", "London", "Paris", "Berlin", "Seoul", "Taipei", "New Delhi",
    "Kyiv", "Tehran", "Pyongyang", "Ottawa", "Canberra", "Brasília", "Riyadh", "Ankara", "Jerusalem", "Rome",
    "Madrid", "Warsaw", "Islamabad", "Kabul", "Damascus", "Baghdad", "Cairo", "Pretoria", "Abuja", "Nairobi",
    "Hanoi", "Manila", "Jakarta", "Bangkok", "Caracas", "Havana", "Mexico City", "Buenos Aires", "Tel Aviv",
    "Minsk", "Stockholm", "Helsinki", "Oslo", "Copenhagen", "The Hague", "Vienna", "Athens", "Budapest", "Doha",
    "Abu Dhabi", "Dhaka", "Kuala Lumpur", "Wellington", "Santiago", "Bogotá", "Lima", "Addis Ababa",
}
# The capital field does not always hold the form news uses.
CAPITAL_FORMS = {"Washington D.C.": ["Washington"], "Brasília": ["Brasília", "Brasilia"], "Bogotá": ["Bogotá", "Bogota"]}

# Hand-listed demonyms win over i18n-nationality (which gives "Welsh" to Wallis and Futuna); an entry of that source
# that names several countries or forms ("Dominican (Dominica)", "Trinidadian or Tobagonian") is left out, and so is
# one that names a person rather than qualifying a noun ("Luxembourger", "Batswana"): the first demonym of a country
# is the adjective its patterns are written with.
DEMONYMS = {
    "American": "US", "Americans": "US", "Chinese": "CN", "Japanese": "JP", "Korean": "KR", "South Korean": "KR",
    "North Korean": "KP", "Taiwanese": "TW", "Indian": "IN", "Russian": "RU", "Russians": "RU", "Ukrainian": "UA",
    "Ukrainians": "UA", "German": "DE", "Germans": "DE", "French": "FR", "British": "GB", "Italian": "IT",
    "Spanish": "ES", "Dutch": "NL", "Polish": "PL", "Swedish": "SE", "Norwegian": "NO", "Danish": "DK",
    "Finnish": "FI", "Swiss": "CH", "Austrian": "AT", "Belgian": "BE", "Irish": "IE", "Greek": "GR",
    "Turkish": "TR", "Iranian": "IR", "Iraqi": "IQ", "Israeli": "IL", "Israelis": "IL", "Palestinian": "PS",
    "Palestinians": "PS", "Saudi": "SA", "Emirati": "AE", "Qatari": "QA", "Egyptian": "EG", "Syrian": "SY",
    "Lebanese": "LB", "Jordanian": "JO", "Pakistani": "PK", "Afghan": "AF", "Bangladeshi": "BD",
    "Vietnamese": "VN", "Thai": "TH", "Indonesian": "ID", "Malaysian": "MY", "Filipino": "PH", "Philippine": "PH",
    "Singaporean": "SG", "Australian": "AU", "Australians": "AU", "Canadian": "CA", "Canadians": "CA",
    "Mexican": "MX", "Brazilian": "BR", "Argentine": "AR", "Argentinian": "AR", "Chilean": "CL",
    "Colombian": "CO", "Peruvian": "PE", "Venezuelan": "VE", "Cuban": "CU", "Nigerian": "NG", "Kenyan": "KE",
    "Ethiopian": "ET", "South African": "ZA", "Ghanaian": "GH", "Moroccan": "MA", "Algerian": "DZ",
    "Hungarian": "HU", "Czech": "CZ", "Romanian": "RO", "Bulgarian": "BG", "Serbian": "RS", "Croatian": "HR",
    "Portuguese": "PT", "Belarusian": "BY", "Kazakh": "KZ", "New Zealand": "NZ", "Scottish": "GB", "Welsh": "GB",
    "Sudanese": "SD", "Yemeni": "YE", "Libyan": "LY", "Tunisian": "TN", "Congolese": "CD", "Burmese": "MM",
    "Sri Lankan": "LK", "Nepalese": "NP", "Mongolian": "MN", "Estonian": "EE", "Latvian": "LV", "Lithuanian": "LT",
}


def add(rows, alias, code, kind):
    alias = alias.split("[")[0].strip()
    if alias and "," not in alias and "(" not in alias:
        rows.setdefault(alias, set()).add((code, kind))
        folded = unicodedata.normalize("NFKD", alias).encode("ascii", "ignore").decode()
        if folded != alias and folded:
            rows.setdefault(folded, set()).add((code, kind))


def nationalities(path, codes):
    """The single-form demonyms of i18n-nationality that no hand-listed demonym contradicts."""
    found = {}
    for code, demonym in json.load(open(path, encoding="utf-8"))["nationalities"].items():
        several = any(mark in demonym for mark in ("(", ",", " - ", " or ", " and "))
        person = demonym.endswith("er") or demonym in ("Antiguans", "Batswana", "Mosotho")
        if code in codes and not several and not person:
            if DEMONYMS.get(demonym, code) == code:
                found[demonym] = code
    return found


def main(iso_path, i18n_path, countries_list_path, subdivisions_path, nationality_path):
    rows = {}
    iso = json.load(open(iso_path, encoding="utf-8"))["3166-1"]
    codes = {entry["alpha_2"] for entry in iso}
    for entry in iso:
        add(rows, entry["name"], entry["alpha_2"], "name")
        if "common_name" in entry:
            add(rows, entry["common_name"], entry["alpha_2"], "name")
    for code, names in json.load(open(i18n_path, encoding="utf-8"))["countries"].items():
        for name in names if isinstance(names, list) else [names]:
            add(rows, name, code, "abbreviation" if name.replace(".", "").isupper() else "name")
    for code, country in json.load(open(countries_list_path, encoding="utf-8")).items():
        if code not in codes:
            continue
        add(rows, country["name"], code, "name")
        for alias in country.get("alias", []):
            add(rows, alias, code, "abbreviation" if alias.replace(".", "").isupper() else "name")
        for capital in country.get("capital", "").split(","):
            if capital in METONYM_CAPITALS:
                for form in CAPITAL_FORMS.get(capital, [capital]):
                    add(rows, form, code, "capital")
    for demonym, code in {**nationalities(nationality_path, codes), **DEMONYMS}.items():
        add(rows, demonym, code, "demonym")
    for alias, code in EXTRA.items():
        add(rows, alias, code, "name")
    country_level = set(rows)
    for entry in json.load(open(subdivisions_path, encoding="utf-8"))["3166-2"]:
        code = entry["code"][:2]
        if entry["type"] in SUBDIVISIONS.get(code, ()) and not entry["name"].startswith("Taiwan"):
            name = entry["name"]
            for suffix in SUBDIVISION_SUFFIXES:
                name = name.replace(suffix, "")
            name = SUBDIVISION_SPELLINGS.get(name, name)
            if name is not None and name.split("[")[0].strip() not in country_level:  # "Georgia" stays the country
                add(rows, name, code, "subdivision")
    for place in PLACES:
        rows[place] = {("-", "place")}
    print("# alias\tcode\tkind (generated by build-regions.py; see the README for sources and licences)")
    for alias in sorted(rows):
        entries = sorted(rows[alias])
        if len({code for code, _ in entries}) == 1:
            # "New Zealand" is the country's name and its adjective: a name first, which its adjective falls back to.
            kind = "name" if any(kind == "name" for _, kind in entries) else entries[0][1]
            print(f"{alias}\t{entries[0][0]}\t{kind}")
        else:  # ambiguous ("Congo", "Korea"): a place, but no single code
            print(f"{alias}\t-\tambiguous")


if __name__ == "__main__":
    main(*sys.argv[1:6])
