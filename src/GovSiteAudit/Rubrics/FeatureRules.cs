using System.Text.RegularExpressions;

namespace GovSiteAudit.Rubrics;

/// <summary>
/// A link to a news feed: an <c>a</c>/<c>area</c> whose <c>type</c> is an RSS or Atom media type or whose
/// address is a feed by its extension or path (<c>.rss</c>, <c>rss.xml</c>, <c>/feed</c>, <c>/rss</c>).
/// With <paramref name="IncludeHead"/>, a <c>&lt;link rel="alternate"&gt;</c> feed in the head counts too.
/// </summary>
public sealed record FeedRule(bool IncludeHead, PageScope Pages) : Rule;

/// <summary>
/// A link to an account on one of <paramref name="Hosts"/> (or their subdomains), recognised by the address
/// alone: the address names an account (a path after the host) and is not a share, intent, login or dialog
/// endpoint. An embedded page plugin (<c>iframe</c> of facebook.com/plugins/page.php) counts as a link to the
/// page it shows.
/// </summary>
public sealed record AccountLinkRule(IReadOnlyList<string> Hosts, PageScope Pages) : Rule;

/// <summary>
/// A labelled block: a heading, menu item or <c>aria-label</c> whose text matches <paramref name="Label"/>, over
/// a group of at least <paramref name="MinLinks"/> links; with <paramref name="Links"/>, one of those links must
/// match too. "便民服務" over 線上申請 links is evidence for the feature the label names.
/// </summary>
public sealed record BlockRule(KeywordSet Label, KeywordSet? Links, int MinLinks, PageScope Pages) : Rule;

/// <summary>
/// A link or control wired by script: its <c>onclick</c> (or other <c>on…</c> handler) or its
/// <c>javascript:</c> address matches <paramref name="Pattern"/> (a text-size control calling
/// <c>setActiveStyleSheet('large')</c> has no words to match).
/// </summary>
public sealed record HandlerRule(Regex Pattern, string PatternSource, PageScope Pages) : Rule;
