namespace GovSiteAudit.Cli;

/// <summary>Process exit codes, documented in <c>--help</c> and the README.</summary>
internal static class ExitCodes
{
    /// <summary>The command completed. For <c>audit</c>: every target was attempted; unreachable sites are rows, not failures.</summary>
    public const int Success = 0;

    /// <summary>An unexpected internal error (a bug): reported in one line, details with <c>GOVSITEAUDIT_DEBUG=1</c>.</summary>
    public const int InternalError = 1;

    /// <summary>Bad input: options, rubric, target list or output directory; nothing was audited.</summary>
    public const int BadInput = 2;

    /// <summary>A quality gate failed: a site scored below <c>--fail-under</c> or <c>--fail-under-dimension</c> (every output is still written).</summary>
    public const int BelowThreshold = 3;

    /// <summary>No browser could be found or installed.</summary>
    public const int NoBrowser = 4;

    /// <summary>Interrupted (Ctrl+C, SIGTERM); the reports of the finished sites are written.</summary>
    public const int Cancelled = 130;

    /// <summary>The exit code of an input error: 4 when no browser could be had, else 2.</summary>
    public static int For(InputException error) => error is Crawl.BrowserNotFoundException ? NoBrowser : BadInput;

    public const string Documentation =
        "Exit codes: 0 audit completed (unreachable sites are rows, not failures), 1 internal error, " +
        "2 bad input (options, rubric, target list, output directory), 3 quality gate failed, 4 no browser, 130 interrupted.";
}
