using Bellwether.Core.Text;

namespace Bellwether.Core.Internal;

/// <content>Where a name is a place: hyphened places, cities standing alone, sites and landforms after a name, a company's national arm, a country's adjective.</content>
internal sealed partial class EntityRecognizer
{
    /// <summary>
    /// True when token <paramref name="i"/> and the next open with a country of two words joined by hyphens to places
    /// ("United States-Mexico-Canada", "South Korea-Japan"): a relation, not a name. Its countries count as regions unless
    /// a name goes on after it.
    /// </summary>
    private bool JoinsPlacesAfterTwoWords(Scan scan, int i)
    {
        var doc = scan.Doc;
        if (i + 1 >= doc.Tokens.Count || doc.Tokens[i + 1].Kind != TokenKind.Word || !doc.IsCapitalised(i))
        {
            return false;
        }

        var next = Surface(doc, i + 1);
        var hyphen = next.IndexOf('-');
        if (hyphen <= 0 || !countryNames.TryGetValue($"{Surface(doc, i)} {next[..hyphen]}", out var first))
        {
            return false;
        }

        var rest = next[(hyphen + 1)..];
        foreach (var range in rest.Split('-'))
        {
            if (!IsPlacePart(rest[range]))
            {
                return false;
            }
        }

        // "the United States-Mexico-Canada Agreement" names a treaty, not the places it joins.
        if (i + 2 < doc.Tokens.Count && IsCapitalisedWord(doc, i + 2))
        {
            return true;
        }

        scan.AddRegion(first, i);
        AddCountriesJoined(scan, rest, i + 1);
        return true;
    }

    /// <summary>Whether one part of a hyphened join is a country's or a city's name, capitalised ("Mexico" of "US-Mexico").</summary>
    private bool IsPlacePart(ReadOnlySpan<char> part) =>
        part.Length > 0 && char.IsUpper(part[0]) && (regions.MatchWord(part) is not null || cities.MatchWord(part) is not null);

    /// <summary>Counts as regions the countries among the hyphen-joined parts of <paramref name="joined"/>, found at <paramref name="token"/>.</summary>
    private void AddCountriesJoined(Scan scan, ReadOnlySpan<char> joined, int token)
    {
        foreach (var range in joined.Split('-'))
        {
            if (regions.MatchWord(joined[range]) is { } code && code != NoCode)
            {
                scan.AddRegion(code, token);
            }
        }
    }

    /// <summary>
    /// True when token <paramref name="i"/> joins places, continents or months by hyphens ("US-China", "India-Pakistan",
    /// "Belgrade-Budapest", "Asia-Europe", "March-November", "October-to-December"): a relation, route or span, not a name. The countries among
    /// its parts count as regions when <paramref name="addRegions"/>.
    /// </summary>
    private bool JoinsPlaces(Scan scan, int i, bool addRegions = true)
    {
        var word = Surface(scan.Doc, i);
        if (word.IndexOf('-') <= 0 || !char.IsUpper(word[0]))
        {
            return false;
        }

        Span<Range> parts = stackalloc Range[4];
        var count = word.Split(parts, '-');
        if (count is < 2 or > 3)
        {
            return false;
        }

        for (var p = 0; p < count; p++)
        {
            // "October-to-December", "Lagos-to-Abidjan": a span's connector.
            var part = word[parts[p]];
            if (count == 3 && p == 1 && part is "to")
            {
                continue;
            }

            if (!IsPlacePart(part) && !(part.Length > 0 && char.IsUpper(part[0]) && DefaultGazetteer.SpanParts.Contains(part)))
            {
                return false;
            }
        }

        if (addRegions)
        {
            AddCountriesJoined(scan, word, i);
        }

        return true;
    }

    /// <summary>
    /// True when the capitalised words from <paramref name="start"/> to <paramref name="end"/> are not part of a longer
    /// name: the word before is not a name word (a possessive one, "Sudan's North Darfur", owns the place), and the word
    /// after is neither a name word nor an organisation ending, nor a title that an organisation's name goes on from
    /// ("Toronto Dominion Bank", "Santiago Peña", "Banco Porto" and "Istanbul Chief Public Prosecutor's Office" are names;
    /// "in Porto, landlords" is a place).
    /// </summary>
    private static bool StandsAlone(Scan scan, int start, int end, int limit)
    {
        var doc = scan.Doc;
        var before = start > 0 && !doc.IsSentenceStart(start) && !IsPossessive(doc.Word(start - 1)) && IsNamePart(doc, start - 1, scan.TitleCaseWords);
        var after = end < limit && !IsPossessive(doc.Word(end - 1)) && IsCapitalisedWord(doc, end) &&
            (IsNamePart(doc, end, scan.TitleCaseWords) || DefaultGazetteer.OrganisationEndings.Contains(Surface(doc, end)) ||
            (DefaultGazetteer.Titles.Contains(Surface(doc, end)) && OrganisationWordFollows(doc, end + 1, limit)));
        return !before && !after && !(end < limit && doc.Word(end) is "&") && !InitialFollows(doc, end);
    }

    /// <summary>
    /// True when an initial with its full stop comes at <paramref name="k"/>, or after a full stop there, before a
    /// capitalised word: the city's name before it is a name's first word, written short ("Jos. A. Bank", "Hamilton A.
    /// Reyes"). The sentence splitter may have ended a sentence at either full stop, so this reads past it.
    /// </summary>
    private static bool InitialFollows(AnalysedText doc, int k)
    {
        var count = doc.Tokens.Count;
        k += k < count && doc.Word(k) is "." ? 1 : 0;
        return k + 2 < count && IsInitial(Surface(doc, k)) && doc.Word(k + 1) is "." && IsCapitalisedWord(doc, k + 2);
    }

    /// <summary>What the words after a name say it is the place of.</summary>
    private enum SiteKind
    {
        /// <summary>Nothing: the name may act.</summary>
        None,

        /// <summary>A site a company may name ("the Cheongju campus").</summary>
        Site,

        /// <summary>A landform or a division of a country ("the Rioni river"), which no actor is.</summary>
        Landform,
    }

    /// <summary>
    /// The token after a national Red Cross or Red Crescent society that opens at <paramref name="i"/> with its country or
    /// the country's adjective ("the Tunisian Red Crescent", "the Kenya Red Cross Society"), or 0 when none does.
    /// </summary>
    private int NationalSocietyEnd(AnalysedText doc, int i) =>
        i + 2 < doc.Tokens.Count && Surface(doc, i + 1) is "Red" && Surface(doc, i + 2) is "Cross" or "Crescent" &&
        (IsAdjective(doc.Word(i)) || regions.MatchWord(Surface(doc, i)) is { } code && code != NoCode)
            ? i + (i + 3 < doc.Tokens.Count && Surface(doc, i + 3) is "Society" ? 4 : 3)
            : 0;

    /// <summary>
    /// True when the name at <paramref name="start"/> follows "of" and a landform, locality or route noun, a port or a city
    /// ("the islands of Sulawesi", "the province of Sindh", "the town of Kasese", "the port of Duqm"); not "the area of",
    /// which local reports write before a street or a block.
    /// </summary>
    private static bool NamedAsLandform(AnalysedText doc, int start) =>
        start > 1 && doc.Word(start - 1) is "of" && doc.Word(start - 2) is var noun &&
        ((LandformNouns.Contains(noun) && noun is not ("area" or "areas")) || RouteAndLocalityNouns.Contains(noun) || noun is "port" or "city");

    /// <summary>The token after the capitalised name listed at <paramref name="end"/> ("and Kisanfu"), or <paramref name="end"/> when none is.</summary>
    private static int PastListedName(AnalysedText doc, int end, int sentenceEnd)
    {
        var k = end;
        if (k + 1 < sentenceEnd && doc.Word(k) is "and" or "," && doc.IsCapitalised(k + 1))
        {
            for (k++; k < sentenceEnd && doc.Tokens[k].Kind == TokenKind.Word && doc.IsCapitalised(k); k++)
            {
            }
        }

        return k;
    }

    /// <summary>
    /// Whether a name is the place of a site or landform named after it, from token <paramref name="k"/> just after the
    /// name or the names listed with it (<see cref="PastListedName"/>) to <paramref name="sentenceEnd"/>: at most two
    /// lower-case words, then a site, landform or route noun ("Cheongju campus", "Kashiwazaki-Kariwa nuclear plant", "Rioni
    /// river", "Geibi line", "Tenke Fungurume and Kisanfu mines").
    /// </summary>
    private static SiteKind SiteFrom(AnalysedText doc, int k, int sentenceEnd)
    {
        // "the Geibi line", but "Petrobras in line with": a route, a locality or a station is said of the name only with no
        // function word between them; and no noun is said of a speaker ("Jane Smith said the plant …").
        var functionWord = false;
        for (var words = 0; k < sentenceEnd && doc.Tokens[k].Kind == TokenKind.Word && !doc.IsCapitalised(k) && !ReportingVerbs.Contains(doc.Word(k)); k++, words++)
        {
            var word = doc.Word(k);
            if (LandformNouns.Contains(word) || (!functionWord && RouteAndLocalityNouns.Contains(word)))
            {
                return SiteKind.Landform;
            }

            if (SiteNouns.Contains(word) || (!functionWord && StationNouns.Contains(word)))
            {
                return SiteKind.Site;
            }

            functionWord |= StopWords.Contains(word);
            if (words == 2)
            {
                break;
            }
        }

        return SiteKind.None;
    }

    /// <summary>
    /// True when the country from <paramref name="country"/> to <paramref name="after"/> closes the name that starts at
    /// <paramref name="start"/>, as a company's national arm is named ("Telecom Egypt", "Vodafone Egypt", "Radio France",
    /// "Stanbic Bank Kenya"): in prose, not possessive, with no capitalised word after it, and the words before it not a
    /// place's ("Upper Egypt", "Southern Sudan").
    /// </summary>
    private bool NamesABranch(AnalysedText doc, int start, int country, int after, int limit) =>
        !doc.TitleCased && !IsPossessive(doc.Word(after - 1)) && (after >= limit || !doc.IsCapitalised(after)) &&
        countryNames.ContainsKey(Join(doc, country, after)) && doc.IsCapitalised(country - 1) && !(country - start == 1 && PlaceQualifiers.Contains(doc.Word(start))) &&
        !DefaultGazetteer.Titles.Contains(Surface(doc, country - 1)) &&
        !(doc.IsSentenceStart(start) && country - start == 1 && commonWords.Value.IsCommon(Surface(doc, start), evenIfName: false));

    /// <summary>The country whose adjective <paramref name="word"/> is ("Fijian" → FJ, "Mauritanian" → MR, "Omani" → OM): its name with a demonym ending; null for any other word.</summary>
    private string? DemonymCountry(ReadOnlySpan<char> word)
    {
        // "Kyrgyz", "Uzbek", "Turkmen": the adjective of a country named "-stan" is its name without the ending.
        if (word.Length > 3 && (countryNames.TryGetValue(word.ToString() + "stan", out var land) || countryNames.TryGetValue(word.ToString() + "istan", out land)))
        {
            return land;
        }

        foreach (var ending in DemonymEndings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = word[..^ending.Length].ToString();
                if (countryNames.TryGetValue(stem, out var code) || countryNames.TryGetValue(stem + "a", out code) || countryNames.TryGetValue(stem + "e", out code) || countryNames.TryGetValue(stem + "s", out code))
                {
                    return code;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The country of the state, province or region whose adjective <paramref name="word"/> is ("Bavarian" → DE,
    /// "Californian" → US, "Tasmanian" → AU): the region's name with an "n" added; null for any other word.
    /// </summary>
    private string? SubdivisionDemonymCountry(ReadOnlySpan<char> word)
    {
        if (word.Length < 6 || !word.EndsWith("an", StringComparison.Ordinal))
        {
            return null;
        }

        return PlaceCode(word[..^1]);
    }
}
