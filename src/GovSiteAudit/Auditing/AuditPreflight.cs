using GovSiteAudit.Crawl;
using GovSiteAudit.Reporting;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Targets;

namespace GovSiteAudit.Auditing;

/// <summary>
/// The checks and choices an <c>audit</c> makes before crawling, in the order a user meets them: rubric (and the gate's
/// dimensions), target list, output directory and its lock, shard and resume selection, browser. A front end calls
/// <see cref="PrepareAsync"/> and either gets a plan or an <see cref="InputException"/> saying what to fix.
/// </summary>
public static class AuditPreflight
{
    /// <param name="warnings">Warnings about the user's own input (rubric, targets), written even in quiet mode.</param>
    /// <param name="log">Progress notes (shard, resume, browser install); <see cref="TextWriter.Null"/> when quiet.</param>
    /// <param name="environment">Reads environment variables (<c>JOB_COMPLETION_INDEX</c> for an auto shard).</param>
    /// <exception cref="InputException">The rubric, targets, gate, output directory, shard, resume state or browser is unusable.</exception>
    public static async Task<AuditPlan> PrepareAsync(
        PreflightRequest request, TextWriter warnings, TextWriter log, Func<string, string?> environment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rubric = RubricSource.Load(request.Rubric);
        await RubricSource.WarnAsync(rubric, warnings);
        request.Gate?.EnsureDimensionsExist(rubric);

        var targets = TargetListReader.Read(request.Targets);
        foreach (var problem in targets.Problems)
        {
            await warnings.WriteLineAsync($"warning: {problem} (skipped)");
        }
        if (targets.CredentialsRemovedAt is { Count: > 0 } withCredentials)
        {
            // Said once, however many: where, never what.
            var where = string.Join(", ", withCredentials.Take(3)) + (withCredentials.Count > 3 ? ", …" : "");
            await warnings.WriteLineAsync(
                $"warning: removed the user name and password from {withCredentials.Count} target URL(s) ({where}): credentials are " +
                "never sent to sites nor written to any output; each site is audited as the public sees it.");
        }
        if (targets.Targets.Count == 0)
        {
            throw new TargetListException("no usable target in the input; nothing to audit.");
        }

        OutputDirectory.CheckWritable(request.OutputDirectory);
        // Held until the run ends: resume repairs and every row are written by this command alone.
        var outputLock = OutputDirectory.Lock(request.OutputDirectory, "audit");
        try
        {
            var (selected, wholeRun, append) = await SelectAsync(request, targets, rubric, log, environment);
            if (selected.Targets.Count == 0)
            {
                // Still leave the (header-only) files: a CI merge step expects every shard to have its outputs.
                new CsvReportWriter(request.OutputDirectory, rubric, selected.MetadataColumns, append).Dispose();
                return new AuditPlan(rubric, selected, wholeRun, append, null, outputLock);
            }

            var browser = await BrowserProvisioner.EnsureAsync(request.Browser, request.AllowBrowserInstall, log, ct);
            return new AuditPlan(rubric, selected, wholeRun, append, browser, outputLock);
        }
        catch
        {
            outputLock.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The targets this run audits: its shard, minus those an earlier run in the same directory recorded (--resume,
    /// after repairing what a crash left); and the shard's whole list (recorded ones included).
    /// </summary>
    private static async Task<(TargetList Targets, TargetList All, bool Append)> SelectAsync(
        PreflightRequest request, TargetList targets, Rubric rubric, TextWriter log, Func<string, string?> environment)
    {
        if (request.Shard is { } shardText)
        {
            var shard = Shard.Parse(shardText, environment);
            var all = targets.Targets.Count;
            targets = shard.Select(targets);
            await log.WriteLineAsync($"Shard {shard}: {targets.Targets.Count} of {all} target(s).");
        }

        if (!request.Resume)
        {
            return (targets, targets, false);
        }

        ResumeState state;
        try
        {
            state = ResumeState.Prepare(request.OutputDirectory, CsvReportWriter.ScoresHeader(rubric, targets.MetadataColumns), rubric.Fingerprint);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ResumeException($"cannot resume in '{request.OutputDirectory}': {e.Message}");
        }

        foreach (var repair in state.Repairs)
        {
            await log.WriteLineAsync($"Resume: {repair}.");
        }

        var remaining = targets with { Targets = targets.Targets.Where(t => !state.RecordedUrls.Contains(t.Url)).ToList() };
        await log.WriteLineAsync(
            $"Resume: {targets.Targets.Count - remaining.Targets.Count} of {targets.Targets.Count} site(s) already recorded in '{request.OutputDirectory}'; {remaining.Targets.Count} to audit.");
        return (remaining, targets, true);
    }
}
