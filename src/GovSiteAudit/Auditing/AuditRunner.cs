using GovSiteAudit.Crawl;
using GovSiteAudit.Detection;
using GovSiteAudit.Results;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Scoring;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Targets;

namespace GovSiteAudit.Auditing;

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
                // A resumed run lists every target of the run, not just those left: the earlier ones (from the
                // manifest already there, or those given), then this run's, in order.
                IEnumerable<string> listed = [];
                if (options.Append)
                {
                    listed = SnapshotStore.TryLoadManifest(options.OutputDirectory)?.Targets ?? [];
                }

                var urls = listed
                    .Concat((options.ManifestTargets ?? []).Select(t => t.Url))
                    .Concat(targets.Targets.Select(t => t.Url))
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                SnapshotStore.WriteManifestUrls(options.OutputDirectory, targets.MetadataColumns, urls);
                return true;
            });
        }
        var gate = new object();
        int done = 0, ok = 0;
        progress?.Started(targets.Targets.Count);

        // Detection and scoring (CPU work on a finished crawl) run off the crawl's slot, so the slot goes on to the next
        // site at once; at most as many sites wait for detection as are crawled at once (their snapshots are in memory).
        var concurrency = Math.Max(1, options.Concurrency);
        using var detectionSlots = new SemaphoreSlim(concurrency, concurrency);
        var detections = new List<Task>();
        // A site's outputs that cannot be written (a full disk) stop the run, as they did when detection ran in the slot.
        using var outputFailed = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var interrupted = false;
        try
        {
            await RunSitesAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Ctrl+C or SIGTERM: the sites in flight are abandoned (none has a row yet), the finished ones are reported.
            interrupted = true;
        }
        catch (OperationCanceledException) when (outputFailed.IsCancellationRequested)
        {
            // The failed detection's own exception is thrown below.
        }
        finally
        {
            // Sites whose crawl finished are detected and written, also when the run was interrupted.
            Task[] pending;
            lock (detections)
            {
                pending = [.. detections];
            }

            await Task.WhenAll(pending).ConfigureAwait(false);
        }

        var elapsed = time.GetElapsedTime(started);
        var report = outputs.Complete(time.GetUtcNow(), elapsed) with { Interrupted = interrupted };
        return new AuditSummary(targets.Targets.Count, ok, done - ok, elapsed, options.OutputDirectory, report);

        Task RunSitesAsync() => Parallel.ForEachAsync(
            targets.Targets,
            new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = outputFailed.Token },
            async (target, token) =>
            {
                var crawled = await CrawlSiteAsync(crawler, target, token).ConfigureAwait(false);
                await detectionSlots.WaitAsync(CancellationToken.None).ConfigureAwait(false);
                var detection = Task.Run(() =>
                {
                    try
                    {
                        Record(Detect(crawled));
                    }
                    catch
                    {
                        outputFailed.Cancel();
                        throw;
                    }
                    finally
                    {
                        detectionSlots.Release();
                    }
                }, CancellationToken.None);
                lock (detections)
                {
                    detections.Add(detection);
                }
            });

        void Record(SiteAudit site)
        {
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
        }
    }

    public async Task<SiteAudit> AuditSiteAsync(ISiteCrawler crawler, AuditTarget target, CancellationToken ct) =>
        Detect(await CrawlSiteAsync(crawler, target, ct).ConfigureAwait(false));

    /// <summary>The crawl of one site, its attempts included; never throws but for <paramref name="ct"/>.</summary>
    private async Task<CrawledSite> CrawlSiteAsync(ISiteCrawler crawler, AuditTarget target, CancellationToken ct)
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

        return new CrawledSite(target, crawl, auditedAt, time.GetElapsedTime(started));
    }

    /// <summary>Detection and scoring of a crawled site, which may start later than its crawl ended, off the crawl's slot.</summary>
    private SiteAudit Detect(CrawledSite crawled)
    {
        var started = time.GetTimestamp();
        // Detection runs on the site's clock: what is left of its budget after the crawl (at least the reserve the crawl
        // kept free); a wait for a detection slot does not count against it.
        using var detection = options.SiteTimeout is { } budget
            ? new CancellationTokenSource(Max(budget - crawled.CrawlTime, AuditOptions.DetectionReserve(budget)), time)
            : null;
        var site = Evaluate(options.Rubric, crawled.Target, crawled.Crawl, TimeSpan.Zero, crawled.AuditedAt, detection?.Token ?? CancellationToken.None);
        // The time of the whole site, detection included (a wait for a detection slot is not).
        return site with { Elapsed = crawled.CrawlTime + time.GetElapsedTime(started) };
    }

    /// <summary>A site crawled and waiting for detection.</summary>
    private sealed record CrawledSite(AuditTarget Target, CrawlResult Crawl, DateTimeOffset AuditedAt, TimeSpan CrawlTime);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>
    /// Detect and score a crawled (or saved) snapshot. Pure: no browser, no network; <paramref name="budget"/> bounds
    /// the time detection may take (what it could not decide in time is said in the findings). User names and
    /// passwords are removed from every URL first (<see cref="UserInfoRedaction"/>), so no output can carry one.
    /// </summary>
    public static SiteAudit Evaluate(
        Rubric rubric, AuditTarget target, CrawlResult crawl, TimeSpan elapsed, DateTimeOffset auditedAt, CancellationToken budget = default)
    {
        target = UserInfoRedaction.Apply(target);
        crawl = UserInfoRedaction.Apply(crawl);
        // The measurements (freshness read from the pages at the audit time) are worked out once, for the rules and the outputs.
        var metrics = SiteMetrics.Of(crawl.Snapshot, auditedAt);
        var findings = UserInfoRedaction.Apply(Detector.Detect(rubric, crawl.Snapshot, budget, TimeProvider.System, auditedAt, metrics));
        // A site with no page read has no meaningful score: leave the cells empty rather than claim 0.
        var score = crawl.Snapshot.Pages.Count > 0 ? Scorer.Score(rubric, findings) : null;
        return new SiteAudit(target, crawl, findings, score, elapsed, auditedAt) { Metrics = metrics };
    }
}
