namespace PaperDigest.Cli.Input;

/// <summary>An input read and decoded to text.</summary>
/// <param name="Text">The decoded text (without the byte-order mark).</param>
/// <param name="Encoding">The encoding it was read as: <c>UTF-8</c>, <c>UTF-8 (BOM)</c>, <c>UTF-16LE (BOM)</c> or <c>UTF-16BE (BOM)</c>.</param>
/// <param name="BytesRead">How many bytes were read from the stream.</param>
/// <param name="Replaced">How many invalid sequences were replaced with U+FFFD (only in lenient mode).</param>
/// <param name="FirstReplacedOffset">The byte offset of the first replaced sequence, or -1.</param>
internal sealed record DecodedInput(string Text, string Encoding, long BytesRead, int Replaced, long FirstReplacedOffset);
