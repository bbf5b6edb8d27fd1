using PaperDigest.Model;

namespace PaperDigest;

/// <summary>Parses digest articles into <see cref="Digest"/> models. Implementations are immutable and thread-safe.</summary>
public interface IDigestParser
{
    /// <summary>Parses a digest.</summary>
    /// <param name="text">The article text (plain text with light Markdown).</param>
    /// <returns>The digest; content problems are reported as <see cref="Digest.Diagnostics"/>, never thrown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    Digest Parse(string text);

    /// <summary>Parses a digest and records where it came from.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="sourceName">A name for the input (a file name), stored as <see cref="Digest.SourceName"/>; may be <see langword="null"/>.</param>
    /// <returns>The digest.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    Digest Parse(string text, string? sourceName);
}
