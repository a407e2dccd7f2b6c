using GovSiteAudit.Rubrics;
using HtmlAgilityPack;

namespace GovSiteAudit.Detection;

/// <summary>The <c>form</c> rule: one control that meets every criterion the rule gives.</summary>
internal static class FormDetection
{
    /// <summary>Longest bare text taken as a field's name; a longer one is a sentence of the page.</summary>
    private const int MaxTextBefore = 20;

    /// <summary>Ids of a form's aria-labelledby read for its name.</summary>
    internal const int MaxLabelledBy = 8;

    public static Evidence? Form(FormRule rule, SiteDocuments site)
    {
        foreach (var document in site.InScope(rule.Pages))
        {
            foreach (var control in document.Elements)
            {
                if (control.Name is not ("input" or "select" or "textarea" or "button"))
                {
                    continue;
                }

                var evidence = Judge(rule, site, document, control);
                if (evidence != null)
                {
                    if (rule.PageExclude is { } pageWords && site.Names.Says(document, pageWords))
                    {
                        // A password field on a page called 員工登入 (or reached by a link so named): none of its controls count.
                        break;
                    }

                    return evidence;
                }
            }
        }

        return null;
    }

    private static Evidence? Judge(FormRule rule, SiteDocuments site, ParsedDocument document, HtmlNode control)
    {
        var type = TypeOf(control);
        var typeListed = rule.InputTypes.Any(t => t.Equals(type, StringComparison.OrdinalIgnoreCase)
            || (control.Name != "input" && t.Equals(control.Name, StringComparison.OrdinalIgnoreCase)));
        if (rule.InputTypes.Count > 0 ? !typeListed : type == "hidden")
        {
            // Hidden inputs are plumbing, not something a visitor fills in, unless a rule asks for them.
            return null;
        }

        var form = FormOf(document, control);
        if (rule.Role != null && !HasRole(control, form, rule.Role))
        {
            return null;
        }

        if (rule.Name != null
            && !site.IsMatch(rule.Name, ParsedDocument.Attribute(control, "name"))
            && !site.IsMatch(rule.Name, ParsedDocument.Attribute(control, "id")))
        {
            return null;
        }

        var action = form == null ? null : ParsedDocument.Attribute(form, "action").Trim();
        if (rule.Action != null
            && (action == null
                || (!site.IsMatch(rule.Action, action) && !site.IsMatch(rule.Action, document.Resolve(action)))))
        {
            return null;
        }

        string? shown = null;
        if (rule.Label != null)
        {
            var labels = document.ControlLabels(control, () => LabelsOf(document, control, form)
                .Select(VisibleText.CollapseWhiteSpace)
                .Where(t => t.Length > 0)
                .Select(t => (Shown: t, Normalized: KeywordText.Normalize(t)))
                .ToList());
            // A near-miss word anywhere on the control ("Subscribe" on a newsletter box) disqualifies it.
            var compiled = Keywords.For(rule.Label);
            if (labels.Any(l => compiled.ExcludesAny(l.Normalized)))
            {
                return null;
            }

            if (rule.Label.Include.Count > 0)
            {
                shown = labels.FirstOrDefault(l => compiled.IncludesAny(l.Normalized)).Shown;
                if (shown == null)
                {
                    return null;
                }
            }
        }

        shown ??= new[]
        {
            ParsedDocument.Attribute(control, "placeholder"), ParsedDocument.Attribute(control, "aria-label"),
            ParsedDocument.Attribute(control, "title"), action ?? "",
        }.FirstOrDefault(t => t.Trim().Length > 0) ?? "";
        return new Evidence(document.Url, DescribeControl(control, type), VisibleText.Shorten(VisibleText.CollapseWhiteSpace(shown)));
    }

    /// <summary>The control's type: the lower-cased <c>type</c> attribute, with HTML's defaults.</summary>
    private static string TypeOf(HtmlNode control)
    {
        var type = ParsedDocument.Attribute(control, "type").Trim().ToLowerInvariant();
        return control.Name switch
        {
            "input" => type.Length > 0 ? type : "text",
            "button" => type.Length > 0 ? type : "submit",
            _ => control.Name,
        };
    }

    private static HtmlNode? FormOf(ParsedDocument document, HtmlNode control)
    {
        var owner = ParsedDocument.Attribute(control, "form");
        if (owner.Length > 0 && document.Document.GetElementbyId(owner) is { Name: "form" } byId)
        {
            return byId;
        }

        for (var n = control.ParentNode; n != null; n = n.ParentNode)
        {
            if (n.Name == "form")
            {
                return n;
            }
        }

        return null;
    }

    private static bool HasRole(HtmlNode control, HtmlNode? form, string role)
    {
        if (HasOwnRole(control, role) || (form != null && HasOwnRole(form, role)))
        {
            return true;
        }

        if (!role.Equals("search", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // A search landmark (role=search or the <search> element) around the control makes it a search box.
        for (var n = control.ParentNode; n != null; n = n.ParentNode)
        {
            if (n.Name == "search" || HasOwnRole(n, "search"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasOwnRole(HtmlNode node, string role) =>
        ParsedDocument.Attribute(node, "role").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(r => r.Equals(role, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every text that tells a visitor what the control is for.</summary>
    private static IEnumerable<string> LabelsOf(ParsedDocument document, HtmlNode control, HtmlNode? form)
    {
        yield return ParsedDocument.Attribute(control, "placeholder");
        yield return ParsedDocument.Attribute(control, "aria-label");
        yield return ParsedDocument.Attribute(control, "title");
        yield return ParsedDocument.Attribute(control, "value");
        yield return ParsedDocument.Attribute(control, "alt");
        if (control.Name == "button")
        {
            yield return document.FlatText(control);
        }

        foreach (var labelledBy in ParsedDocument.Attribute(control, "aria-labelledby").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (document.Document.GetElementbyId(labelledBy) is { } label)
            {
                yield return document.FlatText(label);
            }
        }

        var id = ParsedDocument.Attribute(control, "id");
        if (id.Length > 0)
        {
            foreach (var label in document.LabelsFor(id))
            {
                yield return document.FlatText(label);
            }
        }

        for (var n = control.ParentNode; n != null; n = n.ParentNode)
        {
            if (n.Name == "label")
            {
                yield return document.FlatText(n);
                break;
            }
        }

        // A bare word written just before the field names it on old table layouts ("地號 <input>"), as a <label> would.
        if (TextBefore(control) is { } before)
        {
            yield return before;
        }

        if (form == null)
        {
            yield break;
        }

        // The form's own name ("Library catalogue", aria-labelledby a heading) says what every control in it is for.
        yield return ParsedDocument.Attribute(form, "aria-label");
        yield return ParsedDocument.Attribute(form, "title");
        // A name is one to three ids; a page that lists thousands would make every control of the form read them all.
        foreach (var labelledBy in ParsedDocument.Attribute(form, "aria-labelledby").Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(MaxLabelledBy))
        {
            if (document.Document.GetElementbyId(labelledBy) is { } label)
            {
                yield return document.FlatText(label);
            }
        }

        foreach (var submit in document.SubmitsNear(control, form))
        {
            if (submit == control)
            {
                continue;
            }

            if (submit.Name == "button")
            {
                yield return document.FlatText(submit);
                foreach (var img in submit.Descendants("img"))
                {
                    yield return ParsedDocument.Attribute(img, "alt");
                }
            }
            else
            {
                yield return ParsedDocument.Attribute(submit, "value");
                yield return ParsedDocument.Attribute(submit, "alt");
            }

            yield return ParsedDocument.Attribute(submit, "aria-label");
            yield return ParsedDocument.Attribute(submit, "title");
        }
    }

    /// <summary>
    /// The text node right before the control among its siblings, when it is short enough to be a field's name; an element
    /// between them (another field, a line break's neighbour) means the text belongs to something else.
    /// </summary>
    private static string? TextBefore(HtmlNode control)
    {
        for (var n = control.PreviousSibling; n != null; n = n.PreviousSibling)
        {
            if (n.NodeType == HtmlNodeType.Comment)
            {
                continue;
            }

            if (n.NodeType != HtmlNodeType.Text)
            {
                return null;
            }

            var text = VisibleText.CollapseWhiteSpace(HtmlEntity.DeEntitize(n.InnerText));
            if (text.Length == 0)
            {
                continue;
            }

            // "<input type=radio> Email <input type=radio> Phone": a radio's or checkbox's text follows it, so the text
            // belongs to the choice before it, not to the next field.
            return text.Length <= MaxTextBefore && !IsChoice(PreviousElement(n)) ? text : null;
        }

        return null;
    }

    private static HtmlNode? PreviousElement(HtmlNode node)
    {
        for (var n = node.PreviousSibling; n != null; n = n.PreviousSibling)
        {
            if (n.NodeType == HtmlNodeType.Element)
            {
                return n;
            }
        }

        return null;
    }

    private static bool IsChoice(HtmlNode? node) =>
        node is { Name: "input" } && ParsedDocument.Attribute(node, "type").Trim().ToLowerInvariant() is "radio" or "checkbox";

    private static string DescribeControl(HtmlNode control, string type)
    {
        var description = control.Name == "input" ? $"input[type={type}]" : control.Name;
        var name = ParsedDocument.Attribute(control, "name");
        var id = ParsedDocument.Attribute(control, "id");
        if (name.Length > 0)
        {
            description += $"[name={name}]";
        }
        else if (id.Length > 0)
        {
            description += $"#{id}";
        }

        return description;
    }
}
