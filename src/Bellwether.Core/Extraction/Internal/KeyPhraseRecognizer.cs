using System.Buffers;
using Bellwether.Core.Text;

namespace Bellwether.Core.Internal;

/// <summary>
/// A focused, table-driven recogniser for the phrases a signal turns on: money, percentages, coined terms,
/// products and models, periods and dates, multipliers. Each rule reads the token stream at one position and
/// reports how many tokens it covers; the first rule in table order that matches wins.
/// </summary>
internal static class KeyPhraseRecognizer
{
    private static readonly SearchValues<char> CurrencySymbols = SearchValues.Create("$€£¥₹₩");
    private static readonly SearchValues<char> FigureMarks = SearchValues.Create(",.%$€£¥₹₩");
    private static readonly WordSet Scales = Set("billion", "million", "trillion", "thousand", "bn", "mn", "m", "b", "k", "tn", "trn", "crore", "lakh");
    private static readonly WordSet Currencies = Set("yuan", "renminbi", "rmb", "dollars", "dollar", "euros", "euro", "yen", "won", "rupees", "rupee", "pounds", "sterling", "roubles", "rubles", "francs", "pesos", "reais", "rand", "ringgit", "baht", "dong", "lira", "hryvnia", "usd", "eur", "cny", "jpy", "gbp", "zloty", "zlotys", "kronor", "krone", "shekels", "naira", "dirhams", "riyals");
    private static readonly WordSet Percents = Set("percent", "per cent", "pct", "percentage points");
    private static readonly WordSet Multipliers = Set("doubled", "doubling", "tripled", "tripling", "quadrupled", "halved", "halving", "twofold", "two-fold", "threefold", "three-fold", "fourfold", "fivefold", "tenfold", "ten-fold");
    private static readonly WordSet YearPrepositions = Set("since", "by", "until", "through", "before", "after", "from");
    private static readonly WordSet Months = Set("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static readonly WordSet CoinedPrefixes = Set("mega", "giga", "super", "hyper", "ultra", "techno", "cyber", "de", "re", "anti", "post", "friend", "geo", "petro", "narco", "crypto", "eco", "green", "mini", "micro");

    private delegate int Rule(AnalysedText doc, int i);

    private static readonly (KeyPhraseKind Kind, Rule Rule)[] Table =
    [
        (KeyPhraseKind.Money, CurrencyFigure),
        (KeyPhraseKind.Money, FigureWithCurrencyWord),
        (KeyPhraseKind.Percentage, Percentage),
        (KeyPhraseKind.Period, QuarterOrHalf),
        (KeyPhraseKind.Period, MonthYear),
        (KeyPhraseKind.Period, PrepositionYear),
        (KeyPhraseKind.Multiplier, Multiplier),
        (KeyPhraseKind.Quantity, ScaledFigure),
        (KeyPhraseKind.Product, ModelCode),
        (KeyPhraseKind.Product, NameAndNumber),
        (KeyPhraseKind.CoinedTerm, CoinedTerm),
        (KeyPhraseKind.CoinedTerm, QuotedTerm),
    ];

    /// <summary>The key phrases of <paramref name="doc"/>, in text order.</summary>
    public static IReadOnlyList<KeyPhrase> Recognize(AnalysedText doc)
    {
        var phrases = new List<KeyPhrase>();
        var i = 0;
        while (i < doc.Tokens.Count)
        {
            var matched = 0;
            foreach (var (kind, rule) in Table)
            {
                matched = rule(doc, i);
                if (matched > 0)
                {
                    var first = doc.Tokens[i];
                    var last = doc.Tokens[i + matched - 1];
                    var text = doc.Text[first.Start..last.End];
                    phrases.Add(new KeyPhrase(text.Trim('"', '“', '”', '‘', '’', '\''), kind, first.Start, i, matched));
                    break;
                }
            }

            i += Math.Max(matched, 1);
        }

        return phrases;
    }

    private static WordSet Set(params string[] words) => WordSet.WithCaseVariants(words);

    private static bool In(WordSet set, AnalysedText doc, int i) =>
        i < doc.Tokens.Count && doc.Tokens[i].Kind == TokenKind.Word && set.Contains(doc.Word(i));

    private static bool Adjacent(AnalysedText doc, int i) =>
        i < doc.Tokens.Count && i > 0 && doc.SentenceOfToken[i] == doc.SentenceOfToken[i - 1] && doc.Tokens[i].Start - doc.Tokens[i - 1].End <= 1;

    private static bool IsNumber(AnalysedText doc, int i) => i < doc.Tokens.Count && doc.Tokens[i].Kind == TokenKind.Number;

    private static bool IsYear(AnalysedText doc, int i) =>
        IsNumber(doc, i) && doc.Word(i) is { Length: 4 } w && int.TryParse(w, out var year) && year is >= 1900 and <= 2100;

    private static bool HasCurrencySymbol(ReadOnlySpan<char> word) => word.IndexOfAny(CurrencySymbols) >= 0;

    // US$42 billion, $300m, €1.2bn
    private static int CurrencyFigure(AnalysedText doc, int i) =>
        IsNumber(doc, i) && HasCurrencySymbol(doc.Word(i)) ? (In(Scales, doc, i + 1) && Adjacent(doc, i + 1) ? 2 : 1) : 0;

    // 20 billion yuan, 500 euros
    private static int FigureWithCurrencyWord(AnalysedText doc, int i)
    {
        if (!IsNumber(doc, i) || doc.Word(i).EndsWith("%"))
        {
            return 0;
        }

        var next = In(Scales, doc, i + 1) ? i + 2 : i + 1;
        return In(Currencies, doc, next) && Adjacent(doc, next) ? next - i + 1 : 0;
    }

    // 4,230%, 12 percent
    private static int Percentage(AnalysedText doc, int i) =>
        IsNumber(doc, i) ? (doc.Word(i).EndsWith("%") ? 1 : In(Percents, doc, i + 1) && Adjacent(doc, i + 1) ? 2 : 0) : 0;

    // Q1 2026, H1 2025, FY2025, Q3
    private static int QuarterOrHalf(AnalysedText doc, int i)
    {
        var w = doc.Word(i);
        var code = (w.Length == 2 && w[0] is 'Q' && w[1] is >= '1' and <= '4') || (w.Length == 2 && w[0] is 'H' && w[1] is '1' or '2');
        if (code)
        {
            return IsYear(doc, i + 1) && Adjacent(doc, i + 1) ? 2 : 1;
        }

        return w.Length == 6 && w.StartsWith("FY") && int.TryParse(w[2..], out _) ? 1 : 0;
    }

    // May 2026, March 3, 2026 is read as "March 3" + "2026" not joined; a month needs a year after it.
    private static int MonthYear(AnalysedText doc, int i) =>
        IsYear(doc, i + 1) && doc.IsCapitalised(i) && In(Months, doc, i) && Adjacent(doc, i + 1) ? 2 : 0;

    // since 2022, by 2030
    private static int PrepositionYear(AnalysedText doc, int i) =>
        IsYear(doc, i + 1) && In(YearPrepositions, doc, i) && Adjacent(doc, i + 1) ? 2 : 0;

    // doubled, threefold, 3x
    private static int Multiplier(AnalysedText doc, int i)
    {
        if (doc.Tokens[i].Kind != TokenKind.Word || doc.Tokens[i].Length < 2)
        {
            return 0;
        }

        if (doc.Text[doc.Tokens[i].End - 1] is 'd' or 'g' or 'D' or 'G' && In(Multipliers, doc, i))
        {
            return 1;
        }

        var w = doc.Word(i);
        return doc.Tokens[i].Kind == TokenKind.Word && w.Length >= 2 && w[^1] == 'x' && int.TryParse(w[..^1], out _) ? 1 : 0;
    }

    // 1.2 million (no currency)
    private static int ScaledFigure(AnalysedText doc, int i) =>
        IsNumber(doc, i) && !doc.Word(i).EndsWith("%") && doc.Word(i + 0).Length > 0 && In(Scales, doc, i + 1) && Adjacent(doc, i + 1) &&
        doc.Word(i + 1).Length > 2 ? 2 : 0;

    // A100, H20, GPT-4, RTX4090: a capitalised code that mixes letters and digits.
    private static int ModelCode(AnalysedText doc, int i)
    {
        if (doc.Tokens[i].Kind != TokenKind.Word || !doc.IsCapitalised(i))
        {
            return 0;
        }

        var w = PhraseMatcher<string>.Surface(doc.Word(i));
        var digits = 0;
        foreach (var c in w)
        {
            digits += char.IsDigit(c) ? 1 : 0;
        }

        return digits > 0 && digits < w.Length && w.Length >= 2 && w.Length <= 12 && !(w.Length == 2 && w[0] is 'Q' or 'H') && !w.StartsWith("FY") ? 1 : 0;
    }

    // Siyuan 590, Model 3: a capitalised name followed by a bare model number (not a year, not a figure).
    private static int NameAndNumber(AnalysedText doc, int i)
    {
        if (doc.Tokens[i].Kind != TokenKind.Word || !doc.IsCapitalised(i) || doc.IsSentenceStart(i) || In(Months, doc, i) ||
            !IsNumber(doc, i + 1) || !Adjacent(doc, i + 1) || IsYear(doc, i + 1) || StopWords.Contains(doc.Word(i)))
        {
            return 0;
        }

        var number = doc.Word(i + 1);
        var isBareInteger = number.IndexOfAny(FigureMarks) < 0;
        var followedByUnit = i + 2 < doc.Tokens.Count && (In(Scales, doc, i + 2) || In(Percents, doc, i + 2) || In(Currencies, doc, i + 2));
        return isBareInteger && !followedByUnit ? 2 : 0;
    }

    // mega-IPOs, de-risking: a hyphenated word with a coining prefix or an acronym part.
    private static int CoinedTerm(AnalysedText doc, int i)
    {
        if (doc.Tokens[i].Kind != TokenKind.Word)
        {
            return 0;
        }

        var w = doc.Word(i);
        var hyphen = w.IndexOf('-');
        if (hyphen <= 0)
        {
            return 0;
        }

        var prefix = w[..hyphen];
        var rest = w[(hyphen + 1)..];
        var coinedPrefix = CoinedPrefixes.Contains(prefix) && rest.Length > 2;
        var acronymPart = char.IsLower(prefix[0]) && EntityRecognizer.IsAcronym(PhraseMatcher<string>.Surface(rest));
        return coinedPrefix || acronymPart ? 1 : 0;
    }

    // "denial through restriction": a short phrase in quotation marks.
    private static int QuotedTerm(AnalysedText doc, int i)
    {
        var open = doc.Word(i);
        if (open is not ("\"" or "“" or "‘") || doc.Tokens[i].Kind != TokenKind.Punctuation)
        {
            return 0;
        }

        for (var j = i + 1; j < doc.Tokens.Count && j <= i + 5; j++)
        {
            var w = doc.Word(j);
            if (w is "\"" or "”" or "’")
            {
                return j - i >= 2 ? j - i + 1 : 0;
            }

            if (doc.Tokens[j].Kind != TokenKind.Word || doc.SentenceOfToken[j] != doc.SentenceOfToken[i])
            {
                return 0;
            }
        }

        return 0;
    }
}
