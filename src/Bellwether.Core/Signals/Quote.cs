namespace Bellwether.Core;

/// <summary>A verbatim sentence from an article with the key phrase it turns on.</summary>
/// <param name="Text">The sentence, a verbatim substring of the article.</param>
/// <param name="KeyPhrase">The phrase shown in brackets after the quote ("Q1 2026", "mega-IPOs").</param>
public sealed record Quote(string Text, string KeyPhrase);
