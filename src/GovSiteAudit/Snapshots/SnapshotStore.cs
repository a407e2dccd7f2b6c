using System.IO.Compression;
using System.Text.Json;
using GovSiteAudit.Targets;

namespace GovSiteAudit.Snapshots;

/// <summary>
/// Saves crawled sites under <c>&lt;out&gt;/snapshots/</c> as gzip-compressed JSON, one file per site named
/// by <see cref="SiteFileName"/>, and loads them back so a run can be re-detected and re-scored without
/// any network access.
/// </summary>
public static class SnapshotStore
{
    public const string DirectoryName = "snapshots";
    public const string ManifestFileName = "manifest.json";
    public const string Extension = ".json.gz";
    public const int FormatVersion = 1;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
    };

    public static string DirectoryOf(string runDirectory) => Path.Combine(runDirectory, DirectoryName);

    /// <summary>Written when a run starts, so even an interrupted run can be rescored.</summary>
    public static void WriteManifest(string runDirectory, IReadOnlyList<string> metadataColumns, IEnumerable<AuditTarget> targets) =>
        WriteManifestUrls(runDirectory, metadataColumns, targets.Select(t => t.Url).ToList());

    /// <summary>The same with the target URLs, in order.</summary>
    public static void WriteManifestUrls(string runDirectory, IReadOnlyList<string> metadataColumns, IReadOnlyList<string> targetUrls)
    {
        var directory = DirectoryOf(runDirectory);
        Directory.CreateDirectory(directory);
        var manifest = new SnapshotManifest(FormatVersion, metadataColumns, targetUrls);
        var path = Path.Combine(directory, ManifestFileName);
        AtomicFile.WriteText(path, JsonSerializer.Serialize(manifest, JsonOptions));
    }

    /// <summary>The manifest of a run directory, or null when it has none or it cannot be read.</summary>
    public static SnapshotManifest? TryLoadManifest(string runDirectory)
    {
        var path = Path.Combine(DirectoryOf(runDirectory), ManifestFileName);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<SnapshotManifest>(File.ReadAllText(path), JsonOptions) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Save(string runDirectory, SavedSite site)
    {
        var directory = DirectoryOf(runDirectory);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, SiteFileName.For(site.Target.Url) + Extension);
        AtomicFile.Write(path, file =>
        {
            using var gzip = new GZipStream(file, CompressionLevel.Optimal);
            JsonSerializer.Serialize(gzip, site, JsonOptions);
        });
        return path;
    }

    public static SavedSite Load(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            var site = JsonSerializer.Deserialize<SavedSite>(gzip, JsonOptions)
                ?? throw new SnapshotException($"{path}: empty snapshot file");
            if (site.FormatVersion != FormatVersion)
            {
                throw new SnapshotException($"{path}: snapshot format {site.FormatVersion} is not supported (expected {FormatVersion}); re-run the audit with --save-snapshots");
            }
            return site;
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new SnapshotException($"{path}: not a readable GovSiteAudit snapshot ({e.Message})", e);
        }
    }

    /// <summary>The manifest of a run directory, or one rebuilt from the snapshot files when it is missing.</summary>
    public static SnapshotManifest LoadManifest(string runDirectory)
    {
        var directory = DirectoryOf(runDirectory);
        if (!Directory.Exists(directory))
        {
            throw new SnapshotException($"{runDirectory}: no '{DirectoryName}' folder; audit with --save-snapshots to keep snapshots for rescoring");
        }
        var path = Path.Combine(directory, ManifestFileName);
        if (!File.Exists(path))
        {
            return new SnapshotManifest(FormatVersion, [], []);
        }
        try
        {
            return JsonSerializer.Deserialize<SnapshotManifest>(File.ReadAllText(path), JsonOptions)
                ?? throw new SnapshotException($"{path}: empty manifest");
        }
        catch (JsonException e)
        {
            throw new SnapshotException($"{path}: not a snapshot manifest ({e.Message})", e);
        }
    }

    /// <summary>
    /// The saved sites of a run directory in the audit's target order (sites without a file — not reached
    /// before an interruption — are skipped), then any other snapshot files by name. Loaded lazily, one at a time.
    /// </summary>
    public static IEnumerable<string> Files(string runDirectory)
    {
        var manifest = LoadManifest(runDirectory);
        var directory = DirectoryOf(runDirectory);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var url in manifest.Targets)
        {
            var path = Path.Combine(directory, SiteFileName.For(url) + Extension);
            if (File.Exists(path) && seen.Add(path))
            {
                yield return path;
            }
        }
        foreach (var path in Directory.GetFiles(directory, "*" + Extension).Order(StringComparer.Ordinal))
        {
            if (seen.Add(path))
            {
                yield return path;
            }
        }
    }
}
