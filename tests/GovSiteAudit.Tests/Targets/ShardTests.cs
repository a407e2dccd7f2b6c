using GovSiteAudit.Targets;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Targets;

public sealed class ShardTests
{
    private static TargetList List(IEnumerable<string> urls) =>
        new(urls.Select((u, i) => new AuditTarget(u, new Dictionary<string, string>(), "list.txt", i + 1)).ToList(), [], []);

    private static readonly string[] Urls = Enumerable.Range(1, 500).Select(i => $"https://www.agency{i}.gov.tw/").ToArray();

    [TestCase(1)]
    [TestCase(3)]
    [TestCase(7)]
    public void Slices_cover_every_target_exactly_once(int count)
    {
        var slices = Enumerable.Range(1, count).Select(k => new Shard(k, count).Select(List(Urls)).Targets.Select(t => t.Url).ToList()).ToList();

        Assert.That(slices.SelectMany(s => s), Is.EquivalentTo(Urls));
        if (count > 1)
        {
            Assert.That(slices.Select(s => s.Count), Is.All.GreaterThan(500 / count / 2), "roughly even");
        }
    }

    [Test]
    public void Slice_does_not_depend_on_the_order_of_the_list()
    {
        var shuffled = Urls.OrderBy(u => u.GetHashCode(StringComparison.Ordinal)).Reverse().ToArray();

        var a = new Shard(2, 4).Select(List(Urls)).Targets.Select(t => t.Url);
        var b = new Shard(2, 4).Select(List(shuffled)).Targets.Select(t => t.Url);

        Assert.That(b, Is.EquivalentTo(a));
        Assert.That(Shard.Of("https://www.taichung.gov.tw/", 4), Is.EqualTo(Shard.Of("https://www.taichung.gov.tw/", 4)));
    }

    [Test]
    public void Parse_reads_k_of_n()
    {
        Assert.That(Shard.Parse("2/4", _ => null), Is.EqualTo(new Shard(2, 4)));
        Assert.That(Shard.Parse(" 1/1 ", _ => null), Is.EqualTo(new Shard(1, 1)));
    }

    [TestCase("0/4")]
    [TestCase("5/4")]
    [TestCase("2/0")]
    [TestCase("2")]
    [TestCase("a/b")]
    [TestCase("-1/4")]
    [TestCase("1/2/3")]
    public void Parse_refuses_bad_values(string text)
    {
        var e = Assert.Throws<ShardException>(() => Shard.Parse(text, _ => null));
        Assert.That(e!.Message, Does.Contain("K/N with 1 ≤ K ≤ N"));
    }

    [Test]
    public void Auto_takes_the_job_completion_index_plus_one()
    {
        Assert.That(Shard.Parse("auto/4", name => name == "JOB_COMPLETION_INDEX" ? "3" : null), Is.EqualTo(new Shard(4, 4)));
        Assert.That(Shard.Parse("auto/4", _ => "0"), Is.EqualTo(new Shard(1, 4)));
    }

    [Test]
    public void Auto_without_the_variable_or_out_of_range_is_a_clear_error()
    {
        Assert.That(() => Shard.Parse("auto/4", _ => null), Throws.InstanceOf<ShardException>().With.Message.Contains("JOB_COMPLETION_INDEX").And.Message.Contains("not set"));
        Assert.That(() => Shard.Parse("auto/4", _ => "4"), Throws.InstanceOf<ShardException>().With.Message.Contains("from 0 to 3"));
    }
}
