using System.Globalization;
using System.Xml;
using GovSiteAudit.Results;

namespace GovSiteAudit.Reporting;

/// <summary>
/// JUnit XML for CI test reporters: one test suite per site, one test case per dimension plus the total.
/// A case fails when the quality gate puts that site × dimension below its threshold; a site that could not
/// be read is an error on every case (nothing could be checked).
/// </summary>
public static class JUnitWriter
{
    public static void Write(string path, RunReport run, QualityGate? gate)
    {
        var violations = (gate?.Check(run.Sites) ?? [])
            .ToDictionary(v => (v.Url, v.Dimension));
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        var settings = new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) };
        using var xml = XmlWriter.Create(path, settings);
        var cases = run.Rubric.Dimensions.Count + 1;
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "govsiteaudit " + run.Rubric.Id);
        xml.WriteAttributeString("tests", Int(run.Sites.Count * cases));
        xml.WriteAttributeString("failures", Int(violations.Count));
        xml.WriteAttributeString("errors", Int(run.Sites.Count(s => s.Score is null) * cases));
        xml.WriteAttributeString("time", Num(run.ElapsedSeconds));
        foreach (var site in run.Sites)
        {
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", XmlText(site.Url));
            xml.WriteAttributeString("tests", Int(cases));
            xml.WriteAttributeString("failures", Int(violations.Keys.Count(k => k.Url == site.Url)));
            xml.WriteAttributeString("errors", Int(site.Score is null ? cases : 0));
            xml.WriteAttributeString("time", Num(site.Seconds));
            xml.WriteAttributeString("timestamp", site.AuditedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
            var names = run.Rubric.Dimensions.Select(d => (d.Id, d.Name, Score: site.DimensionScore(d.Id)))
                .Append((QualityGate.Total, "Total", site.Score?.Total));
            foreach (var (id, name, score) in names)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", XmlText(site.Url));
                xml.WriteAttributeString("name", XmlText(id == QualityGate.Total ? id : $"{id} ({name})"));
                xml.WriteAttributeString("time", "0");
                if (site.Score is null)
                {
                    xml.WriteStartElement("error");
                    xml.WriteAttributeString("type", site.Status.Text);
                    xml.WriteAttributeString("message", XmlText($"site not read: {site.Status}" + (site.Error is null ? "" : $" ({site.Error})")));
                    xml.WriteEndElement();
                }
                else if (violations.TryGetValue((site.Url, id), out var violation))
                {
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("type", "below_threshold");
                    xml.WriteAttributeString("message", XmlText(violation.ToString()));
                    xml.WriteEndElement();
                }
                else
                {
                    xml.WriteElementString("system-out", $"score {Num(score ?? 0)}");
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>Error texts come from browsers and sites; characters XML cannot hold would make the whole file unreadable.</summary>
    private static string XmlText(string text) => new(text.Where(XmlConvert.IsXmlChar).ToArray());

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Num(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
