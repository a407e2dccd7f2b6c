namespace GovSiteAudit.Tests.Support;

/// <summary>The one way tests make and remove scratch folders: a fresh folder under the system's temp directory.</summary>
public static class TempFolder
{
    /// <summary>A new, empty folder whose name starts with <paramref name="prefix"/> (e.g. "gsa-resume-").</summary>
    public static string Create(string prefix) => Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>
    /// Removes the folder and everything in it; gone already is fine. Tests that make files read-only (to imitate a
    /// locked disk) are cleaned up too: write permission is given back before deleting.
    /// </summary>
    public static void Delete(string path)
    {
        if (!Directory.Exists(path))
        {
            return;
        }

        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (UnauthorizedAccessException)
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(path, "*", SearchOption.AllDirectories).Prepend(path))
            {
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(entry, File.GetUnixFileMode(entry) | UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }
            }

            Directory.Delete(path, recursive: true);
        }
    }
}
