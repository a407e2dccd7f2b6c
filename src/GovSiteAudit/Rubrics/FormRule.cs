using System.Text.RegularExpressions;

namespace GovSiteAudit.Rubrics;

/// <summary>
/// A form control (input, select, textarea, button) or form that satisfies every given criterion:
/// input type, ARIA role (of the control or its form), name/id pattern, label keywords
/// (placeholder, aria-label, title, label text, a short text written just before the control, the form's own name,
/// submit text) and form action pattern.
/// </summary>
public sealed record FormRule(
    IReadOnlyList<string> InputTypes,
    string? Role,
    Regex? Name,
    KeywordSet? Label,
    Regex? Action,
    PageScope Pages) : Rule;
