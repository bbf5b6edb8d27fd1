using Microsoft.Extensions.DependencyInjection;
using PaperDigest;
using PaperDigest.Model;
using PaperDigest.Serialization;

// Parses the digest file given as the only argument through the DI registration and fails when it yields no papers.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: PackageConsumer <digest file>");
    return 2;
}

var services = new ServiceCollection();
services.AddPaperDigest();
using ServiceProvider provider = services.BuildServiceProvider(validateScopes: true);
IDigestParser parser = provider.GetRequiredService<IDigestParser>();
Digest digest = parser.Parse(File.ReadAllText(args[0]), Path.GetFileName(args[0]));
Console.WriteLine($"{digest.Papers.Count} papers, {digest.Papers.Sum(p => p.Arxiv.Count)} arXiv IDs, {digest.Diagnostics.Count} diagnostics");
Console.WriteLine(DigestJson.Serialize(digest, indented: false).Length > 0 ? "JSON ok" : "JSON empty");
return digest.Papers.Count > 0 ? 0 : 1;
