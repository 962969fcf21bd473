using System.Net;

namespace Bellwether.Core.Text;

/// <summary>
/// Reads text that may carry HTML as the words a reader sees: tags, the contents of <c>script</c> and <c>style</c>
/// elements, leftover character references, control characters and broken surrogates are blanked out with spaces, so
/// that offsets stay those of the text given.
/// </summary>
internal static class Markup
{
    private const int MaxTagLength = 400;
    private const int MaxHiddenElementLength = 20_000;

    /// <summary>
    /// <paramref name="text"/> with its HTML character references decoded and then blanked as <see cref="Blank"/> does;
    /// the same string when it holds neither a tag nor a reference.
    /// </summary>
    public static string ToPlainText(string text) =>
        text.AsSpan().IndexOfAny('<', '&') < 0 ? text : Blank(WebUtility.HtmlDecode(text), out _);

    /// <summary>
    /// <paramref name="text"/> with markup and unusable characters replaced by spaces (same length);
    /// <paramref name="blanked"/> tells whether any was.
    /// </summary>
    public static string Blank(string text, out bool blanked)
    {
        blanked = false;
        char[]? copy = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var blank = 0;
            if (c == '<' && TagLength(text, i) is > 0 and var tag)
            {
                blank = HiddenElementLength(text, i, tag);
            }
            else if (c == '&' && EntityLength(text, i) is > 0 and var entity)
            {
                blank = entity;
            }
            else if (char.IsHighSurrogate(c))
            {
                blank = i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 0 : 1;
                i += blank == 0 ? 1 : 0;
            }
            else if (char.IsLowSurrogate(c) || c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            {
                blank = 1;
            }

            if (blank > 0)
            {
                copy ??= text.ToCharArray();
                copy.AsSpan(i, blank).Fill(' ');
                blanked = true;
                i += blank - 1;
            }
        }

        return copy is null ? text : new string(copy);
    }

    /// <summary>The length of the tag that opens at <paramref name="i"/> ("&lt;p class=\"x\"&gt;", "&lt;/div&gt;", "&lt;!-- … --&gt;"), or 0 when none does.</summary>
    private static int TagLength(string text, int i)
    {
        if (i + 1 >= text.Length || !(char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!' or '?'))
        {
            return 0;
        }

        var end = text.IndexOf('>', i + 1, Math.Min(MaxTagLength, text.Length - i - 1));
        return end < 0 ? 0 : end - i + 1;
    }

    /// <summary>The length to blank for the tag of <paramref name="tag"/> characters at <paramref name="i"/>: through the closing tag of a <c>script</c> or <c>style</c> element, whose contents no reader sees.</summary>
    private static int HiddenElementLength(string text, int i, int tag)
    {
        var name = text.AsSpan(i + 1, tag - 1);
        var hidden = name.StartsWith("script", StringComparison.OrdinalIgnoreCase) ? "</script>" : name.StartsWith("style", StringComparison.OrdinalIgnoreCase) ? "</style>" : null;
        if (hidden is null)
        {
            return tag;
        }

        var close = text.IndexOf(hidden, i + tag, Math.Min(MaxHiddenElementLength, text.Length - i - tag), StringComparison.OrdinalIgnoreCase);
        return close < 0 ? tag : close + hidden.Length - i;
    }

    private static int EntityLength(string text, int i)
    {
        var j = i + 1;
        while (j < text.Length && j - i <= 10 && (char.IsAsciiLetterOrDigit(text[j]) || text[j] == '#'))
        {
            j++;
        }

        return j < text.Length && text[j] == ';' && j > i + 1 ? j - i + 1 : 0;
    }
}
