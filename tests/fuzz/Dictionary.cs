using System.Globalization;
using System.Text;

namespace PaperDigest.Fuzz;

/// <summary>
/// Writes an afl-fuzz dictionary from <c>tokens.txt</c>: afl-fuzz accepts only printable ASCII in a dictionary, so every
/// other byte of a token's UTF-8 form is written as <c>\xNN</c>.
/// </summary>
internal static class Dictionary
{
    public static int Write(string tokensPath, string dictionaryPath)
    {
        var output = new StringBuilder();
        int count = 0;
        foreach (string line in File.ReadAllLines(tokensPath, Encoding.UTF8))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string token = line.StartsWith("U+", StringComparison.Ordinal) ? FromCodePoints(line) : line;
            output.Append(CultureInfo.InvariantCulture, $"token_{count++}=\"");
            foreach (byte b in Encoding.UTF8.GetBytes(token))
            {
                if (b is >= 0x20 and < 0x7F && b != '"' && b != '\\')
                {
                    output.Append((char)b);
                }
                else
                {
                    output.Append(CultureInfo.InvariantCulture, $"\\x{b:X2}");
                }
            }

            output.Append("\"\n");
        }

        File.WriteAllText(dictionaryPath, output.ToString());
        Console.WriteLine($"{count} tokens written to {dictionaryPath}");
        return 0;
    }

    private static string FromCodePoints(string line)
    {
        var builder = new StringBuilder();
        foreach (string part in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(char.ConvertFromUtf32(int.Parse(part.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
        }

        return builder.ToString();
    }
}
