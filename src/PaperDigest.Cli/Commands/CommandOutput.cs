using System.Text;

namespace PaperDigest.Cli.Commands;

/// <summary>Writes a command's result to standard output or to the <c>--output</c> file.</summary>
internal static class CommandOutput
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Whether <paramref name="path"/> means standard output (no path, or <c>-</c>).</summary>
    public static bool IsStdout(string? path) => path is null || path == CommandInput.StdinArgument;

    /// <summary>Writes UTF-8 bytes produced by <paramref name="write"/>; standard output gets them as text plus a newline.</summary>
    /// <returns><see cref="ExitCodes.Ok"/>, or <see cref="ExitCodes.IOError"/> after reporting why the file could not be written.</returns>
    public static int WriteUtf8(CliContext context, string? path, Action<Stream> write)
    {
        if (IsStdout(path))
        {
            using var memory = new MemoryStream();
            write(memory);
            context.Out.Write(Utf8NoBom.GetString(memory.GetBuffer(), 0, (int)memory.Length));
            context.Out.WriteLine();
            context.Out.Flush();
            return ExitCodes.Ok;
        }

        return ToFile(context, path!, write);
    }

    /// <summary>Writes text produced by <paramref name="write"/> (UTF-8 without byte-order mark in a file).</summary>
    public static int WriteText(CliContext context, string? path, Action<TextWriter> write)
    {
        if (IsStdout(path))
        {
            write(context.Out);
            context.Out.Flush();
            return ExitCodes.Ok;
        }

        return ToFile(context, path!, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\n" };
            write(writer);
        });
    }

    /// <summary>Creates (or replaces) the file and lets <paramref name="write"/> fill it.</summary>
    public static int ToFile(CliContext context, string path, Action<Stream> write)
    {
        if (Directory.Exists(path))
        {
            return context.Fail(ExitCodes.IOError, path, "cannot write: is a directory");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
            write(stream);
            return ExitCodes.Ok;
        }
        catch (Exception exception) when (DescribeWriteFailure(exception) is { } reason)
        {
            return context.Fail(ExitCodes.IOError, path, "cannot write: " + reason);
        }
    }

    /// <summary>Describes why a file or folder could not be written, or <see langword="null"/> for an unexpected exception.</summary>
    public static string? DescribeWriteFailure(Exception exception) => exception switch
    {
        UnauthorizedAccessException => "permission denied",
        DirectoryNotFoundException => "no such directory",
        PathTooLongException => "path too long",
        IOException io => io.Message,
        ArgumentException or NotSupportedException => "not a valid file path",
        _ => null,
    };
}
