using System.Text.RegularExpressions;
using GovSiteAudit.Snapshots;
using Microsoft.Playwright;

namespace GovSiteAudit.Crawl;

/// <summary>
/// What happened to the navigations of a tab's main frame, in order: which answered, which failed (and the URL that
/// failed, a redirect hop included), where the last redirect pointed. A navigation that fails after the home page
/// answered (a meta refresh or script redirect to a dead or refused address) leaves the tab on Chromium's error page;
/// this log is how the crawler knows it and reports the failure instead of reading that page.
/// </summary>
internal sealed partial class NavigationLog
{
    private readonly Lock _lock = new();
    private long _sequence;
    private long _answered;
    private long _failed;
    private (string Url, string Error)? _lastFailure;
    private (string Url, string Error)? _cut;
    private IRequest? _lastAnswered;
    private string? _redirectLocation;
    private readonly TaskCompletionSource _broken = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Starts logging the main frame of <paramref name="page"/>.</summary>
    public void Watch(IPage page)
    {
        page.Response += (_, response) =>
        {
            if (response.Request.IsNavigationRequest && response.Frame == page.MainFrame)
            {
                Answered(response.Request, response.Status, response.Headers.GetValueOrDefault("location"));
            }
        };
        page.RequestFailed += (_, request) =>
        {
            if (request.IsNavigationRequest && request.Frame == page.MainFrame)
            {
                Failed(request, request.Url, request.Failure ?? "");
            }
        };
    }

    /// <summary>Completes when <see cref="Cut"/> is known.</summary>
    public Task Broken => _broken.Task;

    /// <summary>The document that answered and then failed part-way through its body (a reset, broken chunks): URL and error.</summary>
    public (string Url, string Error)? Cut
    {
        get
        {
            lock (_lock)
            {
                return _cut;
            }
        }
    }

    /// <summary>The URL (a redirect hop included) and error (<c>net::ERR_…</c>) of the main frame's last navigation request that failed without an answer.</summary>
    public (string Url, string Error)? LastFailure
    {
        get
        {
            lock (_lock)
            {
                return _lastFailure;
            }
        }
    }

    /// <summary>Where the last redirect answer of the main frame pointed (its Location header).</summary>
    public string? RedirectLocation
    {
        get
        {
            lock (_lock)
            {
                return _redirectLocation;
            }
        }
    }

    /// <summary>
    /// The failure that ended the main frame's navigations, if the last one failed: not a download or a navigation
    /// that another replaced (<c>ERR_ABORTED</c>: the page stays), but one that leaves the tab on an error page.
    /// </summary>
    public (string Url, string Error)? Stranded
    {
        get
        {
            lock (_lock)
            {
                return _failed > _answered && _lastFailure is { } failure && !failure.Error.Contains("ERR_ABORTED", StringComparison.Ordinal) ? failure : null;
            }
        }
    }

    /// <summary>
    /// The status of a failed navigation of the home page <paramref name="target"/> (<paramref name="failedUrl"/> is
    /// the hop that failed): the guard's own reason when the proxy refused or could not make the connection (the
    /// browser only saw the tunnel fail), <c>blocked</c> for a redirect to a scheme that is not the web, else
    /// Chromium's error. <paramref name="clientRedirect"/>: the failure came after the home page answered.
    /// </summary>
    public LoadFailure Explain(Uri target, string failedUrl, Exception error, EgressProxy egress, TimeSpan timeout, bool downloadStarted, bool clientRedirect)
    {
        var code = Code(error.Message);
        var hop = Uri.TryCreate(failedUrl, UriKind.Absolute, out var parsed) ? parsed : target;
        var lead = clientRedirect ? $"the home page {target.AbsoluteUri} redirects to {hop.AbsoluteUri}: " : "";
        if (code is "ERR_UNSAFE_REDIRECT" or "ERR_UNKNOWN_URL_SCHEME" or "ERR_DISALLOWED_URL_SCHEME")
        {
            var location = RedirectLocation ?? hop.AbsoluteUri;
            var scheme = Uri.TryCreate(location, UriKind.Absolute, out var to) ? to.Scheme : "an unknown scheme";
            return new LoadFailure(SiteStatus.Blocked, $"the home page {target.AbsoluteUri} redirects to {location}: only http and https addresses are crawled, not {scheme}");
        }

        // A TLS failure comes after the tunnel was made: Chromium's word is the one to report then.
        var tls = code is not null && (code.StartsWith("ERR_CERT_", StringComparison.Ordinal) || code.StartsWith("ERR_SSL_", StringComparison.Ordinal));
        if (code is not null && !tls && egress.FailureFor(hop) is { } refusal)
        {
            var where = !clientRedirect && hop.AbsoluteUri != target.AbsoluteUri ? $"the home page {target.AbsoluteUri} leads to {hop.AbsoluteUri}: " : lead;
            return new LoadFailure(refusal.Status, where + refusal.Sentence);
        }

        var failure = LoadFailure.From(error, target, timeout, downloadStarted);
        return failure with { Error = lead + failure.Error };
    }

    /// <summary>The <c>ERR_…</c> code in a Chromium error text, or null.</summary>
    public static string? Code(string text) => NetError().Match(text) is { Success: true } m ? m.Groups[1].Value : null;

    internal void Answered(IRequest? request, int status, string? location)
    {
        lock (_lock)
        {
            _answered = ++_sequence;
            _lastAnswered = request;
            if (status is >= 300 and < 400)
            {
                _redirectLocation = location;
            }
        }
    }

    internal void Failed(IRequest? request, string url, string error)
    {
        lock (_lock)
        {
            if (request is not null && ReferenceEquals(request, _lastAnswered))
            {
                _cut = (url, error);
                _broken.TrySetResult();
                return;
            }

            _failed = ++_sequence;
            _lastFailure = (url, error);
        }
    }

    [GeneratedRegex(@"net::(ERR_[A-Z0-9_]+)", RegexOptions.CultureInvariant)]
    private static partial Regex NetError();
}
