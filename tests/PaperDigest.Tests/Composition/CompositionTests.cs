using Microsoft.Extensions.DependencyInjection;
using PaperDigest.Extraction;
using PaperDigest.Model;
using PaperDigest.Tests.Extraction;
using Xunit;

namespace PaperDigest.Tests.Composition;

public class CompositionTests
{
    private const string Text = "1. A paper\n论文链接:https://arxiv.org/abs/2404.08634\nDOI: 10.18653/v1/2023.acl-long.1\n开源仓库:https://github.com/a/b\n";

    [Fact]
    public void A_custom_extractor_added_through_the_builder_reports_entities_in_the_model()
    {
        DigestParser parser = new DigestParserBuilder().AddExtractor(new DoiExtractor()).Build();
        Paper paper = Assert.Single(parser.Parse(Text).Papers);
        CustomEntity doi = Assert.Single(paper.Entities);
        Assert.Equal(("doi", "10.18653/v1/2023.acl-long.1"), (doi.Kind, doi.Text));
        Assert.Equal("10.18653/v1/2023.acl-long.1", doi.Span.GetText(Text));
        Assert.Single(paper.Arxiv);
    }

    [Fact]
    public void A_custom_extractor_registered_through_di_is_built_once_into_a_singleton()
    {
        var services = new ServiceCollection();
        services.AddPaperDigest(b => b.AddExtractor<DoiExtractor>());
        services.AddPaperDigest();
        using ServiceProvider provider = services.BuildServiceProvider(validateScopes: true);
        IDigestParser parser = provider.GetRequiredService<IDigestParser>();
        Assert.Same(parser, provider.GetRequiredService<IDigestParser>());
        Assert.Same(parser, provider.GetRequiredService<DigestParser>());
        Assert.Single(services, d => d.ServiceType == typeof(IDigestParser));
        Assert.Single(Assert.Single(parser.Parse(Text).Papers).Entities);
    }

    [Fact]
    public void Di_extractors_get_constructor_injection()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new KindName("injected"));
        services.AddPaperDigest(b => b.AddExtractor<InjectedExtractor>());
        using ServiceProvider provider = services.BuildServiceProvider();
        Paper paper = Assert.Single(provider.GetRequiredService<IDigestParser>().Parse(Text).Papers);
        Assert.Contains(paper.Entities, e => e.Kind == "injected");
    }

    [Fact]
    public void Options_add_field_labels_and_toggle_built_in_extractors()
    {
        DigestParser parser = new DigestParserBuilder()
            .Configure(o => o.FieldLabels["开源仓库"] = FieldKind.Code)
            .Configure(o => o.ExtractArxiv = false)
            .Build();
        Paper paper = Assert.Single(parser.Parse(Text).Papers);
        Assert.Empty(paper.Arxiv);
        Assert.Contains(paper.Fields, f => f.Label == "开源仓库" && f.Kind == FieldKind.Code);
        Assert.DoesNotContain(parser.Extractors, e => e is ArxivExtractor);
    }

    [Fact]
    public void Extractors_are_ordered_and_addressable_by_type()
    {
        var doi = new DoiExtractor();
        DigestParserBuilder builder = new DigestParserBuilder().InsertBefore<LinkExtractor>(doi).Remove<FormulaExtractor>();
        DigestParser parser = builder.Build();
        Assert.Equal([typeof(ArxivExtractor), typeof(DoiExtractor), typeof(LinkExtractor), typeof(AffiliationExtractor)], parser.Extractors.Select(e => e.GetType()));
        Assert.Throws<InvalidOperationException>(() => builder.Replace<FormulaExtractor>(doi));
        builder.Replace<DoiExtractor>(new ThrowingExtractor());
        Assert.Same(doi, parser.Extractors[1]);
    }

    [Fact]
    public void A_throwing_extractor_becomes_a_diagnostic_not_an_exception()
    {
        DigestParser parser = new DigestParserBuilder().AddExtractor(new ThrowingExtractor()).Build();
        Digest digest = parser.Parse(Text);
        Assert.Contains(digest.Diagnostics, d => d.Code == DiagnosticCodes.ExtractorFailed && d.Severity == DiagnosticSeverity.Error);
        Assert.Single(Assert.Single(digest.Papers).Arxiv);
    }

    [Fact]
    public void Null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => DigestParser.Default.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => new DigestParserBuilder().AddExtractor(null!));
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddPaperDigest());
    }

    [Fact]
    public void Entities_at_one_position_keep_the_order_of_their_extractors()
    {
        // Five extractors each report an entity for every line of every title and body: a paper's entities arrive
        // extractor by extractor, out of text order, with five at each position. Sorted into text order, the entities
        // of one position must keep the registration order, whatever the sort does with equal starts.
        string[] names = ["e", "d", "c", "b", "a"];
        var builder = new DigestParserBuilder();
        foreach (string name in names)
        {
            builder.AddExtractor(new BlockExtractor(name));
        }

        var text = new System.Text.StringBuilder();
        for (int i = 1; i <= 12; i++)
        {
            text.Append(i).Append(". Paper title number ").Append(i).Append('\n')
                .Append(string.Concat(Enumerable.Range(1, 20).Select(k => $"Body line {k} that describes the method.\n")))
                .Append('\n');
        }

        Digest digest = builder.Build().Parse(text.ToString());
        Assert.Equal(12, digest.Papers.Count);
        foreach (Paper paper in digest.Papers)
        {
            var entities = paper.Entities.ToList();
            Assert.Equal(21 * names.Length, entities.Count);
            Assert.Equal(entities.OrderBy(e => e.Span.Start).Select(e => e.Span.Start), entities.Select(e => e.Span.Start));
            foreach (var position in entities.GroupBy(e => e.Span.Start))
            {
                Assert.Equal(names, position.Select(e => e.Kind));
            }
        }
    }

    private sealed class BlockExtractor(string kind) : IEntityExtractor
    {
        public void Extract(ExtractionContext context)
        {
            if (context.Scope is not (ExtractionScope.PaperTitle or ExtractionScope.Body))
            {
                return;
            }

            ReadOnlySpan<char> text = context.Text;
            int lineStart = 0;
            while (lineStart < text.Length)
            {
                int lineFeed = text[lineStart..].IndexOf('\n');
                int length = lineFeed < 0 ? text.Length - lineStart : lineFeed;
                context.Report(new CustomEntity(kind, text.Slice(lineStart, length).ToString(), null, context.GetSpan(context.Start + lineStart, length)));
                lineStart += length + 1;
            }
        }
    }

    public sealed record KindName(string Value);

    public sealed class InjectedExtractor(KindName name) : IEntityExtractor
    {
        public void Extract(ExtractionContext context)
        {
            if (context.Scope == ExtractionScope.PaperTitle)
            {
                context.Report(new CustomEntity(name.Value, context.Text.ToString(), null, context.GetSpan(context.Start, context.Length)));
            }
        }
    }

    private sealed class ThrowingExtractor : IEntityExtractor
    {
        public void Extract(ExtractionContext context) => throw new InvalidOperationException("boom");
    }
}
