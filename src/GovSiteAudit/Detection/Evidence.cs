namespace GovSiteAudit.Detection;

/// <summary>What was matched, where: the page, the element (short CSS-like description) and the matched text.</summary>
public sealed record Evidence(string PageUrl, string Element, string Text);
