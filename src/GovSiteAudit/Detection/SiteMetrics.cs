using System.Globalization;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Snapshots;

namespace GovSiteAudit.Detection;

/// <summary>
/// The measurements of one site by name (see <see cref="MetricCatalog"/>), from the crawl's measurements kept in the
/// snapshot and, for freshness, from its pages read at the audit time. Pure: the same snapshot and time give the same
/// values, so <c>rescore</c> scores metric rules offline exactly as the audit did. A value that was not measured is absent.
/// </summary>
public sealed record SiteMetrics(IReadOnlyDictionary<string, double> Values, FreshDate? Freshness)
{
    public static SiteMetrics Empty { get; } = new(new Dictionary<string, double>(), null);

    /// <param name="auditedAt">The audit time, which days_since_update counts to; null leaves freshness unmeasured.</param>
    public static SiteMetrics Of(SiteSnapshot site, DateTimeOffset? auditedAt)
    {
        ArgumentNullException.ThrowIfNull(site);
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        var measured = site.Measurements;
        if (measured?.Speed is { } speed)
        {
            values["ttfb_ms"] = speed.TtfbMs;
            values["dom_content_loaded_ms"] = speed.DomContentLoadedMs;
            Put(values, "load_ms", speed.LoadMs);
            Put(values, "lcp_ms", speed.LcpMs);
            values["page_bytes"] = speed.PageBytes;
            values["requests"] = speed.Requests;
        }

        if (measured?.Mobile is { } mobile)
        {
            values["mobile_overflow"] = mobile.Overflow ? 1 : 0;
            Put(values, "mobile_text_px", mobile.BaseTextPx);
        }

        if (measured?.Links is { } links)
        {
            values["links_checked"] = links.Checked;
            values["broken_links"] = links.Broken.Count;
            Put(values, "broken_link_ratio", links.BrokenRatio);
        }

        if (measured?.Search is { Works: { } works })
        {
            values["search_works"] = works ? 1 : 0;
        }

        FreshDate? fresh = null;
        if (auditedAt is { } at && site.Pages.Count > 0)
        {
            fresh = Detection.Freshness.Newest(site, at);
            if (fresh is not null)
            {
                values["days_since_update"] = Detection.Freshness.DaysSince(fresh.Date, at);
            }
        }

        return new SiteMetrics(values, fresh);
    }

    public double? this[string name] => Values.TryGetValue(name, out var value) ? value : null;

    /// <summary>A value as written in the CSV and evidence: a number (invariant, at most 4 decimals), true/false, or empty.</summary>
    public string Cell(string name)
    {
        if (this[name] is not { } value)
        {
            return "";
        }

        return MetricCatalog.Find(name)?.Type == MetricType.Boolean
            ? (value != 0 ? "true" : "false")
            : value.ToString("0.####", CultureInfo.InvariantCulture);
    }

    private static void Put(Dictionary<string, double> values, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            values[name] = v;
        }
    }
}
