using System.Text;
using GovSiteAudit.Crawl;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Crawl;

/// <summary>The pure parts of reading hostile pages: mojibake repair and binary detection.</summary>
public sealed class PageContentTests
{
    private static readonly Encoding Windows1252;

    static PageContentTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252);
    }

    [TestCase("<title>常見問答</title><h1>隱私權政策與資料保護</h1>")]
    [TestCase("<p>政府資訊公開 – “引號” €100</p>")]
    [TestCase("お問い合わせ・よくある質問")]
    public void Utf8_read_as_windows_1252_is_repaired(string original)
    {
        var mojibake = Windows1252.GetString(Encoding.UTF8.GetBytes(original));

        Assert.That(Mojibake.Repair(mojibake), Is.EqualTo(original));
    }

    [Test]
    public void Nbsp_as_serialised_by_the_dom_inside_mojibake_is_byte_a0()
    {
        // "頁" is E9 A0 81: read as windows-1252 it holds U+00A0, which the DOM serialises as &nbsp;.
        var mojibake = Windows1252.GetString(Encoding.UTF8.GetBytes("網頁首頁")).Replace("\u00A0", "&nbsp;", StringComparison.Ordinal);

        Assert.That(Mojibake.Repair(mojibake), Is.EqualTo("網頁首頁"));
    }

    [TestCase("<p>Café, naïve, Ünïcödé — déjà vu.</p>")]
    [TestCase("<p>plain ASCII only</p>")]
    [TestCase("<p>常見問答 already fine</p>")]
    public void Real_text_is_left_alone(string text)
    {
        Assert.That(Mojibake.Repair(text), Is.Null);
    }

    [Test]
    public void A_real_latin1_word_among_mojibake_is_kept()
    {
        var text = Windows1252.GetString(Encoding.UTF8.GetBytes("常見問答")) + " Café";

        Assert.That(Mojibake.Repair(text), Is.EqualTo("常見問答 Café"));
    }

    [Test]
    public void Random_bytes_read_as_text_look_binary()
    {
        var bytes = new byte[100_000];
        new Random(3).NextBytes(bytes);

        Assert.That(BinaryContent.LooksBinary(Encoding.Latin1.GetString(bytes)), Is.True);
        Assert.That(BinaryContent.LooksBinary(Encoding.UTF8.GetString(bytes)), Is.True);
    }

    [Test]
    public void Short_page_with_a_few_stray_control_characters_is_not_binary()
    {
        var page = "<html><head><title>公告</title></head><body><h1>最新公告\u0001</h1><p>服務\u0002時間\u0003 週一至週五</p></body></html>";

        Assert.That(BinaryContent.LooksBinary(page), Is.False);
    }

    [Test]
    public void A_few_hundred_random_bytes_still_look_binary()
    {
        var bytes = new byte[600];
        new Random(11).NextBytes(bytes);

        Assert.That(BinaryContent.LooksBinary(Encoding.Latin1.GetString(bytes)), Is.True);
    }

    [Test]
    public void Pages_in_any_charset_even_misdecoded_do_not_look_binary()
    {
        var page = "<html><head><title>臺南市政府</title></head><body>" + string.Concat(Enumerable.Repeat("<p>市民服務 常見問答 Contact us\t</p>\r\n", 500)) + "</body></html>";
        var big5AsUtf8 = Encoding.UTF8.GetString(Encoding.GetEncoding(950).GetBytes(page));

        Assert.That(BinaryContent.LooksBinary(page), Is.False);
        Assert.That(BinaryContent.LooksBinary(big5AsUtf8), Is.False, "replacement characters are not control characters");
        Assert.That(BinaryContent.LooksBinary("\u0001short"), Is.False, "too short to judge");
    }
}
