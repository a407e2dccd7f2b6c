using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GovSiteAudit.Targets;

/// <summary>
/// Slice <see cref="Index"/> (1-based) of <see cref="Count"/>: the targets whose normalised URL hashes
/// (SHA-256, first 8 bytes, mod <see cref="Count"/>) to it. Depends only on the URL, so every machine of a
/// GitHub Actions matrix or a Kubernetes Indexed Job gets the same slice whatever the order of the list,
/// and the slices 1..N together hold every target exactly once.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    /// <summary>The variable a Kubernetes Indexed Job sets in each pod (0-based).</summary>
    public const string JobIndexVariable = "JOB_COMPLETION_INDEX";

    public const string Syntax = "K/N with 1 ≤ K ≤ N (e.g. 2/4), or auto/N to take K from $JOB_COMPLETION_INDEX + 1";

    /// <summary>
    /// Parses <c>K/N</c> or <c>auto/N</c>; for <c>auto</c>, <paramref name="environment"/> gives
    /// <see cref="JobIndexVariable"/> (0-based).
    /// </summary>
    public static Shard Parse(string text, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(environment);
        var parts = text.Trim().Split('/');
        if (parts.Length != 2 || !TryCount(parts[1], out var count))
        {
            throw new ShardException($"--shard '{text}' is not {Syntax}.");
        }

        int index;
        if (parts[0].Trim().Equals("auto", StringComparison.OrdinalIgnoreCase))
        {
            var value = environment(JobIndexVariable);
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ShardException($"--shard auto/{count} needs ${JobIndexVariable} (set by a Kubernetes Indexed Job), and it is not set; give the shard as K/{count} instead.");
            }

            if (!int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var zeroBased) || zeroBased >= count)
            {
                throw new ShardException($"${JobIndexVariable} is '{value}'; --shard auto/{count} needs a whole number from 0 to {count - 1}.");
            }

            index = zeroBased + 1;
        }
        else if (!int.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out index) || index < 1 || index > count)
        {
            throw new ShardException($"--shard '{text}' is not {Syntax}.");
        }

        return new Shard(index, count);
    }

    /// <summary>Null when <paramref name="text"/> is well formed (the environment is not consulted), else what is wrong.</summary>
    public static string? Validate(string text)
    {
        try
        {
            Parse(text, _ => "0");
            return null;
        }
        catch (ShardException e)
        {
            return e.Message;
        }
    }

    /// <summary>The 1-based slice a normalised target URL belongs to among <paramref name="count"/>.</summary>
    public static int Of(string url, int count)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(url), hash);
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)count) + 1;
    }

    public bool Contains(AuditTarget target) => Of(target.Url, Count) == Index;

    /// <summary>The targets of this slice, in input order.</summary>
    public TargetList Select(TargetList targets) => targets with { Targets = targets.Targets.Where(Contains).ToList() };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    private static bool TryCount(string text, out int count) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out count) && count >= 1;
}
