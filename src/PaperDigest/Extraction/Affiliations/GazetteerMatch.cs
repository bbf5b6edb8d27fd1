namespace PaperDigest.Extraction.Affiliations;

/// <summary>An occurrence of a gazetteer alias found by <see cref="Gazetteer.FindAll"/>. Offsets are relative to the searched text.</summary>
/// <param name="Start">Offset of the first character of the alias as written.</param>
/// <param name="Length">Length of the alias as written (white space inside included).</param>
/// <param name="Entry">The institution the alias belongs to.</param>
internal readonly record struct GazetteerMatch(int Start, int Length, GazetteerEntry Entry);
