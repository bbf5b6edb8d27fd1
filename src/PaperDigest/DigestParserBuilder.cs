using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using PaperDigest.Extraction;
using PaperDigest.Input;
using PaperDigest.Model;
using PaperDigest.Sections;

namespace PaperDigest;

/// <summary>
/// Builds a <see cref="DigestParser"/>: an ordered list of extractors (the built-ins first, addressable by type) and
/// options. <see cref="Build()"/> freezes a copy, so the builder can be changed and built again without affecting
/// parsers already built.
/// </summary>
/// <example>
/// <code>
/// var parser = new DigestParserBuilder()
///     .AddExtractor(new DoiExtractor())
///     .Configure(o => o.FieldLabels["开源仓库"] = FieldKind.Code)
///     .Build();
/// </code>
/// </example>
public sealed class DigestParserBuilder
{
    private readonly List<Registration> _extractors;
    private readonly List<Action<DigestParserOptions>> _configure = [];
    private readonly List<IInputReader> _readers = [];

    /// <summary>Creates a builder holding the built-in extractors: arXiv, links, affiliations, formulas.</summary>
    public DigestParserBuilder()
    {
        _extractors =
        [
            new(typeof(ArxivExtractor), c => c.Options.ExtractArxiv ? new ArxivExtractor() : null),
            new(typeof(LinkExtractor), c => c.Options.ExtractLinks ? new LinkExtractor() : null),
            new(typeof(AffiliationExtractor), c => c.Options.ExtractAffiliations ? new AffiliationExtractor(c.Options.GazetteerEntries) : null),
            new(typeof(FormulaExtractor), c => c.Options.ExtractFormulas ? new FormulaExtractor() : null),
        ];
    }

    /// <summary>Appends an extractor instance; it must be thread-safe.</summary>
    /// <param name="extractor">The extractor.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extractor"/> is <see langword="null"/>.</exception>
    public DigestParserBuilder AddExtractor(IEntityExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        _extractors.Add(new Registration(extractor.GetType(), _ => extractor));
        return this;
    }

    /// <summary>
    /// Appends an extractor created when the parser is built: from the service provider when built by
    /// <c>AddPaperDigest</c> (constructor injection), otherwise through its public parameterless constructor.
    /// </summary>
    /// <typeparam name="T">The extractor type.</typeparam>
    /// <returns>This builder.</returns>
    public DigestParserBuilder AddExtractor<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>()
        where T : class, IEntityExtractor
    {
        _extractors.Add(new Registration(typeof(T), Create<T>));
        return this;
    }

    /// <summary>Inserts an extractor just before the first one of type <typeparamref name="TExisting"/>.</summary>
    /// <typeparam name="TExisting">The type to insert before.</typeparam>
    /// <param name="extractor">The extractor.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extractor"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">No extractor of type <typeparamref name="TExisting"/> is registered.</exception>
    public DigestParserBuilder InsertBefore<TExisting>(IEntityExtractor extractor)
        where TExisting : IEntityExtractor
    {
        ArgumentNullException.ThrowIfNull(extractor);
        _extractors.Insert(IndexOf<TExisting>(), new Registration(extractor.GetType(), _ => extractor));
        return this;
    }

    /// <summary>Replaces the first extractor of type <typeparamref name="TExisting"/>.</summary>
    /// <typeparam name="TExisting">The type to replace.</typeparam>
    /// <param name="extractor">The replacement.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extractor"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">No extractor of type <typeparamref name="TExisting"/> is registered.</exception>
    public DigestParserBuilder Replace<TExisting>(IEntityExtractor extractor)
        where TExisting : IEntityExtractor
    {
        ArgumentNullException.ThrowIfNull(extractor);
        _extractors[IndexOf<TExisting>()] = new Registration(extractor.GetType(), _ => extractor);
        return this;
    }

    /// <summary>Removes every extractor of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The type to remove.</typeparam>
    /// <returns>This builder.</returns>
    public DigestParserBuilder Remove<T>()
        where T : IEntityExtractor
    {
        _extractors.RemoveAll(r => r.Type == typeof(T));
        return this;
    }

    /// <summary>Whether an extractor of type <typeparamref name="T"/> is registered.</summary>
    /// <typeparam name="T">The type to look for.</typeparam>
    /// <returns><see langword="true"/> when one is.</returns>
    public bool Contains<T>()
        where T : IEntityExtractor => _extractors.Exists(r => r.Type == typeof(T));

    /// <summary>
    /// Registers a reader for an input format (the adapter packages' <c>UseHtml()</c> and <c>UseMarkdown()</c> call this).
    /// A later reader for the same format replaces an earlier one.
    /// </summary>
    /// <param name="reader">The reader; it must be thread-safe.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    public DigestParserBuilder AddInputReader(IInputReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _readers.RemoveAll(r => r.Format == reader.Format);
        _readers.Add(reader);
        return this;
    }

    /// <summary>Adds a change to the options, applied in order when the parser is built.</summary>
    /// <param name="configure">The change.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is <see langword="null"/>.</exception>
    public DigestParserBuilder Configure(Action<DigestParserOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _configure.Add(configure);
        return this;
    }

    /// <summary>Builds an immutable, thread-safe parser from the current registrations and options.</summary>
    /// <returns>The parser.</returns>
    /// <exception cref="InvalidOperationException">The options ask for an input format no registered reader reads.</exception>
    public DigestParser Build() => Build(null);

    internal DigestParser Build(IServiceProvider? services)
    {
        var options = new DigestParserOptions();
        foreach (Action<DigestParserOptions> configure in _configure)
        {
            configure(options);
        }

        var context = new BuildContext(options, services);
        var extractors = new List<IEntityExtractor>(_extractors.Count);
        foreach (Registration registration in _extractors)
        {
            if (registration.Factory(context) is { } extractor)
            {
                extractors.Add(extractor);
            }
        }

        if (options.InputFormat is InputFormat.Html or InputFormat.Markdown && !_readers.Exists(r => r.Format == options.InputFormat))
        {
            throw new InvalidOperationException(
                $"No reader for {options.InputFormat} input is registered; call Use{options.InputFormat}() from the PaperDigest.{options.InputFormat} package.");
        }

        LabelTable<FieldKind> labels = options.FieldLabels.Count == 0 ? Keywords.FieldLabels : Keywords.FieldLabels.With(options.FieldLabels);
        return new DigestParser(new SectionDetector(labels), [.. extractors], [.. _readers], options.InputFormat);
    }

    private static T Create<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>(BuildContext context)
        where T : class, IEntityExtractor =>
        context.Services is { } services
            ? ActivatorUtilities.GetServiceOrCreateInstance<T>(services)
            : Activator.CreateInstance<T>();

    private int IndexOf<TExisting>()
    {
        int index = _extractors.FindIndex(r => r.Type == typeof(TExisting));
        return index >= 0
            ? index
            : throw new InvalidOperationException($"No extractor of type {typeof(TExisting).Name} is registered.");
    }

    private sealed record BuildContext(DigestParserOptions Options, IServiceProvider? Services);

    private sealed record Registration(Type Type, Func<BuildContext, IEntityExtractor?> Factory);
}
