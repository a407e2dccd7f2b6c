using System.Text.Json;

namespace GovSiteAudit.Crawl;

/// <summary>Numbers read back from a script the crawler ran in a page: only plausible ones are kept.</summary>
internal static class ScriptNumbers
{
    /// <summary>
    /// The number <paramref name="name"/> of <paramref name="element"/> when it is finite, not negative and below
    /// <paramref name="limit"/>; else null. A page that rewrote the APIs the script uses may hand back anything.
    /// </summary>
    public static double? Read(JsonElement element, string name, double limit) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            && value.GetDouble() is var number && double.IsFinite(number) && number >= 0 && number < limit
            ? number
            : null;
}
