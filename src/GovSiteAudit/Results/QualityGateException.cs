namespace GovSiteAudit.Results;

/// <summary>The thresholds name dimensions the rubric does not have (a typo would otherwise pass silently).</summary>
public sealed class QualityGateException(Rubrics.Rubric rubric, IReadOnlyList<string> unknownDimensions)
    : InputException($"the rubric '{rubric.Id}' has no dimension {string.Join(", ", unknownDimensions.Select(d => $"'{d}'"))}")
{
    public override IReadOnlyList<string> Problems { get; } = unknownDimensions
        .Select(id => $"--fail-under-dimension: the rubric '{rubric.Id}' has no dimension '{id}'; its dimensions are: {string.Join(", ", rubric.Dimensions.Select(d => d.Id))}")
        .ToList();
}
