using System.Text.Json;
using GovSiteAudit.Results;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Targets;

namespace GovSiteAudit.Reporting;

/// <summary>Writes <c>sites/&lt;host&gt;.json</c>: the findings with evidence, the scores and the pages visited.</summary>
public static class SiteJsonWriter
{
    public const string SitesDirectoryName = "sites";

    public static JsonSerializerOptions JsonOptions => OutputJson.OmittingNulls;

    public static string Write(string outputDirectory, SiteAudit site)
    {
        var directory = Path.Combine(outputDirectory, SitesDirectoryName);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, SiteFileName.For(site.Target.Url) + ".json");
        // Write then rename, so a crash or a full disk never leaves half a JSON file behind.
        AtomicFile.Write(path, stream => JsonSerializer.Serialize(stream, ToDocument(site), JsonOptions));
        return path;
    }

    /// <exception cref="RunReadException">Not a site file as this tool writes it (an unknown status …), with its line.</exception>
    public static SiteDocument Read(string path)
    {
        using var stream = File.OpenRead(path);
        try
        {
            return JsonSerializer.Deserialize<SiteDocument>(stream, JsonOptions)
                ?? throw new InvalidDataException($"{path}: empty site file");
        }
        catch (JsonException e)
        {
            // LineNumber counts from 0; the message of a status refused by its converter carries no position of its own.
            var line = e.LineNumber is { } zeroBased ? ":" + (zeroBased + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
            throw new RunReadException($"{path}{line}: not a site file as GovSiteAudit writes it: {e.Message}");
        }
    }

    public static SiteDocument ToDocument(SiteAudit site)
    {
        var snapshot = site.Crawl.Snapshot;
        return new SiteDocument(
            site.Target.Url,
            snapshot.FinalUrl,
            site.Status,
            site.Error,
            site.Target.Metadata,
            site.Score?.Dimensions.ToDictionary(d => d.DimensionId, d => d.Score),
            site.Score?.Total,
            Math.Round(site.Elapsed.TotalSeconds, 2),
            site.AuditedAt,
            snapshot.Pages.Select(p => new PageEntry(p.Url, p.Status, p.Depth, p.Title, p.ContentType, p.Frames.Select(f => f.Url).ToList())).ToList(),
            site.Findings.Select(f => new FindingEntry(f.DimensionId, f.IndicatorId, f.Found, f.Points, f.Evidence, f.Note)).ToList(),
            snapshot.Facts)
        {
            Accessibility = snapshot.Accessibility,
            Quality = QualitySummary.Of(site.Metrics, snapshot),
        };
    }

    public sealed record SiteDocument(
        string Url,
        string? FinalUrl,
        SiteStatus Status,
        string? Error,
        IReadOnlyDictionary<string, string> Metadata,
        IReadOnlyDictionary<string, double>? Scores,
        double? Total,
        double Seconds,
        DateTimeOffset AuditedAt,
        IReadOnlyList<PageEntry> Pages,
        IReadOnlyList<FindingEntry> Findings,
        SiteFacts Facts)
    {
        /// <summary>axe-core's per-page results (absent when accessibility was not measured).</summary>
        public SiteAccessibility? Accessibility { get; init; }

        /// <summary>Speed, phone fit, freshness, links checked and the search probe (absent when nothing was measured).</summary>
        public QualitySummary? Quality { get; init; }
    }

    public sealed record PageEntry(string Url, int Status, int Depth, string Title, string? ContentType, IReadOnlyList<string> Frames);

    /// <param name="Note">Why the indicator could not be decided (a pattern timed out …); absent when it could.</param>
    public sealed record FindingEntry(string Dimension, string Indicator, bool Found, double Points, Detection.Evidence? Evidence, string? Note = null);
}
