namespace PaperDigest.Cli;

/// <summary>The process exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary><c>validate</c> found an error-severity diagnostic; <c>batch</c> could not convert at least one file.</summary>
    public const int ContentError = 1;

    /// <summary>The command line is wrong (unknown option, missing argument, bad value).</summary>
    public const int Usage = 2;

    /// <summary>An input could not be read or decoded, or an output could not be written.</summary>
    public const int IOError = 3;
}
