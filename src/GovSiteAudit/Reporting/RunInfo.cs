using System.Text.Json;
using GovSiteAudit.Rubrics;

namespace GovSiteAudit.Reporting;

/// <summary>
/// <c>run.json</c>: what scored a run — the tool and the rubric, by id, source and content fingerprint
/// (<see cref="Rubric.Fingerprint"/>) — written by <c>audit</c>, <c>rescore</c> and <c>merge</c> when they start, so
/// that <c>merge</c> and <c>--resume</c> refuse to mix runs of different rubrics whose dimension ids happen to match.
/// Runs of versions before it have none; they are judged by their dimension columns alone.
/// </summary>
public sealed record RunInfo(
    int FormatVersion,
    string Tool,
    string ToolVersion,
    string RubricId,
    string RubricSource,
    string? RubricFingerprint,
    IReadOnlyList<string> Dimensions)
{
    public const string FileName = "run.json";
    public const int CurrentFormatVersion = 1;

    private static JsonSerializerOptions JsonOptions => OutputJson.WithNulls;

    public static RunInfo For(Rubric rubric) => new(
        CurrentFormatVersion, "GovSiteAudit", ResultsJsonWriter.ToolVersion, rubric.Id, rubric.Source, rubric.Fingerprint,
        rubric.Dimensions.Select(d => d.Id).ToList());

    /// <summary>"rubric 'crm-egov' (sha256:0123456789ab…)" for messages.</summary>
    public string DescribeRubric() =>
        $"rubric '{RubricId}'" + (RubricFingerprint is { Length: > 19 } f ? $" ({f[..19]}…)" : "");

    public void Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        AtomicFile.WriteText(path, JsonSerializer.Serialize(this, JsonOptions));
    }

    /// <summary>The run.json of <paramref name="directory"/>, or null when it has none (a run of an older version).</summary>
    /// <exception cref="InvalidDataException">The file is there but is not a run.json.</exception>
    public static RunInfo? Read(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<RunInfo>(File.ReadAllText(path), JsonOptions)
                   ?? throw new InvalidDataException($"{path}: empty");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a GovSiteAudit run.json ({e.Message})", e);
        }
    }
}
