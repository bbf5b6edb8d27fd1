using SharpFuzz;

namespace PaperDigest.Fuzz;

/// <summary>
/// The SharpFuzz entry point. With no arguments it serves afl-fuzz (run.sh starts it); with <c>replay</c> it runs the
/// given files or folders once, in process, and prints every failure: the way to triage <c>findings/*/crashes</c>;
/// with <c>dictionary tokens.txt out.dict</c> it writes the afl-fuzz dictionary.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "replay")
        {
            return Replay.Run(args.AsSpan(1));
        }

        if (args.Length == 3 && args[0] == "dictionary")
        {
            return Dictionary.Write(args[1], args[2]);
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            Harness.Check(Harness.Decode(buffer.ToArray()));
        });
        return 0;
    }
}
