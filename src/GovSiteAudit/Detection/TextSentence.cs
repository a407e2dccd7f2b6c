namespace GovSiteAudit.Detection;

/// <summary>One sentence of visible text: as shown (white space collapsed) and normalised for matching.</summary>
internal sealed record TextSentence(string Shown, string Normalized);
