namespace GovSiteAudit.Cli.Commands;

/// <summary>The batch settings of an <c>audit</c> run: which slice of the list, continuing a run, budgets and politeness.</summary>
internal sealed record BatchSettings(string? Shard, bool Resume, TimeSpan SiteTimeout, TimeSpan Delay, bool IgnoreRobots)
{
    public static BatchSettings Default { get; } = new(null, false, TimeSpan.FromSeconds(BatchOptions.DefaultSiteTimeoutSeconds), TimeSpan.Zero, false);
}
