using System.Text.RegularExpressions;

namespace GovSiteAudit.Targets;

/// <summary>
/// The user name and password a URL may carry (<c>https://user:password@host/</c>). They are removed from targets
/// as they are read (and so never sent: a site is audited as the public sees it) and from every URL and message
/// written, because reports are published and the secret would otherwise travel with them.
/// </summary>
public static partial class UserInfo
{
    /// <summary>
    /// <paramref name="text"/> (a URL, or a message or evidence that contains URLs) with the user information of
    /// every <c>scheme://user:password@</c> in it removed. The last '@' before the host's end counts, as in browsers.
    /// </summary>
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Cheap test first: almost no text has an '@' after a "://".
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        return scheme < 0 || text.IndexOf('@', scheme) < 0 ? text : InUrl().Replace(text, "$1");
    }

    public static string? RedactOrNull(string? text) => text is null ? null : Redact(text);

    /// <summary>True when <paramref name="uri"/> carries a user name or password.</summary>
    public static bool IsIn(Uri uri) => uri.UserInfo.Length > 0;

    [GeneratedRegex(@"([A-Za-z][A-Za-z0-9+.\-]*://)[^/?#\s""'<>\\]*@", RegexOptions.CultureInvariant)]
    private static partial Regex InUrl();
}
