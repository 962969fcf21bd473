using Bellwether.Core.Text;

namespace Bellwether.Core.Internal;

/// <content>The words and word shapes the rules read: connectors, role and headline words, particles, possessives, acronyms.</content>
internal sealed partial class EntityRecognizer
{
    /// <summary>Verbs that follow a sentence's subject in news copy ("… said", "… announced"), after which a lone capitalised first word is weighed as a name.</summary>
    private static readonly WordSet ReportingVerbs = new(
    [
        "said", "says", "told", "announced", "reported", "warned", "agreed", "expects", "plans", "added", "confirmed", "denied",
        "won", "signed", "launched", "filed", "wants", "urged", "estimated", "claimed", "disclosed", "unveiled",
    ]);

    /// <summary>Parts of a document that a letter or numeral labels ("Annex C", "Chapter IV"): no one's name.</summary>
    private static readonly WordSet DocumentParts = new(["Annex", "Appendix", "Article", "Section", "Chapter", "Schedule", "Clause", "Paragraph", "Part", "Exhibit", "Tranche"]);

    /// <summary>True for a document part's label: one capital letter, a Roman numeral or a number ("C", "IV", "12").</summary>
    private static bool IsPartLabel(ReadOnlySpan<char> word) =>
        (word.Length == 1 && char.IsAsciiLetterUpper(word[0])) || !word.ContainsAnyExcept("IVXLC") || !word.ContainsAnyExceptInRange('0', '9');

    /// <summary>Words for a trade that, right after a name in a Title Case headline, name the company's arm in it ("Thyssenkrupp Steel", "Adani Ports").</summary>
    private static readonly WordSet DivisionWords = new(["Steel", "Ports", "Green", "Gas", "Mobile", "Telecom", "Pharma", "Chemicals", "Logistics", "Shipping", "Mining", "Foods", "Solar", "Cloud", "Aerospace"]);

    /// <summary>What follows the apostrophe of a contracted verb ("I'm", "We're", "They've", "We'll", "I'd").</summary>
    private static readonly WordSet ContractedVerbs = WordSet.WithCaseVariants(["m", "re", "ve", "ll", "d"]);

    /// <summary>Words that "'s" contracts with "is" or "us" rather than making a possessive ("It's", "That's", "Let's").</summary>
    private static readonly WordSet PronounsBeforeIs = WordSet.WithCaseVariants(
        ["it", "that", "what", "here", "there", "where", "who", "how", "he", "she", "let", "everyone", "everybody", "nobody", "someone", "somebody"]);

    /// <summary>
    /// Prepositions and linking adverbs that, opening a sentence before a name, are never part of it ("Without the …",
    /// "Outside Parliament"). Read only there: inside a sentence some of them open a name ("Inside Climate News"); words that
    /// never do, wherever they stand, are in <see cref="DefaultGazetteer.CommonCapitalised"/>.
    /// </summary>
    private static readonly WordSet SentenceOpeners = new(
    [
        "Without", "Outside", "Inside", "Within", "Behind", "Beneath", "Toward", "Towards", "Against", "Among", "Amongst", "Upon",
        "Across", "Alongside", "Near", "Around", "Following", "Including", "Excluding", "Like", "Nevertheless", "Nonetheless",
        "Instead", "Moreover", "Furthermore", "Otherwise",
    ]);

    /// <summary>Lower-case words that carry a name on, in English and in the languages news copy keeps names in ("Bundesagentur für Arbeit", "Bangko Sentral ng Pilipinas", "Movimento Popular por Moradia Digna").</summary>
    private static readonly WordSet Connectors = new(
    [
        "of", "and", "&", "for", "de", "del", "da", "do", "di", "du", "des", "der", "la", "van", "von", "al", "the", "y", "et", "und", "e", "i",
        "für", "della", "delle", "dei", "degli", "dos", "das", "ng", "bin", "ibn", "bint", "por", "para", "pour",
    ]);

    /// <summary>Abbreviations that close a name with their full stop: legal forms and generations ("Ltd" is mostly written without one, and its full stop mostly ends the sentence).</summary>
    private static readonly WordSet StoppedAbbreviations = new(["Inc", "Corp", "Co", "Jr", "Sr"]);

    /// <summary>Companies' legal forms, which close a company's name ("Plc", "GmbH", "Bhd", "Tbk").</summary>
    private static readonly WordSet LegalForms = new(
    [
        "Plc", "PLC", "Ltd", "Limited", "Inc", "Corp", "Co", "SA", "AG", "NV", "BV", "LLC", "GmbH", "KG", "Bhd", "Berhad", "Tbk",
        "JSC", "PJSC", "SpA", "SAB", "AB", "ASA", "Oyj", "SE", "Pty", "AŞ",
    ]);

    /// <summary>Legal forms written in lower case after a company's name ("plc", "Kutjevo d.d.", "Podrum Stagnum d.o.o.", "s.r.o.").</summary>
    private static readonly WordSet LowerCaseLegalForms = new(["plc", "d.d.", "d.o.o.", "s.r.o.", "a.s.", "s.p.a."]);

    /// <summary>Lower-case nouns of products that a name just before them is the product's own ("Black Panther tanks", "Qdenga vaccine").</summary>
    private static readonly WordSet ProductNouns = new(
    [
        "vaccine", "vaccines", "drug", "drugs", "pill", "pills", "tank", "tanks", "jet", "jets", "jetliner", "jetliners",
        "aircraft", "helicopter", "helicopters", "missile", "missiles", "rifle", "rifles", "vehicle", "vehicles", "sedan",
        "sedans", "smartphone", "smartphones", "handset", "handsets", "satellite", "satellites", "rocket", "rockets", "model",
        "models", "brand", "brands", "banner", "banners", "tanker", "tankers",
    ]);

    /// <summary>Words that say the name before them is a disease's ("Marburg virus", "Ebola outbreaks", "Lassa fever").</summary>
    private static readonly WordSet DiseaseNouns = new(["virus", "viruses", "fever", "disease", "outbreak", "outbreaks", "epidemic", "epidemics"]);

    /// <summary>Prepositions after which a capitalised name is a place ("near Jamnagar", "across Catania", "In Lagos, …", "Strike In Gazipur").</summary>
    private static readonly WordSet Locatives = WordSet.WithCaseVariants(["in", "near", "outside", "around", "across", "throughout", "along", "off"]);

    /// <summary>
    /// Lower-case nouns of sites that a name before them is the place of ("its Cheongju campus", "the Chuquicamata and
    /// Radomiro Tomic mines", "the Polarlys gas field", "the Que Vo III industrial park"), and of programmes it names ("the
    /// Aswesuma cash transfer programme"); a company may name its site or programme, so elsewhere the name may still act.
    /// </summary>
    private static readonly WordSet SiteNouns = new(
    [
        "mine", "mines", "plant", "plants", "complex", "campus", "site", "sites", "cluster", "pipeline", "base", "refinery",
        "reactor", "reactors", "dam", "dams", "factory", "factories", "facility", "smelter", "smelters", "terminal", "terminals",
        "shipyard", "reserve", "port", "ports", "airport", "airports", "crossing", "park", "parks", "corridor", "programme",
        "programmes", "program", "programs", "scheme", "refineries",
    ]);

    /// <summary>
    /// Lower-case nouns of stations, sites said of a name only when no function word stands between them ("the Rabai
    /// substation", "its Eikenhof pumping station", but "Sorriso to the station").
    /// </summary>
    private static readonly WordSet StationNouns = new(["substation", "substations", "station", "stations", "depot", "stadium"]);

    /// <summary>
    /// Acronyms of a product or a listing that end no name written before them ("Voltra Mobility IPO", "the Tessin SUV").
    /// "TV" and "PC" are left out: "Apple TV" is a product a headline follows as its own story.
    /// </summary>
    private static readonly WordSet TrailingProductAcronyms = new(["IPO", "IPOs", "EV", "EVs", "SUV", "SUVs", "ETF", "ETFs", "GPU", "GPUs", "CPU", "CPUs"]);

    /// <summary>
    /// Lower-case nouns of landforms, fields and divisions of a country ("the Rioni river", "the Olkaria geothermal fields",
    /// "Mpumalanga and Limpopo provinces", "the parishes of St Elizabeth", "Hiroshima prefecture", "the Utsira Nord area"): a name they are said of is
    /// a place wherever the article writes it.
    /// </summary>
    private static readonly WordSet LandformNouns = new(
    [
        "river", "rivers", "lake", "lakes", "island", "islands", "valley", "basin", "delta", "peninsula", "plateau", "desert",
        "archipelago", "estuary", "lagoon", "wetlands", "volcano", "glacier", "province", "provinces", "parish", "parishes",
        "county", "counties", "district", "districts", "region", "field", "fields", "oilfield", "gasfield", "deposit", "deposits",
        "formation", "prefecture", "prefectures", "governorate", "governorates", "oblast", "oblasts", "reservoir", "reservoirs", "regions",
        "municipality", "municipalities", "area", "areas", "strait", "straits", "gulf", "bay", "sea", "canal", "mountains",
        "coast", "rainforest",
    ]);

    /// <summary>
    /// Lower-case nouns of routes and localities, places as landforms are, but said of a name only when no function word
    /// stands between them ("the Geibi line", "the Kukatpally zone", "the suburbs of Glenorchy", but "Petrobras in line with").
    /// </summary>
    private static readonly WordSet RouteAndLocalityNouns = new(
    [
        "line", "railway", "highway", "expressway", "motorway", "suburb", "suburbs", "town", "towns", "village", "villages",
        "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "locality", "localities", "township", "townships",
        "zone", "zones",
    ]);

    /// <summary>Nouns of currencies, which make the acronym or name before them a currency's name ("CFA francs", "New Taiwan dollars"), not an actor's.</summary>
    private static readonly WordSet CurrencyNouns = new(
    [
        "franc", "francs", "dollar", "dollars", "pound", "pounds", "peso", "pesos", "rupee", "rupees", "shilling", "shillings",
        "dinar", "dinars", "dirham", "dirhams", "riyal", "riyals", "rial", "rials", "krona", "kronor", "krone", "kroner",
    ]);

    /// <summary>ISO 4217 codes of the currencies news quotes most, and "CFA", written before an amount ("NOK 4 billion", "CFA 1,500").</summary>
    private static readonly WordSet CurrencyCodes = new(
    [
        "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CHF", "NOK", "SEK", "DKK", "ISK", "PLN", "CZK", "HUF", "RON", "BGN", "TRY",
        "RUB", "UAH", "INR", "PKR", "BDT", "LKR", "NPR", "IDR", "MYR", "THB", "VND", "PHP", "SGD", "HKD", "TWD", "KRW", "AUD",
        "NZD", "CAD", "MXN", "BRL", "ARS", "CLP", "COP", "PEN", "ZAR", "NGN", "KES", "GHS", "EGP", "MAD", "TZS", "UGX", "ETB",
        "XOF", "XAF", "CFA", "SAR", "AED", "QAR", "KWD", "ILS", "KZT", "UZS",
    ]);

    /// <summary>Words before "Line" that make it a carrier's name, not a route's ("Meridian Container Line", "Holland America Cruise Line").</summary>
    private static readonly WordSet CarrierWords = new(["Container", "Shipping", "Cruise", "Cruises", "Ferry", "Steamship", "Cargo", "Freight"]);

    /// <summary>Prefixes of ships' names, which are vessels, not actors, whatever word ends them ("MV Confederation", "HMS Queen Elizabeth").</summary>
    private static readonly WordSet ShipPrefixes = new(["MV", "HMS", "USS", "RRS"]);

    /// <summary>Words before a country's name that make it a part of the country, not a company's arm ("Upper Egypt", "Northern Cyprus").</summary>
    private static readonly WordSet PlaceQualifiers = new(
    [
        "Upper", "Lower", "Northern", "Southern", "Eastern", "Western", "Central", "Greater", "Mainland", "Rural", "Coastal",
        "North", "South", "East", "West", "Inner", "Outer", "Continental", "Metropolitan", "Overseas",
    ]);

    /// <summary>Endings that make a country's name its adjective: Kenya-n, Fiji-an, Chin(a)-ese, Oman-i, Ghana-ian, Dan(e)-ish.</summary>
    private static readonly string[] DemonymEndings = ["n", "an", "ian", "ese", "i", "ish"];

    /// <summary>Words that carry an institution's name on after "of", "for" or "on" ("Ministry of …", "Authority for …").</summary>
    private static readonly WordSet NameCarriers = new(["of", "for", "on", "de", "del", "della", "di", "du", "des", "der", "für", "do", "da"]);

    /// <summary>Function words that a name may hold, which do not break a Title Case headline's name ("Bank of Korea", "Alternative for Germany").</summary>
    private static readonly WordSet TitleCaseNameWords = WordSet.WithCaseVariants(["of", "and", "for", "on", "the", "de"]);

    /// <summary>
    /// Organisation words that are also everyday headline nouns ("Kenya Power", but "Floods Cut Power to Thousands"): in a Title
    /// Case headline they close no name.
    /// </summary>
    private static readonly WordSet HeadlineNounEndings = new(["Power", "Grid"]);

    /// <summary>Verbs a Title Case headline puts after its subject ("Equinor Delays Arctic Project", "Fonterra Cuts Milk Price"), which end a name.</summary>
    private static readonly WordSet HeadlineVerbs = new(
    [
        "Cuts", "Delays", "Wins", "Posts", "Buys", "Sells", "Raises", "Lowers", "Hikes", "Slashes", "Plans", "Seeks", "Says", "Sees",
        "Warns", "Agrees", "Launches", "Opens", "Closes", "Halts", "Suspends", "Resumes", "Expands", "Boosts", "Beats", "Misses",
        "Files", "Sues", "Fines", "Approves", "Rejects", "Blocks", "Signs", "Names", "Hires", "Drops", "Jumps", "Falls", "Rises",
        "Surges", "Slumps", "Extends", "Ends", "Starts", "Takes", "Gets", "Makes", "Sets", "Lifts", "Eyes", "Targets", "Unveils",
        "Announces", "Reports", "Confirms", "Denies", "Faces", "Loses", "Gains", "Keeps", "Holds", "Leaves", "Joins", "Quits",
        "Backs", "Bids", "Invests", "Acquires", "Scraps", "Shuts", "Trims", "Pauses", "Breaks", "Orders", "Bans", "Probes", "Urges",
        "Vows", "Threatens", "Secures", "Completes", "Doubles", "Triples", "Pulls", "Axes", "Lays", "Tops", "Hits", "Nears",
        "Declares", "Calls", "Asks", "Tells", "Offers", "Expects", "Reaches", "Seals", "Inks", "Proposes", "Considers", "Mulls",
        "Weighs", "Postpones", "Cancels", "Recalls", "Adds", "Reveals", "Accuses", "Arrests", "Kills", "Wants", "Prepares",
        "Defends", "Welcomes", "Receives",
    ]);

    /// <summary>"SoftBank", "iPad", "McDonald": a capital after the first letter of a hyphenated part ("Fourth-Quarter" has none).</summary>
    private static bool HasInnerCapital(ReadOnlySpan<char> word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && word[i - 1] != '-')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Titles that name a role, after which a capitalised run goes on with the holder's name.</summary>
    private static readonly WordSet RoleWords = new(
    [
        "Minister", "Secretary", "President", "Chancellor", "Governor", "Commissioner", "Director", "Chairman", "Chairwoman",
        "CEO", "Mayor", "Spokesman", "Spokeswoman", "Spokesperson", "Premier", "Senator", "Judge", "Economist", "Analyst",
        "Chairperson", "Secretary-General", "Director-General", "Partner", "Envoy", "MP", "Lawmaker", "Legislator", "Councillor",
    ]);

    /// <summary>The days of the week.</summary>
    private static readonly WordSet Weekdays = new(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);

    /// <summary>
    /// Common nouns, offices and trades whose possessive goes on inside an organisation's name ("People's Committee", "Children's
    /// Hospital", "Ombudsman's Office", "Attorney General's Office", "Prime Minister's Office", "Public Defender's Office",
    /// "Manhattan District Attorney's Office", "Toledo Police Patrolman's Association",
    /// "Mina Bahari Fishermen's Group").
    /// </summary>
    private static readonly WordSet CommonPossessives = new(
        ["People", "Children", "Women", "Men", "Ombudsman", "Prosecutor", "General", "President", "Governor", "Mayor", "Premier", "Minister", "Chancellor",
            "Defender", "Attorney", "Commissioner", "Registrar", "Auditor", "Director", "Controller", "Comptroller", "Coroner",
            "Patrolman", "Patrolmen", "Policeman", "Policemen", "Fireman", "Firemen", "Seaman", "Seamen", "Farmer", "Teacher", "Nurse", "Pilot",
            "Worker", "Miner", "Veteran", "Officer", "Fisherman", "Fishermen", "Tenant", "Student", "Parent", "Taxpayer"]);

    /// <summary>Offices titled "… General", a role before a name ("Attorney General Kwame Raoul"), unlike the "General" of "General Hospital".</summary>
    private static readonly WordSet GeneralOffices = new(
    [
        "Attorney", "Solicitor", "Inspector", "Auditor", "Controller", "Comptroller", "Surveyor", "Postmaster", "Procurator",
        "Advocate", "Accountant", "Registrar",
    ]);

    /// <summary>Articles and particles written joined to the name they precede ("al-Khereiji", "dell'Interno", "d'Ivoire").</summary>
    private static readonly WordSet NameParticles = new(["al", "el", "ad", "as", "ash", "at", "ar", "an", "az", "ul", "dell", "dall", "nell", "d", "l"]);

    /// <summary>Particles some surnames write joined to the capitalised rest ("deGrasse", "vanDyke").</summary>
    private static readonly WordSet JoinedParticles = new(["de", "da", "di", "du", "del", "la", "le", "van", "von"]);

    /// <summary>
    /// True for a lower-case particle joined by a hyphen or apostrophe to a capitalised name ("al-Khereiji",
    /// "dell'Interno"), or written straight before it ("Neil deGrasse Tyson").
    /// </summary>
    private static bool IsParticleName(ReadOnlySpan<char> word)
    {
        var joint = word.IndexOfAny('-', '\'', '\u2019');
        if (joint < 0)
        {
            var inner = word.IndexOfAnyInRange('A', 'Z');
            return inner > 1 && inner + 2 < word.Length && char.IsLower(word[0]) && JoinedParticles.Contains(word[..inner]) && IsLowerLetters(word[(inner + 1)..]);
        }

        return joint > 0 && joint + 1 < word.Length && char.IsLower(word[0]) && char.IsUpper(word[joint + 1]) && NameParticles.Contains(word[..joint]);
    }

    private static bool IsLowerLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for a particle elided with an apostrophe before a capitalised name ("l'Aigua", "dell'Interno"), not one joined by a hyphen ("al-Shabaab").</summary>
    private static bool IsElidedName(ReadOnlySpan<char> word) => IsParticleName(word) && Tokenizer.IndexOfApostrophe(word) > 0;

    /// <summary>Participles that make a name into an adjective after a hyphen ("Ohio-based", "Saudi-led", "French-built").</summary>
    private static readonly WordSet CompoundAdjectiveEnds = new(
    [
        "based", "built", "made", "owned", "led", "backed", "listed", "run", "funded", "controlled", "registered", "headquartered",
        "born", "bound", "style", "designed", "operated", "produced", "brokered", "sponsored", "linked", "focused", "era", "wide",
        "speaking", "flagged", "allied", "aligned", "leaning", "friendly", "generated", "powered", "driven", "enabled", "free",
        "only", "language",
    ]);

    /// <summary>True for a capitalised word made an adjective by a hyphen and a participle ("Ohio-based", "Kiwi-built", "Gulf-financed"), which names no actor.</summary>
    private static bool IsCompoundAdjective(ReadOnlySpan<char> word)
    {
        var hyphen = word.LastIndexOf('-');
        if (hyphen <= 0 || !char.IsUpper(word[0]))
        {
            return false;
        }

        var end = word[(hyphen + 1)..];
        return CompoundAdjectiveEnds.Contains(end) || (end.Length >= 5 && end.EndsWith("ed", StringComparison.Ordinal) && !end.ContainsAnyInRange('A', 'Z'));
    }

    /// <summary>
    /// True for a word that names no actor because a hyphen makes it an adjective: a participle after a name
    /// (<see cref="IsCompoundAdjective"/>), or any lower-case word after a country's name or adjective ("Vietnamese-language",
    /// "Russia-friendly"); a lower-case word after any other name may be a given name's second part ("Kwak Noh-jung").
    /// </summary>
    private bool IsAdjective(ReadOnlySpan<char> word)
    {
        if (IsCompoundAdjective(word))
        {
            return true;
        }

        var hyphen = word.IndexOf('-');
        if (hyphen <= 0 || hyphen + 3 >= word.Length || !char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (var c in word[(hyphen + 1)..])
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        var head = word[..hyphen];
        return regions.MatchWord(head) is not null || DemonymCountry(head) is not null;
    }

    /// <summary>True for a lone capital letter, an initial ("W" of "George W. Bush").</summary>
    private static bool IsInitial(ReadOnlySpan<char> word) => word.Length == 1 && char.IsUpper(word[0]);

    /// <summary>True when <paramref name="word"/> is a lower-case noun of a product or a currency, which a name just before it names.</summary>
    private static bool IsProductOrCurrencyNoun(ReadOnlySpan<char> word) => ProductNouns.Contains(word) || CurrencyNouns.Contains(word);

    /// <summary>True for a capital letter joined by a hyphen to a lower-case word ("X-rays", "T-cells", "U-turn"), which names a thing.</summary>
    private static bool IsLetterCompound(ReadOnlySpan<char> word) =>
        word.Length > 3 && char.IsUpper(word[0]) && word[1] == '-' && char.IsLower(word[2]);

    /// <summary>True for an ordinal written in digits: "1st", "2nd", "3rd", "9th", "21st".</summary>
    private static bool IsDigitOrdinal(ReadOnlySpan<char> word) =>
        word.Length >= 3 && char.IsAsciiDigit(word[0]) && word[^2..] is "st" or "nd" or "rd" or "th" && !word[..^2].ContainsAnyExceptInRange('0', '9');

    /// <summary>True when the token at <paramref name="k"/> stands alone between round or square brackets.</summary>
    private static bool IsBracketed(AnalysedText doc, int k) =>
        k > 0 && k + 1 < doc.Tokens.Count && ((doc.Word(k - 1) is "(" && doc.Word(k + 1) is ")") || (doc.Word(k - 1) is "[" && doc.Word(k + 1) is "]"));

    /// <summary>True when every word from <paramref name="start"/> to <paramref name="end"/> is an acronym that names no actor alone ("HD LED").</summary>
    private static bool AllNonActorAcronyms(AnalysedText doc, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!DefaultGazetteer.NonActorAcronyms.Contains(Surface(doc, k)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when every word from <paramref name="start"/> to <paramref name="end"/> is a dictionary word never written as a name.</summary>
    private bool AllCommon(AnalysedText doc, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!commonWords.Value.IsCommon(Surface(doc, k), evenIfName: false))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the words from <paramref name="start"/> on follow a role's "of", or a list of dictionary words after it
    /// ("Director of Investigation and Enforcement"): they name the role's portfolio.
    /// </summary>
    private bool NamesAPortfolio(AnalysedText doc, int start)
    {
        var k = start - 1;
        while (k > 0 && doc.Word(k) is "and" or ",")
        {
            k--;
            while (k > 0 && IsCapitalisedWord(doc, k) && commonWords.Value.IsCommon(Surface(doc, k), evenIfName: false))
            {
                k--;
            }
        }

        return k > 0 && doc.Word(k) is "of" && (RoleWords.Contains(Surface(doc, k - 1)) || DefaultGazetteer.Titles.Contains(Surface(doc, k - 1)));
    }

    /// <summary>True for a Roman numeral of two or more letters ("II", "III", "XIV").</summary>
    private static bool IsRomanNumeral(ReadOnlySpan<char> word) => word.Length >= 2 && !word.ContainsAnyExcept("IVXL");

    /// <summary>
    /// True when the words from <paramref name="start"/> to <paramref name="end"/> number a stage, not name a person: a
    /// Roman numeral alone or after dictionary words ("Phase III", "Stage IV", "Title IX"); "Charles III" is a name.
    /// </summary>
    private bool NumbersAStage(AnalysedText doc, int start, int end) => IsRomanNumeral(Surface(doc, end - 1)) && AllCommon(doc, start, end - 1);

    /// <summary>True for a quotation mark that can open a quotation: straight or typographic, double or single, or a backtick (wire copy writes two).</summary>
    private static bool IsOpeningQuote(ReadOnlySpan<char> word) => word is "\"" or "“" or "'" or "‘" or "`";

    /// <summary>
    /// The first token of the quotation mark that opens right before token <paramref name="k"/>, counting the wire's two
    /// backticks ("``Everywhere I have gone,'' he said") as one mark; -1 when no quotation opens there.
    /// </summary>
    private static int OpeningQuoteBefore(AnalysedText doc, int k) =>
        k < 1 || !IsOpeningQuote(doc.Word(k - 1)) ? -1
        : k >= 2 && doc.Word(k - 1) is "`" && doc.Word(k - 2) is "`" && doc.Tokens[k - 2].End == doc.Tokens[k - 1].Start ? k - 2
        : k - 1;

    /// <summary>The double quotation marks, straight and typographic, which set off a nickname inside a name ("Facundo \"El Gaucho\" Lestani").</summary>
    private static readonly char[] DoubleQuotes = ['"', '“', '”'];

    /// <summary>True for a double quotation mark that can open a quotation: straight or typographic.</summary>
    private static bool IsOpeningDoubleQuote(char c) => c is '"' or '“';

    /// <summary>True for a double quotation mark that can close a quotation: straight or typographic.</summary>
    private static bool IsClosingDoubleQuote(ReadOnlySpan<char> word) => word is "\"" or "”";

    /// <summary>True for a quotation mark that can close a quotation: straight or typographic, double or single.</summary>
    private static bool IsClosingQuote(ReadOnlySpan<char> word) => word is "\"" or "”" or "'" or "’";

    /// <summary>Lower-case words a title of a work may hold between its capitalised words ("Tierra de Nadie", "Lord of the Rings").</summary>
    private static readonly WordSet TitleFunctionWords = new(
    [
        "of", "the", "a", "an", "and", "in", "on", "at", "to", "for", "from", "with", "by", "or", "de", "del", "la", "las", "los", "el", "y",
        "des", "du", "da", "do", "di", "le", "les", "et", "von", "van", "der", "und",
    ]);

    /// <summary>
    /// Marks the tokens quoted as a title: a quotation of capitalised words, figures and the odd function word or colon
    /// ("\"Starfall Rangers: Origins\"", "'Ashen Crown'", "\"Tierra de Nadie\""), the way news names a film, a book, a game,
    /// a show or an album, not a quotation of speech.
    /// </summary>
    private static bool[] QuotedTitleTokens(AnalysedText doc)
    {
        var quoted = new bool[doc.Tokens.Count];
        for (var open = 0; open + 2 < doc.Tokens.Count; open++)
        {
            if (!IsOpeningQuote(doc.Word(open)) || doc.Tokens[open + 1].Start != doc.Tokens[open].End || !doc.IsCapitalised(open + 1) ||
                (open > 0 && doc.Tokens[open - 1].End == doc.Tokens[open].Start && doc.Tokens[open - 1].Kind == TokenKind.Word))
            {
                continue;
            }

            var close = open + 1;
            while (close < doc.Tokens.Count && close - open <= 10 && IsTitleWord(doc, close))
            {
                close++;
            }

            if (close < doc.Tokens.Count && close - open <= 10 && IsClosingQuote(doc.Word(close)) && doc.Tokens[close].Start == doc.Tokens[close - 1].End &&
                doc.Tokens[close - 1].Kind != TokenKind.Punctuation && doc.SentenceOfToken[close] == doc.SentenceOfToken[open + 1])
            {
                Array.Fill(quoted, true, open + 1, close - open - 1);
                open = close;
            }
        }

        return quoted;
    }

    private static bool IsTitleWord(AnalysedText doc, int token) =>
        doc.Tokens[token].Kind == TokenKind.Number || doc.IsCapitalised(token) || TitleFunctionWords.Contains(doc.Word(token)) ||
        doc.Word(token) is ":" or "-" or "–" or "," or "&" or "!" or "?" or ".";

    private static bool IsPossessive(ReadOnlySpan<char> word) => word.Length > 2 && Tokenizer.IsApostrophe(word[^2]) && word[^1] == 's';

    /// <summary>Whether token <paramref name="k"/> is the possessive of one of <see cref="CommonPossessives"/> ("People's", "Men's").</summary>
    private static bool IsCommonPossessive(AnalysedText doc, int k) => IsPossessive(doc.Word(k)) && CommonPossessives.Contains(doc.Word(k)[..^2]);

    /// <summary>
    /// "I'm", "We're", "They've", "We'll", "I'd", "Don't", "It's", "Let's": a pronoun or a verb with its contraction, never a
    /// name's word (a quoted headline, "'We're just scratching the surface'", capitalises it).
    /// </summary>
    private static bool IsContraction(ReadOnlySpan<char> word)
    {
        var mark = Tokenizer.IndexOfApostrophe(word);
        if (mark < 1)
        {
            return false;
        }

        var before = word[..mark];
        var after = word[(mark + 1)..];
        return ContractedVerbs.Contains(after) || (after is "t" or "T" && before.EndsWith("n", StringComparison.OrdinalIgnoreCase)) ||
            (after is "s" or "S" && PronounsBeforeIs.Contains(before));
    }

    private static bool HasDigit(ReadOnlySpan<char> word) => word.IndexOfAnyInRange('0', '9') >= 0;

    internal static bool IsAcronym(ReadOnlySpan<char> word)
    {
        var upper = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (c != 's' && c != '&' && !char.IsDigit(c))
            {
                return false;
            }
        }

        return upper >= 2;
    }
}
