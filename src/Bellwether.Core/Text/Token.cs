namespace Bellwether.Core.Text;

/// <summary>One token of a text: where it starts, how long it is, and what kind it is.</summary>
/// <param name="Start">The index of the first character in the text.</param>
/// <param name="Length">The number of characters.</param>
/// <param name="Kind">Word, number or punctuation.</param>
internal readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>The index just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The token's characters in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);
}
