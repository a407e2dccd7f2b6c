namespace GovSiteAudit.Reporting;

/// <summary>A run directory whose CSV files are missing or not in the shape GovSiteAudit writes.</summary>
public sealed class RunReadException(string message) : InputException(message);
