using GovSiteAudit.Reporting;
using GovSiteAudit.Results;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Auditing;

/// <summary>
/// Re-detects and re-scores the snapshots saved by <c>audit --save-snapshots</c> with a (new or edited)
/// rubric and writes the same outputs as the audit. No browser and no network: a researcher iterates on
/// indicators in seconds. With the rubric the audit used, the findings are exactly the audit's.
/// </summary>
public static class Rescorer
{
    public sealed record Options(Rubric Rubric, string RunDirectory, string OutputDirectory, ReportFormats Formats = ReportFormats.Csv);

    public static RunReport Run(Options options, TimeProvider time, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        var manifest = SnapshotStore.LoadManifest(options.RunDirectory);
        var files = SnapshotStore.Files(options.RunDirectory).ToList();
        if (files.Count == 0)
        {
            throw new SnapshotException($"{SnapshotStore.DirectoryOf(options.RunDirectory)}: no snapshot files (*{SnapshotStore.Extension})");
        }
        var metadataColumns = manifest.MetadataColumns;
        if (metadataColumns.Count == 0)
        {
            // No manifest: keep every metadata column seen, in the order first met.
            metadataColumns = files.Select(SnapshotStore.Load).SelectMany(s => s.Target.Metadata.Keys).Distinct(StringComparer.Ordinal).ToList();
        }

        using var outputs = new RunOutputs(options.OutputDirectory, options.Rubric, metadataColumns, options.Formats, saveSnapshots: false);
        var interrupted = false;
        foreach (var file in files)
        {
            if (ct.IsCancellationRequested)
            {
                // Ctrl+C or SIGTERM: the sites rescored so far are reported.
                interrupted = true;
                break;
            }

            // One snapshot in memory at a time: the HTML of a whole run does not fit comfortably.
            var saved = SnapshotStore.Load(file);
            var site = AuditRunner.Evaluate(options.Rubric, saved.Target, saved.Crawl, TimeSpan.FromSeconds(saved.ElapsedSeconds), saved.AuditedAt, budget: CancellationToken.None);
            outputs.Add(site);
        }
        return outputs.Complete(time.GetUtcNow(), time.GetElapsedTime(started)) with { Interrupted = interrupted };
    }
}
