using GovSiteAudit.Crawl;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Crawl;

public sealed class CrawlFrontierTests
{
    private static CrawlFrontier Frontier(params string[] keywords) => new(["www.example.gov.tw"], keywords);

    [Test]
    public void Keeps_same_site_pages_once_without_fragments()
    {
        var next = Frontier().Next(
        [
            new FoundLink("https://www.example.gov.tw/a.html#top", "A"),
            new FoundLink("https://www.example.gov.tw/a.html", "A again"),
            new FoundLink("https://example.gov.tw/b.aspx?id=3&x=1", "B on the bare host"),
            new FoundLink("https://other.gov.tw/c.html", "Other site"),
            new FoundLink("mailto:a@example.gov.tw", "Mail"),
            new FoundLink("tel:+88621234567", "Phone"),
            new FoundLink("javascript:void(0)", "Menu"),
            new FoundLink("data:text/html,hi", "Data"),
            new FoundLink("https://www.example.gov.tw/files/report.PDF", "Report"),
            new FoundLink("https://www.example.gov.tw/files/form.docx", "Form"),
            new FoundLink("https://www.example.gov.tw/photo.jpg", "Photo"),
        ]);

        Assert.That(next.Select(l => l.Url), Is.EqualTo(new[] { "https://www.example.gov.tw/a.html", "https://example.gov.tw/b.aspx?id=3&x=1" }));
    }

    [Test]
    public void Priority_links_come_first_then_document_order()
    {
        var next = Frontier("privacy", "常見問答", "faq").Next(
        [
            new FoundLink("https://www.example.gov.tw/news.html", "News"),
            new FoundLink("https://www.example.gov.tw/about.html", "About"),
            new FoundLink("https://www.example.gov.tw/qa.html", "常見問答"),
            new FoundLink("https://www.example.gov.tw/Privacy-Policy.html", "Terms"),
            new FoundLink("https://www.example.gov.tw/%E5%B8%B8%E8%A6%8B%E5%95%8F%E7%AD%94/", "Q&A"),
            new FoundLink("https://www.example.gov.tw/help.html", "ＦＡＱ"),
        ]);

        Assert.That(next.Select(l => l.Url.Split('/')[3]), Is.EqualTo(new[]
        {
            "qa.html", "Privacy-Policy.html", "%E5%B8%B8%E8%A6%8B%E5%95%8F%E7%AD%94", "help.html", "news.html", "about.html",
        }));
    }

    [Test]
    public void Index_files_are_the_same_page_as_their_directory()
    {
        var frontier = Frontier();
        frontier.MarkSeen("https://www.example.gov.tw/");
        frontier.MarkSeen("https://www.example.gov.tw/news/");

        var next = frontier.Next(
        [
            new FoundLink("https://www.example.gov.tw/index.html", "Home"),
            new FoundLink("https://www.example.gov.tw/news/Default.aspx", "News"),
            new FoundLink("https://www.example.gov.tw/index.php?lang=en", "English"),
            new FoundLink("https://www.example.gov.tw/about/index.htm", "About"),
        ]);

        Assert.That(next.Select(l => l.Url), Is.EqualTo(new[] { "https://www.example.gov.tw/index.php?lang=en", "https://www.example.gov.tw/about/index.htm" }));
    }

    [Test]
    public void Seen_pages_are_not_offered_again()
    {
        var frontier = Frontier();
        Assert.That(frontier.MarkSeen("https://www.example.gov.tw/a.html#x"), Is.True);
        Assert.That(frontier.MarkSeen("https://www.example.gov.tw/a.html"), Is.False);

        var next = frontier.Next([new FoundLink("https://www.example.gov.tw/a.html", "A"), new FoundLink("https://www.example.gov.tw/b.html", "B")]);

        Assert.That(next.Select(l => l.Url), Is.EqualTo(new[] { "https://www.example.gov.tw/b.html" }));
    }

    [Test]
    public void App_routes_after_the_hash_are_pages_and_plain_anchors_are_not()
    {
        var frontier = Frontier();
        frontier.MarkSeen("https://www.example.gov.tw/app/");

        var next = frontier.Next(
        [
            new FoundLink("https://www.example.gov.tw/app/#/fares", "Fares"),
            new FoundLink("https://www.example.gov.tw/app/#!/timetables", "Timetables"),
            new FoundLink("https://www.example.gov.tw/app/#!news", "News"),
            new FoundLink("https://www.example.gov.tw/app/index.html#/fares", "Fares again"),
            new FoundLink("https://www.example.gov.tw/app/#top", "Back to top"),
            new FoundLink("https://www.example.gov.tw/app/#/", "Home route"),
            new FoundLink("https://www.example.gov.tw/app/#!/", "Home route"),
            new FoundLink("https://www.example.gov.tw/app/#section-2", "Section"),
            new FoundLink("https://www.example.gov.tw/app/#", "Empty"),
        ]);

        Assert.That(next.Select(l => l.Url), Is.EqualTo(new[]
        {
            "https://www.example.gov.tw/app/#/fares", "https://www.example.gov.tw/app/#!/timetables", "https://www.example.gov.tw/app/#!news",
        }));
        Assert.That(frontier.MarkSeen("https://www.example.gov.tw/app/#/fares"), Is.True);
        Assert.That(frontier.MarkSeen("https://www.example.gov.tw/app/index.html#/fares"), Is.False, "the index file is the directory, route included");
    }
}

