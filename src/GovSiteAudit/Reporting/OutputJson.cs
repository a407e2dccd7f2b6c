using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovSiteAudit.Reporting;

/// <summary>
/// The JSON settings of every output file (sites/*.json, results.json, run.json): indented, snake_case names,
/// dictionary keys as given, Chinese kept readable (these files are never embedded in HTML unescaped).
/// </summary>
public static class OutputJson
{
    /// <summary>Absent values are left out (sites/*.json).</summary>
    public static JsonSerializerOptions OmittingNulls { get; } = Create(JsonIgnoreCondition.WhenWritingNull);

    /// <summary>Nulls are written: an empty score means "not scored", and the schema says so explicitly.</summary>
    public static JsonSerializerOptions WithNulls { get; } = Create(JsonIgnoreCondition.Never);

    private static JsonSerializerOptions Create(JsonIgnoreCondition nulls) => new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = nulls,
    };
}
