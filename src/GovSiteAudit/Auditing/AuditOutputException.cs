namespace GovSiteAudit.Auditing;

/// <summary>
/// The results could not be written (the output directory is not writable, the disk is full). The run stops:
/// auditing on without recording anything would waste hours. The rows written before stay valid.
/// </summary>
public sealed class AuditOutputException(string message, Exception inner) : InputException(message, inner)
{
    /// <summary>Runs <paramref name="write"/>, turning file-system failures into this exception with plain words.</summary>
    internal static T Guard<T>(string outputDirectory, int sitesWritten, Func<T> write)
    {
        try
        {
            return write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AuditOutputException(
                $"cannot write the results to '{outputDirectory}': {e.Message}. " +
                $"The audit stopped; the {sitesWritten} site(s) written before are complete and valid.", e);
        }
    }
}
