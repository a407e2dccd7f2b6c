using System.Text;

namespace GovSiteAudit.Crawl;

/// <summary>
/// Chooses, as the crawl goes, which rendered pages axe tests — a structured sample in the spirit of WCAG-EM
/// (W3C's evaluation methodology, step 3): the home page, then one page of each kind a citizen relies on, then
/// other pages, up to the page limit. A page is judged when it is loaded, never loaded again for axe.
/// <para>
/// Kinds are recognised from the link that led to the page (its text and address) with built-in signals in
/// Chinese and English, so every rubric gets the same sample; a page with a real form (a text area, or two or more
/// fields that are not search boxes) counts as the form page. Other pages are taken only while more slots are left
/// than kinds still expected — kinds whose links the crawl has seen but not yet visited — so that the crawl's
/// priority order (rubric keywords first) can still bring them.
/// </para>
/// </summary>
internal sealed class AccessibilitySample
{
    /// <summary>The WCAG-EM-like kinds of page, in the order they are preferred, with their link-text and address signals.</summary>
    public static IReadOnlyList<(string Kind, string[] Signals)> Kinds { get; } =
    [
        ("sitemap", ["網站導覽", "網站地圖", "网站地图", "网站导航", "站點地圖", "sitemap", "site map", "site-map", "site_map"]),
        ("search", ["搜尋", "搜索", "檢索", "检索", "查詢", "search"]),
        ("contact", ["聯絡我們", "聯絡資訊", "联系我们", "首長信箱", "民意信箱", "信箱", "意見", "contact", "mailbox", "feedback"]),
        ("accessibility_statement", ["無障礙", "无障碍", "accessibility", "section 508", "/a11y"]),
        ("login", ["登入", "登录", "會員", "会员", "login", "log in", "sign in", "signin", "sign-in"]),
        ("form", []),
        ("forms_download", ["表單下載", "書表下載", "表格下載", "表单下载", "下載專區", "下载专区", "申請表", "forms", "download"]),
    ];

    public const string Home = "home";
    public const string Other = "other";
    public const string FormKind = "form";

    private readonly int _limit;
    private readonly HashSet<string> _covered = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _expected = new(StringComparer.Ordinal);
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private int _taken;

    public AccessibilitySample(AccessibilityOptions options)
    {
        _limit = options.PageLimit;
    }

    public int Remaining => _limit - _taken;

    /// <summary>Whether a page with a form would still be wanted: only then is the page asked whether it has one.</summary>
    public bool WantsForm => Remaining > 0 && !_covered.Contains(FormKind);

    /// <summary>The home page is always the first page tested.</summary>
    public string? ChooseHome()
    {
        if (Remaining <= 0)
        {
            return null;
        }

        _taken++;
        return Home;
    }

    /// <summary>Links found on a rendered page: the kinds they lead to are now expected.</summary>
    public void Observe(IEnumerable<FoundLink> links)
    {
        foreach (var link in links)
        {
            if (KindOf(link.Text, link.Url) is { } kind && !_covered.Contains(kind) && !_visited.Contains(CrawlFrontier.SeenKeyOf(link.Url)))
            {
                if (!_expected.TryGetValue(kind, out var urls))
                {
                    _expected[kind] = urls = new HashSet<string>(StringComparer.Ordinal);
                }

                urls.Add(CrawlFrontier.SeenKeyOf(link.Url));
            }
        }
    }

    /// <summary>
    /// Decides for an inner page just rendered, reached through a link with <paramref name="linkText"/>: the kind it is
    /// tested as, or null when it is not tested.
    /// </summary>
    public string? Choose(string url, string linkText, bool hasForm)
    {
        var key = CrawlFrontier.SeenKeyOf(url);
        _visited.Add(key);
        foreach (var urls in _expected.Values)
        {
            urls.Remove(key);
        }

        if (Remaining <= 0)
        {
            return null;
        }

        var kind = KindOf(linkText, url);
        if (kind is not null && _covered.Contains(kind))
        {
            kind = null;
        }

        if (kind is null && hasForm && !_covered.Contains(FormKind))
        {
            kind = FormKind;
        }

        if (kind is null)
        {
            // Another page, while the slots left exceed the kinds still to come.
            var stillExpected = _expected.Count(e => !_covered.Contains(e.Key) && e.Value.Count > 0);
            if (Remaining <= stillExpected)
            {
                return null;
            }

            kind = Other;
        }
        else
        {
            _covered.Add(kind);
        }

        _taken++;
        return kind;
    }

    /// <summary>The first kind whose signal the link text or the address contains (case-folded, NFKC), or null.</summary>
    public static string? KindOf(string linkText, string url)
    {
        var text = Fold(linkText);
        string address;
        try
        {
            address = Fold(Uri.UnescapeDataString(url));
        }
        catch (UriFormatException)
        {
            address = Fold(url);
        }

        foreach (var (kind, signals) in Kinds)
        {
            if (signals.Any(s => text.Contains(s, StringComparison.Ordinal) || address.Contains(s.Replace(' ', '-'), StringComparison.Ordinal)
                || (!s.Contains(' ', StringComparison.Ordinal) && address.Contains(s, StringComparison.Ordinal))))
            {
                return kind;
            }
        }

        return null;
    }

    private static string Fold(string text) => text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
}
