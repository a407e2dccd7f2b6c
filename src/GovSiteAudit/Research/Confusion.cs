namespace GovSiteAudit.Research;

/// <summary>
/// A 2×2 table of tool verdicts against a human coder's, taking the human as the reference: TP = both found,
/// FP = tool only, FN = human only, TN = neither.
/// </summary>
public sealed record Confusion(int TruePositive, int FalsePositive, int FalseNegative, int TrueNegative)
{
    public int N => TruePositive + FalsePositive + FalseNegative + TrueNegative;

    public static Confusion operator +(Confusion a, Confusion b) => new(
        a.TruePositive + b.TruePositive, a.FalsePositive + b.FalsePositive, a.FalseNegative + b.FalseNegative, a.TrueNegative + b.TrueNegative);

    public static Confusion Empty { get; } = new(0, 0, 0, 0);

    /// <summary>Observed agreement p<sub>o</sub>; null when there is nothing to compare.</summary>
    public double? ObservedAgreement => N == 0 ? null : (TruePositive + TrueNegative) / (double)N;

    /// <summary>TP / (TP + FP); null when the tool found nothing (undefined).</summary>
    public double? Precision => TruePositive + FalsePositive == 0 ? null : TruePositive / (double)(TruePositive + FalsePositive);

    /// <summary>TP / (TP + FN); null when the coder found nothing (undefined).</summary>
    public double? Recall => TruePositive + FalseNegative == 0 ? null : TruePositive / (double)(TruePositive + FalseNegative);

    public double? F1 => Precision is { } p && Recall is { } r ? (p + r == 0 ? 0 : 2 * p * r / (p + r)) : null;

    /// <summary>
    /// Cohen's κ = (p<sub>o</sub> − p<sub>e</sub>) / (1 − p<sub>e</sub>), p<sub>e</sub> from each rater's marginal rate of "found".
    /// When p<sub>e</sub> = 1 both raters gave every item the same single label, so they agree perfectly: κ is defined as 1
    /// (the formula would be 0/0). Null when there are no items.
    /// </summary>
    public double? Kappa
    {
        get
        {
            if (N == 0)
            {
                return null;
            }
            double n = N;
            var po = (TruePositive + TrueNegative) / n;
            var toolYes = (TruePositive + FalsePositive) / n;
            var humanYes = (TruePositive + FalseNegative) / n;
            var pe = toolYes * humanYes + (1 - toolYes) * (1 - humanYes);
            return pe >= 1 - 1e-12 ? 1 : (po - pe) / (1 - pe);
        }
    }
}
