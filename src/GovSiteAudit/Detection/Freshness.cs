using System.Globalization;
using System.Text.RegularExpressions;
using GovSiteAudit.Snapshots;
using HtmlAgilityPack;

namespace GovSiteAudit.Detection;

/// <summary>
/// Freshness: the newest date a citizen can see on the home page and on the news and announcement pages the crawl read.
/// Pure: a function of the snapshot and the audit time. Dates are read in the forms Chinese and English government sites
/// use — 民國 114 年 11 月 20 日, 114年11月20日, 2025年11月20日; 114-11-20 and 114/11/20 (ROC years, only on a line that says
/// 更新/發布/日期 … or lists an entry beside the date, as news lists do); 2025-11-20, 2025/11/20; "20 November 2025",
/// "November 20, 2025" — and from <c>&lt;time datetime&gt;</c> and <c>article:modified_time</c>-like meta tags. A date after
/// the audit day (a calendar of coming events) or before 1990 is never taken, nor one on a line that shows today's date
/// (今天是…, Today is…), which every site would have.
/// </summary>
public static partial class Freshness
{
    /// <summary>The earliest year taken: older dates are history, not an update.</summary>
    public const int MinYear = 1990;

    private const int RocOffset = 1911;
    private const int MaxLines = 20_000;

    private static readonly string[] NewsWords =
    [
        "news", "announce", "bulletin", "notice", "press", "latest", "update", "消息", "新聞", "新闻", "公告", "動態", "动态",
        "訊息", "讯息", "公布", "發布", "发布", "通知", "快訊", "快讯", "要聞", "要闻",
    ];

    private static readonly string[] MetaNames =
    [
        "article:modified_time", "article:published_time", "og:updated_time", "last-modified", "dcterms.modified",
        "dc.date.modified", "dcterms.date", "date",
    ];

    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["january"] = 1, ["feb"] = 2, ["february"] = 2, ["mar"] = 3, ["march"] = 3, ["apr"] = 4, ["april"] = 4,
        ["may"] = 5, ["jun"] = 6, ["june"] = 6, ["jul"] = 7, ["july"] = 7, ["aug"] = 8, ["august"] = 8, ["sep"] = 9,
        ["sept"] = 9, ["september"] = 9, ["oct"] = 10, ["october"] = 10, ["nov"] = 11, ["november"] = 11, ["dec"] = 12,
        ["december"] = 12,
    };

    /// <summary>The newest date on the site's home page and news pages, no later than <paramref name="auditedAt"/>; null when none.</summary>
    public static FreshDate? Newest(SiteSnapshot site, DateTimeOffset auditedAt)
    {
        ArgumentNullException.ThrowIfNull(site);
        // A day's grace: the site's own time zone (Taipei is UTC+8) may already be on the next day.
        var latest = DateOnly.FromDateTime(auditedAt.UtcDateTime).AddDays(1);
        FreshDate? newest = null;
        for (var i = 0; i < site.Pages.Count; i++)
        {
            var page = site.Pages[i];
            if (i > 0 && !IsNewsPage(page))
            {
                continue;
            }

            foreach (var found in Dates(page.Url, page.Html, latest))
            {
                if (newest is null || found.Date > newest.Date)
                {
                    newest = found;
                }
            }
        }

        return newest;
    }

    /// <summary>Whole days from <paramref name="date"/> to the audit day (0 for a date on or after it).</summary>
    public static int DaysSince(DateOnly date, DateTimeOffset auditedAt) =>
        Math.Max(0, DateOnly.FromDateTime(auditedAt.UtcDateTime).DayNumber - date.DayNumber);

    /// <summary>A page of news or announcements, by its address or title.</summary>
    internal static bool IsNewsPage(PageSnapshot page)
    {
        var where = Uri.UnescapeDataString(page.Url) + " " + page.Title;
        return NewsWords.Any(w => where.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Every acceptable date of one page (no later than <paramref name="latest"/>, from <see cref="MinYear"/>).</summary>
    internal static IEnumerable<FreshDate> Dates(string url, string html, DateOnly latest)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html ?? "");
        RemoveHidden(document.DocumentNode);
        foreach (var meta in document.DocumentNode.Descendants("meta"))
        {
            var name = meta.GetAttributeValue("property", null) ?? meta.GetAttributeValue("name", null) ?? meta.GetAttributeValue("itemprop", null);
            if (name is not null && (MetaNames.Contains(name, StringComparer.OrdinalIgnoreCase) || name.Equals("dateModified", StringComparison.OrdinalIgnoreCase))
                && ParseMachineDate(HtmlEntity.DeEntitize(meta.GetAttributeValue("content", ""))) is { } date && Acceptable(date, latest))
            {
                yield return new FreshDate(date, url, "meta", Shorten($"<meta {name}=\"{meta.GetAttributeValue("content", "")}\">"));
            }
        }

        foreach (var time in document.DocumentNode.Descendants("time"))
        {
            var value = HtmlEntity.DeEntitize(time.GetAttributeValue("datetime", ""));
            if (ParseMachineDate(value) is { } date && Acceptable(date, latest))
            {
                yield return new FreshDate(date, url, "time", Shorten($"<time datetime=\"{value}\">{VisibleText.CollapseWhiteSpace(HtmlEntity.DeEntitize(time.InnerText))}</time>"));
            }
        }

        var body = document.DocumentNode.SelectSingleNode("//body") ?? document.DocumentNode;
        var lines = VisibleText.WithLines(body).Split('\n');
        foreach (var raw in lines.Take(MaxLines))
        {
            var line = VisibleText.CollapseWhiteSpace(raw).Normalize(System.Text.NormalizationForm.FormKC);
            if (line.Length < 6 || ShowsToday().IsMatch(line))
            {
                continue;
            }

            foreach (var date in LineDates(line))
            {
                if (Acceptable(date, latest))
                {
                    yield return new FreshDate(date, url, "text", Shorten(line));
                }
            }
        }
    }

    /// <summary>The dates written on one line of visible text.</summary>
    internal static IEnumerable<DateOnly> LineDates(string line)
    {
        foreach (Match m in ChineseDate().Matches(line))
        {
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            // Two or three digits are a year of the Republic of China (民國), four a Western year.
            if (m.Groups["y"].Value.Length < 4)
            {
                year += RocOffset;
            }

            if (Make(year, m.Groups["m"].Value, m.Groups["d"].Value) is { } date)
            {
                yield return date;
            }
        }

        foreach (Match m in WesternNumeric().Matches(line))
        {
            if (Make(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), m.Groups["m"].Value, m.Groups["d"].Value) is { } date)
            {
                yield return date;
            }
        }

        // 114-11-20 could be many things alone; beside 更新/發布 words, or with an entry's text (a news list), it is a date.
        var rocShort = RocNumeric().Matches(line);
        if (rocShort.Count > 0 && !AddressWords().IsMatch(line) && (UpdateWords().IsMatch(line) || HasEntryText(line, rocShort)))
        {
            foreach (Match m in rocShort)
            {
                if (NumberedPlace().IsMatch(line[(m.Index + m.Length)..]))
                {
                    continue;
                }

                if (!UpdateWords().IsMatch(line) && !AtEdge(line, m))
                {
                    continue;
                }

                if (Make(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) + RocOffset, m.Groups["m"].Value, m.Groups["d"].Value) is { } date)
                {
                    yield return date;
                }
            }
        }

        foreach (Match m in EnglishDayFirst().Matches(line))
        {
            if (Months.TryGetValue(m.Groups["mon"].Value, out var month)
                && Make(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), month.ToString(CultureInfo.InvariantCulture), m.Groups["d"].Value) is { } date)
            {
                yield return date;
            }
        }

        foreach (Match m in EnglishMonthFirst().Matches(line))
        {
            if (Months.TryGetValue(m.Groups["mon"].Value, out var month)
                && Make(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), month.ToString(CultureInfo.InvariantCulture), m.Groups["d"].Value) is { } date)
            {
                yield return date;
            }
        }
    }

    /// <summary>A machine-readable date (ISO 8601, as in <c>datetime</c> and meta content), or a line of text.</summary>
    internal static DateOnly? ParseMachineDate(string value)
    {
        value = value.Trim();
        if (value.Length == 0)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            // The day as the site wrote it: 2025-12-01T00:00+08:00 is 1 December in Taipei, whatever the UTC date.
            return DateOnly.FromDateTime(parsed.DateTime);
        }

        var fromText = LineDates(value).ToList();
        return fromText.Count > 0 ? fromText.Max() : null;
    }

    /// <summary>
    /// A news list puts the date before or after the entry (114/11/25 年終記者會, 年終記者會 (114/11/25)); a number in the
    /// middle of a line (中正路 115-11-28 號) is something else.
    /// </summary>
    private static bool AtEdge(string line, Match m)
    {
        static bool Filler(char c) => char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c);
        return line[..m.Index].All(Filler) || line[(m.Index + m.Length)..].All(Filler);
    }

    /// <summary>
    /// Removes what a visitor never sees without acting on the page (the hidden attribute, inline display:none or
    /// visibility:hidden): a date there is not one a citizen can see. Menus that open on hover are hidden by style
    /// sheets, not inline, so they stay.
    /// </summary>
    private static void RemoveHidden(HtmlNode root)
    {
        var hidden = root.Descendants()
            .Where(n => n.NodeType == HtmlNodeType.Element
                && (n.Attributes.Contains("hidden") || InlineHidden().IsMatch(n.GetAttributeValue("style", ""))))
            .ToList();
        foreach (var node in hidden)
        {
            node.Remove();
        }
    }

    private static bool HasEntryText(string line, MatchCollection dates)
    {
        var rest = line;
        foreach (Match m in dates)
        {
            rest = rest.Replace(m.Value, " ", StringComparison.Ordinal);
        }

        return rest.Count(char.IsLetter) >= 4;
    }

    private static bool Acceptable(DateOnly date, DateOnly latest) => date.Year >= MinYear && date <= latest;

    private static DateOnly? Make(int year, string month, string day)
    {
        if (!int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || year < MinYear || year > 9999 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(year, m))
        {
            return null;
        }

        return new DateOnly(year, m, d);
    }

    private static string Shorten(string text) => VisibleText.Shorten(text, 160);

    // 民國114年11月20日, 114 年 11 月 20 日, 2025年11月20日 (年/月/日 may be followed by spaces; 號 for 日 too).
    [GeneratedRegex(@"(?<![0-9０-９])(?:民國\s*|民国\s*)?(?<y>[0-9]{2,4})\s*年\s*(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*[日號号]", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseDate();

    // 2025-11-20, 2025/11/20, 2025.11.20 (and 2025-11-20T10:00).
    [GeneratedRegex(@"(?<![0-9./-])(?<y>(?:19|20)[0-9]{2})\s?[-/.]\s?(?<m>[0-9]{1,2})\s?[-/.]\s?(?<d>[0-9]{1,2})(?![0-9]|[./-][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex WesternNumeric();

    // 114-11-20, 114/11/20, 114.11.20, 99/1/5: a year of the Republic of China.
    [GeneratedRegex(@"(?<![0-9./-])(?<y>[0-9]{2,3})[-/.](?<m>[0-9]{1,2})[-/.](?<d>[0-9]{1,2})(?![0-9]|[./:-][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex RocNumeric();

    [GeneratedRegex(@"(?<![0-9])(?<d>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+(?<y>[0-9]{4})(?![0-9])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EnglishDayFirst();

    [GeneratedRegex(@"\b(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<y>[0-9]{4})(?![0-9])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EnglishMonthFirst();

    [GeneratedRegex(@"更新|發布|發佈|发布|公告|公布|日期|刊登|上稿|修改|異動|异动|时间|時間|updated|posted|published|modified", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UpdateWords();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InlineHidden();

    // A number before 號/樓/巷/弄 is a street number, floor or lane, not a date.
    [GeneratedRegex(@"^\s*(?:號|号|樓|楼|巷|弄|室|之|F\b)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedPlace();

    [GeneratedRegex(@"地址|住址|地點|地点|位址|address|located at", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AddressWords();

    [GeneratedRegex(@"今天是|今日是|今天日期|今日日期|現在時間|现在时间|目前時間|目前时间|系統時間|系统时间|today is|today's date|current date|current time", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ShowsToday();
}
