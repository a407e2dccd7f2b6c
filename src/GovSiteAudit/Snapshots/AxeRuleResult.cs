using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace GovSiteAudit.Snapshots;

/// <summary>
/// One axe rule's outcome on one page: its id, impact (<c>critical</c>, <c>serious</c>, <c>moderate</c>, <c>minor</c>),
/// tags, help text, how many elements it concerns and the first few of them.
/// </summary>
public sealed partial record AxeRuleResult(
    string Rule,
    string? Impact,
    IReadOnlyList<string> Tags,
    string Help,
    string HelpUrl,
    int Nodes,
    IReadOnlyList<AxeNode> Examples)
{
    /// <summary>WCAG success criteria from the tags: <c>wcag111</c> → 1.1.1, <c>wcag1412</c> → 1.4.12.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Wcag => Tags
        .Select(t => CriterionTag().Match(t))
        .Where(m => m.Success)
        .Select(m => $"{m.Groups[1].Value}.{m.Groups[2].Value}.{m.Groups[3].Value}")
        .Distinct(StringComparer.Ordinal)
        .ToList();

    // Principle and guideline are one digit each in WCAG 2.x; the criterion takes the rest.
    [GeneratedRegex(@"^wcag([1-4])([1-9])(\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex CriterionTag();
}
