using System.Text;

namespace PaperDigest.Benchmarks;

/// <summary>
/// One input document of the benchmarks: a name (shown in the tables), its text and its UTF-8 bytes. The text is built
/// on first use, so a benchmark process materializes only the input it measures.
/// </summary>
public sealed class BenchmarkInput : ISizedInput
{
    private readonly Lazy<(string Text, byte[] Utf8)> _content;

    /// <summary>Creates an input whose text <paramref name="build"/> makes on first use (deterministically).</summary>
    /// <param name="name">The name shown in the tables.</param>
    /// <param name="kind">What kind of input it is.</param>
    /// <param name="build">Builds the text.</param>
    public BenchmarkInput(string name, InputKind kind, Func<string> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        Name = name;
        Kind = kind;
        _content = new Lazy<(string, byte[])>(() =>
        {
            string text = build();
            return (text, Encoding.UTF8.GetBytes(text));
        });
    }

    /// <summary>Gets the name shown in the tables.</summary>
    public string Name { get; }

    /// <summary>Gets the kind of input.</summary>
    public InputKind Kind { get; }

    /// <summary>Gets the text.</summary>
    public string Text => _content.Value.Text;

    /// <summary>Gets the text encoded as UTF-8 (no BOM).</summary>
    public byte[] Utf8Bytes => _content.Value.Utf8;

    /// <inheritdoc />
    public long Utf8ByteCount => Utf8Bytes.LongLength;

    /// <summary>Returns the name, which BenchmarkDotNet shows as the parameter value.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
