namespace Bellwether.Core.Text;

/// <summary>
/// Splits English news text into tokens, keeping abbreviations ("U.S."), codes ("Q1", "A100"), figures ("4,230%",
/// "US$42") and hyphenated words ("self-sufficiency") whole. Never throws on any string.
/// </summary>
internal static class Tokenizer
{
    /// <summary>The tokens of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            var currency = CurrencyPrefixLength(text, i);
            int end;
            TokenKind kind;
            if (currency > 0)
            {
                end = ReadNumber(text, i + currency);
                kind = TokenKind.Number;
            }
            else if (char.IsDigit(c))
            {
                end = ReadNumber(text, i);
                kind = TokenKind.Number;
                if (end < text.Length && char.IsLetter(text[end]))
                {
                    end = ReadWord(text, end);
                    kind = TokenKind.Word;
                }
            }
            else if (char.IsLetter(c))
            {
                end = ReadWord(text, i);
                kind = TokenKind.Word;
            }
            else
            {
                end = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? i + 2 : i + 1;
                kind = TokenKind.Punctuation;
            }

            tokens.Add(new Token(i, end - i, kind));
            i = end;
        }

        return tokens;
    }

    /// <summary>True for the straight and typographic apostrophes.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>Where the first apostrophe (<see cref="IsApostrophe"/>) of <paramref name="word"/> stands, or -1.</summary>
    public static int IndexOfApostrophe(ReadOnlySpan<char> word) => word.IndexOfAny('\'', '\u2019');

    private static int CurrencyPrefixLength(string text, int i)
    {
        var symbol = i;
        while (symbol < text.Length && symbol - i < 2 && char.IsAsciiLetterUpper(text[symbol]))
        {
            symbol++;
        }

        if (symbol < text.Length && IsCurrencySymbol(text[symbol]) && symbol + 1 < text.Length && char.IsDigit(text[symbol + 1]) &&
            (symbol == i || i == 0 || !char.IsLetterOrDigit(text[i - 1])))
        {
            return symbol + 1 - i;
        }

        return 0;
    }

    private static bool IsCurrencySymbol(char c) => c is '$' or '€' or '£' or '¥' or '₹' or '₩';

    private static int ReadNumber(string text, int i)
    {
        while (i < text.Length)
        {
            if (char.IsDigit(text[i]))
            {
                i++;
            }
            else if (text[i] is ',' or '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i < text.Length && text[i] == '%' ? i + 1 : i;
    }

    private static int ReadWord(string text, int i)
    {
        var start = i;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if ((c == '-' || IsApostrophe(c)) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && i > start)
            {
                i++;
            }
            else if (c == '&' && i > start && char.IsUpper(text[i - 1]) && i + 1 < text.Length && char.IsUpper(text[i + 1]))
            {
                i++;
            }
            else if (c == '.' && IsInitialism(text, start, i))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    // "U.S.", "U.K.", "e.g.": single letters each followed by a dot.
    private static bool IsInitialism(string text, int start, int dot)
    {
        if (dot - start == 1)
        {
            return dot + 2 < text.Length && char.IsLetter(text[dot + 1]) && text[dot + 2] == '.';
        }

        return dot >= 2 && text[dot - 2] == '.' && char.IsLetter(text[dot - 1]);
    }
}
