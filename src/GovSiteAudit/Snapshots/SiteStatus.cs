using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using GovSiteAudit.Targets;

namespace GovSiteAudit.Snapshots;

/// <summary>
/// The outcome of reading a site, as the <c>status</c> column writes it: <c>ok</c> or a short error kind. Each failure is
/// transient (worth one more try: timeouts, resets, 5xx, a browser that died) or permanent (DNS, TLS, 4xx, refusals).
/// The values are the static instances below and nothing else: a private constructor, and <see cref="Parse"/> refuses
/// any other text, so a status read back from a file (resume, merge, rescore, compare) is one the tool wrote.
/// </summary>
[JsonConverter(typeof(SiteStatusJsonConverter))]
public sealed record SiteStatus
{
    private SiteStatus(string text, SiteStatusKind kind)
    {
        Text = text;
        Kind = kind;
    }

    public static SiteStatus Ok { get; } = new("ok", SiteStatusKind.None);

    public static SiteStatus Dns { get; } = new("dns", SiteStatusKind.Permanent);

    public static SiteStatus ConnectionRefused { get; } = new("connection_refused", SiteStatusKind.Permanent);

    public static SiteStatus ConnectionReset { get; } = new("connection_reset", SiteStatusKind.Transient);

    public static SiteStatus Timeout { get; } = new("timeout", SiteStatusKind.Transient);

    public static SiteStatus Tls { get; } = new("tls", SiteStatusKind.Permanent);

    /// <summary>The home page answered HTTP 4xx.</summary>
    public static SiteStatus HttpError { get; } = new("http_error", SiteStatusKind.Permanent);

    /// <summary>The home page answered HTTP 5xx.</summary>
    public static SiteStatus ServerError { get; } = new("server_error", SiteStatusKind.Transient);

    /// <summary>The server's answer was not HTTP at all (garbage bytes, a broken status line).</summary>
    public static SiteStatus InvalidResponse { get; } = new("invalid_response", SiteStatusKind.Permanent);

    public static SiteStatus NotHtml { get; } = new("not_html", SiteStatusKind.Permanent);

    public static SiteStatus TooManyRedirects { get; } = new("too_many_redirects", SiteStatusKind.Permanent);

    public static SiteStatus Blocked { get; } = new("blocked", SiteStatusKind.Permanent);

    public static SiteStatus BrowserError { get; } = new("browser_error", SiteStatusKind.Transient);

    public static SiteStatus NetworkError { get; } = new("network_error", SiteStatusKind.Transient);

    /// <summary>Every status, in the order the README lists them (declared after the instances: static initialisers run in order).</summary>
    public static IReadOnlyList<SiteStatus> All { get; } =
    [
        Ok, Dns, ConnectionRefused, ConnectionReset, Timeout, Tls, HttpError, ServerError, InvalidResponse, NotHtml,
        TooManyRedirects, Blocked, BrowserError, NetworkError,
    ];

    private static readonly Dictionary<string, SiteStatus> ByText = All.ToDictionary(s => s.Text, StringComparer.Ordinal);

    /// <summary>The text of the <c>status</c> column (and of <c>status</c> in every JSON output).</summary>
    public string Text { get; }

    /// <summary><see cref="SiteStatusKind.None"/> for <c>ok</c>, else whether the failure is worth one more try.</summary>
    public SiteStatusKind Kind { get; }

    /// <summary>
    /// True for failures that may go away on their own a moment later and are retried once; false for <c>ok</c>
    /// and for permanent failures (a name that does not resolve, a bad certificate, a 4xx, a refusal).
    /// </summary>
    public bool IsTransient => Kind == SiteStatusKind.Transient;

    /// <summary>"transient" or "permanent" (null for ok), as said in the <c>error</c> column and the README.</summary>
    public string? KindName => Kind switch
    {
        SiteStatusKind.Transient => "transient",
        SiteStatusKind.Permanent => "permanent",
        _ => null,
    };

    /// <summary>The status written as <paramref name="text"/> (exactly, lower case), or false for any other text.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out SiteStatus? status)
    {
        status = null;
        return text is not null && ByText.TryGetValue(text, out status);
    }

    /// <exception cref="FormatException">Not a status this tool writes; the message lists the ones it does.</exception>
    public static SiteStatus Parse(string text) =>
        TryParse(text, out var status) ? status : throw new FormatException(Unknown(text));

    /// <summary>"'x' is not a site status (expected ok, dns, …)": the one wording of every reader's refusal.</summary>
    public static string Unknown(string? text) =>
        $"'{PrintableText.Escape(text ?? "")}' is not a site status (expected {string.Join(", ", All.Select(s => s.Text))})";

    public override string ToString() => Text;
}
