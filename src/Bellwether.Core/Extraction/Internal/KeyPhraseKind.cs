namespace Bellwether.Core.Internal;

/// <summary>What a key phrase names; the order is the preference when one phrase must stand for a sentence.</summary>
internal enum KeyPhraseKind
{
    /// <summary>An amount of money with its currency and scale ("US$42 billion", "20 billion yuan").</summary>
    Money,

    /// <summary>A percentage ("4,230%", "12 percent").</summary>
    Percentage,

    /// <summary>A coined or marked term ("mega-IPOs").</summary>
    CoinedTerm,

    /// <summary>A named product or model ("Siyuan 590", "A100").</summary>
    Product,

    /// <summary>A period or date ("Q1 2026", "H1 2025", "since 2022", "May 2026").</summary>
    Period,

    /// <summary>A multiplier ("doubled", "threefold", "3x").</summary>
    Multiplier,

    /// <summary>A large quantity without a currency ("1.2 million").</summary>
    Quantity,
}

/// <summary>A key phrase: a verbatim span of the analysed text.</summary>
internal sealed record KeyPhrase(string Text, KeyPhraseKind Kind, int Start, int FirstToken, int TokenCount);
