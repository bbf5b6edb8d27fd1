namespace PaperDigest.Tokenization;

/// <summary>
/// Enumerates the tokens of a span without allocating. Obtain one from <see cref="Tokenizer.Enumerate"/>.
/// </summary>
public ref struct TokenEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    internal TokenEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        Current = default;
    }

    /// <summary>Gets the current token.</summary>
    public Token Current { get; private set; }

    /// <summary>Returns this enumerator, so it works in <c>foreach</c>.</summary>
    /// <returns>This enumerator.</returns>
    public readonly TokenEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next token.</summary>
    /// <returns><see langword="true"/> while tokens remain.</returns>
    public bool MoveNext()
    {
        if (_position >= _text.Length)
        {
            return false;
        }

        Current = Tokenizer.Next(_text, _position);
        _position = Current.End;
        return true;
    }
}
