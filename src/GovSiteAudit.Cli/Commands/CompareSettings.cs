namespace GovSiteAudit.Cli.Commands;

/// <summary>The settings of one <c>compare</c> run.</summary>
internal sealed record CompareSettings(string OldDirectory, string NewDirectory, string CsvPath);
