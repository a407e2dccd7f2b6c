using HtmlAgilityPack;

namespace GovSiteAudit.Detection;

/// <summary>
/// Something a visitor can click to go somewhere, with every text it carries. <paramref name="SharesPage"/>: a share
/// button (another host's share or intent endpoint), which no <c>link_text</c> rule counts.
/// </summary>
internal sealed record LinkCandidate(HtmlNode Node, string Element, IReadOnlyList<LinkText> Texts, bool SharesPage);
