namespace Bellwether.Core.Internal;

/// <summary>The built-in actor gazetteer and the word lists the actor rules use.</summary>
internal static class DefaultGazetteer
{
    /// <summary>Well-known actors with the other names news uses for them.</summary>
    public static IReadOnlyList<ActorEntry> Actors { get; } =
    [
        new("Yangtze Memory Technologies", "YMTC", "Yangtze Memory", "Yangtze Memory Technologies Co"),
        new("CXMT", "ChangXin Memory Technologies", "ChangXin Memory", "Changxin Memory Technologies", "Changxin Memory"),
        new("SMIC", "Semiconductor Manufacturing International Corporation", "Semiconductor Manufacturing International Corp", "Semiconductor Manufacturing International"),
        new("TSMC", "Taiwan Semiconductor Manufacturing Company", "Taiwan Semiconductor Manufacturing Co", "Taiwan Semiconductor Manufacturing", "Taiwan Semiconductor"),
        new("Cambricon", "Cambricon Technologies"),
        new("Hygon", "Hygon Information Technology"),
        new("Huawei", "Huawei Technologies"),
        new("Nvidia", "NVIDIA", "Nvidia Corp", "Nvidia Corporation"),
        new("AMD", "Advanced Micro Devices"),
        new("Intel", "Intel Corp", "Intel Corporation"),
        new("Samsung Electronics", "Samsung"),
        new("SK Hynix", "Hynix", "SK hynix"),
        new("Micron Technology", "Micron"),
        new("ASML", "ASML Holding"),
        new("Apple", "Apple Inc"),
        new("Microsoft", "Microsoft Corp"),
        new("Alphabet"),
        new("Google"),
        new("Amazon", "Amazon.com"),
        new("Meta", "Meta Platforms", "Facebook"),
        new("OpenAI"),
        new("Tesla", "Tesla Inc"),
        new("BYD", "BYD Co"),
        new("CATL", "Contemporary Amperex Technology", "Contemporary Amperex Technology Co"),
        new("STAR Market", "Shanghai STAR Market", "Sci-Tech Innovation Board", "Science and Technology Innovation Board"),
        new("US Commerce Department", "Commerce Department", "Department of Commerce", "U.S. Department of Commerce", "US Department of Commerce"),
        new("US Treasury", "Treasury Department", "Department of the Treasury"),
        new("Pentagon", "US Defense Department", "Department of Defense", "Defense Department"),
        new("US Federal Reserve", "Federal Reserve", "Fed"),
        new("European Central Bank", "ECB"),
        new("Bank of England", "BoE"),
        new("Bank of Japan", "BoJ"),
        new("People's Bank of China", "PBOC", "PBoC"),
        new("Bank of Canada"),
        new("Bank of Korea", "BOK"),
        new("Bank of Mexico", "Banxico"),
        new("Reserve Bank of Australia", "RBA"),
        new("Reserve Bank of New Zealand", "RBNZ"),
        new("Reserve Bank of India", "RBI"),
        new("South African Reserve Bank", "SARB"),
        new("Central Bank of Nigeria", "CBN"),
        new("Central Bank of Kenya", "CBK"),
        new("Central Bank of Egypt"),
        new("Bangko Sentral ng Pilipinas", "Bangko Sentral"),
        new("Bank Negara Malaysia", "BNM"),
        new("Bank Indonesia"),
        new("Swiss National Bank", "SNB"),
        new("Monetary Authority of Singapore"),
        new("Riksbank", "Sveriges Riksbank"),
        new("European Commission", "EU Commission"),
        new("European Union", "EU"),
        new("NATO", "North Atlantic Treaty Organization"),
        new("United Nations", "UN", "U.N."),
        new("World Health Organization", "WHO"),
        new("Gavi, the Vaccine Alliance", "Gavi", "GAVI", "Gavi, The Vaccine Alliance"),
        new("Food and Agriculture Organization", "FAO", "Food and Agriculture Organization of the United Nations", "UN Food and Agriculture Organization", "Food and Agriculture Organisation"),
        new("International Labour Organization", "ILO", "International Labour Organisation", "International Labor Organization"),
        new("UN Office for the Coordination of Humanitarian Affairs", "OCHA", "UN OCHA", "Office for the Coordination of Humanitarian Affairs", "United Nations Office for the Coordination of Humanitarian Affairs"),
        new("International Committee of the Red Cross", "ICRC"),
        new("Médecins Sans Frontières", "MSF", "Doctors Without Borders", "Medecins Sans Frontieres"),
        new("Committee to Protect Journalists", "CPJ"),
        new("Human Rights Watch", "HRW"),
        new("Amnesty International"),
        new("International Monetary Fund", "IMF"),
        new("World Bank"),
        new("World Trade Organization", "WTO"),
        new("OPEC", "Organization of the Petroleum Exporting Countries"),
        new("OPEC+", "OPEC Plus"),
        new("International Energy Agency", "IEA"),
        new("US Food and Drug Administration", "FDA", "Food and Drug Administration"),
        new("European Medicines Agency", "EMA"),
        new("US Securities and Exchange Commission", "SEC", "Securities and Exchange Commission"),
        new("China Securities Regulatory Commission", "CSRC"),
        new("Shanghai Stock Exchange"),
        new("Hong Kong Stock Exchange", "HKEX"),
        new("New York Stock Exchange", "NYSE"),
        new("Nasdaq"),
        new("Standard & Poor's", "Standard and Poor's"),
        // Names written as a possessive, which the rules would otherwise read as the possessive of a name ("McDonald").
        new("Moody's"),
        new("Moody's Ratings"),
        new("Moody's Investors Service"),
        new("McDonald's"),
        new("Sainsbury's"),
        new("Macy's"),
        new("Kellogg's"),
        new("Wendy's"),
        new("Kohl's"),
        new("Dick's Sporting Goods"),
        new("Sotheby's"),
        new("Trader Joe's"),
        new("Papa John's"),
        new("Sam's Club"),
        new("Saudi Aramco", "Aramco"),
        new("ExxonMobil", "Exxon Mobil", "Exxon"),
        new("Shell"),
        new("BP"),
        new("Gazprom"),
        new("Pfizer"),
        new("Moderna"),
        new("Novo Nordisk"),
        new("Eli Lilly", "Lilly"),
        new("Boeing"),
        new("Airbus"),
        new("Lockheed Martin"),
        new("NHS England", "NHS"),
        new("Swiss Re"),
        new("People's Liberation Army", "PLA"),
        new("Office of the US Trade Representative", "USTR", "US Trade Representative", "Office of the U.S. Trade Representative", "U.S. Trade Representative"),
        new("Social Democrats", "SPD"),
        new("Christian Democrats", "CDU", "Christian Democratic Union"),
        new("Liberal Democratic Party", "LDP"),
        new("Kremlin"),
        new("Houthi movement", "Houthis", "Houthi", "Ansar Allah"),
        new("White House"),
        new("Congress", "US Congress"),
        new("European Parliament"),
        new("Bundestag"),
    ];

    /// <summary>Words that end organisation names ("Yangtze Memory Technologies", "Health Ministry").</summary>
    public static WordSet OrganisationEndings { get; } = new(
    [
        "Technologies", "Technology", "Survey", "Ministry", "Department", "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co", "Co.",
        "Ltd", "Ltd.", "Limited", "Group", "Holdings", "Bank", "Agency", "Commission", "Authority", "Council", "Party",
        "Institute", "University", "Fund", "Foundation", "Association", "Federation", "Union", "Organization",
        "Organisation", "Service", "Office", "Board", "Court", "Parliament", "Assembly", "Energy", "Motors", "Airlines",
        "Airways", "Power", "Pharmaceuticals", "Therapeutics", "Systems", "Electronics", "Semiconductor", "Capital", "Partners", "Exchange",
        "Market", "Labs", "AG", "SA", "SE", "PLC", "plc", "GmbH", "LLC", "NV", "Army", "Navy", "Command", "Forces",
        "Alliance", "Movement", "Committee", "Corps", "Centre", "Center", "Inspectorate", "Congress", "Bureau", "Administration",
        "Directorate", "Superintendency", "Tribunal", "Confederation", "League", "Chamber", "Secretariat", "Society", "Programme", "Program",
        "Trust", "Establishment", "Company", "Banco", "Banque", "Corporación", "Ministerio", "Ministère", "Ministero", "Ministério", "Instituto",
        "Institut", "Consejo", "Conseil", "Comisión", "Comissão", "Commissione", "Autorité", "Autoridad", "Agencia", "Agence",
        "Agenzia", "Procuraduría", "Contraloría", "Fiscalía", "Secretaría", "Superintendencia", "Cour", "Corte", "Groupe", "Grupo",
        "Gruppo", "Compañía", "Companhia", "Sociedad", "Sociedade", "Società", "Fundación", "Fundação", "Fondation", "Fondazione",
        "Universidad", "Universidade", "Université", "Università", "Federación", "Fédération", "Asociación", "Associação",
        "Associazione", "Sindicato", "Syndicat", "Partido", "Partito", "Bundesamt", "Bundesagentur", "Bundesanstalt",
        "Bundesverband", "Verband", "Stiftung", "Gesellschaft", "Guard", "Securities", "Management", "Investments", "Insurance",
        "Airways", "Railways", "Industries", "Enterprise", "Enterprises", "Hospital", "College", "Academy", "Museum", "Forum", "Force",
        "Police", "Mission", "Coalition", "Societies", "Holding", "Grid",
    ]);

    /// <summary>Organisation words that name an organisation of their own, not a trade it works in ("Bank", not "Energy").</summary>
    public static WordSet InstitutionWords { get; } = new(
    [
        "Ministry", "Department", "Corporation", "Company", "Group", "Holdings", "Bank", "Agency", "Commission", "Authority", "Council",
        "Party", "Institute", "University", "Fund", "Foundation", "Association", "Federation", "Union", "Organization", "Organisation",
        "Office", "Board", "Court", "Parliament", "Assembly", "Tribunal", "Committee", "Exchange", "Bureau", "Administration",
        "Superintendency",
    ]);

    /// <summary>
    /// Last words of the names of seas, rivers, lands, areas, sites, routes and divisions of a country, which are places, not
    /// actors ("North Sea", "Greater Toronto Area", "Callao Port", "Geibi Line", "Hiroshima Prefecture", "Ross Ice Shelf").
    /// </summary>
    public static WordSet PlaceEndings { get; } = new(
    [
        "Sea", "Ocean", "River", "Mountains", "Valley", "Basin", "Bay", "Strait", "Peninsula", "Coast", "Delta", "Desert",
        "Area", "Island", "Islands", "Plateau", "Plain", "Plains", "Canal", "Lagoon", "Highlands", "Glacier", "Lake", "Dam",
        "Reservoir", "Reef", "Channel", "Gulf", "Airport", "Plant", "Mine", "Oilfield", "Bridge", "Park", "Forest", "Falls",
        "Port", "Harbour", "Harbor", "Highway", "Motorway", "Expressway", "Line", "Zone", "Hill", "Prefecture", "Province", "Governorate", "Oblast",
        "County", "District", "Corridor", "Shelf", "Sanctuary", "Isthmus",
    ]);

    /// <summary>
    /// Last words of the names of laws, codes, bills, agreements, plans and policies, which are not actors ("CHIPS Act",
    /// "Finance Bill", "Paris Agreement", "Broadcasting Law", "Penal Code", "Bharatiya Nagarik Suraksha Sanhita", "Basin Plan",
    /// "State Ownership Policy"), of lending facilities and policy rates ("Extended Fund Facility", "Overnight Policy Rate"),
    /// and of indices ("Housing Price Index").
    /// </summary>
    public static WordSet LawEndings { get; } = new(
        ["Act", "Bill", "Directive", "Treaty", "Accord", "Agreement", "Protocol", "Regulation", "Plan", "Policy", "Strategy", "Framework", "Charter",
            "Law", "Code", "Sanhita", "Adhiniyam", "Facility", "Rate", "Index", "Scheme"]);

    /// <summary>
    /// Rivers, mountain ranges, deserts, islands and areas that name no country and that news copy writes without a
    /// place word ("the Tigris", "the Andes", "the Sahel"), and the Moon: places, never actors. Names shared with companies or people
    /// ("Amazon", "Atlas", "Jordan", "Lena") are left out.
    /// </summary>
    public static WordSet Landforms { get; } = new(
    [
        "Tigris", "Euphrates", "Danube", "Elbe", "Rhine", "Rhône", "Nile", "Mekong", "Yangtze", "Ganges", "Brahmaputra", "Indus",
        "Volga", "Dnieper", "Dnipro", "Oder", "Vistula", "Seine", "Loire", "Thames", "Zambezi", "Limpopo", "Orinoco", "Paraná",
        "Irrawaddy", "Salween", "Amur", "Yenisei", "Okavango", "Shatt al-Arab", "Rio Grande", "Andes", "Alps", "Himalayas",
        "Himalaya", "Pyrenees", "Carpathians", "Urals", "Rockies", "Appalachians", "Caucasus", "Hindu Kush", "Karakoram",
        "Apennines", "Dolomites", "Sahara", "Sahel", "Gobi", "Kalahari", "Atacama", "Patagonia", "Siberia", "Arctic", "Antarctic",
        "Antarctica", "Amazonia", "Cerrado", "Pantanal", "Caribbean", "Mediterranean", "Baltic", "Balkans", "Levant", "Maghreb",
        "Sinai", "Negev", "Donbas", "Donbass", "Kashmir", "Midlands", "Scandinavia", "Luzon", "Mindanao", "Sumatra", "Borneo",
        "Sulawesi", "Bali", "Honshu", "Kyushu", "Lampedusa", "Crete", "Zanzibar", "Svalbard", "Horn of Africa", "Moon",
    ]);

    /// <summary>First words of the names of places and storms, which are not actors ("Mount Kenya", "Typhoon Haruka").</summary>
    public static WordSet PlaceStarts { get; } = new(
    [
        "Mount", "Lake", "Cordillera", "Sierra", "Typhoon", "Hurricane", "Cyclone", "Storm", "Tropical", "Cape", "Isle",
        "Salar", "Río", "Rivière", "Lago", "Lac", "Laguna", "Isla", "Cerro", "Volcán", "Nevado", "Golfo",
    ]);

    /// <summary>Words before "Reserve" or "Park" that make the name a protected area, not an institution ("Tambopata National Reserve", not "Federal Reserve").</summary>
    public static WordSet ProtectedAreaWords { get; } = new(["National", "Nature", "Marine", "Game", "Wildlife", "Biosphere", "Forest"]);

    /// <summary>Continents, oceans and months, which join by a hyphen into routes and spans, not names ("Asia-Europe", "March-November").</summary>
    public static WordSet SpanParts { get; } = new(
    [
        "Asia", "Europe", "Africa", "America", "Americas", "Oceania", "Pacific", "Atlantic", "Arctic", "Gulf", "Baltic",
        "Mediterranean", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]);

    /// <summary>Actors of the gazetteer that share their name with a place ("Amazon", the company and the rainforest).</summary>
    public static WordSet PlaceNamesakes { get; } = new(["Amazon"]);

    /// <summary>Climate patterns named like actors ("El Niño brought drought").</summary>
    public static WordSet ClimatePatterns { get; } = new(["El Niño", "La Niña", "El Nino", "La Nina"]);

    /// <summary>
    /// Stock indexes, benchmark interest rates and oil grades, named like actors but figures a market quotes ("the benchmark
    /// KOSPI gained 1.2%", "the Selic rate"). Names shared with a company or newspaper ("Nikkei", "Dow Jones") are left out.
    /// </summary>
    public static WordSet MarketBenchmarks { get; } = new(
    [
        "Selic", "KOSPI", "Kospi", "KOSDAQ", "Kosdaq", "Sensex", "Nifty", "Hang Seng", "DAX", "CAC", "TOPIX", "Topix", "Bovespa",
        "Ibovespa", "Merval", "FTSE", "Stoxx", "STOXX", "Euro Stoxx", "Libor", "LIBOR", "Euribor", "EURIBOR", "SOFR", "SONIA",
        "Brent", "WTI", "TTF", "Henry Hub",
    ]);

    /// <summary>Holidays and shopping seasons, named like organisations but dates on the calendar ("Black Friday sales").</summary>
    public static WordSet Occasions { get; } = new(
    [
        "Christmas", "Christmas Eve", "Easter", "Easter Sunday", "Good Friday", "Palm Sunday", "Thanksgiving", "Black Friday",
        "Cyber Monday", "Super Tuesday", "Boxing Day", "Buen Fin", "El Buen Fin", "Singles Day", "Ramadan", "Eid", "Eid al-Fitr",
        "Eid al-Adha", "Diwali", "Hanukkah", "Lunar New Year", "Chinese New Year", "New Year", "New Year's Day", "New Year's Eve",
        "Golden Week", "Halloween", "Valentine's Day",
    ]);

    /// <summary>
    /// Words that end an event's name, which happens rather than acts ("World Cup", "Busan International Film Festival",
    /// "East Asia Summit", "National Day"); "Games" only after the multi-sport ones (<see cref="MultiSportGames"/>), since
    /// studios are named "… Games".
    /// </summary>
    public static WordSet EventEndings { get; } = new(
    [
        "Awards", "Cup", "Championship", "Championships", "Festival", "Olympics", "Paralympics", "Prix", "Marathon", "Expo", "Summit", "Day",
        "Trophy", "Tour", "Biennale", "Gala",
    ]);

    /// <summary>Words that open an event's name in the languages sport and awards keep names in ("Copa Libertadores", "Abierto de Madrid", "Premios Goya").</summary>
    public static WordSet EventStarts { get; } = new(["Copa", "Abierto", "Premios", "Premio", "Coupe", "Giro", "Vuelta", "Festival"]);

    /// <summary>The words before "Games" that make the name a multi-sport event ("Olympic Games", "Commonwealth Games").</summary>
    public static WordSet MultiSportGames { get; } = new(
        ["Olympic", "Paralympic", "Commonwealth", "Asian", "African", "Pan", "American", "Winter", "Summer", "Youth", "Mediterranean", "Arab", "Pacific", "Invictus", "SEA", "Island"]);

    /// <summary>News agencies, which report the story ("economists polled by Reuters", "told Xinhua") rather than act in it.</summary>
    public static WordSet NewsAgencies { get; } = new(
    [
        "Reuters", "Xinhua", "Associated Press", "Agence France-Presse", "Kyodo", "Yonhap", "Interfax", "TASS", "Anadolu",
        "Bernama", "Press Trust of India", "ANSA", "EFE", "dpa", "AFP", "UPI", "PTI", "ANI", "IANS",
    ]);

    /// <summary>Titles and honorifics dropped from the front of a name ("President Lula" → "Lula").</summary>
    public static WordSet Titles { get; } = new(
    [
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof.", "President", "Prime", "Minister", "Chancellor",
        "Speaker", "Parliamentary", "Presidential", "Interim", "Comrade",
        "Senator", "Sen.", "Governor", "Gov.", "Chairman", "Chairwoman", "Chair", "CEO", "CFO", "COO", "CTO", "Secretary", "General", "Gen.",
        "Admiral", "Judge", "Justice", "King", "Queen", "Premier", "Vice", "Deputy", "Chief", "Executive", "Officer",
        "Representative", "Rep.", "Mayor", "Commissioner", "Director", "Spokesperson", "Spokesman", "Spokeswoman",
        "Analyst", "Economist", "Professor", "Foreign", "Defence", "Defense", "Finance", "Health", "Energy", "Trade",
        "Environment", "Economy", "Interior", "Justice", "Labour", "Culture", "Education", "Agriculture", "Home", "Transport",
        "Lt", "Lt.", "Gen", "Col", "Col.", "Maj", "Maj.", "Brig", "Brig.", "Capt", "Capt.", "Sgt", "Sgt.", "Lieutenant", "Colonel",
        "Brigadier", "Captain", "Sister", "Father", "Reverend", "Rev.", "Bishop", "Imam", "Rabbi", "Pastor",
        "Commodore", "Commander", "Sergeant", "Detective", "Marshal", "Inspector", "Superintendent", "Constable", "PM", "Ambassador", "Envoy",
        "Director-General", "Secretary-General", "Attorney-General", "Auditor-General", "Inspector-General", "Solicitor-General",
        "Governor-General", "Vice-President", "Vice-Chancellor", "Vice-Chairman", "Magistrate", "Justices", "Judges", "Assistant", "District", "Attorney",
        "Prosecutor", "Registrar", "Sheriff", "Coroner", "Ombudsman", "Councillor", "Cllr", "Cr", "Alhaji", "Alhaja", "Hajiya",
        "Congressman", "Congresswoman", "Assemblyman", "Assemblywoman", "Councilman", "Councilwoman",
        "Founder", "Co-founder", "Co-Founder", "Cofounder", "Former", "Actress", "Actor", "Rapper", "Comedian", "Novelist", "Filmmaker", "Chef",
        "Striker", "Midfielder", "Goalkeeper", "Winger", "Quarterback", "Skipper", "Seamer", "Batter", "Batsman", "Bowler",
    ]);

    /// <summary>Peoples whose noun is not their country's adjective ("Poles", not "Polish"), with the country's code.</summary>
    public static IReadOnlyDictionary<string, string> PeopleNouns { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Poles"] = "PL", ["Finns"] = "FI", ["Swedes"] = "SE", ["Danes"] = "DK", ["Turks"] = "TR", ["Scots"] = "GB",
        ["Brits"] = "GB", ["Britons"] = "GB", ["Filipinos"] = "PH", ["Thais"] = "TH", ["Icelanders"] = "IS",
        ["Spaniards"] = "ES",
    };

    /// <summary>Peoples of a continent or a part of the world ("Europeans", "Latin Americans"): no country, and no actor.</summary>
    public static WordSet ContinentPeoples { get; } = new(
    [
        "Europeans", "Africans", "Asians", "Latin Americans", "South Americans", "North Americans", "Central Americans", "Westerners", "First Nations",
        "Scandinavians", "Arabs", "Caribbeans", "Pacific Islanders",
    ]);

    /// <summary>
    /// Blocs and world bodies that copy names as the setting of a story ("under European Union rules", "a United Nations
    /// report"): actors only when the article keeps coming back to them.
    /// </summary>
    public static WordSet Blocs { get; } = new(["European Union", "United Nations", "NATO", "African Union", "ASEAN", "G7", "G20", "BRICS"]);

    /// <summary>
    /// Names of American agencies that other countries give their own ("the Securities and Exchange Commission (SEC)" of
    /// Nigeria, the Philippines' "Food and Drug Administration"): the gazetteer's American name only when the article names
    /// the United States. An acronym ("SEC", "FDA") is another country's agency only where the article defines it so:
    /// American headlines write them without the country.
    /// </summary>
    public static WordSet SharedAgencyNames { get; } = new(
    [
        "Securities and Exchange Commission", "SEC", "Food and Drug Administration", "FDA", "Department of Commerce",
        "Commerce Department", "Treasury Department", "Department of the Treasury", "Department of Defense", "Defense Department",
    ]);

    /// <summary>Upper-case words that are terms, not actors.</summary>
    public static WordSet NonActorAcronyms { get; } = new(
    [
        "AI", "IPO", "IPOs", "CEO", "CEOs", "CFO", "EBIT", "EBITDA", "CTO", "GDP", "R&D", "DRAM", "NAND", "HBM", "EV", "EVs", "ETF", "ETFs",
        "LNG", "GPU", "GPUs", "CPU", "CPUs", "COVID", "ESG", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "FY", "PC", "PCs", "IT",
        "API", "APIs", "LLM", "LLMs", "AGI", "VAT", "CO2", "GW", "MW", "TWh", "GWh", "KWh", "MWh", "NGO", "NGOs", "PM",
        "AM", "TV", "OK", "ID", "MP", "MPs", "CPI", "PMI", "UAV", "UAVs", "ICBM", "SUV", "SUVs", "TB", "HIV", "AIDS",
        "RNA", "DNA", "mRNA", "PhD", "FDI", "M&A", "CPIF", "CPIH", "HICP", "PCE", "PPI", "IoT", "SaaS", "STAR", "NEW", "THE", "AND", "US", "USA", "UK",
        "HPV", "RSV", "MHz", "GHz", "TEU", "TEUs", "ZIP", "VIP", "VIPs", "BTC", "ETH", "USDT", "USDC", "CBDC", "CBDCs",
        "LPG", "CPO", "NPK", "FOB", "CIF", "CFR", "EXW", "AAA", "BBB", "CCC", "SME", "SMEs", "MSME", "MSMEs", "KYC",
        "GPS", "USB", "SIM", "SMS", "LTE", "MAX", "LFP", "GB", "MB", "KB", "PB", "BC", "BCE", "HD", "HDR", "LED", "LEDs", "LCD",
        "LCDs", "OLED", "VR",
    ]);

    /// <summary>Languages whose names are no country's adjective ("taught in English", "Amazigh classes", "English-taught"): a language is not an actor.</summary>
    public static WordSet Languages { get; } = new(
    [
        "English", "Amazigh", "Berber", "Tamazight", "Swahili", "Kiswahili", "Quechua", "Aymara", "Guarani", "Maori", "Yoruba",
        "Igbo", "Hausa", "Zulu", "Xhosa", "Afrikaans", "Mandarin", "Cantonese", "Hindi", "Urdu", "Tamil", "Bengali", "Punjabi",
        "Sanskrit", "Latin", "Esperanto", "Catalan", "Basque", "Galician", "Welsh", "Gaelic", "Persian", "Farsi", "Pashto",
        "Dari", "Arabic", "Hebrew", "Amharic", "Tigrinya", "Malay", "Tagalog", "Javanese", "Telugu", "Marathi", "Gujarati",
        "Kannada", "Malayalam", "Sinhala", "Wolof", "Lingala", "Shona", "Tswana", "Sesotho", "Inuktitut", "Nahuatl",
    ]);

    /// <summary>Capitalised words that start many sentences or headings but never name an actor.</summary>
    public static WordSet CommonCapitalised { get; } = new(
    [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar",
        "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "However", "Meanwhile", "Despite", "Since", "Though", "Unless", "Whether", "Throughout", "Although", "Unlike", "Amid", "Besides", "Whereas",
        "According", "Earlier", "Companies", "Investors", "Analysts", "Officials", "Critics", "Experts", "Beyond", "Why", "What", "How", "Next", "Read", "More", "Photo", "Reporting", "Editing", "Update", "Breaking", "Opinion",
        "Drugmaker", "Drugmakers", "Chipmaker", "Chipmakers", "Automaker", "Automakers", "Carmaker", "Carmakers", "Planemaker",
        "Steelmaker", "Biotech", "Fintech", "Telco", "Insurer", "Lender", "Retailer", "Reseller", "Rival", "Startup", "Start-up", "Watchdog",
        "Regulator", "Miner", "Shipper", "Brewer", "Conglomerate", "Struggling", "Embattled", "Ailing", "Troubled", "Beleaguered", "Cash-strapped", "Loss-making", "Celsius", "Fahrenheit", "Series", "Indigenous",
        "Heatwave", "Heatwaves", "Drought", "Droughts", "Wildfire", "Wildfires", "Farmgate", "Narrowbody", "Widebody",
        "Today", "Tomorrow", "Yesterday", "Tonight", "Hundreds", "Thousands", "Dozens", "Millions", "Government", "Eurobond", "Eurobonds", "Sukuk",
        // Currencies a Title Case headline capitalises ("… as Cedi Stabilises"); those that are also names or open one ("Real",
        // "Rand", "Won", "Yuan", "Dollar General", "Sterling Bank") are left out.
        "Cedi", "Naira", "Rupee", "Rupiah", "Ringgit", "Baht", "Renminbi", "Yen", "Lira", "Shilling", "Kwacha", "Dirham",
        "Riyal", "Rial", "Dinar", "Zloty", "Forint", "Koruna", "Krona", "Hryvnia", "Rouble", "Ruble", "Taka", "Kyat",
        "Birr", "Tenge", "Peso",
    ]);
}
