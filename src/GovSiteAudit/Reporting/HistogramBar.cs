using System.Net;
using System.Text;

namespace GovSiteAudit.Reporting;

/// <summary>
/// One bar of an <see cref="SvgHistogram"/>, laid out: its bin's label and count, left edge and width of its slot, height,
/// and the y of its top. A section marks it with the pieces below in the order and detail it wants.
/// </summary>
internal readonly record struct HistogramBar(string Label, int Count, double X, double SlotWidth, double Height, double Top, int ChartHeight)
{
    /// <summary>
    /// <c>&lt;rect class="bar" data-bin data-count x y width height</c>, <paramref name="inset"/> in from each side of the
    /// slot; left open, for the section to close with <c>/&gt;</c> or a tooltip.
    /// </summary>
    public StringBuilder OpenRect(StringBuilder html, int inset) =>
        html.Append("<rect class=\"bar\" data-bin=\"").Append(WebUtility.HtmlEncode(Label)).Append("\" data-count=\"").Append(Count).Append("\" x=\"")
            .Append(HtmlText.Number(X + inset)).Append("\" y=\"").Append(HtmlText.Number(Top)).Append("\" width=\"")
            .Append(HtmlText.Number(SlotWidth - (2 * inset))).Append("\" height=\"").Append(HtmlText.Number(Height)).Append('"');

    /// <summary>The count just above the bar.</summary>
    public StringBuilder AppendCount(StringBuilder html) =>
        Text(html, HtmlText.Number(Top - 2)).Append(Count).Append("</text>");

    /// <summary>The bin's label under the chart, its baseline <paramref name="fromBottom"/> above the chart's bottom edge.</summary>
    public StringBuilder AppendLabel(StringBuilder html, int fromBottom) =>
        Text(html, (ChartHeight - fromBottom).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Append(WebUtility.HtmlEncode(Label)).Append("</text>");

    private StringBuilder Text(StringBuilder html, string y) =>
        html.Append("<text x=\"").Append(HtmlText.Number(X + (SlotWidth / 2))).Append("\" y=\"").Append(y).Append("\" text-anchor=\"middle\">");
}
