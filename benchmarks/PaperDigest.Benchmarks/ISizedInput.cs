namespace PaperDigest.Benchmarks;

/// <summary>A benchmark parameter that knows how many UTF-8 bytes one operation processes (for the MB/s and B/B columns).</summary>
public interface ISizedInput
{
    /// <summary>Gets the number of UTF-8 bytes one benchmark operation reads.</summary>
    long Utf8ByteCount { get; }
}
