namespace GovSiteAudit.Reporting;

/// <summary>Output formats; CSV is always written.</summary>
[Flags]
public enum ReportFormats
{
    Csv = 1,
    Json = 2,
    Html = 4,
}
