using System.Text.RegularExpressions;

namespace GovSiteAudit.Rubrics;

/// <summary>A meta tag (by name, property or http-equiv) whose content matches, if a pattern is given.</summary>
public sealed record MetaRule(string Name, Regex? Content, PageScope Pages) : Rule;
