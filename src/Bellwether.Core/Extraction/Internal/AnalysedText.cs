using System.Net;
using Bellwether.Core.Text;

namespace Bellwether.Core.Internal;

/// <summary>
/// The title and body of one article prepared for analysis: HTML character references decoded ("AT&amp;amp;T" reads
/// "AT&amp;T"), then markup, control characters and broken surrogates blanked out (indices keep pointing into
/// <see cref="Original"/>), tokens, stems and sentences.
/// </summary>
internal sealed class AnalysedText
{
    private const string Separator = "\n\n";

    public AnalysedText(string title, string body, TermCache? terms = null)
    {
        title = WebUtility.HtmlDecode(title);
        Original = string.Concat(title, Separator, WebUtility.HtmlDecode(body));
        BodyStart = title.Length + Separator.Length;
        Text = Markup.Blank(Original, out var blanked);
        Text = string.IsNullOrWhiteSpace(body) ? TitleCaseShouted(Text, title.Length) : Text;
        Blanked = blanked;
        Tokens = Tokenizer.Tokenize(Text);
        Terms = new string?[Tokens.Count];
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].Kind == TokenKind.Word)
            {
                Terms[i] = terms is null ? TermExtractor.ToTerm(Tokens[i].In(Text)) : terms.Get(Tokens[i].In(Text));
            }
        }

        Sentences = [.. SentenceSplitter.Split(Text).Select(r => new Sentence(r.Start.Value, r.End.Value))];
        SentenceOfToken = new int[Tokens.Count];
        var s = 0;
        for (var i = 0; i < Tokens.Count; i++)
        {
            while (s < Sentences.Count - 1 && Tokens[i].Start >= Sentences[s].End)
            {
                s++;
            }

            SentenceOfToken[i] = s;
            var sentence = Sentences[s];
            if (sentence.FirstToken < 0)
            {
                sentence.FirstToken = i;
            }

            sentence.TokenEnd = i + 1;
        }

        // A headline-only article is all title: read the title as prose, or nothing in it would count.
        HeadlineOnly = string.IsNullOrWhiteSpace(body);
        foreach (var sentence in Sentences)
        {
            sentence.IsHeading = !HeadlineOnly && sentence.FirstToken >= 0 && LooksLikeHeading(sentence);
        }

        TitleCased = HeadlineOnly && CapitalisesContentWords();
    }

    /// <summary>Title, blank line, body, as given but with HTML character references decoded; quotes are taken from it.</summary>
    public string Original { get; }

    /// <summary>The title part of <see cref="Original"/>.</summary>
    public string Title => Original[..(BodyStart - Separator.Length)];

    /// <summary><see cref="Original"/> with markup and unusable characters replaced by spaces (same length).</summary>
    public string Text { get; }

    /// <summary>True when the body is empty and only the title is read.</summary>
    public bool HeadlineOnly { get; }

    /// <summary>
    /// True for a headline-only article whose title capitalises three quarters of its content words ("Japan Says Bitcoin
    /// Not Currency"): there, a capital letter does not mark a name.
    /// </summary>
    public bool TitleCased { get; }

    /// <summary>True when anything was blanked out.</summary>
    public bool Blanked { get; }

    /// <summary>Where the body starts in <see cref="Text"/>.</summary>
    public int BodyStart { get; }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The Porter2 term of each word token; null for stop words and non-words.</summary>
    public string?[] Terms { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public int[] SentenceOfToken { get; }

    public ReadOnlySpan<char> Word(int token) => Tokens[token].In(Text);

    public bool IsTitle(int token) => Tokens[token].Start < BodyStart;

    public bool IsSentenceStart(int token) => Sentences[SentenceOfToken[token]].FirstToken == token;

    public bool IsCapitalised(int token) =>
        Tokens[token].Kind == TokenKind.Word && char.IsUpper(Text[Tokens[token].Start]);

    /// <summary>
    /// A bare headline written all in capitals ("FED HOLDS RATES AS INFLATION COOLS") read as Title Case, each word's
    /// first letter kept and the rest lowered (same length, so offsets still point into <see cref="Original"/>): capitals
    /// there say nothing of which words are names, and Title Case is read with the dictionary. A full article's body
    /// names its actors, and its title is left as written.
    /// </summary>
    private static string TitleCaseShouted(string text, int titleLength)
    {
        var title = text.AsSpan(0, titleLength);
        var letters = 0;
        foreach (var c in title)
        {
            if (char.IsLower(c))
            {
                return text;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        if (letters < 8 || title.IndexOf(' ') < 0)
        {
            return text;
        }

        var copy = text.ToCharArray();
        for (var i = 1; i < titleLength; i++)
        {
            if (char.IsLetter(copy[i]) && char.IsLetter(copy[i - 1]))
            {
                copy[i] = char.ToLowerInvariant(copy[i]);
            }
        }

        return new string(copy);
    }

    private bool CapitalisesContentWords()
    {
        var words = 0;
        var capitalised = 0;
        for (var i = 0; i < Tokens.Count && IsTitle(i); i++)
        {
            if (Tokens[i].Kind == TokenKind.Word && Terms[i] is not null)
            {
                words++;
                capitalised += IsCapitalised(i) ? 1 : 0;
            }
        }

        return words >= 3 && capitalised >= words * 0.75;
    }

    private bool LooksLikeHeading(Sentence sentence)
    {
        var words = 0;
        var capitalised = 0;
        for (var i = sentence.FirstToken; i < sentence.TokenEnd; i++)
        {
            if (Tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            if (IsCapitalised(i) || (Terms[i] is null && words > 1))
            {
                capitalised++;
            }
        }

        var last = Text[sentence.End - 1];
        return last is not '.' && (words <= 6 || capitalised >= words * 0.75);
    }
}

/// <summary>One sentence of an <see cref="AnalysedText"/>: its character range and its tokens.</summary>
internal sealed class Sentence(int start, int end)
{
    public int Start { get; } = start;

    public int End { get; } = end;

    public int FirstToken { get; set; } = -1;

    public int TokenEnd { get; set; }

    /// <summary>A heading, title or label rather than running prose.</summary>
    public bool IsHeading { get; set; }
}
