namespace GovSiteAudit.Research;

/// <summary>How one dimension (or the total) of one site moved between two runs; null = not scored in that run.</summary>
public sealed record ScoreChange(string Dimension, double? Old, double? New)
{
    public double? Delta => Old is { } o && New is { } n ? Math.Round(n - o, 1) : null;
}
