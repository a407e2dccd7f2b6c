namespace GovSiteAudit.Rubrics;

/// <summary>A rubric could not be read or is invalid; <see cref="Errors"/> holds every problem found.</summary>
public sealed class RubricException : InputException
{
    public RubricException(IReadOnlyList<RubricError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<RubricError> Errors { get; }

    /// <summary>Every error with its file, line and column, one a line.</summary>
    public override IReadOnlyList<string> Problems => Errors.Select(e => e.ToString()).ToList();

    public override string? Conclusion => $"{Errors.Count} error(s) in the rubric; nothing was audited.";

    private static string Describe(IReadOnlyList<RubricError> errors)
    {
        if (errors.Count == 0)
        {
            return "Invalid rubric.";
        }

        var head = errors.Count == 1
            ? "Invalid rubric (1 error):"
            : $"Invalid rubric ({errors.Count} errors):";
        return head + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
    }
}
