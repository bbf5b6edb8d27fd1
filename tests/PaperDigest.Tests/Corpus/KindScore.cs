namespace PaperDigest.Tests.Corpus;

/// <summary>True positives, false positives and false negatives of one entity kind, with the derived scores.</summary>
/// <param name="TruePositives">Found and expected.</param>
/// <param name="FalsePositives">Found but not expected.</param>
/// <param name="FalseNegatives">Expected but not found.</param>
internal readonly record struct KindScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Gets the precision; 1 when nothing was found.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Gets the recall; 1 when nothing was expected.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Gets the harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0.0 : 2 * Precision * Recall / (Precision + Recall);

    public static KindScore operator +(KindScore left, KindScore right) =>
        new(left.TruePositives + right.TruePositives, left.FalsePositives + right.FalsePositives, left.FalseNegatives + right.FalseNegatives);

    public static KindScore Add(KindScore left, KindScore right) => left + right;
}
