using System.Globalization;
using System.Text;
using CsvHelper;
using GovSiteAudit.Reporting;
using GovSiteAudit.Targets;

namespace GovSiteAudit.Research;

public sealed record IndicatorAgreement(string Dimension, string Indicator, Confusion Counts);
