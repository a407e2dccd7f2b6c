namespace GovSiteAudit.Cli.Commands;

/// <summary>The settings of one <c>agreement</c> run.</summary>
internal sealed record AgreementSettings(string RunDirectory, string HumanCsv, string CsvPath);
