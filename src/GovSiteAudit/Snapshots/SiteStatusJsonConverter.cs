using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovSiteAudit.Snapshots;

/// <summary>
/// A <see cref="SiteStatus"/> in JSON is its column text (<c>"status": "dns"</c>), as it was when statuses were strings,
/// so every JSON output stays byte for byte the same; reading back refuses any other text.
/// </summary>
public sealed class SiteStatusJsonConverter : JsonConverter<SiteStatus>
{
    /// <summary>A <c>null</c> status is refused too, rather than read as a missing value.</summary>
    public override bool HandleNull => true;

    public override SiteStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        // The serializer adds the path and line to a JsonException without them; readers report the file.
        return SiteStatus.TryParse(text, out var status)
            ? status
            : throw new JsonException(SiteStatus.Unknown(text ?? reader.TokenType.ToString()));
    }

    public override void Write(Utf8JsonWriter writer, SiteStatus value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        // HandleNull hands a null of a SiteStatus? property here too: it stays a JSON null.
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStringValue(value.Text);
    }
}
