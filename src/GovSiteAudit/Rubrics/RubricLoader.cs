using System.Security;
using System.Text;

namespace GovSiteAudit.Rubrics;

/// <summary>
/// Reads a rubric from a YAML or JSON file (or the rubrics built into the tool) and validates it.
/// Every problem is reported at once, with file, line and column, as a <see cref="RubricException"/>.
/// </summary>
public static class RubricLoader
{
    public const string DefaultRubricFileName = "crm-egov.yaml";

    private const string ResourcePrefix = "GovSiteAudit.Rubrics.";
    private static readonly string[] RubricExtensions = [".yaml", ".yml", ".json"];

    // Strict so that a Big5 or Latin-1 file is named as such instead of turning into replacement characters.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Loads a rubric file; YAML or JSON by extension (.yaml/.yml/.json), otherwise by content.</summary>
    /// <exception cref="RubricException">The file is missing, unreadable or invalid.</exception>
    public static Rubric Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string text;
        try
        {
            if (Directory.Exists(path))
            {
                throw Single(path, $"'{path}' is a folder, not a rubric file");
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw Single(path, $"rubric file not found: {Path.GetFullPath(path)}");
            }

            if (info.Length > RubricLimits.MaxBytes)
            {
                throw Single(path, $"the file is {info.Length:N0} bytes; a rubric may be at most {RubricLimits.MaxBytes / (1024 * 1024)} MiB");
            }

            text = Decode(path, ReadBounded(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException or NotSupportedException or ArgumentException)
        {
            throw Single(path, $"cannot read the rubric file: {e.Message}");
        }

        return Parse(text, path);
    }

    /// <summary>
    /// Parses rubric text. The format follows the extension of <paramref name="sourceName"/>; without a known
    /// extension, text starting with '{' is JSON and anything else YAML.
    /// </summary>
    /// <exception cref="RubricException">The text is invalid.</exception>
    public static Rubric Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        if (text.Length > RubricLimits.MaxBytes || Encoding.UTF8.GetByteCount(text) > RubricLimits.MaxBytes)
        {
            throw Single(sourceName, $"the rubric is larger than {RubricLimits.MaxBytes / (1024 * 1024)} MiB");
        }

        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        var root = IsJson(text, sourceName)
            ? RubricDocumentReader.ReadJson(text, sourceName)
            : RubricDocumentReader.ReadYaml(text, sourceName);
        return RubricModelReader.Read(root, sourceName, sourceName) with { Fingerprint = RubricFingerprint.Of(root!) };
    }

    /// <summary>The default rubric (<see cref="DefaultRubricFileName"/>) built into the tool.</summary>
    public static Rubric LoadDefault() => LoadBuiltIn(DefaultRubricFileName);

    /// <summary>File names of the rubrics built into the tool, e.g. <c>crm-egov.yaml</c>.</summary>
    public static IReadOnlyList<string> BuiltInNames() =>
        typeof(RubricLoader).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)
                        && RubricExtensions.Any(e => n.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .Select(n => n[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// A built-in rubric by file name, with or without extension (<c>us-federal</c> or <c>us-federal.yaml</c>),
    /// case-insensitive. Its <see cref="Rubric.Source"/> is "NAME (built-in)".
    /// </summary>
    /// <exception cref="RubricException">No such built-in rubric.</exception>
    public static Rubric LoadBuiltIn(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var names = BuiltInNames();
        var match = names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
                    ?? names.FirstOrDefault(n => string.Equals(Path.GetFileNameWithoutExtension(n), name, StringComparison.OrdinalIgnoreCase));
        var source = $"{match ?? name} (built-in)";
        if (match is null)
        {
            var known = names.Count == 0 ? "none are built in" : "built-in rubrics: " + string.Join(", ", names);
            throw Single(source, $"no built-in rubric named '{name}'; {known}");
        }

        using var stream = typeof(RubricLoader).Assembly.GetManifestResourceStream(ResourcePrefix + match)
                           ?? throw Single(source, "the built-in rubric cannot be opened");
        using var reader = new StreamReader(stream, StrictUtf8);
        return Parse(reader.ReadToEnd(), source);
    }

    /// <summary>True when <paramref name="name"/> names a built-in rubric (with or without extension).</summary>
    public static bool IsBuiltIn(string name) =>
        BuiltInNames().Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)
                                || string.Equals(Path.GetFileNameWithoutExtension(n), name, StringComparison.OrdinalIgnoreCase));

    private static bool IsJson(string text, string sourceName)
    {
        var extension = Path.GetExtension(sourceName.Replace(" (built-in)", "", StringComparison.Ordinal));
        if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return text.TrimStart().StartsWith('{');
    }

    /// <summary>
    /// The text of a UTF-8 file; anything else is refused at its first invalid byte, by line and column (of the
    /// characters before it on its line) and byte offset, so the stray Big5 or Latin-1 character can be found.
    /// </summary>
    private static string Decode(string path, byte[] bytes)
    {
        var chars = new char[bytes.Length];
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var valid, out var written, replaceInvalidSequences: false);
        if (status == System.Buffers.OperationStatus.Done)
        {
            return new string(chars, 0, written);
        }

        var lineStart = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(0, valid - 1), valid) + 1;
        var line = bytes.AsSpan(0, valid).Count((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(bytes, lineStart, valid - lineStart) + 1;
        var what = valid < bytes.Length ? $"byte 0x{bytes[valid]:X2} at offset {valid}" : $"the last bytes (from offset {valid})";
        throw new RubricException([new RubricError(path, line, column,
            $"the file is not UTF-8 text: {what} is not valid UTF-8 (Big5 or Latin-1?); save the rubric as UTF-8")]);
    }

    /// <summary>Reads at most the size limit, even if the file grew after its size was checked.</summary>
    private static byte[] ReadBounded(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > RubricLimits.MaxBytes)
            {
                throw Single(path, $"the file is larger than {RubricLimits.MaxBytes / (1024 * 1024)} MiB");
            }
        }

        return buffer.ToArray();
    }

    private static RubricException Single(string file, string message) => new([new RubricError(file, 0, 0, message)]);
}
