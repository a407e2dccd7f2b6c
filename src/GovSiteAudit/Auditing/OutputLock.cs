using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace GovSiteAudit.Auditing;

/// <summary>
/// An exclusive lock on an output directory, held by every command that writes one (<c>audit</c>, <c>rescore</c>,
/// <c>merge</c>) for as long as it runs, so that two of them never interleave rows in the same files. It is an
/// operating-system lock — a POSIX record lock (<c>fcntl</c>; <c>LockFileEx</c> on Windows) on a byte of
/// <see cref="FileName"/> in the directory — so the kernel releases it when the process ends in any way, SIGKILL and
/// crashes included: there is never a stale lock to clean up. The file itself stays (it says who held it last) and is
/// never deleted, because deleting a lock file lets two processes lock two different files. The locked byte lies far
/// beyond the text, so the holder's description can be read while it is held. Record locks belong to a process, so
/// commands within one process are kept apart by a table of their own.
/// </summary>
public sealed class OutputLock : IDisposable
{
    public const string FileName = ".govsiteaudit.lock";

    private const long LockedByte = 1L << 40;

    private static readonly ConcurrentDictionary<string, string> HeldByThisProcess = new(StringComparer.Ordinal);

    private readonly FileStream _file;
    private readonly string _key;
    private bool _released;

    private OutputLock(FileStream file, string key)
    {
        _file = file;
        _key = key;
    }

    /// <summary>
    /// Locks <paramref name="directory"/> (created if missing) for <paramref name="command"/>.
    /// </summary>
    /// <exception cref="OutputLockedException">Another command, in this or another process, holds it.</exception>
    /// <exception cref="IOException">The directory or its lock file cannot be created.</exception>
    public static OutputLock Acquire(string directory, string command, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Directory.CreateDirectory(directory);
        var key = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        var description = string.Create(CultureInfo.InvariantCulture,
            $"pid {Environment.ProcessId} on {Environment.MachineName}: govsiteaudit {command}, since {(time ?? TimeProvider.System).GetUtcNow():yyyy-MM-dd'T'HH:mm:ss'Z'}");
        // Checked before the file is even opened: closing any descriptor of a file drops this process's record locks on it.
        if (!HeldByThisProcess.TryAdd(key, description))
        {
            throw Locked(directory, HeldByThisProcess.GetValueOrDefault(key));
        }

        FileStream? file = null;
        try
        {
            file = Open(Path.Combine(directory, FileName), directory);

            file.SetLength(0);
            file.Write(Encoding.UTF8.GetBytes(description + "\n"));
            file.Flush(flushToDisk: false);
            return new OutputLock(file, key);
        }
        catch
        {
            file?.Dispose();
            HeldByThisProcess.TryRemove(key, out _);
            throw;
        }
    }

    /// <summary>The lock file, locked; macOS has no record locks in .NET, so there the whole file is (flock), unreadable to others.</summary>
    private static FileStream Open(string path, string directory)
    {
        if (OperatingSystem.IsMacOS())
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException e) when (File.Exists(path) && e is not FileNotFoundException and not DirectoryNotFoundException)
            {
                throw Locked(directory, null);
            }
        }

        var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        try
        {
            file.Lock(LockedByte, 1);
            return file;
        }
        catch (IOException)
        {
            var holder = ReadHolder(file);
            file.Dispose();
            throw Locked(directory, holder);
        }
    }

    private static OutputLockedException Locked(string directory, string? holder) =>
        new($"the output directory '{directory}' is in use by another GovSiteAudit command" +
            (string.IsNullOrWhiteSpace(holder) ? "" : $" ({holder})") +
            "; wait for it to finish, or write to another --out directory");

    /// <summary>What the holder wrote about itself (one short line), or null when it cannot be read.</summary>
    private static string? ReadHolder(FileStream file)
    {
        try
        {
            file.Position = 0;
            var buffer = new byte[512];
            var read = file.Read(buffer, 0, buffer.Length);
            var text = Encoding.UTF8.GetString(buffer, 0, read).Split('\n')[0].Trim();
            return text.Length == 0 ? null : Targets.PrintableText.Escape(text);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        if (_released)
        {
            return;
        }

        _released = true;
        // Closing the file releases the lock.
        _file.Dispose();
        HeldByThisProcess.TryRemove(_key, out _);
    }
}
