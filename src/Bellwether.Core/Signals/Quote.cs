namespace Bellwether.Core;

/// <summary>A verbatim sentence from an article with the key phrase it turns on.</summary>
public sealed record Quote
{
    /// <summary>Creates a <see cref="Quote"/> from its parts.</summary>
    /// <param name="text">The sentence, a verbatim substring of the article.</param>
    /// <param name="keyPhrase">The phrase shown in brackets after the quote ("Q1 2026", "mega-IPOs").</param>
    public Quote(string text, string keyPhrase)
    {
        Text = text;
        KeyPhrase = keyPhrase;
    }

    /// <summary>The sentence, a verbatim substring of the article.</summary>
    public string Text { get; init; }

    /// <summary>The phrase shown in brackets after the quote ("Q1 2026", "mega-IPOs").</summary>
    public string KeyPhrase { get; init; }
}
