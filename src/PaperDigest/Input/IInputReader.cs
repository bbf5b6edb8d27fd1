namespace PaperDigest.Input;

/// <summary>
/// Turns an input in some format (HTML, Markdown) into the text the parser reads, keeping for every character of that
/// text where it came from, so that every span of the result points into the original input.
/// </summary>
/// <remarks>Implementations must be immutable and thread-safe, and must not throw on any input string.</remarks>
public interface IInputReader
{
    /// <summary>Gets the format this reader reads.</summary>
    InputFormat Format { get; }

    /// <summary>Whether <paramref name="input"/> looks like this reader's format (used by <see cref="InputFormat.Auto"/>).</summary>
    /// <param name="input">The input.</param>
    /// <returns><see langword="true"/> when this reader should read it.</returns>
    bool CanRead(string input);

    /// <summary>Reads <paramref name="input"/>.</summary>
    /// <param name="input">The input.</param>
    /// <returns>The text to parse, mapped back to <paramref name="input"/>.</returns>
    ProjectedText Read(string input);
}
