namespace GovSiteAudit.Auditing;

/// <summary>The output directory of a command that writes one: checked, then locked for the command's whole run.</summary>
public static class OutputDirectory
{
    /// <summary>Checked before any browser work, so a read-only or invalid <c>--out</c> fails fast and clearly.</summary>
    /// <exception cref="AuditOutputException">The directory cannot be created or written to.</exception>
    public static void CheckWritable(string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
            var probe = Path.Combine(directory, $".write-test-{Environment.ProcessId}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw CannotWrite(directory, e);
        }
    }

    /// <summary>The lock on <paramref name="directory"/> (created if missing).</summary>
    /// <exception cref="OutputLockedException">Another command holds it.</exception>
    /// <exception cref="AuditOutputException">It cannot be created.</exception>
    public static OutputLock Lock(string directory, string command)
    {
        try
        {
            return OutputLock.Acquire(directory, command);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw CannotWrite(directory, e);
        }
    }

    private static AuditOutputException CannotWrite(string directory, Exception e) =>
        new($"cannot write to the output directory '{directory}': {e.Message}", e);
}
