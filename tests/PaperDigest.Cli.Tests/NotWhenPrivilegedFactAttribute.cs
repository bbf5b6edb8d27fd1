using Xunit;

namespace PaperDigest.Cli.Tests;

/// <summary>
/// A fact that is skipped where file permissions cannot deny a read: when running as root (or with
/// CAP_DAC_OVERRIDE), or on Windows, where Unix file modes do not apply.
/// </summary>
public sealed class NotWhenPrivilegedFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Reason = new(FindReason);

    public NotWhenPrivilegedFactAttribute()
    {
        if (Reason.Value is { } reason)
        {
            Skip = reason;
        }
    }

    private static string? FindReason()
    {
        if (OperatingSystem.IsWindows())
        {
            return "Unix file modes do not apply on Windows, so 'permission denied' cannot be produced with chmod.";
        }

        string path = Path.Combine(Path.GetTempPath(), "paperdigest-privilege-probe-" + Guid.NewGuid().ToString("N"));
        try
        {
            File.WriteAllText(path, "probe");
            File.SetUnixFileMode(path, UnixFileMode.None);
            using (File.OpenRead(path))
            {
                return "Running with root privileges: a file with mode 000 can still be read, so 'permission denied' cannot be produced.";
            }
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
