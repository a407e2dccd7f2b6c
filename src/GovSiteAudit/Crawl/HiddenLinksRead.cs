namespace GovSiteAudit.Crawl;

/// <summary>What <see cref="HiddenLinks"/> found: every link to follow, and the links opened menus drew into the page.</summary>
internal sealed record HiddenLinksRead(IReadOnlyList<FoundLink> Links, IReadOnlyList<FoundLink> DrawnByMenus);
