using System.Diagnostics;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Support;

/// <summary>The real <c>govsiteaudit</c> as a child process (signals, locks and kills need a process of its own).</summary>
internal static class CliProcess
{
    /// <summary>Starts <c>dotnet govsiteaudit.dll ARGS</c> with stdout and stderr redirected.</summary>
    public static Process Start(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "govsiteaudit.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    /// <summary>Line feeds in a file another process is writing (0 when it does not exist yet).</summary>
    public static int CountLines(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var count = 0;
        int b;
        while ((b = stream.ReadByte()) >= 0)
        {
            count += b == '\n' ? 1 : 0;
        }

        return count;
    }
}
