namespace GovSiteAudit.Snapshots;

/// <summary>
/// The home page's load as the browser timed it (Navigation Timing, Largest Contentful Paint, Resource Timing), with its
/// own images, fonts and scripts loaded as a visitor gets them. Milliseconds from the start of the navigation.
/// </summary>
/// <param name="TtfbMs">Time to the first byte of the document (<c>responseStart</c>).</param>
/// <param name="DomContentLoadedMs">Until <c>DOMContentLoaded</c> ended.</param>
/// <param name="LoadMs">Until the load event ended; null when it never came.</param>
/// <param name="LcpMs">Largest Contentful Paint; null when the browser reported none.</param>
/// <param name="PageBytes">Bytes transferred for the document and its resources (as far as the browser may tell, see README).</param>
/// <param name="Requests">Requests the page made, the document included.</param>
public sealed record HomeTimings(double TtfbMs, double DomContentLoadedMs, double? LoadMs, double? LcpMs, long PageBytes, int Requests);
