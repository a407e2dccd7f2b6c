namespace GovSiteAudit.Reporting;

/// <summary>
/// The labels of report.html — the report's own and each section's — looked up by key in a table of both languages:
/// English, or Chinese then English when the rubric is in Chinese.
/// </summary>
internal sealed class ReportLabels(IReadOnlyDictionary<string, (string Zh, string En)> texts, string? language)
{
    private readonly bool _chinese = language?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true;

    public string this[string key] => _chinese ? $"{texts[key].Zh} {texts[key].En}" : texts[key].En;
}
