namespace Bellwether.Core.Internal;

/// <content>What an "and" inside a capitalised run joins: one name (an institution's trades, a role's portfolios, a list of single names) or two.</content>
internal sealed partial class EntityRecognizer
{
    /// <summary>
    /// True when the "and" at <paramref name="k"/> joins the trades an organisation is named for ("Kenya Power and Lighting
    /// Company", "Energy and Petroleum Tribunal", "Oil and Natural Gas Corporation"): dictionary words on both sides, none of
    /// them an organisation of its own ("Bank", "Ministry"), and only dictionary words after it up to the organisation word
    /// that ends the run ("Westinghouse Electric and Bechtel Corporation" are two names).
    /// </summary>
    private bool JoinsTradeWords(AnalysedText doc, int k, int end)
    {
        if (doc.Word(k) is not "and" || k + 1 >= end - 1 || !DefaultGazetteer.OrganisationEndings.Contains(Surface(doc, end - 1)) ||
            !IsTradeWord(doc, k - 1))
        {
            return false;
        }

        for (var j = k + 1; j < end - 1; j++)
        {
            if (!IsTradeWord(doc, j))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the "and" at <paramref name="k"/> joins the portfolios of a role before its holder's name ("Equipment and
    /// Water Minister Nizar Baraka", "Trade and Industry Secretary …": dictionary words from the run's start to a role word
    /// that a name follows; "Minister of Science and Technology Nguyen Manh Hung": a role, "of", then dictionary words), or
    /// two roles of one holder ("Chairman and Chief Executive …").
    /// </summary>
    private bool JoinsPortfolios(AnalysedText doc, int start, int k, int end)
    {
        // "Minister of Science and Technology Nguyen Manh Hung": the role comes first, and the "and" is inside its portfolio.
        if (PortfolioRole(doc, start, end) is >= 0 and var role)
        {
            return HolderAfterPortfolio(doc, role + 2, end) > k;
        }

        // "DP World Chairman and Chief Executive Sultan Ahmed bin Sulayem": two roles of one holder.
        if (RoleWords.Contains(Surface(doc, k - 1)) && (RoleWords.Contains(Surface(doc, k + 1)) || DefaultGazetteer.Titles.Contains(Surface(doc, k + 1))))
        {
            return true;
        }

        for (var j = start; j < end - 1; j++)
        {
            if (j > k && RoleWords.Contains(Surface(doc, j)))
            {
                return doc.IsCapitalised(j + 1);
            }

            if (j != k && !IsTradeWord(doc, j))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when the word at <paramref name="k"/> closes a chief's title ("Chief Financial Officer Hélène Durand", "Chief Executive Markus Dreher") or an office's ("Attorney General Kwame Raoul"); a police officer's rank stays with the name.</summary>
    private static bool IsChiefTitle(AnalysedText doc, int start, int k) =>
        (doc.Word(k) is "Officer" or "Executive" && ((k - 1 >= start && doc.Word(k - 1) is "Chief") || (k - 2 >= start && doc.Word(k - 2) is "Chief"))) ||
        (doc.Word(k) is "General" && k - 1 >= start && GeneralOffices.Contains(Surface(doc, k - 1)));

    /// <summary>
    /// The token of a role word that "of" or "for" carries on with a portfolio, at the start of the run or after one or two
    /// words ("Minister of State for …", "Cabinet Secretary for Health …", "Borno State Commissioner for Health …"); -1 when
    /// the run opens with none.
    /// </summary>
    private static int PortfolioRole(AnalysedText doc, int start, int end)
    {
        for (var r = start; r <= start + 2 && r + 3 < end; r++)
        {
            if (RoleWords.Contains(Surface(doc, r)) && doc.Word(r + 1) is "of" or "for")
            {
                return r;
            }
        }

        return -1;
    }

    /// <summary>
    /// The first token of the name that follows a role's portfolio, which runs from <paramref name="from"/> in dictionary
    /// words and connectors ("State for Finance", "Science and Technology"); 0 when no name follows.
    /// </summary>
    private int HolderAfterPortfolio(AnalysedText doc, int from, int end)
    {
        var k = from;
        // A word the dictionary also writes as a name ("John", "Grace") opens the holder's name, not the portfolio.
        while (k < end && (Connectors.Contains(doc.Word(k)) || doc.Word(k) is "," || IsTradeWord(doc, k, evenIfName: false)))
        {
            k++;
        }

        return k > from && k < end && !Connectors.Contains(doc.Word(k - 1)) ? k : 0;
    }

    /// <summary>
    /// A capitalised dictionary word that names a trade, not an organisation ("Power", "Energy"; not "Bank", "Ministry");
    /// unless <paramref name="evenIfName"/>, not a word the dictionary also writes as a name ("John").
    /// </summary>
    private bool IsTradeWord(AnalysedText doc, int token, bool evenIfName = true) =>
        IsCapitalisedWord(doc, token) && commonWords.Value.IsCommon(Surface(doc, token), evenIfName) && !DefaultGazetteer.InstitutionWords.Contains(Surface(doc, token));

    /// <summary>
    /// True when the carrier at <paramref name="end"/> and the article after it carry the name from <paramref name="start"/>
    /// on: "of the", "de la" or "for a" when the name already holds an organisation word ("Armed Forces of the Philippines",
    /// "Movement for a New Homeland"); "por el", "para la" or "pour la" always, since English copy keeps such a name in its
    /// own language, where "for the" between capitalised words is always inside one ("Pacto por el Cambio Social",
    /// "Rassemblement pour la République").
    /// </summary>
    private static bool CarrierAndArticleGoOn(AnalysedText doc, int start, int end)
    {
        var carrier = doc.Word(end);
        var article = doc.Word(end + 1);
        if (carrier is "por" or "para" or "pour")
        {
            return article is "el" or "la" or "los" or "las" or "le" or "les" && !Connectors.Contains(Surface(doc, end - 1));
        }

        return ((carrier is "of" or "de" or "for" && article is "the" or "la" or "los" or "las") || (carrier is "for" && article is "a")) &&
            HasOrganisationWord(doc, start, end);
    }

    /// <summary>True when a word the dictionary does not know follows the "and" at <paramref name="k"/> before the run's last word ("Westinghouse Electric and Bechtel Corporation").</summary>
    private bool NameFollows(AnalysedText doc, int k, int end)
    {
        for (var j = k + 1; j < end - 1; j++)
        {
            if (IsCapitalisedWord(doc, j) && !commonWords.Value.IsCommon(Surface(doc, j), evenIfName: true))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the "and" at <paramref name="k"/> stands between two words the dictionary does not know ("Korea and Samsung").</summary>
    private bool JoinsTwoNames(AnalysedText doc, int k) =>
        doc.Word(k) is "and" && !commonWords.Value.IsCommon(Surface(doc, k - 1), evenIfName: true) && !commonWords.Value.IsCommon(Surface(doc, k + 1), evenIfName: true);

    /// <summary>
    /// True when the "and" at <paramref name="k"/> goes on with the name of an institution, which "of", "for" or "on" carried
    /// on before it ("Ministry of Employment and Labor", "Authority for Consumers and Markets", "Ministry of Statistics and
    /// Programme Implementation"): the words after it up to the run's end are dictionary words that do not end with an
    /// organisation word and hold no known actor ("Bank of America and Citigroup", "Ministry of Finance and Central Bank"
    /// are two names).
    /// </summary>
    private bool ContinuesInstitution(Scan scan, int start, int k, int end)
    {
        var doc = scan.Doc;
        var carried = false;
        for (var j = start + 1; j < k - 1; j++)
        {
            carried |= NameCarriers.Contains(doc.Word(j)) && DefaultGazetteer.OrganisationEndings.Contains(Surface(doc, j - 1));
        }

        if (!carried || doc.Word(k) is not "and" || end - k - 1 > 3)
        {
            return false;
        }

        for (var j = k + 1; j < end; j++)
        {
            var word = Surface(doc, j);
            if ((j == end - 1 && DefaultGazetteer.OrganisationEndings.Contains(word)) || actors.Match(doc.Text, doc.Tokens, j, end).Length > 0 ||
                (IsCapitalisedWord(doc, j) && !commonWords.Value.IsCommon(word, evenIfName: true)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when token <paramref name="k"/> is an '&amp;' that makes one name of the single words on either side ("Procter &amp;
    /// Gamble", "Marks &amp; Spencer Group"), not two names ("Justin Bieber &amp; Selena Gomez", "Apple &amp; Samsung") nor common
    /// words ("Research &amp; Development", "Computer &amp; Mobile"): both are capitalised words of two letters or more that the
    /// dictionary does not list as common words (names it also lists, "Gamble", "Marks", count as names), neither has another
    /// name word beside it, the second does not open a known actor, and the '&amp;' does not end a list of single names
    /// ("Feynman, Sagan &amp; Tyson"; a list of '&amp;' names, "Procter &amp; Gamble, Johnson &amp; Johnson", keeps each).
    /// </summary>
    private bool JoinsOneName(Scan scan, int k, int limit)
    {
        var doc = scan.Doc;
        var common = scan.TitleCaseWords;
        if (doc.Word(k) is not "&" || k < 1 || k + 1 >= limit || !IsCapitalisedWord(doc, k - 1) || !IsCapitalisedWord(doc, k + 1) ||
            Surface(doc, k - 1).Length < 2 || Surface(doc, k + 1).Length < 2 || (k >= 2 && IsNamePart(doc, k - 2, common)) ||
            (k + 2 < limit && IsNamePart(doc, k + 2, common)) || EndsListOfSingleNames(doc, k) || actors.Match(doc.Text, doc.Tokens, k + 1, limit).Length > 0)
        {
            return false;
        }

        return IsNameWord(doc, k - 1, commonWords.Value) && IsNameWord(doc, k + 1, commonWords.Value);
    }

    /// <summary>
    /// True when the '&amp;' at <paramref name="k"/> joins the last item of a comma list whose item before it is a single
    /// capitalised word ("Feynman, Sagan &amp; Tyson"), not the second half of another '&amp;' name ("Gamble" in "Procter &amp;
    /// Gamble, Johnson &amp; Johnson").
    /// </summary>
    private static bool EndsListOfSingleNames(AnalysedText doc, int k) =>
        k >= 3 && doc.Word(k - 2) is "," && IsCapitalisedWord(doc, k - 3) && !(k >= 4 && doc.Word(k - 4) is "&");
}
