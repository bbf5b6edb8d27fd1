using System.Text;

namespace PaperDigest.Cli;

/// <summary>The entry point of the <c>paperdigest</c> tool.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        // Digests are Chinese text: write UTF-8 whatever the console's default code page.
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using Stream stdin = Console.OpenStandardInput();
        return Cli.Run(args, Console.Out, Console.Error, stdin, stderrIsTerminal: !Console.IsErrorRedirected);
    }
}
