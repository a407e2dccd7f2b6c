namespace GovSiteAudit.Rubrics;

/// <summary>
/// A link to a news feed: an <c>a</c>/<c>area</c> whose <c>type</c> is an RSS or Atom media type or whose
/// address is a feed by its extension or path (<c>.rss</c>, <c>rss.xml</c>, <c>/feed</c>, <c>/rss</c>).
/// With <paramref name="IncludeHead"/>, a <c>&lt;link rel="alternate"&gt;</c> feed in the head counts too.
/// </summary>
public sealed record FeedRule(bool IncludeHead, PageScope Pages) : Rule;
