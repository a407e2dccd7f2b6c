using System.Text.Json;
using System.Text.RegularExpressions;
using GovSiteAudit.Snapshots;
using Microsoft.Playwright;

namespace GovSiteAudit.Crawl;

/// <summary>
/// The search probe: one harmless query — a word from the site's own navigation — sent through the home page's search
/// form when it submits by GET, and its results page judged: loaded with 2xx, not an error or "no results" page (in
/// Traditional and Simplified Chinese and English), and listing links the form's page did not have. Never a POST form, a
/// form with password, file, e-mail or personal fields, or more than one query per site. The results page is loaded like
/// any other page: in the host's turn, through the network guard (a form leading to a private address is refused there,
/// and the probe ends as a note).
/// </summary>
internal static partial class SearchProbeRun
{
    private static readonly TimeSpan ScriptBudget = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan SettleTime = TimeSpan.FromMilliseconds(300);

    // Finds the first form that is a search box and safe to submit; and a word of the navigation to search for.
    private const string FindScript = """
        () => {
          const personal = /pass|mail|phone|tel|mobile|fax|birth|address|addr|idno|id_no|identity|account|user|login|card|身分|身份|證號|证号|生日|地址|姓名|電話|电话|手機|手机|帳號|账号/i;
          const searchy = /search|query|keyword|\bq\b|\bkw\b|\bwd\b|搜尋|搜索|查詢|查询|檢索|检索|站內|站内|全文/i;
          let found = null;
          for (const f of Array.from(document.forms)) {
            const method = (f.getAttribute('method') || 'get').trim().toLowerCase();
            if (method !== 'get') continue;
            const controls = Array.from(f.elements);
            if (controls.some(c => ['password', 'file', 'email', 'tel'].includes((c.getAttribute('type') || '').toLowerCase()))) continue;
            if (controls.some(c => c.name && personal.test(c.name) && (c.getAttribute('type') || '').toLowerCase() !== 'hidden')) continue;
            const texts = controls.filter(c => c.tagName === 'INPUT' && ['text', 'search', ''].includes((c.getAttribute('type') || 'text').toLowerCase()) && c.name && !c.disabled);
            if (controls.some(c => c.tagName === 'TEXTAREA') || texts.length !== 1) continue;
            const q = texts[0];
            const hint = [q.getAttribute('type'), q.name, q.id, q.placeholder, q.getAttribute('aria-label'), q.title, f.getAttribute('role'), f.getAttribute('action'), f.id, f.className, f.getAttribute('aria-label'), (f.innerText || '').slice(0, 200)].join(' ');
            if (!((q.getAttribute('type') || '').toLowerCase() === 'search' || f.getAttribute('role') === 'search' || searchy.test(hint))) continue;
            const fields = [];
            for (const c of controls) {
              if (!c.name || c === q || c.disabled) continue;
              const type = (c.getAttribute('type') || '').toLowerCase();
              if (['submit', 'button', 'image', 'reset'].includes(type) || c.tagName === 'BUTTON' || c.tagName === 'FIELDSET') continue;
              if ((type === 'checkbox' || type === 'radio') && !c.checked) continue;
              fields.push([c.name, String(c.value || '')]);
            }
            found = { action: f.action || document.URL, field: q.name, fields };
            break;
          }
          if (!found) return null;
          const generic = /^(首頁|首页|回首頁|回首页|home|english|英文|中文|登入|登录|登錄|login|sign in|網站導覽|网站导航|sitemap|site map|搜尋|搜索|search|more|更多|top|menu|選單|菜单|跳到主要內容|skip|rss|faq)$/i;
          const navs = Array.from(document.querySelectorAll('nav a, header a, [role=navigation] a, #nav a, .nav a, .menu a'));
          const links = navs.length > 0 ? navs : Array.from(document.querySelectorAll('a')).slice(0, 60);
          let query = null;
          for (const a of links) {
            const t = (a.innerText || a.textContent || '').trim().replace(/\s+/g, ' ');
            if (generic.test(t)) continue;
            if (/^[\u3400-\u9fff]{2,6}$/.test(t) || /^[A-Za-z]{4,15}$/.test(t)) { query = t; break; }
          }
          found.query = query;
          return found;
        }
        """;

    private const string TextScript = "() => (document.body ? document.body.innerText : '').slice(0, 20000)";

    /// <summary>The home page's probe-able search form, read while the home page is in the tab; null when there is none.</summary>
    public static async Task<SearchForm?> FindAsync(IPage page, CancellationToken token)
    {
        try
        {
            var found = await page.EvaluateAsync<JsonElement>(FindScript).WaitAsync(ScriptBudget, token).ConfigureAwait(false);
            if (found.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var fields = found.GetProperty("fields").EnumerateArray()
                .Select(p => new KeyValuePair<string, string>(p[0].GetString() ?? "", p[1].GetString() ?? ""))
                .Take(50)
                .ToList();
            var query = found.TryGetProperty("query", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString() : null;
            return new SearchForm(page.Url, found.GetProperty("action").GetString() ?? page.Url, found.GetProperty("field").GetString() ?? "q", fields, query);
        }
        catch (Exception e) when (LoadFailure.IsPlaywrightFailure(e) || e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return null; // A page that hides its forms from scripts simply has no probe.
        }
    }

    /// <summary>Sends the one query and judges its results page.</summary>
    /// <param name="formLinks">The links of the form's page: a results page must list others.</param>
    public static async Task<SearchProbe> RunAsync(
        SiteTabs tabs, SearchForm form, IReadOnlyList<FoundLink> formLinks, Func<Uri, bool> sameSite, EgressProxy egress,
        PageReader reader, TimeSpan pageTimeout, CancellationToken token)
    {
        if (form.Query is null)
        {
            return new SearchProbe(form.FormPage, "", null, 0, null, "not tried: the site's navigation offers no word to search for", 0);
        }

        var url = form.ResultsUrl(form.Query);
        if (url is null)
        {
            return new SearchProbe(form.FormPage, form.Query, null, 0, null, $"not tried: the form submits to {form.Action}, not a web address", 0);
        }

        // A tab of its own: the probe runs beside the inner-page crawl, which has the work tab.
        var page = await tabs.NewPageAsync().ConfigureAwait(false);
        try
        {
            return await JudgeAsync(page, new PageTraffic(page), url, form, formLinks, sameSite, egress, reader, tabs, pageTimeout, token).ConfigureAwait(false);
        }
        finally
        {
            await SiteTabs.CloseQuietlyAsync(page).ConfigureAwait(false);
        }
    }

    private static async Task<SearchProbe> JudgeAsync(
        IPage page, PageTraffic traffic, Uri url, SearchForm form, IReadOnlyList<FoundLink> formLinks, Func<Uri, bool> sameSite,
        EgressProxy egress, PageReader reader, SiteTabs tabs, TimeSpan pageTimeout, CancellationToken token)
    {
        var query = form.Query!;
        var navigations = new NavigationLog();
        navigations.Watch(page);
        var refusalsBefore = egress.Refusals.Count;
        IResponse? response;
        try
        {
            response = await tabs.LoadAsync(page, url, WaitUntilState.Load, (float)pageTimeout.TotalMilliseconds).ConfigureAwait(false);
        }
        catch (Exception e) when (LoadFailure.IsPlaywrightFailure(e))
        {
            // This tab's own failed hop first (the crawl beside it may meet refusals of its own meanwhile).
            var hop = navigations.LastFailure is { } failed && Uri.TryCreate(failed.Url, UriKind.Absolute, out var failedUrl) ? egress.FailureFor(failedUrl) : null;
            var refusal = hop ?? egress.Refusals.Skip(refusalsBefore).FirstOrDefault() ?? egress.FailureFor(url);
            var why = refusal is not null
                ? (refusal.Status == SiteStatus.Blocked ? $"refused by the network guard: {refusal.Sentence}" : refusal.Sentence)
                : e is TimeoutException ? $"no results page within {pageTimeout.TotalSeconds:0} s" : e.Message.Split('\n')[0];
            return new SearchProbe(form.FormPage, query, url.AbsoluteUri, 0, null, $"not judged: the results page could not be loaded ({why})", 0);
        }

        if (response is null)
        {
            return new SearchProbe(form.FormPage, query, url.AbsoluteUri, 0, null, "not judged: the results page gave no response", 0);
        }

        var status = response.Status;
        if (status >= 400)
        {
            return new SearchProbe(form.FormPage, query, url.AbsoluteUri, status, false, $"the results page answered HTTP {status}", 0);
        }

        await traffic.SettleAsync(SettleTime, token).ConfigureAwait(false);
        string text;
        try
        {
            text = await page.EvaluateAsync<string>(TextScript).WaitAsync(ScriptBudget, token).ConfigureAwait(false) ?? "";
        }
        catch (Exception e) when (LoadFailure.IsPlaywrightFailure(e))
        {
            return new SearchProbe(form.FormPage, query, url.AbsoluteUri, status, null, "not judged: the results page could not be read", 0);
        }

        var links = await reader.LinksAsync(page, sameSite).ConfigureAwait(false);
        var before = new HashSet<string>(formLinks.Select(l => Key(l.Url)), StringComparer.Ordinal) { Key(page.Url), Key(url.AbsoluteUri), Key(form.FormPage) };
        var newLinks = links
            .Where(l => Uri.TryCreate(l.Url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) && sameSite(u))
            .Select(l => Key(l.Url))
            .Where(k => !before.Contains(k))
            .Distinct(StringComparer.Ordinal)
            .Count();
        var (works, reason) = Judge(text, newLinks);
        return new SearchProbe(form.FormPage, query, url.AbsoluteUri, status, works, reason, newLinks);
    }

    /// <summary>The verdict on a results page that loaded with 2xx, from its visible text and the new links it lists.</summary>
    internal static (bool Works, string Reason) Judge(string text, int newLinks)
    {
        var flat = Regex.Replace(text, @"\s+", " ");
        if (ErrorWording().Match(flat) is { Success: true } error)
        {
            return (false, $"the results page is an error page (\"{error.Value}\")");
        }

        if (NoResultsWording().Match(flat) is { Success: true } none)
        {
            return (false, $"the results page says there are no results (\"{none.Value}\")");
        }

        return newLinks > 0
            ? (true, $"the results page lists {newLinks} link(s) the form's page does not have")
            : (false, "the results page lists no link the form's page does not have");
    }

    private static string Key(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.GetLeftPart(UriPartial.Query) : url;

    // Wording of server and application errors, in zh-Hant, zh-Hans and English.
    [GeneratedRegex(@"系統(?:發生)?錯誤|系统(?:发生)?错误|發生錯誤|发生错误|程式錯誤|程序错误|服務暫停|服务暂停|無法處理您的請求|无法处理您的请求|伺服器錯誤|服务器错误|頁面不存在|页面不存在|找不到(?:該|该|此)?(?:頁面|页面|網頁|网页)|internal server error|server error|an error (?:has )?occurred|service unavailable|page not found|404 not found|runtime error|exception occurred|stack trace", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ErrorWording();

    // Wording of an empty result, in zh-Hant, zh-Hans and English.
    [GeneratedRegex(@"查無(?:相關)?(?:資料|結果|符合)|查无(?:相关)?(?:资料|结果|数据)|沒有(?:找到|符合)|沒有相關(?:的)?(?:資料|結果)|没有(?:找到|符合)|没有相关(?:的)?(?:资料|结果|数据|内容)|找不到(?:符合|相關|相关|任何)?(?:的)?(?:資料|结果|結果|资料)|無(?:符合|相關)(?:的)?(?:資料|結果)|无(?:符合|相关)(?:的)?(?:资料|结果|数据)|未(?:找到|搜索到|查詢到|查询到)|暫無(?:資料|結果)|暂无(?:资料|结果|数据|相关)|(?:共|總共|总共)\s*0\s*(?:筆|笔|條|条|項|项|個|个)|搜尋結果\s*[:：]?\s*0|搜索结果\s*[:：]?\s*0|\bno (?:results|matches|matching|documents|items|records|pages) (?:were )?(?:found|match)?|no results|did not match any|returned no results|nothing (?:was )?found|\b0 results\b|found 0\b|your search (?:for .{1,60} )?(?:did not|didn't) (?:return|match)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoResultsWording();
}
