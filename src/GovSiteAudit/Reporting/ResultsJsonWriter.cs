using System.Reflection;
using System.Text.Json;
using GovSiteAudit.Detection;
using GovSiteAudit.Results;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Reporting;

/// <summary>
/// Writes <c>results.json</c>: everything in the CSV files plus evidence, pages and timings, in one
/// document described by <c>results.schema.json</c> (JSON Schema draft-07, shipped in this folder).
/// </summary>
public static class ResultsJsonWriter
{
    public const string FileName = "results.json";

    /// <summary>Raised when the document's shape changes incompatibly; the schema pins it.</summary>
    public const int SchemaVersion = 1;

    public static JsonSerializerOptions JsonOptions => OutputJson.WithNulls;

    public static string Write(string outputDirectory, RunReport run)
    {
        Directory.CreateDirectory(outputDirectory);
        var path = Path.Combine(outputDirectory, FileName);
        AtomicFile.Write(path, stream => JsonSerializer.Serialize(stream, ToDocument(run), JsonOptions));
        return path;
    }

    public static ResultsDocument ToDocument(RunReport run) => new(
        SchemaVersion,
        "GovSiteAudit",
        ToolVersion,
        run.GeneratedAt,
        Math.Round(run.ElapsedSeconds, 2),
        new RubricEntry(
            run.Rubric.Id,
            run.Rubric.Name,
            run.Rubric.Language,
            run.Rubric.Source,
            run.Rubric.Dimensions.Select(d => new DimensionEntry(
                d.Id, d.Name, d.Weight,
                d.Indicators.Select(i => new IndicatorEntry(i.Id, i.Name, i.Weight)).ToList())).ToList()),
        run.MetadataColumns,
        run.Sites.Select(s => new SiteEntry(
            s.Url,
            s.FinalUrl,
            s.Status,
            s.Error,
            s.Metadata,
            s.Score?.Dimensions.ToDictionary(d => d.DimensionId, d => d.Score),
            s.Score?.Total,
            s.Pages.Count,
            s.Seconds,
            s.AuditedAt,
            s.Pages,
            s.Findings.Select(f => new FindingEntry(f.DimensionId, f.IndicatorId, f.Found, f.Points, f.Evidence, f.Note)).ToList())
        {
            Accessibility = s.Accessibility,
            Quality = s.Quality,
        }).ToList());

    public static string ToolVersion { get; } =
        typeof(ResultsJsonWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    public sealed record ResultsDocument(
        int SchemaVersion,
        string Tool,
        string ToolVersion,
        DateTimeOffset GeneratedAt,
        double ElapsedSeconds,
        RubricEntry Rubric,
        IReadOnlyList<string> MetadataColumns,
        IReadOnlyList<SiteEntry> Sites);

    public sealed record RubricEntry(string Id, string Name, string? Language, string Source, IReadOnlyList<DimensionEntry> Dimensions);

    public sealed record DimensionEntry(string Id, string Name, double Weight, IReadOnlyList<IndicatorEntry> Indicators);

    public sealed record IndicatorEntry(string Id, string Name, double Weight);

    public sealed record SiteEntry(
        string Url,
        string? FinalUrl,
        SiteStatus Status,
        string? Error,
        IReadOnlyDictionary<string, string> Metadata,
        IReadOnlyDictionary<string, double>? Scores,
        double? Total,
        int PageCount,
        double Seconds,
        DateTimeOffset AuditedAt,
        IReadOnlyList<PageVisit> Pages,
        IReadOnlyList<FindingEntry> Findings)
    {
        /// <summary>axe-core's per-page results; null when accessibility was not measured.</summary>
        public Snapshots.SiteAccessibility? Accessibility { get; init; }

        /// <summary>Speed, phone fit, freshness, links checked and the search probe; null when nothing was measured.</summary>
        public QualitySummary? Quality { get; init; }
    }

    /// <param name="Note">Why the indicator could not be decided (a pattern timed out, the site's time ran out); null when it could.</param>
    public sealed record FindingEntry(string Dimension, string Indicator, bool Found, double Points, Evidence? Evidence, string? Note);
}
