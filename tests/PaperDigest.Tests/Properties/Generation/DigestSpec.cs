namespace PaperDigest.Tests.Properties.Generation;

/// <summary>
/// The structure of a generated digest: header, 1–3 groups (the first unnamed), footer and rendering style.
/// <see cref="ToString"/> shows the rendered text, so FsCheck's counterexamples read like digests.
/// </summary>
public sealed record DigestSpec(HeaderSpec Header, GroupSpec[] Groups, FooterChoice Footer, RenderStyle Style)
{
    /// <summary>Gets every paper, in order.</summary>
    public IEnumerable<PaperSpec> Papers => Groups.SelectMany(g => g.Papers);

    /// <summary>The rendered digest, one line per line, with its line end made visible.</summary>
    public override string ToString()
    {
        string text = DigestRenderer.Render(this).Text;
        return Environment.NewLine + "----- digest -----" + Environment.NewLine
            + text.Replace("\r", "\\r", StringComparison.Ordinal) + Environment.NewLine + "------------------";
    }
}
