using System.IO.Compression;
using System.Text;
using System.Xml;

namespace GovSiteAudit.Crawl;

/// <summary>
/// Reads sitemap files (sitemaps.org): XML <c>urlset</c> and <c>sitemapindex</c>, plain text (one address a line),
/// gzip-compressed or not. Everything is bounded, since a sitemap is the site's input: the bytes read and
/// decompressed (<see cref="MaxBytes"/>, so a gzip bomb stops there), the addresses kept (<see cref="MaxEntries"/>),
/// no DTD or external entity is ever resolved, and a file cut off part-way yields the addresses before the cut.
/// </summary>
internal static class Sitemap
{
    /// <summary>Bytes read of one sitemap, after decompression (the protocol's own limit is 50 MB; a crawl of tens of pages needs far less).</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>Addresses kept from one file.</summary>
    public const int MaxEntries = 5_000;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        MaxCharactersInDocument = MaxBytes,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>The addresses of one sitemap file (never throws on bad content: what could not be read is not there).</summary>
    public static SitemapContent Parse(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var bytes = IsGzip(body) ? Gunzip(body) : body;
        var start = 0;
        while (start < bytes.Length && (bytes[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF))
        {
            start++;
        }

        if (start == bytes.Length)
        {
            return SitemapContent.Empty;
        }

        return bytes[start] == (byte)'<' ? ParseXml(bytes) : ParseText(bytes);
    }

    private static bool IsGzip(byte[] body) => body.Length >= 2 && body[0] == 0x1F && body[1] == 0x8B;

    /// <summary>At most <see cref="MaxBytes"/> decompressed; a damaged stream gives what came before the damage.</summary>
    private static byte[] Gunzip(byte[] body)
    {
        using var input = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
        var buffer = new byte[64 * 1024];
        using var output = new MemoryStream();
        try
        {
            int n;
            while (output.Length < MaxBytes && (n = input.Read(buffer, 0, (int)Math.Min(buffer.Length, MaxBytes - output.Length))) > 0)
            {
                output.Write(buffer, 0, n);
            }
        }
        catch (InvalidDataException)
        {
            // Keep what was decompressed before the damage.
        }

        return output.ToArray();
    }

    private static SitemapContent ParseXml(byte[] bytes)
    {
        var pages = new List<string>();
        var sitemaps = new List<string>();
        string? root = null;
        var inLoc = false;
        var text = new StringBuilder();
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), Settings);
            while (reader.Read() && pages.Count + sitemaps.Count < MaxEntries)
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        root ??= reader.LocalName;
                        inLoc = reader.LocalName == "loc" && !reader.IsEmptyElement;
                        text.Clear();
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA when inLoc && text.Length < 4096:
                        text.Append(reader.Value);
                        break;
                    case XmlNodeType.EndElement when inLoc && reader.LocalName == "loc":
                        inLoc = false;
                        var address = text.ToString().Trim();
                        if (address.Length > 0)
                        {
                            (root == "sitemapindex" ? sitemaps : pages).Add(address);
                        }

                        break;
                }

                if (root is not null and not ("urlset" or "sitemapindex"))
                {
                    // An HTML page (a single-page app answering every path) or some other XML: not a sitemap.
                    return SitemapContent.Empty;
                }
            }
        }
        catch (XmlException)
        {
            // Cut off at the size cap or malformed further on: the addresses read so far stand.
        }

        return new SitemapContent(pages, sitemaps);
    }

    private static SitemapContent ParseText(byte[] bytes)
    {
        var pages = new List<string>();
        foreach (var line in Encoding.UTF8.GetString(bytes).Split('\n'))
        {
            var address = line.Trim().TrimStart('\uFEFF');
            if (address.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || address.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                pages.Add(address);
                if (pages.Count >= MaxEntries)
                {
                    break;
                }
            }
        }

        return new SitemapContent(pages, []);
    }
}
