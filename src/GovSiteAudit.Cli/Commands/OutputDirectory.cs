using GovSiteAudit.Auditing;

namespace GovSiteAudit.Cli.Commands;

/// <summary>The output directory of a command that writes one: locked for the command's whole run.</summary>
internal static class OutputDirectory
{
    /// <summary>
    /// The lock on <paramref name="directory"/> (created if missing), or null after saying on <paramref name="error"/>
    /// why it cannot be had: another command holds it, or it cannot be created. Either is exit 2.
    /// </summary>
    public static async Task<OutputLock?> LockAsync(string directory, string command, TextWriter error)
    {
        try
        {
            return OutputLock.Acquire(directory, command);
        }
        catch (OutputLockedException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await error.WriteLineAsync($"error: cannot write to the output directory '{directory}': {e.Message}");
        }

        return null;
    }
}
