namespace GovSiteAudit.Snapshots;

/// <summary>
/// The home page at a phone's size (360 × 740 CSS pixels, touch, device scale 2).
/// </summary>
/// <param name="ViewportWidth">The phone's width in CSS pixels (360).</param>
/// <param name="DocumentWidth">How wide the document is laid out (its scroll width), in CSS pixels.</param>
/// <param name="Overflow">The document is wider than the phone: it scrolls sideways, or is shrunk to fit (no viewport meta).</param>
/// <param name="BaseTextPx">The font size most of the visible text is set in, as seen on the phone (shrinking included); null without text.</param>
/// <param name="HasViewportMeta">The page declares <c>&lt;meta name="viewport"&gt;</c>.</param>
public sealed record MobileFit(int ViewportWidth, double DocumentWidth, bool Overflow, double? BaseTextPx, bool HasViewportMeta);
