namespace GovSiteAudit.Snapshots;

/// <summary>
/// One element a rule concerns: its CSS selector (a frame's selector and the selector inside it joined by <c> &gt;&gt; </c>, shadow roots
/// by <c> &gt;&gt;&gt; </c>) and the start of its
/// markup as axe quoted it.
/// </summary>
public sealed record AxeNode(string Target, string Html);
