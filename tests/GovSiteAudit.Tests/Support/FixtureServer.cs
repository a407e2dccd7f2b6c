using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;

namespace GovSiteAudit.Tests.Support;

/// <summary>
/// A fixture web site on 127.0.0.1 with an ephemeral port, in process (Kestrel). Serves the files of a folder
/// ("/" and "/dir/" → index.html) with content types by extension and no charset added (unless _server.json gives one), so pages declare
/// their own encoding as real sites do. An optional <c>_server.json</c> in the folder adds headers, status
/// codes and redirects:
/// <code>{"headers": {"*": {"X-A": "1"}, "/": {"Content-Security-Policy": "…"}}, "status": {"/gone.html": 410}, "redirects": {"/old": "/new"}, "fallback": "/index.html"}</code>
/// Tests add handlers of their own with <see cref="MapRoute"/> (slow pages, cookies, odd answers).
/// </summary>
public sealed class FixtureServer : IAsyncDisposable
{
    public const string ConfigFileName = "_server.json";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly WebApplication _app;
    private readonly string? _root;
    private readonly ServerConfig _config;
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _requests = new();

    private FixtureServer(WebApplication app, string? root, ServerConfig config)
    {
        _app = app;
        _root = root;
        _config = config;
    }

    /// <summary>The site's address, ending with a slash, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Path and query of every request received, in order.</summary>
    public IReadOnlyCollection<string> Requests => _requests;

    /// <summary>The certificate of an https server (self-signed), else null.</summary>
    public X509Certificate2? Certificate { get; private set; }

    public static Task<FixtureServer> StartAsync(string rootDirectory, CancellationToken ct = default) =>
        StartCoreAsync(rootDirectory, null, null, ct);

    /// <summary>The same over https, with a self-signed certificate for 127.0.0.1 and localhost made on the spot.</summary>
    public static Task<FixtureServer> StartHttpsAsync(string rootDirectory, CancellationToken ct = default) =>
        StartCoreAsync(rootDirectory, CreateSelfSignedCertificate(), null, ct);

    /// <summary>The same over https with a certificate of the test's own (expired, for another host …).</summary>
    public static Task<FixtureServer> StartHttpsAsync(string rootDirectory, X509Certificate2 certificate, CancellationToken ct = default) =>
        StartCoreAsync(rootDirectory, certificate, null, ct);

    /// <summary>An http server that answers every request with 301 to the same path under <paramref name="target"/>.</summary>
    public static Task<FixtureServer> StartRedirectingAsync(Uri target, CancellationToken ct = default) =>
        StartCoreAsync(null, null, target, ct);

    /// <summary>A handler for one exact path (no query), taking precedence over files and <c>_server.json</c>.</summary>
    public void MapRoute(string path, RequestDelegate handler) => _routes[path] = handler;

    /// <summary>An absolute URL on this server.</summary>
    public string Url(string relative) => new Uri(BaseUrl, relative).AbsoluteUri;

    /// <summary>An http URL on 127.0.0.1 where nothing listens (the port was free a moment ago).</summary>
    public static Uri ClosedPortUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }

    private static async Task<FixtureServer> StartCoreAsync(string? root, X509Certificate2? certificate, Uri? redirectTarget, CancellationToken ct)
    {
        if (root is not null && !Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"fixture site not found: {root}");
        }

        var config = root is null ? new ServerConfig() : ServerConfig.Load(Path.Combine(root, ConfigFileName));
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen =>
            {
                if (certificate is not null)
                {
                    listen.UseHttps(certificate);
                }
            }));
        var app = builder.Build();
        var server = new FixtureServer(app, root is null ? null : Path.GetFullPath(root), config) { Certificate = certificate };
        app.Run(context => redirectTarget is null ? server.HandleAsync(context) : RedirectAsync(context, redirectTarget));
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    private static Task RedirectAsync(HttpContext context, Uri target)
    {
        var relative = context.Request.Path.Value?.TrimStart('/') + context.Request.QueryString.Value;
        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = new Uri(target, relative).AbsoluteUri;
        return Task.CompletedTask;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        _requests.Enqueue(path + context.Request.QueryString.Value);
        if (_routes.TryGetValue(path, out var route))
        {
            await route(context);
            return;
        }

        foreach (var (name, value) in _config.HeadersFor(path))
        {
            context.Response.Headers[name] = value;
        }

        if (_config.Redirects.TryGetValue(path, out var location))
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = location;
            return;
        }

        var file = FileFor(path) ?? (_config.Fallback is { Length: > 0 } fallback && !Path.HasExtension(path) ? FileFor(fallback) : null);
        var status = _config.Status.GetValueOrDefault(path, file is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK);
        context.Response.StatusCode = status;
        if (file is null)
        {
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync($"{status}: {path}", context.RequestAborted);
            return;
        }

        if (!context.Response.Headers.ContainsKey("Content-Type"))
        {
            context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
            // A page saved as UTF-8 whose own declaration names the charset it had on the live site: the corpus says
            // which charset to send (../shared/real-pages/README.md), and the header wins over the page's meta tag.
            if (_config.Charset is { Length: > 0 } charset && context.Response.ContentType.StartsWith("text/html", StringComparison.Ordinal))
            {
                context.Response.ContentType += "; charset=" + charset;
            }
        }

        await context.Response.SendFileAsync(file, context.RequestAborted);
    }

    private string? FileFor(string path)
    {
        if (_root is null)
        {
            return null;
        }

        var relative = Uri.UnescapeDataString(path).TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        var full = Path.GetFullPath(Path.Combine(_root, relative));
        var inside = full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return inside && File.Exists(full) && Path.GetFileName(full) != ConfigFileName ? full : null;
    }

    private static X509Certificate2 CreateSelfSignedCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=GovSiteAudit test fixture", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, critical: true));
        var now = DateTimeOffset.UtcNow;
        using var created = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
        // Through PKCS#12 so the private key is usable by the TLS stack on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    public async ValueTask DisposeAsync()
    {
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await _app.StopAsync(stop.Token);
        }

        await _app.DisposeAsync();
        Certificate?.Dispose();
    }

    /// <summary>The optional <c>_server.json</c> of a fixture site.</summary>
    private sealed class ServerConfig
    {
        public Dictionary<string, Dictionary<string, string>> Headers { get; init; } = [];

        public Dictionary<string, int> Status { get; init; } = [];

        public Dictionary<string, string> Redirects { get; init; } = [];

        /// <summary>
        /// The file served for a path without extension that names no file (a single-page app's History API routes:
        /// its server answers every such path with the app's page, as SPA hosts are set up).
        /// </summary>
        public string? Fallback { get; init; }

        /// <summary>The charset to send with HTML pages (real-page corpus: saved bytes differ from the page's declaration).</summary>
        public string? Charset { get; init; }

        public static ServerConfig Load(string file)
        {
            if (!File.Exists(file))
            {
                return new ServerConfig();
            }

            var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
            return JsonSerializer.Deserialize<ServerConfig>(File.ReadAllText(file), options)
                ?? throw new InvalidDataException($"{file}: expected a JSON object");
        }

        /// <summary>Headers for "*" first, then those for the exact path (which win).</summary>
        public IEnumerable<KeyValuePair<string, string>> HeadersFor(string path) =>
            Headers.GetValueOrDefault("*", []).Concat(Headers.GetValueOrDefault(path, []));
    }
}
