using System.Text;
using CsvHelper;

namespace GovSiteAudit.Targets;

/// <summary>
/// Reads audit targets from command-line values: each is a URL, a <c>.txt</c> list (one URL per line,
/// <c>#</c> comments) or a <c>.csv</c> with a <c>url</c> column whose other columns are carried through.
/// Bad lines are reported and skipped; duplicates are audited once.
/// </summary>
public static class TargetListReader
{
    private static readonly string[] UnsupportedSchemes = ["file", "javascript", "data", "ftp", "ftps", "mailto", "tel", "ws", "wss", "about", "chrome", "view-source", "blob"];

    static TargetListReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TargetList Read(IEnumerable<string> inputs)
    {
        var targets = new List<AuditTarget>();
        var columns = new List<string>();
        var problems = new List<TargetProblem>();
        var seen = new Dictionary<string, AuditTarget>(StringComparer.Ordinal);
        var credentials = new List<string>();

        void Add(string raw, IReadOnlyDictionary<string, string> metadata, string source, int line)
        {
            var (url, error) = Normalize(raw, out var hadUserInfo);
            if (url is null)
            {
                problems.Add(new TargetProblem(source, line, error!));
                return;
            }

            if (hadUserInfo)
            {
                credentials.Add(line > 0 ? $"{source}:{line}" : source);
            }
            if (seen.TryGetValue(url, out var first))
            {
                var where = first.Line > 0 ? $"{first.Source}:{first.Line}" : first.Source;
                problems.Add(new TargetProblem(source, line, $"duplicate of {where} ({url}); audited once"));
                return;
            }
            var target = new AuditTarget(url, metadata, source, line) { SchemeAssumed = !raw.Contains("://", StringComparison.Ordinal) };
            seen[url] = target;
            targets.Add(target);
        }

        foreach (var input in inputs)
        {
            if (LooksLikeFile(input))
            {
                if (Directory.Exists(input))
                {
                    throw new TargetListException(
                        $"{input}: is a directory, not a file (expected a .txt list of URLs, a .csv with a 'url' column, or a URL)");
                }

                if (!File.Exists(input))
                {
                    throw new TargetListException(
                        $"{input}: file not found (expected a .txt list of URLs, a .csv with a 'url' column, or a URL)");
                }
                var text = ReadText(input);
                if (input.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                {
                    ReadCsv(input, text, columns, Add);
                }
                else
                {
                    ReadLines(input, text, Add);
                }
            }
            else
            {
                Add(input, EmptyMetadata, "command line", 0);
            }
        }
        return new TargetList(targets, columns, problems) { CredentialsRemovedAt = credentials };
    }

    private static readonly IReadOnlyDictionary<string, string> EmptyMetadata = new Dictionary<string, string>();

    private static bool LooksLikeFile(string input) =>
        input.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
        || input.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
        || (!input.Contains("://", StringComparison.Ordinal) && File.Exists(input));

    /// <summary>
    /// UTF-8 (with or without BOM) when the bytes are valid UTF-8, else line by line: UTF-8 lines as UTF-8, the others as
    /// Big5 (the usual legacy encoding of Taiwanese lists) — a list pasted together from two sources reads right.
    /// </summary>
    internal static string ReadText(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TargetListException($"{path}: cannot be read ({e.Message})");
        }
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            var text = strict.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            return MixedText(bytes, strict);
        }
    }

    private static string MixedText(byte[] bytes, UTF8Encoding strict)
    {
        var big5 = Encoding.GetEncoding(950);
        var text = new StringBuilder(bytes.Length);
        var start = 0;
        // Splitting bytes at '\n' is safe: 0x0A is never part of a UTF-8 or Big5 multi-byte character.
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i < bytes.Length && bytes[i] != (byte)'\n')
            {
                continue;
            }

            var line = bytes[start..i];
            string decoded;
            try
            {
                decoded = strict.GetString(line);
            }
            catch (DecoderFallbackException)
            {
                decoded = big5.GetString(line);
            }

            text.Append(decoded);
            if (i < bytes.Length)
            {
                text.Append('\n');
            }

            start = i + 1;
        }

        return text.Length > 0 && text[0] == '\uFEFF' ? text.ToString(1, text.Length - 1) : text.ToString();
    }

    private static void ReadLines(string path, string text, Action<string, IReadOnlyDictionary<string, string>, string, int> add)
    {
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            add(line, EmptyMetadata, path, lineNumber);
        }
    }

    private static void ReadCsv(string path, string text, List<string> columns, Action<string, IReadOnlyDictionary<string, string>, string, int> add)
    {
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, CsvSettings.UserInput);
        if (!csv.Read())
        {
            throw new TargetListException($"{path}: the file is empty (expected a header row with a 'url' column)");
        }
        csv.ReadHeader();
        var header = csv.HeaderRecord ?? [];
        // Two columns of one name would leave only the last value of each row: refuse, naming both columns.
        var named = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            if (name.Length > 0 && !named.TryAdd(name, i))
            {
                throw new TargetListException(
                    $"{path}:{csv.Parser.RawRow}: the column '{name}' is repeated in the header (columns {named[name] + 1} and {i + 1}); " +
                    "give every column its own name");
            }
        }

        var urlIndex = Array.FindIndex(header, h => string.Equals(h.Trim(), "url", StringComparison.OrdinalIgnoreCase));
        if (urlIndex < 0)
        {
            throw new TargetListException(
                $"{path}:1: no 'url' column in the header (found: {string.Join(", ", header.Select(h => $"'{h}'"))}); " +
                "expected a header row such as: url,agency,level");
        }
        var metaColumns = header.Select((h, i) => (Name: h.Trim(), Index: i)).Where(c => c.Index != urlIndex && c.Name.Length > 0).ToList();
        foreach (var column in metaColumns)
        {
            if (!columns.Contains(column.Name, StringComparer.Ordinal))
            {
                columns.Add(column.Name);
            }
        }
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            var url = csv.GetField(urlIndex)?.Trim() ?? "";
            if (url.Length == 0)
            {
                if (Enumerable.Range(0, csv.Parser.Count).All(i => string.IsNullOrWhiteSpace(csv.GetField(i))))
                {
                    continue;
                }
                add("", EmptyMetadata, path, line);
                continue;
            }
            if (url.StartsWith('#'))
            {
                continue;
            }
            var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, index) in metaColumns)
            {
                metadata[name] = index < csv.Parser.Count ? csv.GetField(index) ?? "" : "";
            }
            add(url, metadata, path, line);
        }
    }

    /// <summary>
    /// Trims, adds https:// when no scheme is given, accepts only absolute http(s) URLs with a host, and removes any
    /// user name and password (the site is keyed, deduplicated, sharded and audited without them).
    /// </summary>
    public static (string? Url, string? Error) NormalizeUrl(string raw) => Normalize(raw, out _);

    private static (string? Url, string? Error) Normalize(string raw, out bool hadUserInfo)
    {
        hadUserInfo = false;
        var (url, error) = NormalizeKeepingUserInfo(raw);
        if (url is null)
        {
            // The message echoes the line: no password in it either.
            return (null, UserInfo.Redact(error!));
        }

        var uri = new Uri(url);
        if (!UserInfo.IsIn(uri))
        {
            return (url, null);
        }

        hadUserInfo = true;
        return (new UriBuilder(uri) { UserName = "", Password = "" }.Uri.AbsoluteUri, null);
    }

    private static (string? Url, string? Error) NormalizeKeepingUserInfo(string raw)
    {
        var value = raw.Trim().Trim('\uFEFF', '\u200B');
        if (value.Length == 0)
        {
            return (null, "empty URL");
        }
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && UnsupportedSchemes.Contains(value[..colon].ToLowerInvariant()))
        {
            return (null, $"unsupported scheme '{value[..colon].ToLowerInvariant()}:' in '{value}' (only http and https are audited)");
        }
        if (!value.Contains("://", StringComparison.Ordinal))
        {
            // "www.example.gov.tw" or "www.example.gov.tw:8080/path": assume https.
            value = "https://" + value;
        }
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return (null, $"not a valid URL: '{raw.Trim()}' (expected e.g. https://www.example.gov.tw)");
        }
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return (null, $"unsupported scheme '{uri.Scheme}:' in '{raw.Trim()}' (only http and https are audited)");
        }
        if (!uri.Host.Contains('.', StringComparison.Ordinal) && uri.HostNameType == UriHostNameType.Dns && uri.Host != "localhost")
        {
            return (null, $"not a valid URL: '{raw.Trim()}' has no domain (expected e.g. https://www.example.gov.tw)");
        }
        var builder = new UriBuilder(uri) { Host = uri.IdnHost, Fragment = "" };
        var url = builder.Uri.AbsoluteUri;
        return (url, null);
    }
}
