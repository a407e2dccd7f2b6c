using System.Text.RegularExpressions;

namespace GovSiteAudit.Rubrics;

/// <summary>A response header of the home page, with an optional value pattern.</summary>
public sealed record HeaderRule(string Name, Regex? Value) : Rule;
