namespace PaperDigest.Tests.Properties.Generation;

/// <summary>
/// The digest header: an optional date (written in format <see cref="DateFormat"/>: 0 <c>2024-04-20 10:39</c>,
/// 1 <c>2023-05-02</c>, 2 <c>2023/05/02</c>, 3 <c>2024年4月20日</c>), an optional source, an optional title and, after a
/// title, an optional intro line. The date shares its line with the source (format 0) or the title (otherwise).
/// </summary>
public sealed record HeaderSpec(DateTime? Date, int DateFormat, (string Label, string Name)? Source, string? Title, string? Intro);
