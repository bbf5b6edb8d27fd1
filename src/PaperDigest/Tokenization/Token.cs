namespace PaperDigest.Tokenization;

/// <summary>
/// One token: a kind and a range of the input. Tokens of an input are contiguous and concatenate back to it.
/// </summary>
/// <remarks>Immutable. The text is not copied; use <see cref="GetText(string)"/> or slice the input.</remarks>
/// <param name="Kind">The token's kind.</param>
/// <param name="Start">Offset of the token in the input.</param>
/// <param name="Length">Length in UTF-16 code units (never 0).</param>
/// <param name="AsciiFold">For <see cref="TokenKind.Punctuation"/>, the ASCII character it stands for
/// (<c>：</c> → <c>:</c>, <c>，</c> → <c>,</c>, <c>【</c> → <c>[</c>, <c>丨</c> → <c>|</c>); otherwise <c>'\0'</c>.</param>
public readonly record struct Token(TokenKind Kind, int Start, int Length, char AsciiFold = '\0')
{
    /// <summary>Gets the offset just past the token.</summary>
    public int End => Start + Length;

    /// <summary>Returns the token's text.</summary>
    /// <param name="text">The input that was tokenized.</param>
    /// <returns>The token's characters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public string GetText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }
}
