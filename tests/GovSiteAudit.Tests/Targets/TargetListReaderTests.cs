using System.Text;
using GovSiteAudit.Targets;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Targets;

public sealed class TargetListReaderTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TempFolder.Create("gsa-targets-");

    [TearDown]
    public void TearDown() => TempFolder.Delete(_dir);

    private string WriteFile(string name, string text, Encoding? encoding = null)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text, encoding ?? new UTF8Encoding(false));
        return path;
    }

    [Test]
    public void Urls_on_the_command_line_are_normalised()
    {
        var list = TargetListReader.Read(["https://www.example.gov.tw", "www.taichung.gov.tw", "HTTP://Example.ORG/path#frag"]);

        Assert.That(list.Targets.Select(t => t.Url), Is.EqualTo(new[]
        {
            "https://www.example.gov.tw/", "https://www.taichung.gov.tw/", "http://example.org/path",
        }));
        Assert.That(list.Problems, Is.Empty);
    }

    [Test]
    public void Txt_list_skips_comments_and_blank_lines_and_reports_bad_lines_by_number()
    {
        var path = WriteFile("urls.txt", "# agencies\n\nhttps://a.gov.tw\n  https://b.gov.tw  \nftp://files.gov.tw\nnot a url at all\nhttps://a.gov.tw\n");

        var list = TargetListReader.Read([path]);

        Assert.That(list.Targets.Select(t => (t.Url, t.Line)), Is.EqualTo(new[] { ("https://a.gov.tw/", 3), ("https://b.gov.tw/", 4) }));
        Assert.That(list.Problems.Select(p => p.Line), Is.EqualTo(new[] { 5, 6, 7 }));
        Assert.That(list.Problems[0].ToString(), Does.Contain("urls.txt:5").And.Contain("unsupported scheme 'ftp:'"));
        Assert.That(list.Problems[1].Message, Does.Contain("not a valid URL"));
        Assert.That(list.Problems[2].Message, Does.Contain("duplicate of").And.Contain("urls.txt:3"));
    }

    [TestCase("javascript:alert(1)")]
    [TestCase("file:///etc/passwd")]
    [TestCase("data:text/html,hi")]
    [TestCase("mailto:a@b.gov.tw")]
    public void Unsupported_schemes_are_refused(string raw)
    {
        var (url, error) = TargetListReader.NormalizeUrl(raw);

        Assert.That(url, Is.Null);
        Assert.That(error, Does.Contain("unsupported scheme"));
    }

    [Test]
    public void Unicode_domain_names_become_punycode()
    {
        var (url, _) = TargetListReader.NormalizeUrl("https://例子.台灣/");

        Assert.That(url, Is.EqualTo("https://xn--fsqu00a.xn--kpry57d/"));
    }

    [Test]
    public void Csv_carries_metadata_columns_and_accepts_an_excel_bom()
    {
        var path = WriteFile("agencies.csv", "agency,URL,level\n臺中市政府,https://www.taichung.gov.tw,municipality\n\"Ministry, of Finance\",https://www.mof.gov.tw,central\n",
            new UTF8Encoding(true));

        var list = TargetListReader.Read([path]);

        Assert.That(list.MetadataColumns, Is.EqualTo(new[] { "agency", "level" }));
        Assert.That(list.Targets, Has.Count.EqualTo(2));
        Assert.That(list.Targets[0].Metadata["agency"], Is.EqualTo("臺中市政府"));
        Assert.That(list.Targets[1].Metadata["agency"], Is.EqualTo("Ministry, of Finance"));
        Assert.That(list.Targets[1].Line, Is.EqualTo(3));
    }

    [Test]
    public void Csv_without_url_column_is_an_error_naming_the_columns()
    {
        var path = WriteFile("bad.csv", "site,agency\nhttps://a.gov.tw,A\n");

        var e = Assert.Throws<TargetListException>(() => TargetListReader.Read([path]));

        Assert.That(e!.Message, Does.Contain("bad.csv:1").And.Contain("no 'url' column").And.Contain("'site', 'agency'"));
    }

    [Test]
    public void Missing_file_is_an_error()
    {
        var e = Assert.Throws<TargetListException>(() => TargetListReader.Read([Path.Combine(_dir, "nope.txt")]));

        Assert.That(e!.Message, Does.Contain("nope.txt: file not found"));
    }

    [Test]
    public void Big5_encoded_csv_is_decoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = WriteFile("big5.csv", "url,agency\nhttps://www.tainan.gov.tw,臺南市政府\n", Encoding.GetEncoding(950));

        var list = TargetListReader.Read([path]);

        Assert.That(list.Targets.Single().Metadata["agency"], Is.EqualTo("臺南市政府"));
    }

    [Test]
    public void Bad_csv_row_is_reported_with_its_line_and_the_rest_is_kept()
    {
        var path = WriteFile("mixed.csv", "url,agency\nhttps://a.gov.tw,A\n,B\njavascript:void(0),C\nhttps://d.gov.tw,D\n");

        var list = TargetListReader.Read([path]);

        Assert.That(list.Targets.Select(t => t.Metadata["agency"]), Is.EqualTo(new[] { "A", "D" }));
        Assert.That(list.Problems.Select(p => p.Line), Is.EqualTo(new[] { 3, 4 }));
    }

    [Test]
    public void Whitespace_tabs_crlf_and_indented_comments_are_ignored()
    {
        var path = WriteFile("urls.txt", "\uFEFF  # list from the ministry\r\n\t\r\n\thttps://a.gov.tw\t\r\n   \r\n    # https://commented.gov.tw\r\n  b.gov.tw  \r\n");

        var list = TargetListReader.Read([path]);

        Assert.That(list.Targets.Select(t => (t.Url, t.Line)), Is.EqualTo(new[] { ("https://a.gov.tw/", 3), ("https://b.gov.tw/", 6) }));
        Assert.That(list.Problems, Is.Empty);
    }

    [Test]
    public void Missing_scheme_assumes_https_and_says_so()
    {
        var list = TargetListReader.Read(["www.example.gov.tw", "https://www.other.gov.tw", "http://plain.gov.tw", "www.port.gov.tw:8080/path"]);

        Assert.That(list.Targets.Select(t => (t.Url, t.SchemeAssumed)), Is.EqualTo(new[]
        {
            ("https://www.example.gov.tw/", true), ("https://www.other.gov.tw/", false), ("http://plain.gov.tw/", false),
            ("https://www.port.gov.tw:8080/path", true),
        }));
    }

    [TestCase("ftp://files.gov.tw/a.csv", "unsupported scheme 'ftp:'")]
    [TestCase("javascript:alert(1)", "unsupported scheme 'javascript:'")]
    [TestCase("data:text/html,<b>hi</b>", "unsupported scheme 'data:'")]
    [TestCase("file:///C:/sites.txt", "unsupported scheme 'file:'")]
    public void Unsupported_schemes_in_a_list_are_reported_with_file_and_line(string line, string message)
    {
        var path = WriteFile("urls.txt", $"https://a.gov.tw\n{line}\nhttps://b.gov.tw\n");

        var list = TargetListReader.Read([path]);

        Assert.That(list.Targets, Has.Count.EqualTo(2));
        Assert.That(list.Problems.Single().ToString(), Does.StartWith($"{path}:2: {message}"));
    }

    [Test]
    public void Duplicates_in_any_spelling_are_audited_once_and_reported()
    {
        var path = WriteFile("urls.txt", "https://www.a.gov.tw/\nwww.a.gov.tw\nHTTPS://WWW.A.GOV.TW\nhttps://www.a.gov.tw/#top\n");

        var list = TargetListReader.Read([path]);

        Assert.That(list.Targets.Single().Url, Is.EqualTo("https://www.a.gov.tw/"));
        Assert.That(list.Problems.Select(p => p.Line), Is.EqualTo(new[] { 2, 3, 4 }));
        Assert.That(list.Problems, Has.All.Property("Message").Contains($"duplicate of {path}:1"));
    }

    [Test]
    public void Unicode_and_punycode_domain_names_are_the_same_target()
    {
        var list = TargetListReader.Read(["https://例子.台灣/", "https://xn--fsqu00a.xn--kpry57d/", "例子.台灣"]);

        Assert.That(list.Targets.Single().Url, Is.EqualTo("https://xn--fsqu00a.xn--kpry57d/"));
        Assert.That(list.Problems, Has.Count.EqualTo(2));
    }

    [Test]
    public void Unicode_paths_are_percent_encoded()
    {
        var (url, error) = TargetListReader.NormalizeUrl("https://www.例子.台灣/服務/常見問答?q=稅");

        Assert.That(error, Is.Null);
        Assert.That(url, Is.EqualTo("https://www.xn--fsqu00a.xn--kpry57d/%E6%9C%8D%E5%8B%99/%E5%B8%B8%E8%A6%8B%E5%95%8F%E7%AD%94?q=%E7%A8%85"));
    }

    [Test]
    public void Mixed_encodings_are_decoded_line_by_line()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = Path.Combine(_dir, "mixed.csv");
        byte[] bytes = [
            .. Encoding.UTF8.GetPreamble(),
            .. Encoding.UTF8.GetBytes("url,agency\r\nhttps://www.taipei.gov.tw,臺北市政府\r\n"),
            .. Encoding.GetEncoding(950).GetBytes("https://www.tainan.gov.tw,臺南市政府\r\n"),
        ];
        File.WriteAllBytes(path, bytes);

        var list = TargetListReader.Read([path]);

        Assert.That(list.Targets.Select(t => t.Metadata["agency"]), Is.EqualTo(new[] { "臺北市政府", "臺南市政府" }));
    }

    [Test]
    public void Csv_with_only_a_header_has_no_targets_and_no_crash()
    {
        var path = WriteFile("empty.csv", "url,agency\n");

        var list = TargetListReader.Read([path]);

        Assert.That(list.Targets, Is.Empty);
    }

    [Test]
    public void Empty_csv_is_an_error_naming_the_file()
    {
        var path = WriteFile("nothing.csv", "");

        var e = Assert.Throws<TargetListException>(() => TargetListReader.Read([path]));

        Assert.That(e!.Message, Does.Contain("nothing.csv: the file is empty"));
    }

    [TestCase("url,agency,agency\nhttps://a.gov.tw,A,B\n", "'agency'")]
    [TestCase("url,Agency,level,agency \nhttps://a.gov.tw,A,x,B\n", "'agency'")]
    [TestCase("url,agency,URL\nhttps://a.gov.tw,A,https://b.gov.tw\n", "'URL'")]
    public void Repeated_header_names_are_refused_with_file_and_line(string text, string repeated)
    {
        var path = WriteFile("agencies.csv", "\n" + text);

        var e = Assert.Throws<TargetListException>(() => TargetListReader.Read([path]));

        Assert.That(e!.Message, Does.StartWith($"{path}:2:").And.Contain("repeated").And.Contain(repeated));
    }

    [Test]
    public void A_directory_named_like_a_list_is_reported_as_a_directory()
    {
        var path = Path.Combine(_dir, "x.csv");
        Directory.CreateDirectory(path);

        var e = Assert.Throws<TargetListException>(() => TargetListReader.Read([path]));

        Assert.That(e!.Message, Does.StartWith($"{path}: is a directory").And.Not.Contain("not found"));
    }

    [Test]
    public void Invalid_lines_are_echoed_with_control_characters_escaped()
    {
        var path = WriteFile("urls.txt", "\u001b]0;pwned\u0007\u001b[2J\u001b[31mnot a url\u009b1m\rerror: fake\u202e\n");

        var problem = TargetListReader.Read([path]).Problems.Single().ToString();

        Assert.That(problem.Where(c => char.IsControl(c) || c == '\u202e'), Is.Empty, problem);
        Assert.That(problem, Does.Contain("\\u001B]0;pwned\\u0007\\u001B[2J\\u001B[31mnot a url\\u009B1m\\rerror: fake\\u202E"));
    }
}
