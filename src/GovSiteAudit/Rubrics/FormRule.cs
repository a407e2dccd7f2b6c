using System.Text.RegularExpressions;

namespace GovSiteAudit.Rubrics;

/// <summary>
/// A form control (input, select, textarea, button) or form that satisfies every given criterion:
/// input type, ARIA role (of the control or its form), name/id pattern, label keywords
/// (placeholder, aria-label, title, label text, a short text written just before the control, the form's own name,
/// submit text) and form action pattern. <paramref name="PageExclude"/>: controls on a page (not the home page) whose title,
/// main heading or the links leading to it say one of these words are left out (a password field on a page called 員工登入).
/// </summary>
public sealed record FormRule(
    IReadOnlyList<string> InputTypes,
    string? Role,
    Regex? Name,
    KeywordSet? Label,
    Regex? Action,
    PageScope Pages,
    KeywordSet? PageExclude = null) : Rule;
