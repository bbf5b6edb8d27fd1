using PaperDigest.Cli.Batch;
using Xunit;

namespace PaperDigest.Cli.Tests.Batch;

public class BatchPlannerTests
{
    [Theory]
    [InlineData("*.txt", ".", "*.txt")]
    [InlineData("digests/*.txt", "digests", "*.txt")]
    [InlineData("digests/2024/**/*.md", "digests/2024", "**/*.md")]
    [InlineData("/var/data/**/x*.txt", "/var/data", "**/x*.txt")]
    [InlineData("/*.txt", "/", "*.txt")]
    [InlineData("a/*/b/*.txt", "a", "*/b/*.txt")]
    public void Globs_split_at_the_first_wildcard_segment(string glob, string root, string pattern)
    {
        Assert.Equal((root, pattern), BatchPlanner.SplitGlob(glob));
    }

    [Fact]
    public void A_file_named_twice_is_converted_once()
    {
        using var temp = new TempDirectory();
        string file = temp.Write("a.txt", "1. x\n");

        BatchPlan plan = BatchPlanner.Plan([file, temp.Path, file]);

        BatchItem item = Assert.Single(plan.Items);
        Assert.Equal("a.json", item.Output);
        Assert.Empty(plan.Warnings);
    }

    [Fact]
    public void Folders_without_digests_are_warned_about()
    {
        using var temp = new TempDirectory();
        temp.Write("data.json", "{}");

        BatchPlan plan = BatchPlanner.Plan([temp.Path]);

        Assert.Empty(plan.Items);
        Assert.Equal($"{temp.Path}: no .txt or .md file in this folder", Assert.Single(plan.Warnings));
    }

    [Fact]
    public void Folders_yield_txt_and_md_files_recursively_in_ordinal_order_skipping_hidden_ones()
    {
        using var temp = new TempDirectory();
        temp.Write(Path.Combine("sub", "b.MD"), "x");
        temp.Write("a.txt", "x");
        temp.Write("c.json", "{}");
        temp.Write(".hidden.txt", "x");
        temp.Write(Path.Combine(".git", "d.txt"), "x");

        BatchPlan plan = BatchPlanner.Plan([temp.Path]);

        Assert.Equal(["a.json", "sub/b.json"], plan.Items.Select(i => i.Output));
        Assert.Equal([temp.Combine("a.txt"), temp.Combine("sub", "b.MD")], plan.Items.Select(i => i.Display));
    }
}
