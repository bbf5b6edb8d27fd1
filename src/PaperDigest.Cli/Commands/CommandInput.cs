using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using PaperDigest.Cli.Input;

namespace PaperDigest.Cli.Commands;

/// <summary>Loads a command's input file (or standard input for <c>-</c>) and reports failures on standard error.</summary>
internal static class CommandInput
{
    public const string StdinArgument = "-";

    /// <summary>Gets the name messages use for <paramref name="path"/>.</summary>
    public static string DisplayName(string path) => path == StdinArgument ? InputReader.StdinName : path;

    /// <summary>Gets the default source name recorded in the digest: the file name, or none for standard input.</summary>
    public static string? DefaultSourceName(string path) => path == StdinArgument ? null : Path.GetFileName(path);

    /// <summary>Reads and decodes the input; on failure writes the one-line cause and returns <see langword="false"/>.</summary>
    public static bool TryLoad(CliContext context, string path, bool lenient, [NotNullWhen(true)] out DecodedInput? input)
    {
        input = null;
        string name = DisplayName(path);
        try
        {
            if (path == StdinArgument)
            {
                if (context.Input is null)
                {
                    context.Fail(ExitCodes.IOError, name, "no standard input to read");
                    return false;
                }

                input = InputReader.Read(context.Input, lenient);
            }
            else
            {
                input = InputReader.ReadFile(path, lenient);
            }
        }
        catch (InputException exception)
        {
            context.Fail(ExitCodes.IOError, name, exception.Message);
            return false;
        }

        WarnReplaced(context, name, input);
        return true;
    }

    /// <summary>Warns that a lenient read replaced invalid sequences.</summary>
    public static void WarnReplaced(CliContext context, string name, DecodedInput input)
    {
        if (input.Replaced > 0)
        {
            context.Warn(name, ReplacedMessage(input));
        }
    }

    public static string ReplacedMessage(DecodedInput input) => string.Create(
        CultureInfo.InvariantCulture,
        $"replaced {input.Replaced} invalid {(input.Encoding.StartsWith("UTF-16", StringComparison.Ordinal) ? "UTF-16" : "UTF-8")} sequence(s) with U+FFFD (first at byte offset {input.FirstReplacedOffset})");
}
