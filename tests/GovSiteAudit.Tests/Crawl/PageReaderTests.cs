using System.Reflection;
using GovSiteAudit.Crawl;
using Microsoft.Playwright;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Crawl;

/// <summary>
/// A page that makes tens of thousands of requests (a burst of images, a polling loop) makes Playwright's driver discard
/// its oldest objects, the page's own response among them: its headers are then taken from what came with the response,
/// and the site's notes say so, instead of the home page failing as a network error.
/// </summary>
public sealed class PageReaderTests
{
    [Test]
    public async Task Headers_of_a_discarded_response_come_from_the_response_itself_and_are_noted()
    {
        var response = FakeResponse.Create(new PlaywrightException("The object has been collected to prevent unbounded heap growth."));
        var notes = new List<string>();

        var headers = await PageReader.HeadersAsync(response, notes, CancellationToken.None);

        Assert.That(headers["Content-Type"], Is.EqualTo("text/html; charset=utf-8"), "read without regard to case");
        Assert.That(notes.Single(), Does.StartWith("https://agency.example/ made so many requests").And.Contain("discarded its response"));
    }

    [Test]
    public void Any_other_failure_of_the_headers_still_fails_the_page()
    {
        var response = FakeResponse.Create(new PlaywrightException("Target page, context or browser has been closed"));

        Assert.ThrowsAsync<PlaywrightException>(() => PageReader.HeadersAsync(response, [], CancellationToken.None));
    }

    /// <summary>A response whose AllHeadersAsync fails as given; its own headers and URL are known.</summary>
    public class FakeResponse : DispatchProxy
    {
        private Exception _failure = new InvalidOperationException();

        public static IResponse Create(Exception failure)
        {
            var response = Create<IResponse, FakeResponse>();
            ((FakeResponse)(object)response)._failure = failure;
            return response;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => targetMethod?.Name switch
        {
            "AllHeadersAsync" => Task.FromException<Dictionary<string, string>>(_failure),
            "get_Headers" => new Dictionary<string, string> { ["content-type"] = "text/html; charset=utf-8" },
            "get_Url" => "https://agency.example/",
            var other => throw new NotSupportedException(other),
        };
    }
}
