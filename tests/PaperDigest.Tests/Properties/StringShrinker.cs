namespace PaperDigest.Tests.Properties;

/// <summary>Shrinks a string by removing ever smaller chunks of it (halves, quarters, … single characters).</summary>
public static class StringShrinker
{
    public static IEnumerable<string> Shrink(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (int chunk = text.Length / 2; chunk >= 1; chunk /= 2)
        {
            for (int start = 0; start + chunk <= text.Length; start += chunk)
            {
                yield return string.Concat(text.AsSpan(0, start), text.AsSpan(start + chunk));
            }
        }
    }
}
