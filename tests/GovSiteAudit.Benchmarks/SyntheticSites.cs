using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GovSiteAudit.Benchmarks;

/// <summary>
/// N synthetic agency sites on 127.0.0.1, one port each (one Kestrel), every answer delayed by a fixed latency.
/// Each site: a home page linking to its inner pages, ~40–60 KB of HTML per page (typical of government CMS
/// pages), one stylesheet, one script that builds part of the menu, and a robots.txt.
/// </summary>
internal sealed class SyntheticSites : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, string> _pages = new(StringComparer.Ordinal);
    private long _requests;

    private SyntheticSites(WebApplication app, IReadOnlyList<Uri> homes, int pagesPerSite)
    {
        _app = app;
        Homes = homes;
        PagesPerSite = pagesPerSite;
    }

    public IReadOnlyList<Uri> Homes { get; }

    public int PagesPerSite { get; }

    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Every page of every site, home first: what the floor loads.</summary>
    public IEnumerable<IReadOnlyList<string>> PageUrls =>
        Homes.Select(h => (IReadOnlyList<string>)[h.AbsoluteUri, .. Enumerable.Range(1, PagesPerSite - 1).Select(i => new Uri(h, PageName(i)).AbsoluteUri)]);

    public static async Task<SyntheticSites> StartAsync(int sites, int pagesPerSite, TimeSpan latency)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxConcurrentConnections = null;
            for (var i = 0; i < sites; i++)
            {
                kestrel.Listen(IPAddress.Loopback, 0);
            }
        });
        var app = builder.Build();
        SyntheticSites? self = null;
        app.Run(async context =>
        {
            Interlocked.Increment(ref self!._requests);
            await Task.Delay(latency, context.RequestAborted);
            await self.ServeAsync(context);
        });
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a.TrimEnd('/') + "/")).OrderBy(u => u.Port).ToList();
        self = new SyntheticSites(app, addresses, pagesPerSite);
        return self;
    }

    private static string PageName(int i) => i switch
    {
        1 => "faq.html",
        2 => "privacy.html",
        3 => "services.html",
        4 => "contact.html",
        _ => $"news/{i.ToString(CultureInfo.InvariantCulture)}.html",
    };

    private async Task ServeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var port = context.Connection.LocalPort;
        switch (path)
        {
            case "/robots.txt":
                context.Response.ContentType = "text/plain";
                await context.Response.WriteAsync("User-agent: *\nDisallow: /admin/\n");
                return;
            case "/site.css":
                context.Response.ContentType = "text/css";
                await context.Response.WriteAsync(Css);
                return;
            case "/app.js":
                context.Response.ContentType = "application/javascript";
                await context.Response.WriteAsync(Script);
                return;
        }

        var index = path == "/" ? 0 : Enumerable.Range(1, PagesPerSite - 1).FirstOrDefault(i => "/" + PageName(i) == path, -1);
        if (index < 0)
        {
            context.Response.StatusCode = 404;
            return;
        }

        var html = _pages.GetOrAdd($"{port}{path}", _ => Page(port, index));
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(html);
    }

    private string Page(int port, int index)
    {
        var random = new Random(port * 100 + index);
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html><html lang=\"zh-Hant\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append(CultureInfo.InvariantCulture, $"<title>範例機關 {port} — 第 {index} 頁</title>");
        html.Append("<link rel=\"stylesheet\" href=\"/site.css\"></head><body>");
        html.Append("<header><a href=\"/\">回首頁</a><form action=\"/search\"><input type=\"search\" name=\"q\" placeholder=\"站內搜尋\"><button>搜尋</button></form>");
        html.Append("<nav id=\"menu\"><ul>");
        for (var i = 1; i < PagesPerSite; i++)
        {
            var name = i switch { 1 => "常見問答 FAQ", 2 => "隱私權政策", 3 => "便民服務 線上申辦", 4 => "聯絡我們", _ => $"最新消息 {i}" };
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/{PageName(i)}\">{name}</a></li>");
        }

        html.Append("</ul></nav></header><main>");
        var size = 40_000 + random.Next(20_000);
        while (html.Length < size)
        {
            html.Append("<section><h2>").Append(Words(random, 4)).Append("</h2><p>").Append(Words(random, 120)).Append("</p>");
            html.Append("<table><tr><th>項目</th><th>說明</th></tr>");
            for (var r = 0; r < 5; r++)
            {
                html.Append("<tr><td>").Append(Words(random, 3)).Append("</td><td>").Append(Words(random, 12)).Append("</td></tr>");
            }

            html.Append("</table></section>");
        }

        html.Append("</main><footer>地址：臺中市西屯區臺灣大道三段99號 電話：04-22289111 ");
        html.Append("<a href=\"mailto:service@example.gov.tw\">市長信箱</a></footer><script src=\"/app.js\"></script></body></html>");
        return html.ToString();
    }

    private static readonly string[] Vocabulary =
    [
        "市政", "公告", "申請", "服務", "民眾", "辦理", "資訊", "計畫", "補助", "活動", "交通", "環境", "衛生", "教育",
        "the", "city", "service", "apply", "permit", "notice", "council", "residents", "program", "public",
    ];

    private static string Words(Random random, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));

    private const string Css = """
        body { font-family: sans-serif; margin: 0; } header { background: #036; color: #fff; padding: 1em; }
        nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1em; } main { padding: 1em; max-width: 70em; }
        table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .3em; } footer { padding: 1em; background: #eee; }
        """;

    // Builds a small part of the menu after load, as CMS front ends do, plus a little DOM work.
    private const string Script = """
        (function () {
          var li = document.createElement('li');
          var a = document.createElement('a');
          a.href = '/faq.html'; a.textContent = 'FAQ';
          li.appendChild(a);
          document.querySelector('#menu ul').appendChild(li);
          var cells = document.querySelectorAll('td');
          for (var i = 0; i < cells.length; i++) { if (i % 7 === 0) { cells[i].setAttribute('data-x', String(i)); } }
        })();
        """;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
