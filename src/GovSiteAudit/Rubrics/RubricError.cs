namespace GovSiteAudit.Rubrics;

/// <summary>
/// One problem in a rubric file. <see cref="Line"/> and <see cref="Column"/> are 1-based; 0 when unknown.
/// <see cref="ToString"/> escapes control characters: messages echo keys and values of the file.
/// </summary>
public sealed record RubricError(string File, int Line, int Column, string Message)
{
    public override string ToString() => Targets.PrintableText.Escape($"{File}:{Line}:{Column}: {Message}");
}
