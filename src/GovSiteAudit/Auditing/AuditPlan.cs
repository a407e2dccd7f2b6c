using GovSiteAudit.Crawl;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Targets;

namespace GovSiteAudit.Auditing;

/// <summary>
/// A run that may start: the rubric, the targets of this run and of its whole shard, whether rows are appended, the
/// browser, and the lock on the output directory (held until disposed).
/// </summary>
public sealed class AuditPlan(Rubric rubric, TargetList targets, TargetList wholeRun, bool append, BrowserInfo? browser, OutputLock outputLock)
    : IDisposable
{
    public Rubric Rubric { get; } = rubric;

    /// <summary>The targets this run audits: the shard, minus those an earlier run recorded (--resume).</summary>
    public TargetList Targets { get; } = targets;

    /// <summary>The shard's whole list, recorded targets included (for run.json).</summary>
    public TargetList WholeRun { get; } = wholeRun;

    public bool Append { get; } = append;

    /// <summary>The browser to launch; null when <see cref="NothingToAudit"/> (none is looked for then).</summary>
    public BrowserInfo? Browser { get; } = browser;

    /// <summary>No target is left (an empty shard, or every one already recorded); the header-only files are written.</summary>
    public bool NothingToAudit => Targets.Targets.Count == 0;

    public void Dispose() => outputLock.Dispose();
}
