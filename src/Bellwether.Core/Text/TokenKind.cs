namespace Bellwether.Core.Text;

/// <summary>What a <see cref="Token"/> holds.</summary>
internal enum TokenKind
{
    /// <summary>Letters, possibly with digits, hyphens, inner apostrophes or abbreviation dots ("U.S.", "A100", "mega-IPOs").</summary>
    Word,

    /// <summary>A figure, possibly with a currency prefix, separators and a percent sign ("4,230%", "US$42", "1.2").</summary>
    Number,

    /// <summary>A single punctuation or symbol character.</summary>
    Punctuation,
}
