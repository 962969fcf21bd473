using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bellwether.Core.Text;

namespace Bellwether.Core.Internal;

/// <summary>
/// Finds regions (ISO 3166-1 alpha-2) and actors in an <see cref="AnalysedText"/>: gazetteer entries first, then
/// rules for acronyms, capitalised runs, organisation endings and possessives, with aliases folded into one name.
/// Immutable once built; safe to share between threads.
/// </summary>
internal sealed partial class EntityRecognizer
{
    private const string NoCode = "-";

    private readonly PhraseMatcher<string> actors;
    private readonly Dictionary<string, string> canonicalByKey = new(StringComparer.Ordinal);
    private readonly PhraseMatcher<string> regions;
    private readonly PhraseMatcher<string> cities;
    private readonly Lazy<CommonWords> commonWords = new(CommonWords.Load);
    private readonly IReadOnlyDictionary<string, string> countryNames;
    private readonly IReadOnlySet<string> adjectives;

    public EntityRecognizer(IEnumerable<ActorEntry> actorEntries, IEnumerable<KeyValuePair<string, string>> regionAliases, IEnumerable<KeyValuePair<string, string>> cityCodes, IReadOnlyDictionary<string, string> countryNames, IReadOnlySet<string> adjectives)
    {
        this.countryNames = countryNames;
        this.adjectives = adjectives;
        var phrases = new List<KeyValuePair<string, string>>();
        foreach (var entry in actorEntries)
        {
            foreach (var alias in entry.Aliases.Prepend(entry.Name))
            {
                phrases.Add(new(alias, entry.Name));
                canonicalByKey[Key(alias)] = entry.Name;
            }
        }

        actors = new PhraseMatcher<string>(phrases);
        regions = new PhraseMatcher<string>(regionAliases);
        cities = new PhraseMatcher<string>(cityCodes);
    }

    public Entities Recognize(AnalysedText doc)
    {
        var tokens = doc.Tokens;
        var dateline = DatelineEnd(doc);
        var lowerTerms = new HashSet<string>(StringComparer.Ordinal);
        var midCapitalised = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (doc.Terms[i] is not { } term)
            {
                continue;
            }

            if (!doc.IsCapitalised(i))
            {
                lowerTerms.Add(term);
            }
            else if (!doc.IsSentenceStart(i) && !OpensQuote(doc, i, dateline) && !FollowsDateline(doc, i, dateline) && !doc.Sentences[doc.SentenceOfToken[i]].IsHeading)
            {
                midCapitalised.Add(PhraseMatcher<string>.Surface(doc.Word(i)).ToString());
            }
        }

        var scan = new Scan(doc, lowerTerms, midCapitalised.GetAlternateLookup<ReadOnlySpan<char>>(), commonWords.Value, dateline);
        var i2 = 0;
        while (i2 < tokens.Count)
        {
            // A wire story's dateline ("FRANKFURT (Reuters) -") says where it was filed and by whom, not who acts in it.
            i2 = tokens[i2].Start >= doc.BodyStart && tokens[i2].Start < dateline ? i2 + 1 : Step(scan, i2);
        }

        return scan.Finish(canonicalByKey, NamesPlace);
    }

    /// <summary>True when <paramref name="words"/> name a country, region or city, not its adjective ("Japan", "Istanbul", not "Kenyan").</summary>
    private bool NamesPlace(string words) => PlaceCode(words) is not null && !adjectives.Contains(words);

    /// <summary>The code of the country, region or city <paramref name="name"/> names (the region table first); null when it names none.</summary>
    private string? PlaceCode(ReadOnlySpan<char> name) => (regions.MatchWord(name) ?? cities.MatchWord(name)) is { } code && code != NoCode ? code : null;

    /// <summary>True when token <paramref name="k"/> opens a quotation that opens its sentence ("\"Hospitals must report …\"", "NAIROBI — \"Without …"), where a capital is the sentence's.</summary>
    private static bool OpensQuote(AnalysedText doc, int k, int datelineEnd) =>
        OpeningQuoteBefore(doc, k) is >= 0 and var quote && (doc.IsSentenceStart(quote) || FollowsDateline(doc, quote, datelineEnd));

    /// <summary>True when token <paramref name="k"/> is the first after a wire dateline, where the first sentence really starts.</summary>
    private static bool FollowsDateline(AnalysedText doc, int k, int datelineEnd) =>
        datelineEnd > doc.BodyStart && k > 0 && doc.Tokens[k - 1].Start < datelineEnd && doc.Tokens[k].Start >= datelineEnd;

    /// <summary>The end (a character offset) of the dateline that opens the body, or the body's start when there is none.</summary>
    private static int DatelineEnd(AnalysedText doc)
    {
        var length = Math.Min(doc.Text.Length - doc.BodyStart, 120);
        var match = Dateline().Match(doc.Text, doc.BodyStart, length) is { Success: true } upper ? upper : CreditedDateline().Match(doc.Text, doc.BodyStart, length);
        return match.Success ? match.Index + match.Length : doc.BodyStart;
    }

    /// <summary>
    /// "OTTAWA, January 12 (Xinhua) --", "AUSTIN, Texas _", "MONTERREY, Mexico, July 17 —", "LIMA, 3 March —", "FRANKFURT (Reuters) -",
    /// "MUMBAI —", "RIYADH/DUBAI —", "BENGALURU, Feb 12 (PTI)", "DHAKA:", "MUMBAI (Business Desk):", "TOKYO (Nov 18) —", "HOBART, Australia |", "GOSFORD, New South Wales —": a place
    /// (or places) in capitals, a credit, a dash, colon or bar (the dash may be left out after a credit), perhaps after a
    /// byline's line ("By Wanjiku Mwangi").
    /// </summary>
    [GeneratedRegex(@"\G\s*(?:By \p{Lu}[^\n]{2,60}\n\s*)?\p{Lu}[\p{Lu}.'\-/ ]{2,40}(?:,\s*(?:\d{1,2}\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}(?:\s+\d{1,2})?){0,2}\s*(?:\([A-Za-z][A-Za-z0-9 .&-]{0,30}\)\s*(?:--|—|–|-|_|:)?|--|—|–|-|_|:|\|)\s")]
    private static partial Regex Dateline();

    /// <summary>"Jakarta (AFP) -", "Accra, June 2, GNA -": a place written in lower case, perhaps a date, then a credit and a dash.</summary>
    [GeneratedRegex(@"\G\s*\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}(?:,\s*\p{Lu}\p{Ll}+\.?\s+\d{1,2})?\s*(?:\(\p{Lu}[A-Za-z .&-]{0,30}\)|,\s*\p{Lu}{2,6})\s*(?:--|—|–|-|_)\s")]
    private static partial Regex CreditedDateline();

    private static string Key(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c != '.' && !Tokenizer.IsApostrophe(c))
            {
                builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
            }
        }

        return builder.ToString();
    }

    private int Step(Scan scan, int i)
    {
        var doc = scan.Doc;
        if (doc.Tokens[i].Kind != TokenKind.Word)
        {
            return i + 1;
        }

        if (DefinedAcronymEnd(scan, i) is > 0 and var afterDefinition)
        {
            return afterDefinition;
        }

        if (NationalSocietyEnd(doc, i) is > 0 and var societyEnd)
        {
            if (regions.MatchWord(Surface(doc, i)) is { } country && country != NoCode)
            {
                scan.AddRegion(country, i);
            }

            scan.AddActor(Join(doc, i, societyEnd), i, societyEnd, strong: true);
            return societyEnd;
        }

        if (IsAdjective(doc.Word(i)) || JoinsPlaces(scan, i))
        {
            return i + 1;
        }

        if (JoinsPlacesAfterTwoWords(scan, i))
        {
            return i + 2;
        }

        var limit = doc.Sentences[doc.SentenceOfToken[i]].TokenEnd;
        var surface = Surface(doc, i);
        var (length, canonical) = actors.Match(doc.Text, doc.Tokens, i, limit);
        var (regionLength, code) = regions.Match(doc.Text, doc.Tokens, i, limit);
        if (length == 0 && regionLength == 0 && doc.IsCapitalised(i) && (StopWords.Contains(surface) || DefaultGazetteer.CommonCapitalised.Contains(surface)) &&
            !OpensOrganisation(doc, i, limit))
        {
            return i + 1;
        }

        // "New European Union rules require …": a sentence's first word "New" before a known name is not part of it.
        if (length == 0 && regionLength == 0 && surface is "New" && doc.IsSentenceStart(i) && i + 1 < limit && actors.Match(doc.Text, doc.Tokens, i + 1, limit).Length > 0)
        {
            return i + 1;
        }

        if (length > 0)
        {
            // "the Amazon", "Brazil's Amazon", "the Peruvian Amazon": an actor named like a place is the place after an
            // article or a country, unless a name goes on ("the Amazon Conservation Association").
            if (DefaultGazetteer.PlaceNamesakes.Contains(canonical!) && i > 0 && (doc.Word(i - 1) is "the" || regions.MatchWord(Surface(doc, i - 1)) is not null) &&
                (i + length >= limit || !doc.IsCapitalised(i + length)))
            {
                return i + length;
            }

            // "Samsung C&T" is not Samsung Electronics: a name joined with '&' after a known name makes another company. And
            // "Congress for Social Justice", "Congress of South African Trade Unions": a known institution of one word that
            // "for", "of" or "on" carries on is part of a longer name.
            var longer = doc.IsCapitalised(i) ? RunEnd(scan, i, limit) : i;
            if (longer > i + length && (DefaultGazetteer.OrganisationEndings.Contains(Surface(doc, longer - 1)) ||
                (length == 1 && longer > i + 2 && DefaultGazetteer.OrganisationEndings.Contains(surface) && NameCarriers.Contains(doc.Word(i + 1))) ||
                (Join(doc, i + length, longer) is var rest && rest.Contains('&', StringComparison.Ordinal) && !rest.Contains(' ', StringComparison.Ordinal) && !DefaultGazetteer.NonActorAcronyms.Contains(rest))))
            {
                AddRun(scan, i, longer);
                return longer;
            }

            // A country in a known name ("Saudi Aramco", "Reserve Bank of Australia") still counts as the article's place.
            for (var k = i; k < i + length; k++)
            {
                if (regions.Match(doc.Text, doc.Tokens, k, i + length) is { Length: > 0 } inner)
                {
                    if (inner.Value != NoCode && (k > i || inner.Length < length))
                    {
                        scan.AddRegion(inner.Value!, k);
                    }

                    break;
                }
            }

            // A name other countries' agencies share stays as written until the article's places are known (Scan.Finish).
            var written = Join(doc, i, i + length);
            scan.AddActor(DefaultGazetteer.SharedAgencyNames.Contains(written) ? written : canonical!, i, i + length, strong: true);
            return i + length;
        }

        if (regionLength > 0 && CityAfterCountry(scan, i, regionLength, code!, limit) is var (cityCode, cityEnd))
        {
            scan.AddCity(cityCode, Join(doc, i, cityEnd), i);
            scan.MarkPlace(cityEnd, landform: false);
            return cityEnd;
        }

        if (regionLength > 0)
        {
            var runEnd = IsPossessive(doc.Word(i + regionLength - 1)) ? i + regionLength : RunEnd(scan, i + regionLength, limit);
            // A Title Case headline runs on into its verb ("Kenya Ministry of Health Signs Vaccine Deal", "Pakistan Closes Torkham
            // Crossing …"): the name ends there.
            for (var k = i + regionLength; scan.TitleCaseWords is not null && k < runEnd; k++)
            {
                if (HeadlineVerbs.Contains(Surface(doc, k)))
                {
                    runEnd = k;
                    break;
                }
            }

            if (scan.TitleCaseWords is { } common && !IsAcronym(Surface(doc, i)) && !IsOrganisation(doc, i + regionLength, runEnd))
            {
                runEnd = TitleCaseOrganisationEnd(doc, i + regionLength, runEnd, common) ?? runEnd;
            }

            var organisation = runEnd > i + regionLength && IsOrganisation(doc, i + regionLength, runEnd);
            if (code != NoCode && !NamesSomethingElse(doc, code!, i + regionLength, limit))
            {
                scan.AddRegion(code!, i);
            }

            // "Antarctic Peninsula", "Balkan Coast": a place's name before a place's ending names a place, not an actor.
            if (!organisation && runEnd > i + regionLength && EndsAsPlace(doc, i, runEnd))
            {
                scan.MarkPlace(runEnd, landform: false);
                return runEnd;
            }

            if (NamesEvent(doc, i, runEnd))
            {
                return runEnd;
            }

            if (organisation || (code == NoCode && runEnd > i + regionLength) || NamedAfterPlace(scan, i, i + regionLength, runEnd))
            {
                // "the US Medicare programme": a name that is not an organisation's, written just before a site's or a
                // product's noun, counts like a place's name ("Manila Water raises east zone rates" is still the company).
                var placeLike = !organisation && runEnd < limit && (SiteFrom(doc, runEnd, runEnd + 1) != SiteKind.None ||
                    IsProductOrCurrencyNoun(doc.Word(runEnd)));
                scan.AddActor(WithFullStop(doc, runEnd, Join(doc, i, runEnd)), i, runEnd, strong: organisation, placeLike);
                return runEnd;
            }

            // "the provinces of Sindh and Balochistan": a name listed after this one is a landform too.
            if (NamedAsLandform(doc, i))
            {
                scan.MarkPlace(i + regionLength, landform: true);
            }

            return i + regionLength;
        }

        if (!IsCapitalisedWord(doc, i))
        {
            return i + 1;
        }

        // A city standing alone ("near Jamnagar", "Porto's landlords") is a place, and says where the article is.
        // "Brent crude" is the oil grade, not the London borough.
        if (cities.Match(doc.Text, doc.Tokens, i, limit) is { Length: > 0 } city && StandsAlone(scan, i, i + city.Length, limit) &&
            Join(doc, i, i + city.Length) is var cityName && !DefaultGazetteer.MarketBenchmarks.Contains(cityName))
        {
            scan.AddCity(city.Value!, cityName, i);
            scan.MarkPlace(i + city.Length, landform: NamedAsLandform(doc, i));
            return i + city.Length;
        }

        var end = RunEnd(scan, i, limit);
        if (NicknamedPerson(scan, i, end, limit) is var (person, personEnd))
        {
            scan.AddActor(Join(doc, person, personEnd), person, personEnd, strong: false);
            return personEnd;
        }

        AddRun(scan, i, end);
        return Math.Max(end, i + 1);
    }

    /// <summary>
    /// The tokens of a person's name that carries a nickname in double quotes between given name and surname ("Facundo
    /// \"El Gaucho\" Lestani", "Beatriz \"Bea\" Lorenzana"), when the run from <paramref name="start"/> to
    /// <paramref name="end"/> ends with the given name; null otherwise.
    /// </summary>
    private (int Start, int End)? NicknamedPerson(Scan scan, int start, int end, int limit)
    {
        var doc = scan.Doc;
        if (end + 3 >= limit || doc.Word(end) is not [var quote] || !IsOpeningDoubleQuote(quote) || doc.Tokens[end + 1].Start != doc.Tokens[end].End)
        {
            return null;
        }

        // "Singer Oluwatobi \"Skyline\" Adeyemi": a title, or a dictionary word opening the sentence, before the given name is not part of it.
        while (start < end && (DefaultGazetteer.Titles.Contains(Surface(doc, start)) ||
            (end - start > 1 && (doc.IsSentenceStart(start) || scan.FollowsDateline(start)) && commonWords.Value.IsCommon(Surface(doc, start), evenIfName: true))))
        {
            start++;
        }

        if (end - start is < 1 or > 2)
        {
            return null;
        }

        for (var k = start; k < end; k++)
        {
            if (!IsGivenNameWord(doc, k))
            {
                return null;
            }
        }

        var close = end + 1;
        while (close < limit && close - end <= 3 && doc.IsCapitalised(close))
        {
            close++;
        }

        if (close == end + 1 || close + 1 >= limit || !IsClosingDoubleQuote(doc.Word(close)) || doc.Tokens[close].Start != doc.Tokens[close - 1].End ||
            !doc.IsCapitalised(close + 1))
        {
            return null;
        }

        var surnameEnd = RunEnd(scan, close + 1, limit);
        for (var k = close + 1; k < surnameEnd; k++)
        {
            if (!IsGivenNameWord(doc, k))
            {
                return null;
            }
        }

        return surnameEnd - (close + 1) is >= 1 and <= 2 ? (start, surnameEnd) : null;
    }

    /// <summary>True for a capitalised word that can be part of a person's name: no acronym, title, organisation word, function word or place.</summary>
    private bool IsGivenNameWord(AnalysedText doc, int token) =>
        IsCapitalisedWord(doc, token) && Surface(doc, token) is var word && !IsAcronym(word) && !HasDigit(word) && !DefaultGazetteer.Titles.Contains(word) &&
        !DefaultGazetteer.OrganisationEndings.Contains(word) && !StopWords.Contains(word) && !Connectors.Contains(word) && PlaceCode(word) is null;

    /// <summary>
    /// An acronym defined in parentheses after a name ("the Central Bank of Kenya (CBK)", "Korea Hydro &amp; Nuclear Power
    /// (KHNP)") is that actor, not another one: the long form its letters spell is the actor, or, when they spell none
    /// (names translated from another language: "National Office of Electoral Processes (ONPE)"), the name just before the
    /// parenthesis. Later mentions of the acronym count for it. Returns the token after the closing parenthesis, or 0 when
    /// token <paramref name="i"/> is no such acronym.
    /// </summary>
    private int DefinedAcronymEnd(Scan scan, int i)
    {
        var doc = scan.Doc;
        var word = doc.Word(i);
        var shortForm = AcronymDefinition.IsShortForm(word);
        if (i < 2 || i + 1 >= doc.Tokens.Count || doc.Word(i - 1) is not "(" || doc.Word(i + 1) is not ")" || !(shortForm || AcronymDefinition.IsSpelledShortForm(word)) ||
            DefaultGazetteer.NonActorAcronyms.Contains(word) || regions.Match(doc.Text, doc.Tokens, i, i + 1).Length > 0)
        {
            return 0;
        }

        var sentenceStart = doc.Sentences[doc.SentenceOfToken[i]].FirstToken;
        var (first, words, window) = (i - 1, 0, AcronymDefinition.WindowWords(word));
        for (var k = i - 2; k >= sentenceStart && words < window; k--)
        {
            if (doc.Tokens[k].Kind == TokenKind.Word)
            {
                (first, words) = (k, words + 1);
            }
            else if (doc.Word(k) is not ("&" or "-" or "–" or ","))
            {
                break;
            }
        }

        if (first < i - 1)
        {
            var from = doc.Tokens[first].Start;
            var at = AcronymDefinition.LongFormStart(doc.Text.AsSpan(from, doc.Tokens[i - 1].Start - from), word);
            var start = first;
            while (at >= 0 && doc.Tokens[start].End <= from + at)
            {
                start++;
            }

            // "Rosa Inés Valdivia, head of the National Institute of Civil Defence (INDECI)": a comma and a role in lower case
            // end a person's name; the long form is the name after the role.
            for (var k = i - 3; at >= 0 && k > start; k--)
            {
                if (doc.Word(k) is "," && doc.Tokens[k + 1].Kind == TokenKind.Word && !doc.IsCapitalised(k + 1) && !Connectors.Contains(doc.Word(k + 1)))
                {
                    start = k + 2;
                    while (start < i - 1 && (!doc.IsCapitalised(start) || StopWords.Contains(doc.Word(start))))
                    {
                        start++;
                    }

                    break;
                }
            }

            // "Ethiopia's Disaster Risk Management Commission (EDRMC)": letters may spell the owner too, who owns the name
            // and is not part of it.
            while (at >= 0 && start < i - 2 && IsPossessive(doc.Word(start)))
            {
                start++;
            }

            if (at >= 0 && doc.IsCapitalised(start) && !StopWords.Contains(doc.Word(start)) && i - 1 - start >= 2)
            {
                // "the Ghana Cocoa Board (COCOBOD)", "U.S. Customs and Border Protection (CBP)": the letters spell the end of
                // the name, and the capitalised words before them are part of it.
                // "the Argentine Chamber of Commerce and Services (CAC)": so are an organisation word and the "of" that carries it on;
                // "the Maputo-based Centre for Democracy and Human Rights (CDD)": not a name made an adjective.
                while (start > sentenceStart && !doc.IsSentenceStart(start - 1))
                {
                    if (IsNamePart(doc, start - 1, null) && !IsPossessive(doc.Word(start - 1)) && !DefaultGazetteer.CommonCapitalised.Contains(Surface(doc, start - 1)) &&
                        !IsAdjective(doc.Word(start - 1)))
                    {
                        start--;
                    }
                    else if (start - 2 >= sentenceStart && NameCarriers.Contains(doc.Word(start - 1)) && IsCapitalisedWord(doc, start - 2) &&
                        DefaultGazetteer.OrganisationEndings.Contains(Surface(doc, start - 2)))
                    {
                        start -= 2;
                    }
                    else
                    {
                        break;
                    }
                }

                scan.Define(LongForm(doc, start, i - 1), start, i - 1, word.ToString(), actor: !NamesLaw(doc, start, i - 1));
                return i + 2;
            }

            if (at >= 0 && AllLowerCase(doc, start, i - 1))
            {
                // "per- and polyfluoroalkyl substances (PFAS)", "liquefied natural gas (LNG)": the letters abbreviate common words.
                scan.DefineTerm(word.ToString(), i);
                return i + 2;
            }
        }

        return shortForm && scan.AliasLastActor(i - 1, word.ToString()) ? i + 2 : 0;
    }

    /// <summary>True when the name of tokens <paramref name="start"/> to <paramref name="end"/> ends as a law or treaty does ("Paris Agreement", "General Data Protection Regulation") and is not an institution's ("Office of Financial Regulation").</summary>
    private static bool NamesLaw(AnalysedText doc, int start, int end) =>
        end > start && DefaultGazetteer.LawEndings.Contains(Surface(doc, end - 1)) && !IsOrganisation(doc, start, end);

    /// <summary>True when "to" at <paramref name="end"/> carries a law's name on ("Right to Information Act", "Right to Education Bill").</summary>
    private static bool LawGoesOnAfterTo(AnalysedText doc, int end) =>
        end + 1 < doc.Tokens.Count && doc.Word(end) is "to" && CapitalisedWordsReach(DefaultGazetteer.LawEndings, doc, end + 1, doc.Sentences[doc.SentenceOfToken[end]].TokenEnd, 4);

    /// <summary>True when no word of tokens <paramref name="start"/> to <paramref name="end"/> is capitalised.</summary>
    private static bool AllLowerCase(AnalysedText doc, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (IsCapitalisedWord(doc, k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The text of tokens <paramref name="start"/> to <paramref name="end"/> as written, with runs of white space made one
    /// space and without a closing possessive ("the Central Bank of Nigeria's (CBN) requirement").
    /// </summary>
    private static string LongForm(AnalysedText doc, int start, int end) =>
        string.Join(' ', doc.Text[doc.Tokens[start].Start..(doc.Tokens[end - 1].Start + Surface(doc, end - 1).Length)].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private int RunEnd(Scan scan, int start, int limit)
    {
        var doc = scan.Doc;
        var whole = RunEnd(scan, start, limit, breakAtRegions: false);
        var organisation = IsOrganisation(doc, start, whole);
        var end = organisation ? whole : RunEnd(scan, start, limit, breakAtRegions: true);

        // "Voltra Mobility IPO draws bids", "the Tessin SUV": a product's or a listing's acronym ends no name.
        while (end - start > 1 && TrailingProductAcronyms.Contains(Surface(doc, end - 1)))
        {
            end--;
        }

        // "Westinghouse and Bechtel" and "Bank of Korea and Samsung Electronics" are two names; "Independent Electoral and
        // Boundaries Commission", "Authority for Consumers and Markets", "Procter & Gamble" and "Bill & Melinda Gates
        // Foundation" (one word, then '&') are one.
        for (var k = start + 1; k < end - 1; k++)
        {
            if (doc.Word(k) is "and" or "&" && !(doc.Word(k) is "&" && Surface(doc, k + 1) is "Co") && !JoinsOneName(scan, k, limit) &&
                !ContinuesInstitution(scan, start, k, end) && !JoinsTradeWords(doc, k, end) &&
                !JoinsPortfolios(doc, start, k, end) &&
                (!DefaultGazetteer.OrganisationEndings.Contains(Surface(doc, end - 1)) || DefaultGazetteer.OrganisationEndings.Contains(Surface(doc, k - 1)) ||
                JoinsTwoNames(doc, k) || (NameFollows(doc, k, end) && !(doc.Word(k) is "&" && k == start + 1))))
            {
                return k;
            }
        }

        return end;
    }

    private static bool HasOrganisationWord(AnalysedText doc, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (DefaultGazetteer.OrganisationEndings.Contains(Surface(doc, k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the run names an organisation: it ends with an organisation ending ("Saurashtra Petrochem Group"), or one of
    /// its words is an organisation word that "of", "for", "on" or "de" later carries on ("Banco Central de la República Argentina",
    /// "Ministry of Petroleum and Natural Gas",
    /// "Association of German Public Banks", "National Commission on Markets and Competition").
    /// </summary>
    private static bool IsOrganisation(AnalysedText doc, int start, int end)
    {
        if (end <= start)
        {
            return false;
        }

        if (DefaultGazetteer.OrganisationEndings.Contains(Surface(doc, end - 1)))
        {
            return true;
        }

        var organisationWord = false;
        for (var k = start; k + 1 < end; k++)
        {
            if (organisationWord && NameCarriers.Contains(doc.Word(k)))
            {
                return true;
            }

            organisationWord |= DefaultGazetteer.OrganisationEndings.Contains(Surface(doc, k));
        }

        return false;
    }

    /// <summary>"All Nippon Airways", "Government Pension Fund": "All" or "Government" opens an organisation whose capitalised words run on to an organisation ending.</summary>
    private static bool OpensOrganisation(AnalysedText doc, int i, int limit)
    {
        if (doc.Word(i) is not ("All" or "Government"))
        {
            return false;
        }

        for (var k = i + 1; k < limit && IsCapitalisedWord(doc, k); k++)
        {
            if (DefaultGazetteer.OrganisationEndings.Contains(Surface(doc, k)))
            {
                return k > i + 1;
            }
        }

        return false;
    }

    /// <summary>A capitalised word that could carry a name on: not a function word, title or organisation ending, nor a common word of a Title Case headline.</summary>
    private static bool IsNamePart(AnalysedText doc, int token, CommonWords? common)
    {
        if (!IsCapitalisedWord(doc, token))
        {
            return false;
        }

        var word = Surface(doc, token);
        return !StopWords.Contains(word) && !Connectors.Contains(word) && !DefaultGazetteer.Titles.Contains(word) &&
            !DefaultGazetteer.OrganisationEndings.Contains(word) && (common is null || IsNameWord(doc, token, common));
    }

    /// <summary>True when the word at <paramref name="token"/> is "No." or "No" before a figure.</summary>
    private static bool IsNumberSign(AnalysedText doc, int token)
    {
        if (Surface(doc, token) is not ("No" or "Nos"))
        {
            return false;
        }

        var next = token + 1 < doc.Tokens.Count && doc.Word(token + 1) is "." ? token + 2 : token + 1;
        return next < doc.Tokens.Count && doc.Tokens[next].Kind == TokenKind.Number;
    }

    /// <summary>
    /// Where a name goes on after the full stop at <paramref name="dot"/>: after "W." of "George W. Bush" (a capital
    /// letter before the stop), or after "A." of "Corp. A. Jones" (a stop, an initial and its stop), when a capitalised
    /// word follows in the sentence; <paramref name="dot"/> itself when it ends the name.
    /// </summary>
    private static int InitialDotAt(AnalysedText doc, int dot, int limit)
    {
        if (doc.Word(dot) is not "." || dot < 1 || !Adjacent(doc, dot - 1, dot))
        {
            return dot;
        }

        if ((IsInitial(doc.Word(dot - 1)) || doc.Word(dot - 1) is "St" or "Ste" or "Mt" or "Ft") && dot + 1 < limit && IsCapitalisedWord(doc, dot + 1))
        {
            return dot + 1;
        }

        return dot + 3 < limit && IsInitial(doc.Word(dot + 1)) && doc.Word(dot + 2) is "." && Adjacent(doc, dot + 1, dot + 2) &&
            IsCapitalisedWord(doc, dot + 3) && !IsInitial(doc.Word(dot + 3)) ? dot + 3 : dot;

        static bool Adjacent(AnalysedText doc, int left, int right) => doc.Tokens[right].Start == doc.Tokens[left].End;
    }

    /// <summary>
    /// The "of" between a person's name and an organisation's in the run from <paramref name="start"/> to
    /// <paramref name="end"/> ("Rosa Quispe of Bankhaus Remler", "Declan Fahy of Sinn Féin"), or 0. The name before it has two
    /// or three words, none a dictionary word but the given name, none a title, an organisation's or a place's word, and
    /// names no known actor or place ("Bank of England", "Duke of Edinburgh", "Sakura Ventures of Japan" are one name); the
    /// name after it is no place. Titles before the person do not count ("Analyst Lee Dong-hyun of Hangang Securities").
    /// </summary>
    private int PersonOfOrganisation(AnalysedText doc, int start, int end)
    {
        // "Analyst Lee Dong-hyun of Hangang Securities": titles before the person are dropped later.
        while (start < end && DefaultGazetteer.Titles.Contains(Surface(doc, start)))
        {
            start++;
        }

        var of = -1;
        for (var k = start + 2; k <= start + 3 && k + 1 < end; k++)
        {
            if (doc.Word(k) is "of")
            {
                of = k;
                break;
            }
        }

        if (of < 0 || !IsCapitalisedWord(doc, of + 1) || actors.Match(doc.Text, doc.Tokens, start, of).Length > 0 ||
            regions.Match(doc.Text, doc.Tokens, of + 1, end).Length > 0 || cities.Match(doc.Text, doc.Tokens, of + 1, end).Length > 0)
        {
            return 0;
        }

        for (var k = start; k < of; k++)
        {
            var word = Surface(doc, k);
            if (!IsCapitalisedWord(doc, k) || IsAcronym(word) || HasDigit(word) || DefaultGazetteer.Titles.Contains(word) ||
                DefaultGazetteer.OrganisationEndings.Contains(word) || DefaultGazetteer.InstitutionWords.Contains(word) ||
                DefaultGazetteer.PlaceEndings.Contains(word) || DefaultGazetteer.PlaceStarts.Contains(word) || LegalForms.Contains(word) ||
                regions.MatchWord(word) is not null || cities.MatchWord(word) is not null ||
                (k > start && commonWords.Value.IsCommon(word, evenIfName: false)))
            {
                return 0;
            }
        }

        return of;
    }

    private static bool IsCapitalisedWord(AnalysedText doc, int token) => doc.Tokens[token].Kind == TokenKind.Word && doc.IsCapitalised(token) && !IsContraction(doc.Word(token));

    /// <summary>
    /// Where the organisation's name that follows a country in a Title Case headline ends, from <paramref name="start"/>
    /// (after the country) within the run up to <paramref name="runEnd"/>; null when none does. The headline's common words
    /// after an organisation's ending are not part of the name, and the country before it is, as in prose ("Nepal Rastra
    /// Bank Caps Cooperative Lending"); a function word ends the reading ("Ghana Cedi Slides As Bank Of Ghana …" names none).
    /// </summary>
    private static int? TitleCaseOrganisationEnd(AnalysedText doc, int start, int runEnd, CommonWords common)
    {
        var end = start;
        while (end < runEnd && !StopWords.Contains(Surface(doc, end)) && !Connectors.Contains(Surface(doc, end)))
        {
            end++;
        }

        end = TitleCaseNameEnd(doc, start, end, common);
        return end > start + 1 && ClosesTitleCaseName(doc, end - 1) ? end : null;
    }

    /// <summary>
    /// Where a Title Case headline's name from <paramref name="first"/> to <paramref name="last"/> ends once its trailing
    /// common words go, but not an organisation ending after a name ("Deutsche Bank Posts Loss" keeps "Deutsche Bank").
    /// </summary>
    private static int TitleCaseNameEnd(AnalysedText doc, int first, int last, CommonWords common)
    {
        while (last > first && !IsNameWord(doc, last - 1, common) && !(last - 1 > first && ClosesTitleCaseName(doc, last - 1)))
        {
            last--;
        }

        // "Adani Ports Opens …", "Thyssenkrupp Steel and …": a trade's word right after a name is the company's arm.
        return last - first == 1 && last < doc.Tokens.Count && DivisionWords.Contains(Surface(doc, last)) ? last + 1 : last;
    }

    /// <summary>True when "Air" at <paramref name="air"/> and a country's name after it name the country's airline ("Air India").</summary>
    private bool NamesAirline(AnalysedText doc, int air, int limit) =>
        air + 1 < limit && Surface(doc, air) is "Air" && regions.Match(doc.Text, doc.Tokens, air + 1, limit) is { Length: > 0, Value: not NoCode };

    private int RunEnd(Scan scan, int start, int limit, bool breakAtRegions)
    {
        var doc = scan.Doc;
        var end = start;
        while (end < limit)
        {
            if (end > start && IsNumberSign(doc, end))
            {
                // "Sindicato No. 1", "the Michibiki No. 6 satellite": "No." and its figure number the name and close it.
                end = Math.Min(limit, end + (doc.Word(end + 1) is "." ? 3 : 2));
                break;
            }

            if (IsCapitalisedWord(doc, end) && !HasDigit(doc.Word(end)) && !IsAdjective(doc.Word(end)) && !JoinsPlaces(scan, end, addRegions: false))
            {
                var region = end > start ? regions.Match(doc.Text, doc.Tokens, end, limit) : default;
                if (region is { Length: > 0, Value: NoCode })
                {
                    end += region.Length;
                    continue;
                }

                // "Air France", "Air New Zealand": the country's airline, whose name closes there ("the Air France Concorde"
                // names the airline and its aircraft).
                if (end == start + 1 && NamesAirline(doc, start, limit))
                {
                    end += region.Length;
                    break;
                }

                if (breakAtRegions && region.Length > 0 && !DefaultGazetteer.OrganisationEndings.Contains(Surface(doc, end)) &&
                    !NamesABranch(doc, start, end, end + region.Length, limit) && !LegalFormFollows(doc, end + region.Length, limit))
                {
                    break;
                }

                end++;
                if (IsPossessive(doc.Word(end - 1)) && !(IsCommonPossessive(doc, end - 1) && (end - 1 == start || OrganisationWordFollows(doc, end, limit))) &&
                    !CompanyFormFollows(doc, end, limit))
                {
                    // "Kenya's Central Bank" is two names; "Dong Nai Provincial People's Committee", "Children's Hospital",
                    // "Moody's Ratings" and, opening a name, "Men's Wearhouse" are one.
                    break;
                }
            }
            else if (end > start && end + 1 < limit && Connectors.Contains(doc.Word(end)) && (doc.IsCapitalised(end + 1) || IsParticleName(doc.Word(end + 1))) &&
                !Connectors.Contains(Surface(doc, end - 1)))
            {
                // "Agència Catalana de l'Aigua": an elided article joined to a capitalised name carries it on too.
                end++;
            }
            else if (end > start && end + 2 < limit && doc.Word(end) is "et" or "e" or "y" or "i" && doc.Word(end + 1) is "de" or "des" or "du" or "del" or "da" or "do" &&
                (doc.IsCapitalised(end + 2) || IsParticleName(doc.Word(end + 2))) && !Connectors.Contains(Surface(doc, end - 1)))
            {
                // "Ministère des Pêches et de l'Économie": "and of" goes on in the languages that write it so.
                end += 2;
            }
            else if (end > start && end + 2 < limit && IsCapitalisedWord(doc, end + 2) && CarrierAndArticleGoOn(doc, start, end))
            {
                // "Armed Forces of the Philippines", "Banco Central de la República Argentina", "Pacto por el Cambio Social".
                end += 2;
            }
            else if (end > start && end + 3 < limit && doc.Word(end) is "of" or "for" && doc.Word(end + 1) is "the" && IsDigitOrdinal(doc.Word(end + 2)) &&
                IsCapitalisedWord(doc, end + 3) && HasOrganisationWord(doc, start, end))
            {
                // "Court of Appeals for the 9th Circuit", "Federal Regional Court of the 6th Region": a numbered circuit,
                // region or district of a court or an authority is part of its name.
                end += 3;
            }
            else if (end > start && end + 1 < limit && doc.Word(end) is "on" && IsCapitalisedWord(doc, end + 1) &&
                !DefaultGazetteer.CommonCapitalised.Contains(Surface(doc, end + 1)) && HasOrganisationWord(doc, start, end))
            {
                // "National Commission on Markets and Competition", "Institute for Research on Glaciers"; not "the Commission on Monday".
                end++;
            }
            else if (end > start && end + 1 < limit && doc.Word(end - 1) is "A" && doc.Word(end) is "/" && doc.Word(end + 1) is "S" &&
                doc.Tokens[end].Start == doc.Tokens[end - 1].End && doc.Tokens[end + 1].Start == doc.Tokens[end].End)
            {
                // "A.P. Moller-Maersk A/S": the Danish and Norwegian legal form closes the name.
                end += 2;
                break;
            }
            else if (end > start && (LowerCaseLegalForms.Contains(doc.Word(end)) ||
                (end + 1 < limit && doc.Word(end) is "," && LowerCaseLegalForms.Contains(doc.Word(end + 1)))))
            {
                // "Castlegate Media Group plc", "Kutjevo d.d.", "Steel Košice, s.r.o.": a lower-case legal form closes the name.
                end += doc.Word(end) is "," ? 2 : 1;
                break;
            }
            else if (end > start && end + 3 < limit && doc.Word(end) is "(" && doc.Word(end + 1) is "Pty" or "Pvt" or "Private" &&
                doc.Word(end + 2) is ")" && LegalForms.Contains(Surface(doc, end + 3)))
            {
                // "Erongo Marine Enterprises (Pty) Ltd", "MAS Holdings (Pvt) Ltd": the private company's legal form closes the name.
                end += 4;
                break;
            }
            else if (end > start && end + 1 < limit && doc.Word(end) is "." && Surface(doc, end - 1) is "Co" && doc.Word(end + 1) is "KG")
            {
                // "Hartmann Antriebstechnik GmbH & Co. KG": the German limited partnership's legal form closes the name.
                end += 2;
                break;
            }
            else if (end > start && doc.Word(end) is "&" && end + 1 < limit && doc.IsCapitalised(end + 1))
            {
                end++;
            }
            else if (end > start && end + 1 < limit && Tokenizer.IsApostrophe(doc.Word(end)[0]) && doc.Word(end - 1).EndsWith('s') &&
                OrganisationWordFollows(doc, end + 1, limit))
            {
                // "Citizens' Nuclear Information Center", "Korean Metal Workers' Union": a plural possessive inside an organisation's name.
                end++;
            }
            else if (end > start && doc.Tokens[end].Kind == TokenKind.Number && Surface(doc, end - 1) is "Local" && end - start >= 2)
            {
                // "Amalgamated Transit Union Local 1505", "Teamsters Local 727": a union's local chapter is named by its number.
                end++;
                break;
            }
            else if (end > start && InitialDotAt(doc, end, limit) is var afterInitial && afterInitial > end)
            {
                // "George W. Bush", "John F. Kennedy", "Corp. A. Jones", "St. Louis": a middle initial's or a saint's full stop does not end the name.
                end = afterInitial;
            }
            else if (end > start && end + 2 < limit && doc.Word(end) is "von" or "van" or "de" && doc.Word(end + 1) is "der" or "den" or "la" or "los" &&
                IsCapitalisedWord(doc, end + 2) && !Connectors.Contains(Surface(doc, end - 1)))
            {
                // "Ursula von der Leyen", "Rassie van der Dussen", "Juan de la Cruz": two particles carry a surname on.
                end += 2;
            }
            else if (end > start && IsParticleName(doc.Word(end)))
            {
                // "Waleed al-Khereiji", "Ministero dell'Interno": a name joined to an article or particle goes on.
                end++;
            }
            else if (end > start && doc.Word(end) is "," && ListedInstitutionEnd(scan, start, end, limit) is var listed && listed > end)
            {
                end = listed;
            }
            else
            {
                break;
            }
        }

        while (end > start && Connectors.Contains(Surface(doc, end - 1)))
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// Where an institution's name that lists its portfolios goes on after the comma at <paramref name="comma"/>
    /// ("Ministry of Trade, Industry and Energy", "Ministry of Development, Industry, Trade and Services"): an
    /// organisation word carried on by "of" before it, then items of one to three capitalised dictionary words separated
    /// by commas (no institution word but in the last: "Ministry of Power, Energy and Mineral Resources" is one name), the
    /// last after "and". <paramref name="comma"/> when the words do not follow that pattern ("Ministry of Finance, Bank of
    /// Korea and Samsung" are three names).
    /// </summary>
    private int ListedInstitutionEnd(Scan scan, int start, int comma, int limit)
    {
        var doc = scan.Doc;
        var carried = false;
        for (var j = start + 1; j < comma; j++)
        {
            carried |= doc.Word(j) is "of" && DefaultGazetteer.OrganisationEndings.Contains(Surface(doc, j - 1));
        }

        if (!carried)
        {
            return comma;
        }

        var k = comma;
        while (k < limit && doc.Word(k) is "," or "and")
        {
            var last = doc.Word(k) is "and";
            var item = k + 1;
            while (item < limit && item - k <= 3 && IsCapitalisedWord(doc, item) && commonWords.Value.IsCommon(Surface(doc, item), evenIfName: true) &&
                (last || !DefaultGazetteer.InstitutionWords.Contains(Surface(doc, item))))
            {
                item++;
            }

            if (item == k + 1)
            {
                return comma;
            }

            if (last)
            {
                return item;
            }

            k = item;
        }

        return comma;
    }

    private void AddRun(Scan scan, int start, int end)
    {
        var doc = scan.Doc;
        // "Annex C", "Appendix B", "Chapter IV": a document's part, labelled by a letter or a numeral, names no one.
        if (end - start == 2 && DocumentParts.Contains(Surface(doc, start)) && IsPartLabel(Surface(doc, start + 1)))
        {
            return;
        }

        // "said Rosa Quispe of Bankhaus Remler": a person, "of", and where the person works are two names.
        if (scan.TitleCaseWords is null && PersonOfOrganisation(doc, start, end) is > 0 and var of)
        {
            AddRun(scan, start, of);
            AddRun(scan, of + 1, end);
            return;
        }

        // A legal form closes a company's name as an organisation word does ("Vale Indonesia Tbk").
        var endsAsOrganisation = end > start && ((scan.TitleCaseWords is null ? DefaultGazetteer.OrganisationEndings.Contains(Surface(doc, end - 1)) : ClosesTitleCaseName(doc, end - 1)) ||
            LegalForms.Contains(Surface(doc, end - 1)));
        if (scan.TitleCaseWords is not null && endsAsOrganisation && TitleCaseBreak(doc, start, end) is > 0 and var cut)
        {
            AddRun(scan, start, cut);
            AddRun(scan, cut + 1, end);
            return;
        }

        if (scan.TitleCaseWords is not { } common || endsAsOrganisation)
        {
            // A company's national arm ("Vodafone Egypt", "MTN Nigeria Communications Plc") still says where the article is.
            for (var k = start + 1; k < end; k++)
            {
                if (!Connectors.Contains(doc.Word(k - 1)) && regions.Match(doc.Text, doc.Tokens, k, end) is { Length: var length, Value: { } code } &&
                    (k + length == end || LegalFormFollows(doc, k + length, end)) && code != NoCode)
                {
                    scan.AddRegion(code, k);
                    break;
                }
            }

            AddCapitalisedRun(scan, start, end, endsAsOrganisation);
            return;
        }

        // Title Case capitalises every word: between function words, keep each stretch without the common words at its
        // ends ("SoftBank CEO Up For 'Massive Price War' Against Verizon And AT&T" gives SoftBank CEO, Verizon, AT&T).
        for (var k = start; k < end;)
        {
            var stop = k;
            while (stop < end && !(doc.Tokens[stop].Kind == TokenKind.Word &&
                (StopWords.Contains(Surface(doc, stop)) || Connectors.Contains(Surface(doc, stop)) || (stop > k && HeadlineVerbs.Contains(Surface(doc, stop))))))
            {
                stop++;
            }

            // A place opening the stretch ("… Of New Zealand Holds Rates") names a region, and the stretch goes on after it.
            if (regions.Match(doc.Text, doc.Tokens, k, stop) is { Length: > 0 } place)
            {
                if (place.Value != NoCode)
                {
                    scan.AddRegion(place.Value!, k);
                }

                k += place.Length;
                continue;
            }

            // "Bank of Ghana Holds Rate", "Communist Party of Vietnam Expels …": an institution carried on by "of" to a country takes it along.
            if (InstitutionOfCountry(scan, k, stop, end) is var (institution, country, after))
            {
                scan.AddRegion(country, stop + 1);
                AddCapitalisedRun(scan, institution, after, endsAsOrganisation: true);
                k = after;
                continue;
            }

            var (first, last) = (k, stop);
            // "… De L'Aigua": a word after an elided article is the end of a name the connector broke, not one of its own.
            while (first < last && (!IsNameWord(doc, first, common) || IsElidedName(doc.Word(first))))
            {
                first++;
            }

            last = TitleCaseNameEnd(doc, first, last, common);

            // A lone word that is also a common word ("Price", "Weeks") is not enough to make a name.
            if (last - first > 1 || (last - first == 1 && !common.IsCommon(Surface(doc, first), evenIfName: true)))
            {
                AddCapitalisedRun(scan, first, last, ClosesTitleCaseName(doc, last - 1));
            }

            k = stop + 1;
        }
    }

    /// <summary>
    /// True when the name from <paramref name="start"/> to <paramref name="end"/> ends with a place's word ("North Sea",
    /// "Geibi Line"), unless a carrier's word makes the line a company ("Meridian Container Line").
    /// </summary>
    private static bool EndsAsPlace(AnalysedText doc, int start, int end) =>
        DefaultGazetteer.PlaceEndings.Contains(Surface(doc, end - 1)) &&
        !(Surface(doc, end - 1) is "Line" && end - start > 1 && CarrierWords.Contains(Surface(doc, end - 2)));

    /// <summary>True when the name from <paramref name="start"/> to <paramref name="end"/> is an event's ("FIFA World Cup", "Asian Games", "the Games", "Copa América").</summary>
    private static bool NamesEvent(AnalysedText doc, int start, int end) =>
        DefaultGazetteer.EventEndings.Contains(Surface(doc, end - 1)) || (end - start > 1 && DefaultGazetteer.EventStarts.Contains(Surface(doc, start))) ||
        (Surface(doc, end - 1) is "Games" && (end - start == 1 || DefaultGazetteer.MultiSportGames.Contains(Surface(doc, end - 2))));

    /// <summary>True when the word at <paramref name="token"/> of a Title Case headline closes a name: an organisation word that is no everyday headline noun.</summary>
    private static bool ClosesTitleCaseName(AnalysedText doc, int token) =>
        DefaultGazetteer.OrganisationEndings.Contains(Surface(doc, token)) && !HeadlineNounEndings.Contains(Surface(doc, token));

    /// <summary>
    /// Where a Title Case headline's run that ends as an organisation breaks: at its last capitalised verb or preposition,
    /// after which the name starts ("… in Deal With Economy Ministry", "Supreme Court of India Orders Centre"); 0 when it has none.
    /// </summary>
    private static int TitleCaseBreak(AnalysedText doc, int start, int end)
    {
        for (var k = end - 2; k > start; k--)
        {
            var word = Surface(doc, k);
            if (HeadlineVerbs.Contains(word) || (StopWords.Contains(word) && !TitleCaseNameWords.Contains(word)))
            {
                return k;
            }
        }

        return 0;
    }

    /// <summary>
    /// The institution of a Title Case headline's stretch from <paramref name="start"/> to <paramref name="stop"/> that "of"
    /// carries on to a country ("Supreme Court of India", "Bank of Ghana"): its first token, the country's code and the token
    /// after the country; null when the stretch does not end with an institution word, or a country does not follow its "of".
    /// The words before the institution word go along up to a plural ("Protests Outside Parliament of Georgia").
    /// </summary>
    private (int Start, string Code, int End)? InstitutionOfCountry(Scan scan, int start, int stop, int end)
    {
        var doc = scan.Doc;
        if (stop <= start || stop + 1 >= end || !doc.Word(stop).Equals("of", StringComparison.OrdinalIgnoreCase) ||
            !DefaultGazetteer.InstitutionWords.Contains(Surface(doc, stop - 1)) ||
            regions.Match(doc.Text, doc.Tokens, stop + 1, end) is not { Length: > 0, Value: { } code } country || code == NoCode)
        {
            return null;
        }

        var first = stop - 1;
        if (first - 2 >= start && Tokenizer.IsApostrophe(doc.Word(first - 1)[0]) && doc.Word(first - 2).EndsWith('s'))
        {
            // "Teachers' Union of Ireland": a plural possessive opens the name.
            return (first - 2, code, stop + 1 + country.Length);
        }

        while (first > start && IsCapitalisedWord(doc, first - 1) && Surface(doc, first - 1) is var word && !word.EndsWith('s') && !HeadlineVerbs.Contains(word) &&
            !IsPossessive(doc.Word(first - 1)))
        {
            first--;
        }

        return (first, code, stop + 1 + country.Length);
    }

    /// <summary>A word of a Title Case headline that may be (part of) a name: an acronym, a figure, inner capitals, or not a common word.</summary>
    private static bool IsNameWord(AnalysedText doc, int token, CommonWords common)
    {
        if (doc.Tokens[token].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = Surface(doc, token);
        return IsAcronym(word) || HasDigit(word) || HasInnerCapital(word) || !common.IsCommon(word, evenIfName: false);
    }

    private void AddCapitalisedRun(Scan scan, int start, int end, bool endsAsOrganisation)
    {
        var doc = scan.Doc;
        var runStart = start;

        // "Boris Yeltsin Saturday signed …": wire copy puts the day straight after the name; it is not part of it (but
        // "Black Friday" is a day of its own).
        while (end - start > 1 && Weekdays.Contains(Surface(doc, end - 1)) && !DefaultGazetteer.Occasions.Contains(Join(doc, end - 2, end)))
        {
            end--;
        }

        // A sentence-case headline capitalises its first word, and the first after a label's colon ("OECD: Growth in
        // advanced economies…"): a common word there is not a name ("Nurses vote to strike", "Tech giants…"); a word the
        // dictionary also writes capitalised ("Apple", "Ford") may be one.
        if (doc.HeadlineOnly && !doc.TitleCased && (doc.IsSentenceStart(start) || (start > 0 && doc.Word(start - 1) is ":")) && !endsAsOrganisation)
        {
            // "University of Ghana lecturers end strike", "Central Bank of the Republic of Türkiye holds rates": an organisation
            // word that "of" carries on, or the word before it, opens the name; so does a common possessive ("Men's Wearhouse").
            while (start < end && doc.Tokens[start].Kind == TokenKind.Word && Surface(doc, start) is var first &&
                !IsAcronym(first) && !HasInnerCapital(first) && !HasDigit(first) && commonWords.Value.IsCommon(first, evenIfName: false) &&
                !NamesAirline(doc, start, end) &&
                !(end - start > 1 && IsCommonPossessive(doc, start)) &&
                !(IsOrganisation(doc, start, end) && (DefaultGazetteer.OrganisationEndings.Contains(first) ||
                    (start + 1 < end && DefaultGazetteer.OrganisationEndings.Contains(Surface(doc, start + 1))))))
            {
                start++;
            }
        }

        while (start < end && IsWeakStart(scan, start, end, endsAsOrganisation))
        {
            // A common word dropped before '&' takes the word after it along ("Research & Development spending").
            start += start + 2 < end && doc.Word(start + 1) is "&" ? 3 : 1;
        }

        // "Minister of State for Finance Bilal Ahmed", "Cabinet Secretary for Health Susan Nakhumicha": a role carried on by
        // "of" or "for" names its portfolio in dictionary words, then its holder.
        if (!endsAsOrganisation && PortfolioRole(doc, runStart, end) is >= 0 and var role && HolderAfterPortfolio(doc, role + 2, end) is > 0 and var holder)
        {
            start = holder;
        }

        // "Housing Minister Rui Cardoso", "Fed Governor Lisa Cook": the role and what qualifies it precede the name.
        if (!endsAsOrganisation)
        {
            for (var k = end - 2; k > start; k--)
            {
                if ((RoleWords.Contains(Surface(doc, k)) || IsChiefTitle(doc, runStart, k)) && doc.IsCapitalised(k + 1))
                {
                    start = k + 1;
                    break;
                }
            }
        }

        while (start < end && Connectors.Contains(Surface(doc, start)))
        {
            start++;
        }

        // "DP World Chairman", "the European Commission President": a role word closing the run is the role, not the name,
        // unless an institution "of" the role opens it ("Office of the Data Protection Commissioner").
        var ofTheRole = end - start > 3 && doc.Word(start + 1) is "of" && DefaultGazetteer.InstitutionWords.Contains(Surface(doc, start));
        while (!endsAsOrganisation && !ofTheRole && end - start > 1 && RoleWords.Contains(Surface(doc, end - 1)))
        {
            end--;
        }

        if (start >= end)
        {
            return;
        }

        if (start > runStart && actors.Match(doc.Text, doc.Tokens, start, end) is { Length: > 0 } inner)
        {
            scan.AddActor(inner.Value!, start, start + inner.Length, strong: true);
            return;
        }

        // "UPDATE 2-", "VIDEO:", "MARKET ANALYSIS", "SPOILERS!": dictionary words written in capitals once are a label or a
        // shout, not a name, and a country's name so written ("IRELAND: Fyffes agrees merger") is the country. A name in
        // capitals is not a dictionary word ("NISSAN") or comes back ("CHOICE" in the consumer group's own story).
        if (IsShouted(doc, start, end))
        {
            if (end - start == 1 && countryNames.TryGetValue(TitleCase(Surface(doc, start)), out var shoutedCountry))
            {
                scan.AddRegion(shoutedCountry, start);
            }

            return;
        }

        // "(Video)", "[Update]": a dictionary word alone in brackets in a headline labels the piece, it names no one.
        if (end - start == 1 && doc.IsTitle(start) && IsBracketed(doc, start) && commonWords.Value.IsCommon(Surface(doc, start), evenIfName: false))
        {
            return;
        }

        // A ship is a vessel, whatever word ends its name ("MV Confederation").
        if (ShipPrefixes.Contains(Surface(doc, start)))
        {
            return;
        }

        // Seas, rivers, mountains, storms, laws, numbered stages and market benchmarks are named like organisations but are
        // places, events, texts and figures ("South Sinai" is a landform's part; "Phase III" a trial's stage).
        // "Strait of Messina", "Gulf of Mexico": a place word before "of" heads a place's name.
        var name = WithFullStop(doc, end, Join(doc, start, end));
        if (!endsAsOrganisation && (EndsAsPlace(doc, start, end) || NamesLaw(doc, start, end) || LawGoesOnAfterTo(doc, end) ||
            DefaultGazetteer.PlaceStarts.Contains(Surface(doc, start)) || DefaultGazetteer.PlaceStarts.Contains(Surface(doc, runStart)) ||
            (end - start > 2 && doc.Word(start + 1) is "of" && DefaultGazetteer.PlaceEndings.Contains(Surface(doc, start))) ||
            (end - start > 1 && Surface(doc, end - 1) is "Reserve" && DefaultGazetteer.ProtectedAreaWords.Contains(Surface(doc, end - 2))) ||
            DefaultGazetteer.Landforms.Contains(name) || (end - start == 2 && PlaceQualifiers.Contains(Surface(doc, start)) && DefaultGazetteer.Landforms.Contains(Surface(doc, start + 1))) ||
            NumbersAStage(doc, start, end) || DefaultGazetteer.NewsAgencies.Contains(name) || DefaultGazetteer.Occasions.Contains(name) || NamesEvent(doc, start, end) ||
            DefaultGazetteer.ClimatePatterns.Contains(name) || DefaultGazetteer.MarketBenchmarks.Contains(name)))
        {
            return;
        }

        // A lone common word after an '&' that joined no name ends a common phrase ("Research & Development"), not a name.
        var single = end - start == 1;
        // "Director of Investigation and Enforcement": dictionary words after a role's "of" are its portfolio, not a name;
        // "HD LED", "OLED TV": terms that are no actor alone make none together.
        if ((NamesAPortfolio(doc, start) && AllCommon(doc, start, end)) || (!single && AllNonActorAcronyms(doc, start, end)))
        {
            return;
        }

        var word = Surface(doc, start);
        // A country's adjective the region table lacks ("Fijian dollars", "Mauritanian ports") names the country, and so
        // does a region's ("its Bavarian sister party").
        if (single && (DemonymCountry(word) ?? SubdivisionDemonymCountry(word)) is { } country)
        {
            scan.AddRegion(country, start);
            return;
        }

        // "Europeans", "Latin Americans": a continent's people name neither a country nor an actor.
        if (DefaultGazetteer.ContinentPeoples.Contains(name))
        {
            return;
        }

        // "Kenyans", "South Africans", "Papua New Guineans", "New Zealanders": a country's people name the country, not an actor.
        if (PeopleOf(doc, start, end, single ? word : name) is { } people)
        {
            scan.AddRegion(people, start);
            return;
        }

        // "AFPs", "NGOs": an acronym in the plural names a kind of organisation, not one; "X-rays" is a thing; a legal form
        // a parenthesis cut off its company ("PT Bank Mandiri (Persero) Tbk") names none. A lone compass word ("South" of
        // "for the South China Sea", "Western buyers") is what a place's name left behind.
        if (single && (word.Length < 2 || IsCurrencyPrefix(doc, start) || IsLetterCompound(word) || PlaceQualifiers.Contains(word) || DefaultGazetteer.NonActorAcronyms.Contains(word) || DefaultGazetteer.CommonCapitalised.Contains(word) ||
            DefaultGazetteer.Languages.Contains(word) || (word.IndexOf('-') is > 0 and var hyphen && DefaultGazetteer.Languages.Contains(word[..hyphen])) ||
            (word.Length > 2 && word[^1] == 's' && IsAcronym(word[..^1])) ||
            StopWords.Contains(word) || DefaultGazetteer.Titles.Contains(word) || DefaultGazetteer.OrganisationEndings.Contains(word) || LegalForms.Contains(word) ||
            (start > 0 && doc.Word(start - 1) is "&" && commonWords.Value.IsCommon(word, evenIfName: true))))
        {
            return;
        }

        var strong = endsAsOrganisation || (single && IsAcronym(word)) || IsPossessive(doc.Word(end - 1));
        // The words after the name, or after the names listed with it ("Tenke Fungurume and Kisanfu mines", "Marburg and Ebola
        // outbreaks"), may say what it names.
        var sentenceEnd = doc.Sentences[doc.SentenceOfToken[end - 1]].TokenEnd;
        var noun = PastListedName(doc, end, sentenceEnd);
        var site = strong ? SiteKind.None : SiteFrom(doc, noun, sentenceEnd);
        // "in Cork and Galway": a name listed after a place that a locative or the city table made one is a place too, but
        // not the speaker after the list ("in Glenorchy and Claremont, Anna Reynolds said"); one listed after a landform
        // is a landform ("the islands of Sulawesi and Halmahera").
        var listed = start > 0 && (doc.Word(start - 1) is "and" or "or" || (doc.Word(start - 1) is "," && !(end < doc.Tokens.Count && ReportingVerbs.Contains(doc.Word(end)))));
        var landform = site == SiteKind.Landform || (!strong && (NamedAsLandform(doc, start) || (listed && scan.LandformEndsAt(start - 1))));
        var locative = !strong && ((start > 0 && (Locatives.Contains(doc.Word(start - 1)) || (listed && scan.PlaceEndsAt(start - 1)))) ||
            site != SiteKind.None || landform);
        if (locative)
        {
            scan.MarkPlace(end, landform);
        }

        // "K2 Black Panther tanks", "the Qdenga vaccine": a name only ever written just before the kind of product it names
        // is that product, not an actor (it counts like a place's name, which a name also used otherwise is not).
        // So is a currency ("25.1 billion New Taiwan dollars") or an index ("the Nasdaq Composite index"), and so are names
        // listed before the noun ("its Marché Vert and Proxi'Mo banners").
        var index = end < doc.Tokens.Count && doc.Word(end) is "index" or "indices" or "indexes" && !doc.IsCapitalised(end);
        var product = !strong && ((noun < sentenceEnd && IsProductOrCurrencyNoun(doc.Word(noun))) || index);
        var disease = noun < sentenceEnd && DiseaseNouns.Contains(doc.Word(noun)) && !doc.IsCapitalised(noun);
        // "a Marburg outbreak", "Lassa fever": a name once written before a disease word names the disease, "sold under the
        // brand name Veltrace" a product, and an acronym before "index" an index ("the AEX index"); no other mention makes
        // any of them an actor.
        var notActor = (!strong && (disease || (start > 1 && doc.Word(start - 1) is "name" && doc.Word(start - 2) is "brand" or "trade"))) ||
            (index && single && IsAcronym(word));
        scan.AddActor(name, start, end, strong, locative || product, landform, notActor);
    }

    /// <summary>
    /// Whether the words from <paramref name="start"/> to <paramref name="end"/> are all written in capitals, are all
    /// lower-case dictionary words (or a country's name), one of them has four letters or more, and the run's first word
    /// is written so only once in the article.
    /// </summary>
    private bool IsShouted(AnalysedText doc, int start, int end)
    {
        var longest = 0;
        for (var k = start; k < end; k++)
        {
            var word = Surface(doc, k);
            if (doc.Tokens[k].Kind != TokenKind.Word || !IsAllCapitals(word) ||
                !(commonWords.Value.IsCommon(word, evenIfName: false) || countryNames.ContainsKey(TitleCase(word))))
            {
                return false;
            }

            longest = Math.Max(longest, word.Length);
        }

        if (longest < 4)
        {
            return false;
        }

        var first = Surface(doc, start);
        var seen = 0;
        for (var k = 0; k < doc.Tokens.Count && seen < 2; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Word && Surface(doc, k).SequenceEqual(first))
            {
                seen++;
            }
        }

        return seen < 2;
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters > 1;
    }

    private static string TitleCase(ReadOnlySpan<char> word) =>
        word.Length == 0 ? string.Empty : string.Concat(word[..1], word[1..].ToString().ToLowerInvariant());

    private bool IsWeakStart(Scan scan, int k, int end, bool endsAsOrganisation)
    {
        var doc = scan.Doc;
        var word = Surface(doc, k);
        if (OpensOrganisation(doc, k, end))
        {
            return false;
        }

        if (StopWords.Contains(word) || DefaultGazetteer.CommonCapitalised.Contains(word) || Connectors.Contains(word))
        {
            return true;
        }

        // A title before an organisation word belongs to the name ("General Directorate of …", "General Motors").
        if (!endsAsOrganisation && k + 1 < end && DefaultGazetteer.Titles.Contains(word) && doc.Word(k + 1) is not "&" &&
            !DefaultGazetteer.OrganisationEndings.Contains(Surface(doc, k + 1)))
        {
            return true;
        }

        // "RCMP Superintendent Claire Beaulieu": an acronym before a title and a name is where the person works; the
        // person is the name (the acronym counts where it stands alone).
        if (!endsAsOrganisation && k + 3 < end && IsAcronym(word) && DefaultGazetteer.Titles.Contains(Surface(doc, k + 1)))
        {
            return true;
        }

        var atStart = !doc.HeadlineOnly && (doc.IsSentenceStart(k) || scan.FollowsDateline(k) || (k > 0 && doc.Tokens[k - 1].Kind == TokenKind.Punctuation && (IsOpeningQuote(doc.Word(k - 1)) || doc.Word(k - 1) is "(")));
        // "Without the Rastriya Lok Congress's 22 lawmakers", "Outside Parliament": a preposition or a linking adverb opening a
        // sentence is never a name's first word.
        if (atStart && end - k > 1 && SentenceOpeners.Contains(word))
        {
            return true;
        }

        // "Members of the Korean Metal Workers' Union", "Shares of Samsung Electronics": a dictionary word before "of" opening
        // a sentence is about the name, not part of it, unless it names an organisation itself ("Bank of Lorraine").
        if (atStart && end - k > 2 && doc.Word(k + 1) is "of" && !DefaultGazetteer.OrganisationEndings.Contains(word) &&
            !scan.MidCapitalised.Contains(word) && scan.Common.IsCommon(word, evenIfName: false))
        {
            return true;
        }

        // "Editor Mariana Garza Leal said", "Developer Groupe Mercier Habitat": a dictionary word opening a sentence before a
        // name of two or more words that opens with a word the dictionary lacks describes the name ("National Australia
        // Bank" opens with a place).
        if (atStart && end - k > 2 && IsCapitalisedWord(doc, k + 1) && !DefaultGazetteer.OrganisationEndings.Contains(word) &&
            !scan.MidCapitalised.Contains(word) && scan.Common.IsCommon(word, evenIfName: false) &&
            !scan.Common.IsCommon(Surface(doc, k + 1), evenIfName: true) && regions.Match(doc.Text, doc.Tokens, k + 1, end).Length == 0 &&
            cities.Match(doc.Text, doc.Tokens, k + 1, end).Length == 0)
        {
            return true;
        }

        // "Sometimes I think …", "Everywhere I have gone": a dictionary word opening a sentence before the pronoun is no
        // name's first word.
        if (atStart && end - k == 2 && doc.Word(k + 1) is "I" && !scan.MidCapitalised.Contains(word) && scan.Common.IsCommon(word, evenIfName: false))
        {
            return true;
        }

        if (!atStart || IsAcronym(word) || IsPossessive(doc.Word(k)) || (end - k > 1 && endsAsOrganisation) || HasInnerCapital(word))
        {
            return false;
        }

        var usedAsWord = doc.Terms[k] is { } term && scan.LowerTerms.Contains(term);
        if (end - k > 1)
        {
            return usedAsWord;
        }

        // A lone first word that is a dictionary word never capitalised inside a sentence is not a name ("Members of the
        // union…", "Cocoa prices…"); a name the dictionary also lists ("Apple", "Shell") may be.
        var dictionaryWord = !scan.MidCapitalised.Contains(word) && scan.Common.IsCommon(word, evenIfName: false);
        if (end < doc.Tokens.Count && ReportingVerbs.Contains(doc.Word(end)) && !word.EndsWith('s'))
        {
            return usedAsWord || dictionaryWord;
        }

        return usedAsWord || !scan.MidCapitalised.Contains(word);
    }

    /// <summary>
    /// True for a word that writes a currency before an amount: joined to a currency sign ("GH¢12"), two or three
    /// letters in mixed case before a figure ("Tk 23,000", "Rs 500", "KSh 2,000"), a currency's code before a figure ("NOK 4
    /// billion", "CFA 1,500"), or an acronym before a currency's noun ("CFA francs", "HK dollars").
    /// </summary>
    private static bool IsCurrencyPrefix(AnalysedText doc, int token)
    {
        if (token + 1 >= doc.Tokens.Count)
        {
            return false;
        }

        var next = doc.Tokens[token + 1];
        var word = doc.Word(token);
        return (next.Start == doc.Tokens[token].End && char.GetUnicodeCategory(doc.Text[next.Start]) == UnicodeCategory.CurrencySymbol) ||
            (next.Kind == TokenKind.Number && word.Length is 2 or 3 && char.IsUpper(word[0]) && word[1..].ContainsAnyInRange('a', 'z')) ||
            (IsAcronym(word) && CurrencyNouns.Contains(doc.Word(token + 1))) ||
            (next.Kind == TokenKind.Number && CurrencyCodes.Contains(word));
    }

    private static string Join(AnalysedText doc, int start, int end)
    {
        var builder = new StringBuilder();
        for (var k = start; k < end; k++)
        {
            // Tokens written apart are joined by one space; tokens written together stay together ("A/S", "AT&T").
            if (k > start && doc.Tokens[k].Start > doc.Tokens[k - 1].End)
            {
                builder.Append(' ');
            }

            // A possessive inside the name is part of it ("People's Committee"); the one that closes it is not.
            builder.Append(k < end - 1 ? doc.Word(k) : PhraseMatcher<string>.Surface(doc.Word(k)));
        }

        return builder.ToString();
    }

    /// <summary>
    /// The country whose people the words from <paramref name="start"/> to <paramref name="end"/>, written
    /// <paramref name="text"/>, are: the region table's adjective in the plural ("Kenyans", "South Africans"), else a
    /// country's name with a demonym ending ("Papua New Guineans", "New Zealanders"), or a people's own noun ("Poles",
    /// "Finns"); null otherwise.
    /// </summary>
    private string? PeopleOf(AnalysedText doc, int start, int end, ReadOnlySpan<char> text)
    {
        var plural = text.Length > 4 && text[^1] == 's';
        var listed = end - start == 1 ? (plural ? regions.MatchWord(text[..^1]) : null) : regions.MatchPlural(doc.Text, doc.Tokens, start, end);
        if (listed is { } code && code != NoCode)
        {
            return code;
        }

        return plural ? PeopleOf(text[..^1]) ?? DefaultGazetteer.PeopleNouns.GetValueOrDefault(text.ToString()) : null;
    }

    /// <summary>The country one of whose people <paramref name="person"/> names ("Papua New Guinean", "New Zealander", "Icelander"); null otherwise.</summary>
    private string? PeopleOf(ReadOnlySpan<char> person) =>
        DemonymCountry(person) ?? (person.Length > 4 && person.EndsWith("er", StringComparison.Ordinal) && countryNames.TryGetValue(person[..^2].ToString(), out var code) ? code : null);

    /// <summary>
    /// True when the one capitalised word from <paramref name="next"/> to <paramref name="runEnd"/>, after the place's name
    /// that starts at <paramref name="place"/> (not its adjective: "American Midwest"), makes a name with it in text that
    /// capitalises only names ("Manila Water", "Kenya Power", "Tokyo Gas"): not a known actor ("China Apple" are two), a
    /// title, a place's or a law's ending ("Panama Canal"), a word that never names an actor (days and months among them:
    /// "Kenya June"), nor a common word of a Title Case headline ("China Exports Rise").
    /// </summary>
    private bool NamedAfterPlace(Scan scan, int place, int next, int runEnd)
    {
        var doc = scan.Doc;
        if (scan.TitleCaseWords is not null || runEnd != next + 1 || !IsNamePart(doc, next, null) || IsPossessive(doc.Word(next - 1)) || IsPossessive(doc.Word(next)))
        {
            return false;
        }

        var word = Surface(doc, next);
        return actors.Match(doc.Text, doc.Tokens, next, runEnd).Length == 0 && !DefaultGazetteer.PlaceEndings.Contains(word) && !DefaultGazetteer.LawEndings.Contains(word) &&
            !DefaultGazetteer.CommonCapitalised.Contains(word) && !IsAcronym(word) && !HasDigit(word) &&
            !adjectives.Contains(Join(doc, place, next));
    }

    /// <summary>
    /// The city a country's name at <paramref name="i"/> opens, and the token after it: a listed city named after another
    /// country ("Benin City" is Nigerian, "Jersey City" American), or the country's name and "City" ("Panama City",
    /// "Kuwait City"), standing alone ("Panama City Council" is an actor); null when the name is the country's alone.
    /// </summary>
    private (string Code, int End)? CityAfterCountry(Scan scan, int i, int countryLength, string code, int limit)
    {
        var doc = scan.Doc;
        var next = i + countryLength;
        (string Code, int End) city;
        if (cities.Match(doc.Text, doc.Tokens, i, limit) is { Length: var length, Value: { } listed } && length > countryLength)
        {
            city = (listed, i + length);
        }
        else if (code != NoCode && next < limit && Surface(doc, next) is "City" && !IsPossessive(doc.Word(next - 1)))
        {
            city = (code, next + 1);
        }
        else
        {
            return null;
        }

        return StandsAlone(scan, i, city.End, limit) ? city : null;
    }

    /// <summary>
    /// True when the country's name before <paramref name="next"/> is part of the name of something that is not about the
    /// country: "U.S. dollar", the world's reference currency, and "Indian Ocean".
    /// </summary>
    private static bool NamesSomethingElse(AnalysedText doc, string code, int next, int limit) =>
        next < limit && ((code is "US" && doc.Word(next) is "dollar" or "dollars") || (code is "IN" && doc.Word(next) is "Ocean"));

    /// <summary>"Tianqi Lithium Corp.", "Ferdinand Marcos Jr.": a name closed by an abbreviated legal form or generation keeps its full stop, as written.</summary>
    private static string WithFullStop(AnalysedText doc, int end, string name) =>
        StoppedAbbreviations.Contains(doc.Word(end - 1)) && doc.Tokens[end - 1].End < doc.Text.Length && doc.Text[doc.Tokens[end - 1].End] == '.' ? name + "." : name;

    private static ReadOnlySpan<char> Surface(AnalysedText doc, int token) => PhraseMatcher<string>.Surface(doc.Word(token));

    /// <summary>
    /// True when a company's legal form follows within three capitalised words of <paramref name="from"/>: the country
    /// before it is part of the company's name ("MTN Nigeria Communications Plc", "Vodafone Egypt Ltd").
    /// </summary>
    private static bool LegalFormFollows(AnalysedText doc, int from, int limit) => CapitalisedWordsReach(LegalForms, doc, from, limit, 3);

    /// <summary>
    /// True when the word at <paramref name="at"/> is a legal form or the word a rating agency's name ends in, which carry on
    /// a name written as a possessive ("McDonald's Corp", "Moody's Ratings"), unlike an office or body ("Kenya's Central Bank").
    /// </summary>
    private static bool CompanyFormFollows(AnalysedText doc, int at, int limit) =>
        at < limit && IsCapitalisedWord(doc, at) && (LegalForms.Contains(Surface(doc, at)) || Surface(doc, at) is "Ratings");

    /// <summary>True when capitalised words from <paramref name="from"/> on reach an organisation word within four words.</summary>
    private static bool OrganisationWordFollows(AnalysedText doc, int from, int limit) =>
        CapitalisedWordsReach(DefaultGazetteer.OrganisationEndings, doc, from, limit, 4);

    /// <summary>True when the capitalised words from <paramref name="from"/> on reach one of <paramref name="words"/> within <paramref name="within"/> words.</summary>
    private static bool CapitalisedWordsReach(WordSet words, AnalysedText doc, int from, int limit, int within)
    {
        for (var k = from; k < limit && k < from + within && IsCapitalisedWord(doc, k); k++)
        {
            if (words.Contains(Surface(doc, k)))
            {
                return true;
            }
        }

        return false;
    }

}

/// <summary>An actor found in an article.</summary>
/// <param name="Name">The actor's name.</param>
/// <param name="Score">Its salience: mentions, title mentions counting twice.</param>
/// <param name="IsLikelyActor">
/// True for a name of two words or more, one the gazetteer knows, or one written just before a reporting verb ("Eskom
/// said"). On held-out sets 1 to 42 about nine in ten of the longer names found were right and two in three of the lone
/// words before a reporting verb, against a third of the other lone words (places no table knows, products, common words).
/// </param>
internal sealed record ActorMention(string Name, int Score, bool IsLikelyActor);

/// <summary>A region found in an article, with its salience.</summary>
internal sealed record RegionMention(string Code, int Score);

/// <summary>The actors and regions of one article, most salient first.</summary>
internal sealed record Entities(IReadOnlyList<ActorMention> Actors, IReadOnlyList<RegionMention> Regions);
