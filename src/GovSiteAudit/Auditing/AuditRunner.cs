using GovSiteAudit.Crawl;
using GovSiteAudit.Detection;
using GovSiteAudit.Reporting;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Scoring;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Targets;

namespace GovSiteAudit.Auditing;

/// <param name="Formats">CSV is always written; JSON adds results.json, HTML adds report.html.</param>
/// <param name="SaveSnapshots">Keep each site's snapshot under snapshots/ for <c>rescore</c>.</param>
public sealed record AuditOptions(
    Rubric Rubric,
    string OutputDirectory,
    int Concurrency = 1,
    ReportFormats Formats = ReportFormats.Csv,
    bool SaveSnapshots = false)
{
    /// <summary>Pause before the one retry of a transient failure (timeouts, resets, 5xx).</summary>
    public TimeSpan RetryBackoff { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Continue the CSVs of an interrupted run (--resume, after <see cref="ResumeState.Prepare"/>) instead of starting them afresh.</summary>
    public bool Append { get; init; }
}

public sealed record AuditSummary(int Total, int Ok, int Failed, TimeSpan Elapsed, string OutputDirectory, RunReport Report);

/// <summary>Told about each finished site (progress display, logs). Called from one thread at a time.</summary>
public interface IAuditProgress
{
    void Started(int total);
    void SiteFinished(SiteAudit site, int done, int total);
}

/// <summary>
/// The pipeline for a list of targets: crawl → snapshot → detect → score → report, writing each site's
/// rows as soon as it is done so nothing gathered is lost if the run stops.
/// </summary>
public sealed class AuditRunner(AuditOptions options, TimeProvider time, IAuditProgress? progress = null)
{
    public async Task<AuditSummary> RunAsync(ISiteCrawler crawler, TargetList targets, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        using var outputs = AuditOutputException.Guard(options.OutputDirectory, 0,
            () => new RunOutputs(options.OutputDirectory, options.Rubric, targets.MetadataColumns, options.Formats, options.SaveSnapshots, options.Append));
        if (options.SaveSnapshots)
        {
            AuditOutputException.Guard(options.OutputDirectory, 0, () =>
            {
                SnapshotStore.WriteManifest(options.OutputDirectory, targets.MetadataColumns, targets.Targets);
                return true;
            });
        }
        var gate = new object();
        int done = 0, ok = 0;
        progress?.Started(targets.Targets.Count);

        await Parallel.ForEachAsync(
            targets.Targets,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Concurrency), CancellationToken = ct },
            async (target, token) =>
            {
                var site = await AuditSiteAsync(crawler, target, token).ConfigureAwait(false);
                lock (gate)
                {
                    AuditOutputException.Guard(options.OutputDirectory, done, () =>
                    {
                        outputs.Add(site);
                        return true;
                    });
                    done++;
                    if (site.Ok)
                    {
                        ok++;
                    }
                    progress?.SiteFinished(site, done, targets.Targets.Count);
                }
            }).ConfigureAwait(false);

        var elapsed = time.GetElapsedTime(started);
        var report = outputs.Complete(time.GetUtcNow(), elapsed);
        return new AuditSummary(targets.Targets.Count, ok, done - ok, elapsed, options.OutputDirectory, report);
    }

    public async Task<SiteAudit> AuditSiteAsync(ISiteCrawler crawler, AuditTarget target, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        var auditedAt = time.GetUtcNow();
        CrawlResult crawl;
        try
        {
            crawl = await SiteAttempts.CrawlAsync(crawler, target, options.RetryBackoff, time, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // A crawler bug on one site must not end the batch.
            crawl = new CrawlResult(new SiteSnapshot(target.Url, null, [], SiteFacts.Empty), SiteStatus.BrowserError, e.Message);
        }
        return Evaluate(options.Rubric, target, crawl, time.GetElapsedTime(started), auditedAt);
    }

    /// <summary>
    /// Detect and score a crawled (or saved) snapshot. Pure: no browser, no network. User names and passwords are
    /// removed from every URL first (<see cref="UserInfoRedaction"/>), so no output can carry one.
    /// </summary>
    public static SiteAudit Evaluate(Rubric rubric, AuditTarget target, CrawlResult crawl, TimeSpan elapsed, DateTimeOffset auditedAt)
    {
        target = UserInfoRedaction.Apply(target);
        crawl = UserInfoRedaction.Apply(crawl);
        var findings = UserInfoRedaction.Apply(Detector.Detect(rubric, crawl.Snapshot));
        // A site with no page read has no meaningful score: leave the cells empty rather than claim 0.
        var score = crawl.Snapshot.Pages.Count > 0 ? Scorer.Score(rubric, findings) : null;
        return new SiteAudit(target, crawl, findings, score, elapsed, auditedAt);
    }
}
