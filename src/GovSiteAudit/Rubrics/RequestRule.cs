using System.Text.RegularExpressions;

namespace GovSiteAudit.Rubrics;

/// <summary>A request the page made (scripts, XHR, frames …) whose URL matches.</summary>
public sealed record RequestRule(Regex Url, PageScope Pages) : Rule;
