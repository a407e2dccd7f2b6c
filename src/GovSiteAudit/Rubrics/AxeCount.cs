namespace GovSiteAudit.Rubrics;

/// <summary>What an <see cref="AxeRule"/> counts on the tested pages.</summary>
public enum AxeCount
{
    /// <summary>Failing rules, each rule once per page it fails on.</summary>
    Rules,
    /// <summary>Elements (axe "nodes") that fail, summed over rules and pages.</summary>
    Nodes,
}
