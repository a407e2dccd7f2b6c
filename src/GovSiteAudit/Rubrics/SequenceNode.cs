namespace GovSiteAudit.Rubrics;

internal sealed class SequenceNode(int line, int column) : RubricNode(line, column)
{
    public List<RubricNode> Items { get; } = [];

    public override string Describe() => "a list";
}
