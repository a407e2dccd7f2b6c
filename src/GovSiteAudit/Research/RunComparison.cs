using System.Globalization;
using System.Text;
using CsvHelper;
using GovSiteAudit.Reporting;

namespace GovSiteAudit.Research;

/// <summary>
/// Compares two run directories (audit or rescore outputs): which sites gained or lost which indicators and
/// how each dimension moved — for a scheduled job that watches agencies.
/// </summary>
public sealed record RunComparison(IReadOnlyList<string> DimensionIds, IReadOnlyList<SiteComparison> Sites)
{
    public const string FileName = "compare.csv";

    public static RunComparison Compare(RunData old, RunData @new)
    {
        var dimensions = old.DimensionIds.Concat(@new.DimensionIds).Distinct(StringComparer.Ordinal).ToList();
        var oldSites = old.Sites.ToDictionary(s => s.Url, StringComparer.Ordinal);
        var newSites = @new.Sites.ToDictionary(s => s.Url, StringComparer.Ordinal);
        var oldFound = FoundByUrl(old);
        var newFound = FoundByUrl(@new);
        var urls = @new.Sites.Select(s => s.Url).Concat(old.Sites.Select(s => s.Url)).Distinct(StringComparer.Ordinal);
        var sites = new List<SiteComparison>();
        foreach (var url in urls)
        {
            oldSites.TryGetValue(url, out var before);
            newSites.TryGetValue(url, out var after);
            var foundBefore = oldFound.GetValueOrDefault(url) ?? [];
            var foundAfter = newFound.GetValueOrDefault(url) ?? [];
            var presence = before is null ? "added" : after is null ? "removed" : "both";
            var scores = dimensions
                .Select(d => new ScoreChange(d, before?.Dimensions.GetValueOrDefault(d), after?.Dimensions.GetValueOrDefault(d)))
                .Append(new ScoreChange("total", before?.Total, after?.Total))
                .ToList();
            sites.Add(new SiteComparison(
                url, presence, before?.Status, after?.Status,
                presence == "both" ? foundAfter.Except(foundBefore).Order(StringComparer.Ordinal).ToList() : [],
                presence == "both" ? foundBefore.Except(foundAfter).Order(StringComparer.Ordinal).ToList() : [],
                scores));
        }
        return new RunComparison(dimensions, sites);
    }

    private static Dictionary<string, HashSet<string>> FoundByUrl(RunData run) =>
        run.Indicators.GroupBy(i => i.Url, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Where(i => i.Found).Select(i => i.Indicator).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>
    /// <c>compare.csv</c>, one row per change: <c>url</c>, <c>change</c> (gained, lost, score, status, added,
    /// removed), <c>item</c> (indicator or dimension id), <c>old</c>, <c>new</c>, <c>delta</c>.
    /// </summary>
    public void WriteCsv(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        using var csv = new CsvWriter(writer, CsvSettings.Verbatim);
        foreach (var cell in new[] { "url", "change", "item", "old", "new", "delta" })
        {
            csv.WriteField(cell);
        }
        csv.NextRecord();
        foreach (var row in Rows())
        {
            foreach (var cell in row)
            {
                csv.WriteField(CellGuard.Escape(cell));
            }
            csv.NextRecord();
        }
    }

    public IEnumerable<string[]> Rows()
    {
        foreach (var site in Sites.Where(s => s.Changed))
        {
            if (site.Presence != "both")
            {
                yield return [site.Url, site.Presence, "", site.OldStatus?.Text ?? "", site.NewStatus?.Text ?? "", ""];
                continue;
            }
            if (site.OldStatus != site.NewStatus)
            {
                yield return [site.Url, "status", "", site.OldStatus?.Text ?? "", site.NewStatus?.Text ?? "", ""];
            }
            foreach (var indicator in site.Gained)
            {
                yield return [site.Url, "gained", indicator, "false", "true", ""];
            }
            foreach (var indicator in site.Lost)
            {
                yield return [site.Url, "lost", indicator, "true", "false", ""];
            }
            foreach (var score in site.Scores.Where(s => s.Old != s.New))
            {
                yield return [site.Url, "score", score.Dimension, Number(score.Old), Number(score.New), Signed(score.Delta)];
            }
        }
    }

    /// <summary>The stdout table: one line per changed site with its dimension deltas, then its gained/lost indicators.</summary>
    public string FormatTable()
    {
        var text = new StringBuilder();
        var changed = Sites.Where(s => s.Changed).ToList();
        text.Append(CultureInfo.InvariantCulture, $"{Sites.Count} site(s) compared, {changed.Count} changed.\n");
        if (changed.Count == 0)
        {
            return text.ToString();
        }
        var columns = DimensionIds.Append("total").ToList();
        var header = new List<string> { "site", "status" };
        header.AddRange(columns);
        var rows = new List<List<string>> { header };
        foreach (var site in changed)
        {
            var status = site.Presence switch
            {
                "added" => "added",
                "removed" => "removed",
                _ => site.OldStatus == site.NewStatus ? site.NewStatus?.Text ?? "" : $"{site.OldStatus}→{site.NewStatus}",
            };
            var row = new List<string> { site.Url, status };
            row.AddRange(site.Scores.Select(s => s.Delta is { } d ? Signed(d) : s.Old == s.New ? "" : $"{Number(s.Old)}→{Number(s.New)}"));
            rows.Add(row);
        }
        var widths = Enumerable.Range(0, header.Count).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var (row, index) in rows.Select((r, i) => (r, i)))
        {
            text.Append(string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd()).Append('\n');
            if (index > 0)
            {
                var site = changed[index - 1];
                if (site.Gained.Count > 0)
                {
                    text.Append("    + ").Append(string.Join(", ", site.Gained)).Append('\n');
                }
                if (site.Lost.Count > 0)
                {
                    text.Append("    - ").Append(string.Join(", ", site.Lost)).Append('\n');
                }
            }
        }
        return text.ToString();
    }

    private static string Number(double? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? "";

    private static string Signed(double? value) => value switch
    {
        null => "",
        > 0 => "+" + value.Value.ToString("0.#", CultureInfo.InvariantCulture),
        _ => value.Value.ToString("0.#", CultureInfo.InvariantCulture),
    };
}
