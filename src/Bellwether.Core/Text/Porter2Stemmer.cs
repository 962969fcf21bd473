namespace Bellwether.Core.Text;

/// <summary>
/// The Porter2 (Snowball English) stemmer: maps inflected and derived English words to a common stem
/// ("restrictions" and "restricted" both become "restrict"). Thread-safe and allocation-light.
/// </summary>
internal static class Porter2Stemmer
{
    private const int MaxStemmedLength = 64;

    /// <summary>The Porter2 stem of a lower-case English word; words it cannot stem are returned unchanged.</summary>
    /// <param name="word">A word in lower case (letters and apostrophes).</param>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2 || word.Length > MaxStemmedLength)
        {
            return word;
        }

        foreach (var c in word)
        {
            if (c is (< 'a' or > 'z') and not '\'')
            {
                return word;
            }
        }

        if (Exception1(word) is { } exception)
        {
            return exception;
        }

        Span<char> buffer = stackalloc char[word.Length];
        word.AsSpan().CopyTo(buffer);
        var w = new Word(buffer);
        w.Prelude();
        if (w.Length <= 2)
        {
            return w.ToFinalString();
        }

        w.MarkRegions();
        w.Step0();
        w.Step1A();
        if (IsException2(w.Current))
        {
            return w.ToFinalString();
        }

        w.Step1B();
        w.Step1C();
        w.Step2();
        w.Step3();
        w.Step4();
        w.Step5();
        return w.ToFinalString();
    }

    private static string? Exception1(string word) => word switch
    {
        "skis" => "ski",
        "skies" => "sky",
        "dying" => "die",
        "lying" => "lie",
        "tying" => "tie",
        "idly" => "idl",
        "gently" => "gentl",
        "ugly" => "ugli",
        "early" => "earli",
        "only" => "onli",
        "singly" => "singl",
        "sky" or "news" or "howe" or "atlas" or "cosmos" or "bias" or "andes" => word,
        _ => null,
    };

    private static bool IsException2(ReadOnlySpan<char> word) =>
        word is "inning" or "outing" or "canning" or "herring" or "earring" or "proceed" or "exceed" or "succeed";

    private ref struct Word
    {
        private readonly Span<char> chars;
        private int p1;
        private int p2;

        public Word(Span<char> chars)
        {
            this.chars = chars;
            Length = chars.Length;
        }

        public int Length { get; private set; }

        public readonly ReadOnlySpan<char> Current => chars[..Length];

        public void Prelude()
        {
            if (chars[0] == '\'')
            {
                chars[1..Length].CopyTo(chars);
                Length--;
            }

            if (Length > 0 && chars[0] == 'y')
            {
                chars[0] = 'Y';
            }

            for (var i = 1; i < Length; i++)
            {
                if (chars[i] == 'y' && IsVowel(chars[i - 1]))
                {
                    chars[i] = 'Y';
                }
            }
        }

        public void MarkRegions()
        {
            var c = Current;
            p1 = c.StartsWith("gener") || c.StartsWith("arsen") ? 5 : c.StartsWith("commun") ? 6 : RegionAfter(0);
            p2 = RegionAfter(p1);
        }

        public void Step0()
        {
            if (EndsWith("'s'"))
            {
                Length -= 3;
            }
            else if (EndsWith("'s"))
            {
                Length -= 2;
            }
            else if (EndsWith("'"))
            {
                Length--;
            }
        }

        public void Step1A()
        {
            if (EndsWith("sses"))
            {
                Length -= 2;
            }
            else if (EndsWith("ied") || EndsWith("ies"))
            {
                Length -= Length > 4 ? 2 : 1;
            }
            else if (EndsWith("us") || EndsWith("ss"))
            {
                // Kept.
            }
            else if (EndsWith("s") && ContainsVowel(0, Length - 2))
            {
                Length--;
            }
        }

        public void Step1B()
        {
            if (EndsWith("eedly"))
            {
                if (Length - 5 >= p1)
                {
                    Length -= 3;
                }

                return;
            }

            if (EndsWith("eed"))
            {
                if (Length - 3 >= p1)
                {
                    Length--;
                }

                return;
            }

            var suffix = EndsWith("ingly") ? 5 : EndsWith("edly") ? 4 : EndsWith("ing") ? 3 : EndsWith("ed") ? 2 : 0;
            if (suffix == 0 || !ContainsVowel(0, Length - suffix))
            {
                return;
            }

            Length -= suffix;
            if (EndsWith("at") || EndsWith("bl") || EndsWith("iz"))
            {
                Append('e');
            }
            else if (EndsWithDouble())
            {
                Length--;
            }
            else if (IsShortWord())
            {
                Append('e');
            }
        }

        public void Step1C()
        {
            if (Length > 2 && chars[Length - 1] is 'y' or 'Y' && !IsVowel(chars[Length - 2]))
            {
                chars[Length - 1] = 'i';
            }
        }

        public void Step2()
        {
            if (TryReplaceInR1("ization", "ize") || TryReplaceInR1("ational", "ate") || TryReplaceInR1("fulness", "ful") ||
                TryReplaceInR1("ousness", "ous") || TryReplaceInR1("iveness", "ive") || TryReplaceInR1("tional", "tion") ||
                TryReplaceInR1("biliti", "ble") || TryReplaceInR1("lessli", "less") || TryReplaceInR1("entli", "ent") ||
                TryReplaceInR1("ation", "ate") || TryReplaceInR1("alism", "al") || TryReplaceInR1("aliti", "al") ||
                TryReplaceInR1("ousli", "ous") || TryReplaceInR1("iviti", "ive") || TryReplaceInR1("fulli", "ful") ||
                TryReplaceInR1("enci", "ence") || TryReplaceInR1("anci", "ance") || TryReplaceInR1("abli", "able") ||
                TryReplaceInR1("izer", "ize") || TryReplaceInR1("ator", "ate") || TryReplaceInR1("alli", "al") ||
                TryReplaceInR1("bli", "ble"))
            {
                return;
            }

            if (EndsWith("ogi"))
            {
                if (Length - 3 >= p1 && Length > 3 && chars[Length - 4] == 'l')
                {
                    Length--;
                }

                return;
            }

            if (EndsWith("li") && Length - 2 >= p1 && Length > 2 && chars[Length - 3] is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't')
            {
                Length -= 2;
            }
        }

        public void Step3()
        {
            if (EndsWith("ational"))
            {
                ReplaceIf(7, "ate", Length - 7 >= p1);
            }
            else if (EndsWith("tional"))
            {
                ReplaceIf(6, "tion", Length - 6 >= p1);
            }
            else if (EndsWith("alize"))
            {
                ReplaceIf(5, "al", Length - 5 >= p1);
            }
            else if (EndsWith("icate") || EndsWith("iciti"))
            {
                ReplaceIf(5, "ic", Length - 5 >= p1);
            }
            else if (EndsWith("ative"))
            {
                ReplaceIf(5, string.Empty, Length - 5 >= p2);
            }
            else if (EndsWith("ical"))
            {
                ReplaceIf(4, "ic", Length - 4 >= p1);
            }
            else if (EndsWith("ness"))
            {
                ReplaceIf(4, string.Empty, Length - 4 >= p1);
            }
            else if (EndsWith("ful"))
            {
                ReplaceIf(3, string.Empty, Length - 3 >= p1);
            }
        }

        public void Step4()
        {
            ReadOnlySpan<string> suffixes =
            [
                "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion",
                "al", "er", "ic",
            ];
            var longest = string.Empty;
            foreach (var suffix in suffixes)
            {
                if (suffix.Length > longest.Length && EndsWith(suffix))
                {
                    longest = suffix;
                }
            }

            if (longest.Length == 0 || Length - longest.Length < p2)
            {
                return;
            }

            if (longest == "ion")
            {
                if (Length > 3 && chars[Length - 4] is 's' or 't')
                {
                    Length -= 3;
                }

                return;
            }

            Length -= longest.Length;
        }

        public void Step5()
        {
            if (EndsWith("e"))
            {
                if (Length - 1 >= p2 || (Length - 1 >= p1 && !EndsInShortSyllable(Length - 1)))
                {
                    Length--;
                }
            }
            else if (EndsWith("l") && Length - 1 >= p2 && Length > 1 && chars[Length - 2] == 'l')
            {
                Length--;
            }
        }

        public readonly string ToFinalString()
        {
            Span<char> result = stackalloc char[Length];
            for (var i = 0; i < Length; i++)
            {
                result[i] = chars[i] == 'Y' ? 'y' : chars[i];
            }

            return new string(result);
        }

        private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

        private readonly int RegionAfter(int start)
        {
            for (var i = start + 1; i < Length; i++)
            {
                if (!IsVowel(chars[i]) && IsVowel(chars[i - 1]))
                {
                    return i + 1;
                }
            }

            return Length;
        }

        private readonly bool EndsWith(string suffix) => Current.EndsWith(suffix);

        private readonly bool ContainsVowel(int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (IsVowel(chars[i]))
                {
                    return true;
                }
            }

            return false;
        }

        private readonly bool EndsWithDouble() =>
            Length >= 2 && chars[Length - 1] == chars[Length - 2] && chars[Length - 1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't';

        private readonly bool EndsInShortSyllable(int end)
        {
            if (end == 2)
            {
                return IsVowel(chars[0]) && !IsVowel(chars[1]);
            }

            return end >= 3 && !IsVowel(chars[end - 3]) && IsVowel(chars[end - 2]) && !IsVowel(chars[end - 1]) &&
                chars[end - 1] is not ('w' or 'x' or 'Y');
        }

        private readonly bool IsShortWord() => p1 >= Length && EndsInShortSyllable(Length);

        private void Append(char c)
        {
            chars[Length] = c;
            Length++;
        }

        private bool TryReplaceInR1(string suffix, string replacement)
        {
            if (!EndsWith(suffix))
            {
                return false;
            }

            ReplaceIf(suffix.Length, replacement, Length - suffix.Length >= p1);
            return true;
        }

        private void ReplaceIf(int suffixLength, string replacement, bool condition)
        {
            if (!condition)
            {
                return;
            }

            Length -= suffixLength;
            replacement.AsSpan().CopyTo(chars[Length..]);
            Length += replacement.Length;
        }
    }
}
