using System.CommandLine;
using System.Text;
using PaperDigest;
using PaperDigest.Serialization;

// Minimal entry point: `paperdigest parse <file>` prints the digest as JSON.
var fileArgument = new Argument<FileInfo>("file") { Description = "The digest text file to parse." };
var parse = new Command("parse", "Parse one digest and print it as JSON.") { fileArgument };
parse.SetAction(result =>
{
    FileInfo file = result.GetValue(fileArgument)!;
    if (!file.Exists)
    {
        Console.Error.WriteLine($"paperdigest: {file.FullName}: no such file");
        return 3;
    }

    string text = File.ReadAllText(file.FullName, new UTF8Encoding(false, throwOnInvalidBytes: true));
    var digest = DigestParser.Default.Parse(text, file.Name);
    Console.Out.WriteLine(DigestJson.Serialize(digest));
    return 0;
});

var root = new RootCommand("Parse AI-paper digest articles into structured JSON.") { parse };
return root.Parse(args).Invoke();
