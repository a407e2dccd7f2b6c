using System.Net;
using System.Net.Sockets;
using GovSiteAudit.Crawl;
using Microsoft.AspNetCore.Http;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Support;

/// <summary>
/// A hostile public site and the internal network it wants to reach, all on loopback. The site is
/// <c>http://evil.test:PORT/</c>: for the crawler's guard <c>evil.test</c> resolves to <see cref="PublicAddress"/>, an
/// ordinary Internet address that the test dialer then connects to 127.0.0.1 on the same port; Chromium itself is
/// told <c>evil.test</c> is 127.0.0.1 too (<c>--host-resolver-rules</c>), so a browser that resolved names itself would
/// reach the same server. <see cref="Internal"/> is a service on 127.0.0.1 that must never see a connection unless
/// private networks are allowed. Every fault is a path of <see cref="Site"/> (<see cref="Paths"/>).
/// </summary>
public sealed class EvilWeb : IAsyncDisposable
{
    public const string Host = "evil.test";

    /// <summary>A name that only Chromium can resolve (to 127.0.0.1): for the guard it does not exist.</summary>
    public const string BrowserOnlyHost = "rebind.test";

    /// <summary>What <see cref="Host"/> resolves to for the guard: public, so the guard lets it through.</summary>
    public static readonly IPAddress PublicAddress = IPAddress.Parse("93.184.215.14");

    public static class Paths
    {
        public const string RedirectHome = "/redirect-internal";

        /// <summary>302 to the URL in the query parameter <c>to</c>.</summary>
        public const string RedirectTo = "/redirect-to";
        public const string InnerRedirect = "/inner-redirect";
        public const string MetaRefresh = "/meta-internal";
        public const string ScriptLocation = "/script-internal";
        public const string Subresources = "/subresources";
        public const string Sockets = "/sockets";
        public const string WebRtc = "/webrtc";
        public const string MetaRefreshDeadPort = "/meta-dead-port";
        public const string ScriptDeadPort = "/script-dead-port";
    }

    /// <summary>Sent by <see cref="PublicSocket"/> over a WebSocket the site opens to its own host (the control).</summary>
    public const string PublicSocketMessage = "PUBLIC-SOCKET-HELLO";

    /// <summary>Fetched by the page from its own host (the control: fetch through the guard works).</summary>
    public const string OwnFetchText = "OWN-FETCH-OK";

    private EvilWeb(FixtureServer site, FixtureServer secureSite, InternalServer @internal, InternalServer publicSocket, int deadPort)
    {
        Site = site;
        SecureSite = secureSite;
        Internal = @internal;
        PublicSocket = publicSocket;
        DeadPort = deadPort;
    }

    public FixtureServer Site { get; }

    /// <summary>The same hostile site over https (<c>https://evil.test:PORT/</c>, self-signed): its traffic goes through CONNECT.</summary>
    public FixtureServer SecureSite { get; }

    public InternalServer Internal { get; }

    /// <summary>A WebSocket server of the hostile site itself, at <c>ws://evil.test:PORT/</c>.</summary>
    public InternalServer PublicSocket { get; }

    /// <summary>A port of evil.test where nothing listens.</summary>
    public int DeadPort { get; }

    /// <summary>Chromium's own resolver is pointed at loopback for both hostile names.</summary>
    public static IReadOnlyList<string> BrowserArgs { get; } =
        [$"--host-resolver-rules=MAP {Host} 127.0.0.1,MAP {BrowserOnlyHost} 127.0.0.1"];

    public string Url(string path) => $"http://{Host}:{Site.BaseUrl.Port}{path}";

    public string SecureUrl(string path) => $"https://{Host}:{SecureSite.BaseUrl.Port}{path}";

    public static async Task<EvilWeb> StartAsync()
    {
        var root = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "sites", "faults");
        var site = await FixtureServer.StartAsync(root);
        var secureSite = await FixtureServer.StartHttpsAsync(root);
        var web = new EvilWeb(site, secureSite, InternalServer.Start("INTERNAL-SECRET-7f3a"), InternalServer.Start(PublicSocketMessage), FixtureServer.ClosedPortUrl().Port);
        web.MapRoutes();
        return web;
    }

    /// <summary>A crawler whose guard and browser see the names as described above.</summary>
    public static Task<SiteCrawler> LaunchCrawlerAsync(BrowserInfo browser, CrawlOptions options) =>
        SiteCrawler.LaunchAsync(browser, options, Connector, BrowserArgs, CancellationToken.None);

    /// <summary>
    /// The guard's view of the world: <see cref="Host"/> is <see cref="PublicAddress"/>, every other name is the system's;
    /// a connection to <see cref="PublicAddress"/> lands on 127.0.0.1, same port. The guard decides before dialling, so
    /// what it decides on is the public address.
    /// </summary>
    internal static GuardedConnector Connector { get; } = new(
        (host, ct) => host.TrimEnd('.').Equals(Host, StringComparison.OrdinalIgnoreCase) ? Task.FromResult(new[] { PublicAddress }) : Dns.GetHostAddressesAsync(host, ct),
        async (endpoint, ct) =>
        {
            var real = endpoint.Address.Equals(PublicAddress) ? new IPEndPoint(IPAddress.Loopback, endpoint.Port) : endpoint;
            var socket = new Socket(real.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(real, ct);
                return socket;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        });

    private void MapRoutes()
    {
        var secret = Internal.Url("/secret");
        Site.MapRoute(Paths.RedirectHome, context => Redirect(context, secret));
        Site.MapRoute(Paths.RedirectTo, context => Redirect(context, context.Request.Query["to"].ToString()));
        SecureSite.MapRoute(Paths.RedirectHome, context => Redirect(context, $"https://127.0.0.1:{Internal.Port}/secret"));
        Site.MapRoute(Paths.InnerRedirect, context => Html(context,
            "<title>Agency</title><h1>Agency</h1><a href=\"/go-internal\">常見問答 FAQ</a> <a href=\"/faq.html\">隱私權政策</a>"));
        Site.MapRoute("/go-internal", context => Redirect(context, secret));
        Site.MapRoute(Paths.MetaRefresh, context => Html(context,
            $"<title>Moved</title><meta http-equiv=\"refresh\" content=\"0; url={secret}\"><p>This page has moved.</p>"));
        Site.MapRoute(Paths.ScriptLocation, context => Html(context,
            $"<title>Moving</title><script>location.href = '{secret}';</script><p>Moving…</p>"));
        var dead = $"http://{Host}:{DeadPort}/";
        Site.MapRoute(Paths.MetaRefreshDeadPort, context => Html(context,
            $"<title>Moved</title><meta http-equiv=\"refresh\" content=\"0; url={dead}\"><p>Moved.</p>"));
        Site.MapRoute(Paths.ScriptDeadPort, context => Html(context,
            $"<title>Moving</title><script>location.replace('{dead}');</script><p>Moving…</p>"));
        Site.MapRoute("/own", context => context.Response.WriteAsync(OwnFetchText));
        Site.MapRoute(Paths.Subresources, context => Html(context, $$"""
            <title>Widgets</title><h1>Widgets</h1><a href="/faq.html">常見問答 FAQ</a><div id="out"></div>
            <iframe src="{{Internal.Url("/frame")}}"></iframe>
            <iframe src="http://localhost.:{{Internal.Port}}/frame"></iframe>
            <script>
            const put = t => { const p = document.createElement('p'); p.textContent = t; document.getElementById('out').appendChild(p); };
            fetch('{{Internal.Url("/fetch")}}').then(r => r.text()).then(put, () => put('fetch refused'));
            fetch('http://localhost.:{{Internal.Port}}/fetch').then(r => r.text()).then(put, () => put('fetch refused'));
            const x = new XMLHttpRequest(); x.open('GET', 'http://localhost.:{{Internal.Port}}/xhr');
            x.onload = () => put(x.responseText); x.onerror = () => put('xhr refused'); x.send();
            navigator.sendBeacon('http://localhost.:{{Internal.Port}}/beacon', 'data');
            navigator.sendBeacon('{{Internal.Url("/beacon")}}', 'data');
            fetch('/own').then(r => r.text()).then(put);
            </script>
            """));
        Site.MapRoute(Paths.WebRtc, context => Html(context, $$"""
            <title>Call us</title><h1>Video call</h1><div id="out"></div>
            <script>
            const put = t => { const p = document.createElement('p'); p.textContent = t; document.getElementById('out').appendChild(p); };
            const pc = new RTCPeerConnection({ iceServers: [
                { urls: 'stun:127.0.0.1:{{Internal.UdpPort}}' },
                { urls: 'turn:127.0.0.1:{{Internal.Port}}?transport=tcp', username: 'u', credential: 'p' } ] });
            pc.createDataChannel('leak');
            pc.onicecandidate = e => put('candidate ' + (e.candidate ? e.candidate.candidate : 'done'));
            pc.createOffer().then(o => pc.setLocalDescription(o));
            </script>
            """));
        Site.MapRoute(Paths.Sockets, context => Html(context, $$"""
            <title>Live</title><h1>Live</h1><div id="out"></div>
            <script>
            const put = t => { const p = document.createElement('p'); p.textContent = t; document.getElementById('out').appendChild(p); };
            const ws = new WebSocket('ws://127.0.0.1:{{Internal.Port}}/socket');
            ws.onmessage = e => put('socket ' + e.data); ws.onerror = () => put('socket refused');
            const own = new WebSocket('ws://{{Host}}:{{PublicSocket.Port}}/');
            own.onmessage = e => put('socket ' + e.data);
            </script>
            """));
    }

    private static Task Html(HttpContext context, string body)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + body + "</body></html>", context.RequestAborted);
    }

    private static Task Redirect(HttpContext context, string location)
    {
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await Site.DisposeAsync();
        await SecureSite.DisposeAsync();
        Internal.Dispose();
        PublicSocket.Dispose();
    }
}
