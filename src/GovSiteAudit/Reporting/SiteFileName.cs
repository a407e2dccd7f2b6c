using System.Security.Cryptography;
using System.Text;

namespace GovSiteAudit.Reporting;

/// <summary>
/// File names for per-site outputs: <c>host</c>, <c>host_port</c> or <c>host_http</c> (punycode, lower case), plus a short
/// hash of the URL when the target has a path, so two targets on one host never share a file. Only
/// <c>[a-z0-9._-]</c> survive, so a name can never leave the output directory.
/// </summary>
public static class SiteFileName
{
    public static string For(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return "target_" + ShortHash(url);
        }
        var name = uri.IdnHost.ToLowerInvariant();
        if (!uri.IsDefaultPort)
        {
            name += "_" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (uri.Scheme == Uri.UriSchemeHttp)
        {
            // http://host/ (port 80) and https://host/ (port 443) are different targets that share a host name.
            name += "_http";
        }
        if (uri.PathAndQuery != "/")
        {
            name += "_" + ShortHash(url);
        }
        var safe = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            safe.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-' or '_' ? c : '_');
        }
        var result = safe.ToString().Trim('.');
        return result.Length == 0 ? "target_" + ShortHash(url) : result;
    }

    private static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
}
