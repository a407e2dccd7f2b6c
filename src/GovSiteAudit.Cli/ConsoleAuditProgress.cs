using System.Globalization;
using GovSiteAudit.Auditing;
using GovSiteAudit.Results;

namespace GovSiteAudit.Cli;

/// <summary>
/// Progress on stderr: a live status line on a terminal (done/total, ok/failed, rate, ETA), one plain line
/// per finished site otherwise (CI logs), nothing with --quiet.
/// </summary>
internal sealed class ConsoleAuditProgress(TextWriter error, bool interactive, bool quiet, TimeProvider time) : IAuditProgress
{
    private long _started;
    private int _ok;
    private int _failed;
    private bool _lineOpen;

    public void Started(int total) => _started = time.GetTimestamp();

    public void SiteFinished(SiteAudit site, int done, int total)
    {
        if (site.Ok)
        {
            _ok++;
        }
        else
        {
            _failed++;
        }
        if (quiet)
        {
            return;
        }
        var elapsed = time.GetElapsedTime(_started);
        var perMinute = done / Math.Max(elapsed.TotalMinutes, 1e-9);
        if (interactive)
        {
            var remaining = perMinute > 0 ? TimeSpan.FromMinutes((total - done) / perMinute) : TimeSpan.Zero;
            error.Write(string.Create(CultureInfo.InvariantCulture,
                $"\r{done}/{total} sites  ok {_ok}  failed {_failed}  {perMinute:0.0} sites/min  ETA {remaining:hh\\:mm\\:ss}   "));
            _lineOpen = true;
        }
        else
        {
            var total100 = site.Score is null ? "-" : site.Score.Total.ToString("0.0", CultureInfo.InvariantCulture);
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{done}/{total}] {site.Status} {site.Target.Url} total={total100} pages={site.Crawl.Snapshot.Pages.Count} {site.Elapsed.TotalSeconds:0.0}s"));
        }
    }

    public void Complete()
    {
        if (_lineOpen)
        {
            error.WriteLine();
            _lineOpen = false;
        }
    }
}
