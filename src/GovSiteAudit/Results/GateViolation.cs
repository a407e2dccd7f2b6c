using System.Globalization;

namespace GovSiteAudit.Results;

/// <summary>A site whose total or dimension score is below the gate's threshold.</summary>
/// <param name="Dimension">The dimension id, or <see cref="QualityGate.Total"/> for the total.</param>
public sealed record GateViolation(string Url, string Dimension, double Score, double Threshold)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Url}: {Dimension} {Score:0.#} is below {Threshold:0.#}");
}
