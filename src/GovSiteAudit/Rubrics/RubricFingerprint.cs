using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GovSiteAudit.Rubrics;

/// <summary>
/// A SHA-256 over a rubric's content as parsed: every id, name, weight, keyword and rule, with YAML aliases expanded.
/// What does not change a rubric does not change it: comments, layout, quoting, the order of keys in a mapping,
/// YAML versus JSON, number spelling (<c>1</c>, <c>1.0</c>), the <c>$schema</c> hint. Runs record it (<c>run.json</c>)
/// so that <c>merge</c> and <c>--resume</c> can tell that two runs were scored with the same rubric even when their
/// dimension ids alone look alike.
/// </summary>
internal static class RubricFingerprint
{
    public const string Prefix = "sha256:";

    public static string Of(RubricNode root)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var budget = RubricLimits.MaxNodes * 2;
        Add(hash, root, isRoot: true, ref budget);
        return Prefix + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Add(IncrementalHash hash, RubricNode node, bool isRoot, ref int budget)
    {
        // Only valid rubrics are fingerprinted, and validation visited (and bounded) every node; this is a second fence.
        if (--budget < 0)
        {
            throw new InvalidOperationException("rubric too large to fingerprint");
        }

        switch (node)
        {
            case ScalarNode scalar:
                Text(hash, scalar.Type switch
                {
                    ScalarType.Null => "n",
                    ScalarType.Bool => "b" + scalar.Text.ToLowerInvariant(),
                    ScalarType.Number when scalar.TryGetNumber(out var number) => "d" + number.ToString("R", CultureInfo.InvariantCulture),
                    ScalarType.Number => "d" + scalar.Text,
                    _ => "s" + scalar.Text,
                });
                break;
            case MappingNode mapping:
                var entries = mapping.Entries
                    .Where(e => !(isRoot && e.Key.Text == "$schema"))
                    .OrderBy(e => e.Key.Text, StringComparer.Ordinal)
                    .ToList();
                Text(hash, "m" + entries.Count.ToString(CultureInfo.InvariantCulture));
                foreach (var (key, value) in entries)
                {
                    Text(hash, "k" + key.Text);
                    Add(hash, value, isRoot: false, ref budget);
                }

                break;
            case SequenceNode sequence:
                Text(hash, "l" + sequence.Items.Count.ToString(CultureInfo.InvariantCulture));
                foreach (var item in sequence.Items)
                {
                    Add(hash, item, isRoot: false, ref budget);
                }

                break;
        }
    }

    /// <summary>Length-prefixed, so no two different sequences of texts hash alike.</summary>
    private static void Text(IncrementalHash hash, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
