using System.Security.Cryptography;
using System.Text;

namespace GovSiteAudit.Targets;

/// <summary>
/// File names for per-site outputs: <c>host</c>, <c>host_port</c> or <c>host_http</c> (punycode, lower case), plus a short
/// hash of the URL when the target has a path, so two targets on one host never share a file. Only
/// <c>[a-z0-9._-]</c> survive, so a name can never leave the output directory. A name longer than
/// <see cref="MaxLength"/> (host names may have 253 characters, file names 255 bytes, and suffixes such as
/// <c>.json.gz.tmp</c> come on top) is cut and ends with a longer hash of the URL instead: one long host name can
/// never make a site file unwritable and so end a batch. Names of ordinary length are as they always were, so older
/// runs resume.
/// </summary>
public static class SiteFileName
{
    /// <summary>The longest name returned: room for any suffix we add within the 255 bytes of a file name.</summary>
    public const int MaxLength = 150;

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
        if (result.Length > MaxLength)
        {
            // 64 bits of hash: two long names that share their first 133 characters still differ.
            var hash = Hash(url, 16);
            result = result[..(MaxLength - hash.Length - 1)].TrimEnd('.') + "_" + hash;
        }

        return result.Length == 0 ? "target_" + ShortHash(url) : result;
    }

    private static string ShortHash(string text) => Hash(text, 8);

    private static string Hash(string text, int length) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..length];
}
