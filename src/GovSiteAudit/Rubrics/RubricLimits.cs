namespace GovSiteAudit.Rubrics;

/// <summary>Bounds that keep a hostile rubric from exhausting memory, stack or time.</summary>
internal static class RubricLimits
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public const int MaxDepth = 64;

    /// <summary>Nodes visited while validating, aliases expanded: stops "billion laughs" documents.</summary>
    public const int MaxNodes = 100_000;
}
