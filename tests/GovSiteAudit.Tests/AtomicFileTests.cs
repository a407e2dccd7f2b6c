using GovSiteAudit.Tests.Support;
using NUnit.Framework;

namespace GovSiteAudit.Tests;

public sealed class AtomicFileTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TempFolder.Create("gsa-atomic-");

    [TearDown]
    public void TearDown() => TempFolder.Delete(_dir);

    [Test]
    public void Text_replaces_the_file_whole_in_utf8_without_a_byte_order_mark()
    {
        var path = Path.Combine(_dir, "a.json");
        File.WriteAllText(path, "old");

        AtomicFile.WriteText(path, "新的");

        Assert.That(File.ReadAllBytes(path), Is.EqualTo("新的"u8.ToArray()));
        Assert.That(Directory.GetFiles(_dir), Is.EqualTo(new[] { path }));
    }

    [Test]
    public void A_write_that_fails_leaves_the_old_file_and_no_temporary_file()
    {
        var path = Path.Combine(_dir, "a.json");
        File.WriteAllText(path, "old");

        Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half"u8);
            throw new IOException("disk full");
        }));

        Assert.That(File.ReadAllText(path), Is.EqualTo("old"));
        Assert.That(File.Exists(path + AtomicFile.TemporarySuffix), Is.False);
    }

    [Test]
    public void The_writer_may_dispose_the_stream_it_was_given()
    {
        var path = Path.Combine(_dir, "a.csv");

        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream);
            writer.Write("x");
        });

        Assert.That(File.ReadAllText(path), Is.EqualTo("x"));
    }
}
