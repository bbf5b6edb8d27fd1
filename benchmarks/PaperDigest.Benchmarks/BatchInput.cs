using System.Globalization;
using System.Text;

namespace PaperDigest.Benchmarks;

/// <summary>Many documents parsed one by one: the seeds repeated a number of times.</summary>
public sealed class BatchInput : ISizedInput
{
    private readonly Lazy<string[]> _documents;

    /// <summary>Creates the batch of the seeds repeated <paramref name="repeat"/> times.</summary>
    /// <param name="repeat">How many times each seed occurs.</param>
    public BatchInput(int repeat)
    {
        Repeat = repeat;
        _documents = new Lazy<string[]>(() =>
        {
            IReadOnlyList<string> seeds = [.. InputCatalog.SeedTexts.Select(s => s.Text)];
            var documents = new string[seeds.Count * repeat];
            for (int i = 0; i < documents.Length; i++)
            {
                documents[i] = seeds[i % seeds.Count];
            }

            return documents;
        });
    }

    /// <summary>Gets how many times each seed occurs.</summary>
    public int Repeat { get; }

    /// <summary>Gets the documents, the seeds interleaved.</summary>
    public IReadOnlyList<string> Documents => _documents.Value;

    /// <inheritdoc />
    public long Utf8ByteCount => _documents.Value.Sum(d => (long)Encoding.UTF8.GetByteCount(d));

    /// <summary>Returns the name shown in the tables.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"seeds-x{Repeat}");
}
