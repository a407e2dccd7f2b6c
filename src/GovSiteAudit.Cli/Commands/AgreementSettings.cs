using System.CommandLine;
using GovSiteAudit.Reporting;
using GovSiteAudit.Research;

namespace GovSiteAudit.Cli.Commands;

/// <summary>The settings of one <c>agreement</c> run.</summary>
internal sealed record AgreementSettings(string RunDirectory, string HumanCsv, string CsvPath);
