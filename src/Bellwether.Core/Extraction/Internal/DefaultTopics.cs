using static Bellwether.Core.SignalDomain;

namespace Bellwether.Core.Internal;

/// <summary>The built-in topic taxonomy: 52 topics across the seven domains, each with the plain-English cues that signal it.</summary>
internal static class DefaultTopics
{
    public static IReadOnlyList<TopicDefinition> All { get; } =
    [
        T("AI", [Technological], "artificial intelligence", "AI", "machine learning", "large language model", "LLM", "generative", "chatbot", "neural network", "AI chip", "AI model", "inference"),
        T("semiconductors", [Technological, Economic], "semiconductor", "chip", "chipmaker", "foundry", "wafer", "DRAM", "NAND", "lithography", "fab", "memory chip", "AI chip", "GPU", "processor", "transistor", "process node", "HBM", "CHIPS Act"),
        T("geopolitics", [Political, Security], "geopolitical", "geopolitics", "rivalry", "superpower", "national security", "decoupling", "great power", "tensions", "tension", "strategic competition", "bloc", "sphere of influence", "military pressure", "South China Sea", "security agreement", "security pact", "maritime dispute"),
        T("capital markets", [Economic], "IPO", "listing", "stock exchange", "valuation", "investor", "equity", "capital market", "public offering", "stock market", "flotation", "listed", "shareholder", "bond", "bonds", "dividend"),
        T("trade policy", [Economic, Political], "tariff", "export control", "export restriction", "trade war", "trade deal", "customs", "quota", "dumping", "trade barrier", "exports", "export ban", "export licence", "export license", "export permit", "duty", "duties", "trade policy"),
        T("sanctions", [Legal, Political], "sanction", "entity list", "blacklist", "embargo", "asset freeze", "sanctioned"),
        T("industrial policy", [Political, Economic], "industrial policy", "subsidy", "self-sufficiency", "self-reliance", "localisation", "localization", "state-backed", "national champion", "domestic production", "state support", "policy support", "grant", "grants", "tax credit", "tax credits", "incentives", "CHIPS Act", "industrial strategy", "local content", "local production", "domestic manufacturing"),
        T("supply chains", [Economic], "supply chain", "bottleneck", "inventory", "sourcing", "reshoring", "logistics", "diversion", "diversions", "reroute", "rerouting", "stockpile", "transshipment", "shipment", "shipments"),
        T("energy", [Environmental, Economic], "energy", "electricity", "electricity supply", "electricity prices", "electricity demand", "coal", "power grid", "grid", "utility", "power plant", "energy security", "power prices", "blackout", "gas-fired", "coal plants", "coal power", "heating", "power cut", "power cuts", "power outage", "energy bills", "heating bills", "electricity tariff", "cut power", "megawatt", "gigawatt"),
        T("oil and gas", [Economic, Environmental], "oil", "crude", "barrel", "natural gas", "LNG", "pipeline", "refinery", "refiner", "oil drilling", "offshore drilling", "OPEC", "oilfield", "gas field", "gas supply", "gas supplier", "gas production", "gas prices", "gas output", "offshore field", "petrol", "fracking", "Aramco", "Equinor", "Petrobras", "Ecopetrol", "ExxonMobil", "Chevron", "TotalEnergies", "Gazprom", "Rosneft", "Sinopec", "PetroChina", "CNOOC", "ADNOC", "Pemex", "Petronas", "Sonatrach", "Naftogaz", "NNPC"),
        T("renewables", [Environmental, Technological], "solar", "wind farm", "wind power", "renewable", "turbine", "photovoltaic", "clean energy", "hydropower", "offshore wind", "geothermal", "biomass", "green hydrogen"),
        T("nuclear power", [Environmental, Technological], "nuclear power", "nuclear plant", "reactor", "uranium", "small modular reactor", "nuclear energy"),
        T("electric vehicles", [Technological, Economic], "electric vehicle", "EV", "EVs", "battery", "charging", "lithium-ion", "carmaker", "automaker"),
        T("climate", [Environmental], "climate", "emission", "carbon", "warming", "greenhouse gas", "net zero", "heatwave", "drought", "flood", "wildfire", "decarbonisation", "decarbonization", "hurricane", "sea level", "rising seas", "extreme weather", "glacier", "glaciers", "meltwater", "mass bleaching", "warming seas", "typhoon", "cyclone", "methane", "heat wave", "hailstorm", "storm", "dry season"),
        T("biodiversity", [Environmental], "species", "deforestation", "biodiversity", "ecosystem", "wildlife", "habitat", "rainforest", "extinction", "conservation", "reef", "coral", "bleaching"),
        T("elections", [Political], "election", "ballot", "voter", "poll", "candidate", "turnout", "runoff", "referendum", "electoral"),
        T("governance", [Political], "parliament", "coalition", "opposition", "lawmaker", "cabinet", "prime minister", "ruling party", "legislature", "impeachment", "confidence vote", "no-confidence vote", "corruption", "anti-corruption", "transparency", "accountability", "ombudsman", "civil service", "public administration"),
        T("diplomacy", [Political], "summit", "diplomat", "diplomatic", "treaty", "ambassador", "foreign minister", "bilateral", "envoy", "peace talks", "foreign policy", "embassy", "foreign ministry", "diplomatic row", "expelled", "foreign affairs", "pact", "restitution", "ministerial", "talks"),
        T("defence", [Security], "defence", "defense", "military", "army", "navy", "troops", "missile", "weapon", "arms", "air force", "drone", "procurement", "warship", "fighter jet", "defence spending", "defense spending", "armed forces", "ammunition", "artillery", "battle tank", "howitzer", "frigate", "defence ministry", "arms deal"),
        T("armed conflict", [Security, Political], "war", "invasion", "offensive", "shelling", "frontline", "ceasefire", "casualties", "insurgent", "airstrike", "battlefield", "militant", "militants", "militia", "rebel", "rebels", "fighting", "paramilitary", "armed group", "insurgency", "drone strike", "drone strikes"),
        T("cybersecurity", [Security, Technological], "cyber", "hack", "hacker", "ransomware", "breach", "malware", "cyberattack", "vulnerability", "phishing", "cybersecurity"),
        T("terrorism", [Security], "terror", "terrorist", "extremist", "bombing", "militant", "jihadist"),
        T("public health", [Social], "health", "hospital", "patient", "disease", "outbreak", "virus", "vaccine", "pandemic", "infection", "epidemic", "public health", "mortality", "doctors", "waiting list", "waiting lists", "dengue", "mosquito", "NHS"),
        T("pharmaceuticals", [Economic, Social, Technological], "drug", "pharmaceutical", "clinical trial", "drugmaker", "biotech", "medicine", "dose", "regulatory approval", "obesity drug", "pill", "pills", "biosimilar"),
        T("monetary policy", [Economic], "interest rate", "central bank", "inflation", "rate cut", "rate hike", "monetary", "basis point", "monetary policy", "foreign reserves", "international reserves", "exchange rate", "devaluation", "cash rate", "policy rate", "benchmark rate", "reserve bank"),
        T("banking", [Economic], "bank", "lender", "loan", "deposit", "credit", "capital requirement", "banking", "laundering"),
        T("public finance", [Economic, Political], "budget", "deficit", "debt", "public debt", "tax", "public spending", "government spending", "fiscal", "government bond", "treasury", "borrowing", "surplus", "austerity", "public investment", "IMF", "bailout", "bond market", "sovereign debt", "disbursement", "spending cuts", "taxpayer", "taxpayers", "funding gap", "state revenue", "government revenue", "royalties", "royalty", "state funding", "eurobond", "fiscal year", "public finances"),
        T("labour", [Economic, Social], "jobs", "unemployment", "wage", "worker", "trade union", "layoff", "hiring", "employment", "labour", "labor", "workforce", "strike", "walkout", "pay dispute", "pension", "pay rise", "job cuts", "warning strike", "stoppage"),
        T("housing", [Social, Economic], "housing market", "affordable housing", "housing shortage", "rent", "rents", "home prices", "property market", "mortgage", "real estate", "homebuyer", "homeowner", "landlord", "homebuilder", "homebuilders", "condominium", "condo", "home sales", "house prices", "apartments", "new homes", "housing"),
        T("education", [Social], "school", "university", "student", "teacher", "education", "curriculum", "tuition"),
        T("migration", [Social, Political], "migrant", "migration", "asylum", "refugee", "immigration", "deportation", "border", "visa"),
        T("demographics", [Social], "population", "birth rate", "ageing", "aging", "fertility", "demographic", "life expectancy", "birth", "births"),
        T("cryptocurrency", [Economic, Technological], "bitcoin", "crypto", "cryptocurrency", "blockchain", "stablecoin", "token"),
        T("telecommunications", [Technological], "5G", "telecom", "telecommunications", "spectrum", "broadband", "mobile network", "telecom operator", "mobile operator", "telco", "telcos", "telecoms", "mobile coverage"),
        T("space", [Technological], "satellite", "rocket", "orbit", "space agency", "lunar", "spacecraft", "launch vehicle", "astronaut"),
        T("cloud and data centres", [Technological, Economic], "data centre", "data center", "cloud", "hyperscaler", "server", "computing", "high-performance computing"),
        T("quantum computing", [Technological], "quantum", "qubit", "quantum computer"),
        T("competition and regulation", [Legal, Economic], "regulator", "antitrust", "competition", "fine", "investigation", "compliance", "regulation", "regulatory", "FTC", "Federal Trade Commission", "Bundeskartellamt", "Competition and Markets Authority", "price war"),
        T("courts and litigation", [Legal], "court", "judge", "lawsuit", "ruling", "appeal", "verdict", "prosecutor", "litigation", "supreme court", "indictment", "settlement", "court case", "class action", "damages", "jail", "jailed"),
        T("privacy and data", [Legal, Technological], "privacy", "personal data", "GDPR", "surveillance", "data protection", "data breach", "personal information", "customer data", "patient data", "patient records"),
        T("agriculture and food", [Economic, Environmental, Social], "farm", "farmer", "crop", "harvest", "grain", "wheat", "food", "fertiliser", "fertilizer", "livestock", "agriculture", "famine", "hunger", "food aid", "food security", "agricultural", "cocoa", "coffee", "soybean", "soybeans", "maize", "corn", "rice", "sugar", "dairy", "cattle", "farmland", "farmgate", "fisheries", "fruit"),
        T("water", [Environmental], "water", "reservoir", "irrigation", "river", "groundwater"),
        T("critical minerals", [Economic, Environmental], "mining", "mine", "rare earth", "lithium", "copper", "cobalt", "mineral", "ore", "nickel", "critical minerals", "uranium"),
        T("automotive", [Economic, Technological], "car", "cars", "automaker", "carmaker", "auto industry", "car sales", "vehicle", "vehicles", "vehicle recall", "car recall", "auto", "SUV", "sedan", "car plant", "car parts", "auto parts", "car industry", "Volkswagen", "Stellantis", "Toyota", "Renault", "Nissan", "Honda", "BMW", "Mercedes-Benz", "General Motors", "VinFast", "Geely", "car workers", "automotive"),
        T("aviation", [Economic], "airline", "aircraft", "airport", "flight", "jet", "aviation", "pilot", "pilots", "passenger", "airliner", "aircraft order"),
        T("shipping", [Economic], "port", "freight", "container", "shipping", "vessel", "tanker", "shipping lane", "canal", "shipowner", "cargo", "shipping line", "shipyard"),
        T("consumers and retail", [Economic, Social], "consumer", "retail", "retailer", "shopper", "e-commerce", "consumer spending", "supermarket", "supermarkets", "store", "stores", "household budgets", "grocery", "groceries", "tourism", "subscribers", "fares", "tickets", "tourists", "visitors", "shoppers"),
        T("social welfare", [Social], "poverty", "inequality", "welfare", "pension", "benefits", "social security", "social welfare"),
        T("mergers and acquisitions", [Economic], "merger", "acquisition", "takeover", "buyout", "acquire", "stake", "acquirer", "takeover bid", "all-cash", "joint venture", "merge", "bidding war"),
        T("startups and venture capital", [Economic, Technological], "startup", "venture capital", "funding round", "unicorn", "seed round", "start-up", "start-ups", "venture funding", "venture round", "fintech"),
        T("media and information", [Social, Political], "disinformation", "misinformation", "social media", "content moderation", "newspaper", "broadcaster", "propaganda", "journalist", "journalists", "reporter", "press freedom", "newsroom", "broadcast", "broadcasting", "broadcast rights", "television", "news channel", "media group", "streaming"),
        T("robotics and automation", [Technological], "robot", "robotics", "automation", "humanoid", "autonomous"),
    ];

    private static TopicDefinition T(string name, SignalDomain[] domains, params string[] cues) => new(name, domains, cues);
}
