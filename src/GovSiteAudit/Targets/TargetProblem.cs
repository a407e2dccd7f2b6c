namespace GovSiteAudit.Targets;

/// <summary>
/// A line of a target list that could not be used; reported and skipped. <see cref="ToString"/> escapes control
/// characters, because the message echoes the line.
/// </summary>
public sealed record TargetProblem(string Source, int Line, string Message)
{
    public override string ToString() =>
        PrintableText.Escape(Line > 0 ? $"{Source}:{Line}: {Message}" : $"{Source}: {Message}");
}
