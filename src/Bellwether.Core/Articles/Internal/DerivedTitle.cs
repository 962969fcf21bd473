using System.Text;
using Bellwether.Core.Text;

namespace Bellwether.Core.Internal;

/// <summary>
/// A headline for an article published without one: the first line of its body, or that line's first sentence when
/// the line is longer than <see cref="MaxLength"/>, cut on a word boundary (with an ellipsis) when still too long.
/// </summary>
internal static class DerivedTitle
{
    /// <summary>The longest derived title, in characters.</summary>
    public const int MaxLength = 200;

    /// <summary>
    /// <paramref name="article"/> with a title derived from its body and marked as derived, when its title is empty
    /// or whitespace and its body yields one; otherwise <paramref name="article"/> itself.
    /// </summary>
    public static Article Apply(Article article) =>
        string.IsNullOrWhiteSpace(article.Title) && From(article.Text) is { Length: > 0 } title
            ? article with { Title = title, IsTitleDerived = true }
            : article;

    /// <summary>The title <paramref name="text"/> yields; empty when it has no printable line.</summary>
    public static string From(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var clean = Collapse(line);
            if (clean.Length == 0)
            {
                continue;
            }

            if (clean.Length <= MaxLength)
            {
                return clean;
            }

            var sentences = SentenceSplitter.Split(clean);
            var first = sentences.Count > 0 ? clean[sentences[0]] : clean;
            return first.Length <= MaxLength ? first : CutOnWord(first);
        }

        return string.Empty;
    }

    /// <summary>The line with control characters and runs of white space turned into single spaces, trimmed.</summary>
    private static string Collapse(string line)
    {
        var builder = new StringBuilder(line.Length);
        var space = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string CutOnWord(string sentence)
    {
        var limit = MaxLength - 1;
        var cut = sentence.LastIndexOf(' ', limit);
        var end = cut > MaxLength / 2 ? cut : limit;
        if (char.IsHighSurrogate(sentence[end - 1]))
        {
            end--;
        }

        return sentence[..end].TrimEnd() + "\u2026";
    }
}
