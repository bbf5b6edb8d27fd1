using FsCheck.Xunit;

namespace PaperDigest.Tests.Properties;

/// <summary>
/// <c>[Properties]</c> for the PaperDigest property classes: registers <see cref="Arbitraries"/> (the one place where the
/// custom generators are registered) and takes the number of tests from the <c>PAPERDIGEST_PROPERTY_MAXTEST</c>
/// environment variable when it holds a positive number (nightly runs: <c>PAPERDIGEST_PROPERTY_MAXTEST=10000 dotnet test</c>),
/// otherwise from <see cref="MaxTest"/>, sized so that the whole suite stays well under three minutes on two cores.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class PaperDigestPropertiesAttribute : PropertiesAttribute
{
    /// <summary>The environment variable that overrides every property's number of tests.</summary>
    public const string MaxTestVariable = "PAPERDIGEST_PROPERTY_MAXTEST";

    public PaperDigestPropertiesAttribute()
    {
        Arbitrary = [typeof(Arbitraries)];
        base.MaxTest = FromEnvironment ?? 100;
    }

    /// <summary>Gets the number of tests the environment asks for, or <see langword="null"/>.</summary>
    public static int? FromEnvironment =>
        int.TryParse(Environment.GetEnvironmentVariable(MaxTestVariable), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int value) && value > 0
            ? value
            : null;

    /// <summary>Gets or sets the default number of tests; <c>PAPERDIGEST_PROPERTY_MAXTEST</c> wins when set.</summary>
    public new int MaxTest
    {
        get => base.MaxTest;
        set => base.MaxTest = FromEnvironment ?? value;
    }
}
