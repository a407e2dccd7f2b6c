using GovSiteAudit.Results;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Reporting;

/// <summary>
/// Writes <c>links.csv</c>: one row per broken same-site link (see <c>--check-links</c>), as each site finishes, with the
/// conventions of scores.csv (UTF-8 with BOM, RFC 4180, formula-safe cells, one record per line).
/// </summary>
public sealed class LinksCsvWriter : IDisposable
{
    public const string FileName = "links.csv";

    public static IReadOnlyList<string> Columns { get; } = ["url", "page_url", "link", "status", "error"];

    private readonly SiteRowsCsvFile _file;

    public LinksCsvWriter(string outputDirectory, bool append = false) =>
        _file = new SiteRowsCsvFile(outputDirectory, FileName, Columns, append);

    public void Write(SiteAudit site) => _file.Write(Rows(site.Target.Url, site.Crawl.Snapshot.Measurements?.Links));

    /// <summary>The rows of one site: <c>link</c> is the broken address, <c>status</c> its last HTTP status (empty when none).</summary>
    public static IEnumerable<IReadOnlyList<string>> Rows(string url, LinkCheck? links) =>
        (links?.Broken ?? []).Select(b => (IReadOnlyList<string>)
        [
            url, b.PageUrl, b.Url, b.Status > 0 ? b.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) : "", b.Error,
        ]);

    public void Dispose() => _file.Dispose();
}
