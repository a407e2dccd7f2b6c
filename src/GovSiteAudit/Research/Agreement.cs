using GovSiteAudit.Reporting;
using GovSiteAudit.Targets;

namespace GovSiteAudit.Research;

/// <summary>
/// Compares the tool's site × indicator verdicts with a human coder's (<c>url</c>, <c>indicator</c>, <c>found</c>
/// as true/false, 1/0 or yes/no — a filled-in copy of indicators.csv): precision, recall and F1 per indicator,
/// Cohen's κ per indicator, per dimension and overall — the validity figures a paper reports.
/// </summary>
public static class Agreement
{
    /// <summary>A blank <c>found</c> means "not coded" and is skipped.</summary>
    public static bool? ParseLabel(string value) => value.Trim().ToLowerInvariant() switch
    {
        "true" or "1" or "yes" or "y" or "t" => true,
        "false" or "0" or "no" or "n" or "f" => false,
        "" => null,
        _ => throw new FormatException(value),
    };

    public static AgreementReport Compute(RunData tool, string humanCsvPath)
    {
        var warnings = new List<string>();
        var scored = tool.Sites.Where(s => s.Total is not null).Select(s => Key(s.Url)).ToHashSet(StringComparer.Ordinal);
        var toolRows = new Dictionary<(string Url, string Indicator), IndicatorRow>();
        foreach (var row in tool.Indicators)
        {
            toolRows[(Key(row.Url), row.Indicator)] = row;
        }
        var counts = new Dictionary<(string Dimension, string Indicator), Confusion>();
        var humanRows = 0;
        var unread = 0;
        IEnumerable<(int Line, Func<string, string> Get)> records;
        try
        {
            records = RunReader.Records(humanCsvPath, ["url", "indicator", "found"]).ToList();
        }
        catch (RunReadException e)
        {
            throw new AgreementException(e.Message + " — expected columns url, indicator, found (true/false, 1/0 or yes/no), like indicators.csv");
        }
        var seen = new HashSet<(string, string)>();
        foreach (var (line, get) in records)
        {
            bool? human;
            try
            {
                human = ParseLabel(get("found"));
            }
            catch (FormatException)
            {
                throw new AgreementException($"{humanCsvPath}:{line}: 'found' is '{get("found")}', expected true/false, 1/0 or yes/no (or blank for not coded)");
            }
            if (human is null)
            {
                continue;
            }
            humanRows++;
            var key = (Key(get("url")), get("indicator"));
            if (!seen.Add(key))
            {
                warnings.Add($"{humanCsvPath}:{line}: {get("url")} {get("indicator")} is coded twice; the first label is used");
                continue;
            }
            if (!toolRows.TryGetValue(key, out var toolRow))
            {
                warnings.Add($"{humanCsvPath}:{line}: the run has no verdict for {get("url")} {get("indicator")}; skipped");
                continue;
            }
            if (!scored.Contains(key.Item1))
            {
                unread++;
                continue;
            }
            var cell = (toolRow.Found, human.Value) switch
            {
                (true, true) => new Confusion(1, 0, 0, 0),
                (true, false) => new Confusion(0, 1, 0, 0),
                (false, true) => new Confusion(0, 0, 1, 0),
                _ => new Confusion(0, 0, 0, 1),
            };
            var id = (toolRow.Dimension, toolRow.Indicator);
            counts[id] = counts.GetValueOrDefault(id, Confusion.Empty) + cell;
        }
        if (unread > 0)
        {
            warnings.Add($"{unread} coded pair(s) are for sites the tool could not read (no score); left out");
        }

        // Report in the run's order of dimensions and indicators.
        var order = tool.Indicators.Select(i => (i.Dimension, i.Indicator)).Distinct().Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
        var indicators = counts.OrderBy(c => order.GetValueOrDefault(c.Key, int.MaxValue))
            .Select(c => new IndicatorAgreement(c.Key.Dimension, c.Key.Indicator, c.Value)).ToList();
        var dimensions = indicators.GroupBy(i => i.Dimension)
            .Select(g => (g.Key, g.Aggregate(Confusion.Empty, (sum, i) => sum + i.Counts))).ToList();
        var overall = indicators.Aggregate(Confusion.Empty, (sum, i) => sum + i.Counts);
        return new AgreementReport(indicators, dimensions, overall, humanRows, warnings);
    }

    /// <summary>URLs as the audit normalises them, so "www.a.gov.tw" in a coder's sheet matches "https://www.a.gov.tw/".</summary>
    private static string Key(string url) => TargetListReader.NormalizeUrl(url).Url ?? url.Trim();
}
