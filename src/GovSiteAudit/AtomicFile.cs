using System.Text;

namespace GovSiteAudit;

/// <summary>
/// Write to <c>path.tmp</c>, then rename over <c>path</c>: a crash or a full disk never leaves half a file behind, and a
/// reader sees the old file or the new one. The one implementation for every output written whole (site JSON,
/// results.json, run.json, report.html, snapshots and their manifest, rewritten CSVs on resume).
/// </summary>
public static class AtomicFile
{
    /// <summary>The suffix of a file being written; such files are left-overs of a crash (resume and merge ignore them).</summary>
    public const string TemporarySuffix = ".tmp";

    /// <summary>Runs <paramref name="write"/> on a new temporary file and moves it over <paramref name="path"/>.</summary>
    /// <remarks><paramref name="write"/> may dispose the stream (a writer that owns it).</remarks>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var temporary = path + TemporarySuffix;
        try
        {
            using (var stream = File.Create(temporary))
            {
                write(stream);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>The same for text, in UTF-8 without a byte-order mark.</summary>
    public static void WriteText(string path, string text) =>
        Write(path, stream => stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text)));

    private static void TryDelete(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The original failure is the one to report; a left-over .tmp is cleaned up by the next resume.
        }
    }
}
