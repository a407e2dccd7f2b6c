using System.Net;
using System.Text;

namespace GovSiteAudit.Reporting;

/// <summary>
/// A histogram of report.html as inline SVG, 380 × 150: values sorted into bins, one bar a bin, scaled to the fullest.
/// The counting and the layout are shared by the report's sections; how a bar is marked (a tooltip, its count above it)
/// is each section's, drawn from the <see cref="HistogramBar"/> it is handed.
/// </summary>
internal sealed class SvgHistogram
{
    private const int Width = 380, Height = 150, Left = 10, Bottom = 24, Top = 14;

    private readonly IReadOnlyList<(double From, double To, string Label)> _bins;
    private readonly int[] _counts;

    private SvgHistogram(IReadOnlyList<(double From, double To, string Label)> bins, int[] counts, int total)
    {
        _bins = bins;
        _counts = counts;
        Total = total;
    }

    /// <summary>How many values were counted (the nulls are left out).</summary>
    public int Total { get; }

    /// <summary>
    /// Sorts <paramref name="values"/> into <paramref name="bins"/> (From ≤ value ≤ To; a value in no bin counts in the
    /// last one), leaving nulls out.
    /// </summary>
    public static SvgHistogram Of(IEnumerable<double?> values, IReadOnlyList<(double From, double To, string Label)> bins)
    {
        var counts = new int[bins.Count];
        var total = 0;
        foreach (var value in values)
        {
            if (value is not { } v)
            {
                continue;
            }

            var bin = bins.Count - 1;
            for (var i = 0; i < bins.Count; i++)
            {
                if (v >= bins[i].From && v <= bins[i].To)
                {
                    bin = i;
                    break;
                }
            }

            counts[bin]++;
            total++;
        }

        return new SvgHistogram(bins, counts, total);
    }

    /// <summary>The chart: <c>&lt;svg class="…" … aria-label="title"&gt;</c>, each bar as <paramref name="drawBar"/> marks it.</summary>
    public void Render(StringBuilder html, string cssClass, string title, Action<StringBuilder, HistogramBar> drawBar)
    {
        const int plotHeight = Height - Bottom - Top;
        var slotWidth = (Width - (2 * Left)) / (double)_counts.Length;
        var max = Math.Max(1, _counts.Max());
        html.Append("<svg class=\"").Append(cssClass).Append("\" width=\"").Append(Width).Append("\" height=\"").Append(Height)
            .Append("\" role=\"img\" aria-label=\"").Append(WebUtility.HtmlEncode(title)).Append("\">");
        for (var i = 0; i < _counts.Length; i++)
        {
            var h = plotHeight * _counts[i] / (double)max;
            drawBar(html, new HistogramBar(_bins[i].Label, _counts[i], Left + (i * slotWidth), slotWidth, h, Top + plotHeight - h, Height));
        }

        html.Append("</svg>\n");
    }
}
