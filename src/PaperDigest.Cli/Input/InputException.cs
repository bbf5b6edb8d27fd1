namespace PaperDigest.Cli.Input;

/// <summary>An input that cannot be read or decoded; <see cref="Exception.Message"/> is the one-line cause.</summary>
internal sealed class InputException : Exception
{
    public InputException()
    {
    }

    public InputException(string message)
        : base(message)
    {
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
