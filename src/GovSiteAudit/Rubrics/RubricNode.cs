namespace GovSiteAudit.Rubrics;

/// <summary>
/// A node of a rubric document with its position, the same for YAML and JSON, so validation is written
/// once and every error can point at a line and column.
/// </summary>
internal abstract class RubricNode(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>How the node is described in messages ("a mapping", "'abc'").</summary>
    public abstract string Describe();
}
