using HtmlAgilityPack;

namespace GovSiteAudit.Detection;

/// <summary>Something a visitor can click to go somewhere, with every text it carries.</summary>
internal sealed record LinkCandidate(HtmlNode Node, string Element, IReadOnlyList<LinkText> Texts);
