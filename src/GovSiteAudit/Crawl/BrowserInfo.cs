namespace GovSiteAudit.Crawl;

/// <summary>
/// A Chromium-family executable and where it was found: <c>--browser</c>, <c>GOVSITEAUDIT_BROWSER</c>,
/// <c>playwright</c> (a Playwright-installed Chromium), <c>PATH</c>, or <c>installed</c> (installed by this run).
/// </summary>
public sealed record BrowserInfo(string ExecutablePath, string Source);
