namespace GovSiteAudit.Rubrics;

/// <summary>Part of a page a text or link rule looks in.</summary>
public enum Region
{
    Page,
    Header,
    Nav,
    Main,
    Footer,
}
