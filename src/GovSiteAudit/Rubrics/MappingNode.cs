namespace GovSiteAudit.Rubrics;

internal sealed class MappingNode(int line, int column) : RubricNode(line, column)
{
    public List<KeyValuePair<ScalarNode, RubricNode>> Entries { get; } = [];

    public override string Describe() => "a mapping";
}
