using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Http;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Support;

/// <summary>
/// The hostile web, in process on 127.0.0.1 with ephemeral ports. <see cref="Web"/> is a Kestrel site whose good
/// home page is <c>/</c> (folder <c>Fixtures/sites/faults</c>) and whose other paths are faults, each a "site" of
/// its own for the crawler (<see cref="Paths"/>). Faults Kestrel cannot produce are raw TCP servers:
/// <see cref="Reset"/> (headers and part of the body, then RST), <see cref="Silent"/> (accepts, never answers)
/// and <see cref="Garbage"/> (bytes that are not HTTP).
/// </summary>
public sealed class FaultServer : IAsyncDisposable
{
    /// <summary>Fault paths on <see cref="Web"/>.</summary>
    public static class Paths
    {
        public const string Hang = "/hang";
        public const string NotFound = "/http404";
        public const string ServerError = "/http500";
        public const string Unavailable = "/http503";
        public const string Inner5xx = "/inner5xx";
        public const string Loop = "/loop";
        public const string Offsite = "/offsite";
        public const string MetaRefresh = "/meta-refresh";
        public const string JsRedirect = "/js-redirect";
        public const string Landing = "/landing";
        public const string Big = "/big";
        public const string Binary = "/binary";
        public const string Pdf = "/report.pdf";
        public const string Zip = "/archive.zip";
        public const string Trap = "/trap";
        public const string Dialogs = "/dialogs";
        public const string Popups = "/popups";
        public const string AutoDownload = "/autodownload";
        public const string NeverEnds = "/never-ends";
        public const string InfiniteScroll = "/infinite-scroll";
        public const string Gbk = "/gbk";
        public const string ShiftJis = "/sjis";
        public const string Utf8Bom = "/utf8-bom";
        public const string WrongCharset = "/wrong-charset";
        public const string UnicodePath = "/服務/";
        public const string Slow = "/slow";
        public const string ToFile = "/to-file";
        public const string ToChrome = "/to-chrome";
        public const string ControlCharacters = "/control-characters";
    }

    /// <summary>Bytes of the 50 MB page.</summary>
    public const long BigPageBytes = 50L * 1024 * 1024;

    /// <summary>A marker inside every download the server offers, to search the disk for it afterwards.</summary>
    public static readonly string DownloadMarker = "GSA-DOWNLOAD-" + Guid.NewGuid().ToString("N");

    private FaultServer(FixtureServer web, RawServer reset, RawServer silent, RawServer garbage, RawServer brokenChunked)
    {
        Web = web;
        Reset = reset;
        Silent = silent;
        Garbage = garbage;
        BrokenChunked = brokenChunked;
    }

    public FixtureServer Web { get; }

    public RawServer Reset { get; }

    public RawServer Silent { get; }

    public RawServer Garbage { get; }

    public RawServer BrokenChunked { get; }

    /// <summary>How long <see cref="Paths.Slow"/> waits before answering (tests set it).</summary>
    public TimeSpan SlowDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>An absolute URL of a fault path on <see cref="Web"/>.</summary>
    public string Url(string path) => new Uri(Web.BaseUrl, path).AbsoluteUri;

    /// <summary>The same server under the name <c>localhost</c>: another host as far as the crawler is concerned.</summary>
    public string OtherHostUrl(string path) => new UriBuilder(new Uri(Web.BaseUrl, path)) { Host = "localhost" }.Uri.AbsoluteUri;

    public static async Task<FaultServer> StartAsync()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var root = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "sites", "faults");
        var web = await FixtureServer.StartAsync(root);
        var server = new FaultServer(web, RawServer.Start(RawFault.ResetMidResponse), RawServer.Start(RawFault.NeverAnswer), RawServer.Start(RawFault.Garbage), RawServer.Start(RawFault.BrokenChunked));
        server.MapRoutes();
        return server;
    }

    private void MapRoutes()
    {
        var web = Web;
        web.MapRoute(Paths.Hang, async context => await Task.Delay(Timeout.Infinite, context.RequestAborted));
        web.MapRoute(Paths.Slow, async context =>
        {
            await Task.Delay(SlowDelay, context.RequestAborted);
            await Html(context, "<title>Slow but fine</title><h1>Slow</h1>");
        });
        web.MapRoute(Paths.NotFound, context => Html(context, "<title>找不到網頁</title><h1>404 找不到網頁</h1>", 404));
        web.MapRoute(Paths.ServerError, context => Html(context, "<title>系統錯誤</title><h1>500 系統錯誤</h1>", 500));
        web.MapRoute(Paths.Unavailable, context => Html(context, "<title>系統維護中</title><h1>503</h1>", 503));

        web.MapRoute(Paths.Inner5xx, context => Html(context,
            "<title>Inner 5xx</title><h1>首頁</h1><a href=\"/inner5xx/a\">A 服務</a> <a href=\"/inner5xx/b\">常見問答 FAQ</a> <a href=\"/inner5xx/c\">C 服務</a>"));
        web.MapRoute("/inner5xx/a", context => Html(context, "<title>broken</title>", 500));
        web.MapRoute("/inner5xx/b", context => Html(context, "<title>常見問答</title><h1>常見問答 FAQ</h1>"));
        web.MapRoute("/inner5xx/c", context => Html(context, "<title>busy</title>", 503));

        web.MapRoute(Paths.Loop, context => Redirect(context, Paths.Loop + "?again"));
        web.MapRoute(Paths.Offsite, context => Redirect(context, OtherHostUrl(Paths.Landing)));
        web.MapRoute(Paths.ToFile, context => Redirect(context, "file:///etc/passwd"));
        web.MapRoute(Paths.ToChrome, context => Redirect(context, "chrome://settings/"));
        web.MapRoute(Paths.ControlCharacters, context => Html(context,
            "<title>公告</title><h1>最新公告\u0001</h1><p>服務\u0002時間\u0003 週一至週五</p><a href=\"/faq.html\">常見問答 FAQ</a>"));
        web.MapRoute(Paths.MetaRefresh, context => Html(context,
            "<title>Moved</title><meta http-equiv=\"refresh\" content=\"0; url=/landing\"><p>This page has moved.</p>"));
        web.MapRoute(Paths.JsRedirect, context => Html(context,
            "<title>Moving</title><script>location.replace('/landing');</script><p>Moving…</p>"));
        web.MapRoute(Paths.Landing, context => Html(context,
            "<title>新首頁 Landing</title><h1>新首頁</h1><a href=\"/faq.html\">常見問答 FAQ</a>"));

        web.MapRoute(Paths.Big, BigPageAsync);
        web.MapRoute(Paths.Binary, async context =>
        {
            context.Response.ContentType = "text/html";
            var bytes = new byte[256 * 1024];
            new Random(5).NextBytes(bytes);
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        });
        web.MapRoute(Paths.Pdf, context => Download(context, "application/pdf", "%PDF-1.4\n"));
        web.MapRoute(Paths.Zip, context => Download(context, "application/zip", "PK\u0003\u0004"));

        web.MapRoute(Paths.Trap, context =>
        {
            // A calendar-like trap: every page links to two "next" pages that were never seen before.
            var n = int.TryParse(context.Request.Query["n"], out var value) ? value : 0;
            return Html(context,
                $"<title>Calendar {n}</title><h1>Events {n}</h1>" +
                $"<a href=\"/trap?n={n + 1}&s={Guid.NewGuid():N}\">next month</a> <a href=\"/trap?n={n + 1}&view=week&s={Guid.NewGuid():N}\">next week</a>");
        });

        web.MapRoute(Paths.Dialogs, context => Html(context,
            "<title>Dialogs</title><h1>Dialog storm</h1><a href=\"/faq.html\">常見問答 FAQ</a>" +
            "<script>for (let i = 0; i < 200; i++) { alert('a' + i); confirm('c' + i); prompt('p' + i); }" +
            "setInterval(() => { alert('again'); confirm('again?'); }, 20);" +
            "window.onbeforeunload = () => 'Leave?';</script>"));
        web.MapRoute(Paths.Popups, context => Html(context,
            "<title>Popups</title><h1>Popups</h1><a href=\"/faq.html\">常見問答 FAQ</a>" +
            "<script>for (let i = 0; i < 20; i++) { window.open('/popup-ad?' + i, '_blank'); }" +
            "setInterval(() => window.open('/popup-ad?again'), 100);</script>"));
        web.MapRoute("/popup-ad", context => Html(context, "<title>Ad</title><a href=\"/ad-only\">ad link</a>"));
        web.MapRoute(Paths.AutoDownload, context => Html(context,
            "<title>Auto download</title><h1>Your file will download</h1><a href=\"/faq.html\">常見問答 FAQ</a>" +
            "<a id=d href=\"/archive.zip\" download>zip</a>" +
            "<script>document.getElementById('d').click(); setTimeout(() => { location.href = '/report.pdf'; }, 50);</script>"));

        web.MapRoute(Paths.NeverEnds, async context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync("<!DOCTYPE html><title>Never ends</title><h1>Streaming forever</h1><a href=\"/faq.html\">常見問答 FAQ</a>\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            for (var i = 0; !context.RequestAborted.IsCancellationRequested; i++)
            {
                await Task.Delay(200, context.RequestAborted);
                await context.Response.WriteAsync($"<p>line {i}</p>\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        });
        web.MapRoute(Paths.InfiniteScroll, context => Html(context,
            "<title>Infinite scroll</title><h1>News</h1><a href=\"/faq.html\">常見問答 FAQ</a><div id=feed></div>" +
            "<script>let n = 0; function more() { fetch('/feed?page=' + (n++)).then(r => r.text()).then(t => {" +
            " const p = document.createElement('p'); p.textContent = t; document.getElementById('feed').appendChild(p); }); }" +
            "setInterval(more, 100); window.addEventListener('scroll', more);</script>"));
        web.MapRoute("/feed", async context =>
        {
            await Task.Delay(150, context.RequestAborted);
            await context.Response.WriteAsync("more news " + context.Request.Query["page"], context.RequestAborted);
        });

        web.MapRoute(Paths.Gbk, context => Bytes(context, "text/html",
            Encoding.GetEncoding(936).GetBytes("<html><head><meta charset=\"gbk\"><title>政府信息公开</title></head><body><h1>政府信息公开</h1><a href=\"/faq.html\">常见问题</a></body></html>")));
        web.MapRoute(Paths.ShiftJis, context => Bytes(context, "text/html",
            Encoding.GetEncoding(932).GetBytes("<html><head><meta charset=\"shift_jis\"><title>お問い合わせ</title></head><body><h1>よくある質問</h1></body></html>")));
        web.MapRoute(Paths.Utf8Bom, context => Bytes(context, "text/html",
            [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("<html><head><title>常見問答</title></head><body><h1>常見問答 FAQ</h1></body></html>")]));
        web.MapRoute(Paths.WrongCharset, context => Bytes(context, "text/html; charset=iso-8859-1",
            Encoding.UTF8.GetBytes("<html><head><meta charset=\"iso-8859-1\"><title>常見問答</title></head><body><h1>常見問答與隱私權政策</h1><p>Café</p></body></html>")));

        web.MapRoute(Paths.UnicodePath, context => Html(context, "<title>服務</title><h1>線上服務</h1><a href=\"/服務/常見問答.html\">常見問答</a>"));
        web.MapRoute("/服務/常見問答.html", context => Html(context, "<title>常見問答頁</title><h1>常見問答 FAQ</h1>"));
    }

    private static async Task BigPageAsync(HttpContext context)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = BigPageBytes;
        var head = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Big page</title></head><body><h1>Annual data</h1><a href=\"/faq.html\">常見問答 FAQ</a>\n");
        var line = Encoding.UTF8.GetBytes("<p>Row of a very long table of numbers 0123456789 0123456789 0123456789 0123456789 0123456789.</p>\n");
        var chunk = new byte[64 * 1024];
        for (var i = 0; i + line.Length <= chunk.Length; i += line.Length)
        {
            line.CopyTo(chunk, i);
        }

        await context.Response.Body.WriteAsync(head, context.RequestAborted);
        var left = BigPageBytes - head.Length;
        while (left > 0)
        {
            var n = (int)Math.Min(chunk.Length, left);
            await context.Response.Body.WriteAsync(chunk.AsMemory(0, n), context.RequestAborted);
            left -= n;
        }
    }

    private static Task Html(HttpContext context, string body, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + body + "</body></html>", context.RequestAborted);
    }

    private static Task Bytes(HttpContext context, string contentType, byte[] bytes)
    {
        context.Response.ContentType = contentType;
        return context.Response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
    }

    private static Task Redirect(HttpContext context, string location)
    {
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    }

    private static Task Download(HttpContext context, string contentType, string magic)
    {
        context.Response.ContentType = contentType;
        context.Response.Headers.ContentDisposition = "attachment; filename=\"file" + Path.GetExtension(context.Request.Path.Value) + "\"";
        return context.Response.WriteAsync(magic + DownloadMarker + new string('x', 4096), context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await Web.DisposeAsync();
        Reset.Dispose();
        Silent.Dispose();
        Garbage.Dispose();
        BrokenChunked.Dispose();
    }

    /// <summary>Test certificates, made on the spot. All are self-signed: no test CA is installed anywhere.</summary>
    public static class Certificates
    {
        public static X509Certificate2 Expired() =>
            Create("CN=GovSiteAudit expired fixture", ["localhost"], DateTimeOffset.UtcNow.AddDays(-60), DateTimeOffset.UtcNow.AddDays(-30), loopback: true);

        public static X509Certificate2 WrongHost() =>
            Create("CN=other.example", ["other.example"], DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30), loopback: false);

        public static X509Certificate2 SelfSigned() =>
            Create("CN=GovSiteAudit self-signed fixture", ["localhost"], DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30), loopback: true);

        private static X509Certificate2 Create(string subject, string[] names, DateTimeOffset notBefore, DateTimeOffset notAfter, bool loopback)
        {
            using var rsa = RSA.Create(2048);
            var request = new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var san = new SubjectAlternativeNameBuilder();
            foreach (var name in names)
            {
                san.AddDnsName(name);
            }

            if (loopback)
            {
                san.AddIpAddress(IPAddress.Loopback);
            }

            request.CertificateExtensions.Add(san.Build());
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, critical: true));
            using var created = request.CreateSelfSigned(notBefore, notAfter);
            return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
        }
    }
}

public enum RawFault
{
    /// <summary>Sends the status line, headers promising 200 KB and 2 KB of HTML, then resets the connection.</summary>
    ResetMidResponse,

    /// <summary>Accepts the connection and never sends a byte.</summary>
    NeverAnswer,

    /// <summary>Answers with bytes that are not HTTP, then closes.</summary>
    Garbage,

    /// <summary>A chunked answer whose second chunk-size line is not a number; the connection then stays open.</summary>
    BrokenChunked,
}

/// <summary>A TCP server on 127.0.0.1 that misbehaves below HTTP, where Kestrel would not.</summary>
public sealed class RawServer : IDisposable
{
    private readonly TcpListener _listener;
    private readonly RawFault _fault;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<TcpClient> _held = [];
    private int _connections;

    private RawServer(RawFault fault)
    {
        _fault = fault;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptLoopAsync();
    }

    public int Port { get; }

    /// <summary>Connections accepted so far.</summary>
    public int Connections => Volatile.Read(ref _connections);

    public Uri BaseUrl => new($"http://127.0.0.1:{Port}/");

    public static RawServer Start(RawFault fault) => new(fault);

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref _connections);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        try
        {
            if (_fault == RawFault.NeverAnswer)
            {
                lock (_held)
                {
                    _held.Add(client); // Kept open, unread, until the server is disposed.
                }

                return;
            }

            var stream = client.GetStream();
            await ReadRequestHeadAsync(stream);
            if (_fault == RawFault.Garbage)
            {
                var noise = new byte[2048];
                new Random(7).NextBytes(noise);
                noise[0] = 0x00; // Never a plausible status line.
                await stream.WriteAsync(noise, _stop.Token);
                client.Close();
                return;
            }

            if (_fault == RawFault.BrokenChunked)
            {
                var first = "<!DOCTYPE html><html><head><title>Broken chunks</title></head><body><h1>部分內容</h1>";
                var firstBytes = Encoding.UTF8.GetBytes(first);
                await stream.WriteAsync(Encoding.ASCII.GetBytes(
                    $"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n{firstBytes.Length:x}\r\n"), _stop.Token);
                await stream.WriteAsync(firstBytes, _stop.Token);
                await stream.WriteAsync(Encoding.ASCII.GetBytes("\r\nnot-a-size\r\n<p>more</p>\r\n"), _stop.Token);
                await stream.FlushAsync(_stop.Token);
                lock (_held)
                {
                    _held.Add(client);
                }

                return;
            }

            var body = "<!DOCTYPE html><html><head><title>Cut short</title></head><body><h1>部分內容</h1>" + new string('x', 2000);
            var head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 200000\r\nConnection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.UTF8.GetBytes(head + body), _stop.Token);
            await stream.FlushAsync(_stop.Token);
            await Task.Delay(100, _stop.Token);
            client.Client.LingerState = new LingerOption(true, 0); // Close with RST, not FIN.
            client.Close();
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            client.Dispose();
        }
    }

    private async Task ReadRequestHeadAsync(NetworkStream stream)
    {
        var buffer = new byte[8192];
        var seen = new StringBuilder();
        while (!seen.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var n = await stream.ReadAsync(buffer, _stop.Token);
            if (n == 0)
            {
                return;
            }

            seen.Append(Encoding.ASCII.GetString(buffer, 0, n));
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        lock (_held)
        {
            foreach (var client in _held)
            {
                client.Dispose();
            }
        }

        _stop.Dispose();
    }
}
