using GovSiteAudit.Targets;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Targets;

public sealed class IndexFileTests
{
    [TestCase("/about/index.html", "/about/")]
    [TestCase("https://a.gov.tw/Default.ASPX", "https://a.gov.tw/")]
    [TestCase("/about/index.html.bak", "/about/index.html.bak")]
    [TestCase("/about/", "/about/")]
    [TestCase("/about/contact.html", "/about/contact.html")]
    public void A_directorys_index_file_is_the_directory(string path, string expected)
    {
        Assert.That(IndexFile.Strip(path), Is.EqualTo(expected));
    }
}
