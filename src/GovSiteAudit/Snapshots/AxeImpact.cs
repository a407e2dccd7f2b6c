namespace GovSiteAudit.Snapshots;

/// <summary>axe-core's impact levels, most severe first, and their order.</summary>
public static class AxeImpact
{
    public const string Critical = "critical";
    public const string Serious = "serious";
    public const string Moderate = "moderate";
    public const string Minor = "minor";

    /// <summary>Most severe first.</summary>
    public static IReadOnlyList<string> All { get; } = [Critical, Serious, Moderate, Minor];

    /// <summary>3 for critical … 0 for minor; -1 for none or unknown (counted as below every threshold).</summary>
    public static int Rank(string? impact) => impact switch
    {
        Critical => 3,
        Serious => 2,
        Moderate => 1,
        Minor => 0,
        _ => -1,
    };

    public static bool AtLeast(string? impact, string threshold) => Rank(impact) >= Rank(threshold);
}
