using System.Text.RegularExpressions;

namespace GovSiteAudit.Rubrics;

/// <summary>
/// A link or control wired by script: its <c>onclick</c> (or other <c>on…</c> handler) or its
/// <c>javascript:</c> address matches <paramref name="Pattern"/> (a text-size control calling
/// <c>setActiveStyleSheet('large')</c> has no words to match).
/// </summary>
public sealed record HandlerRule(Regex Pattern, string PatternSource, PageScope Pages) : Rule;
