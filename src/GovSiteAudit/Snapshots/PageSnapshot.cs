namespace GovSiteAudit.Snapshots;

/// <summary>One rendered page: HTML after scripts ran, plus the same-site frames inside it.</summary>
public sealed record PageSnapshot(
    string Url,
    int Status,
    string? ContentType,
    string Title,
    string Html,
    IReadOnlyDictionary<string, string> Headers,
    int Depth,
    IReadOnlyList<FrameSnapshot> Frames,
    IReadOnlyList<string> Requests);
