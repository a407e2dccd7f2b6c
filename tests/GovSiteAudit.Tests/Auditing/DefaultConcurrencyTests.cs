using GovSiteAudit.Auditing;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Auditing;

public sealed class DefaultConcurrencyTests
{
    private const long GiB = 1024L * 1024 * 1024;

    [TestCase(2, 16 * GiB, 4)]     // cores limit
    [TestCase(8, 2 * GiB, 4)]      // memory limit: 0.5 GiB per site
    [TestCase(32, 64 * GiB, 16)]   // the cap
    [TestCase(1, 100 * 1024 * 1024, 1)] // never below one
    [TestCase(0, 0, 1)]
    public void Smallest_of_cores_memory_and_cap(int cores, long memory, int expected) =>
        Assert.That(DefaultConcurrency.For(cores, memory), Is.EqualTo(expected));

    [Test]
    public void This_machine_gets_a_usable_value() =>
        Assert.That(DefaultConcurrency.ForThisMachine(), Is.InRange(1, DefaultConcurrency.Maximum));
}
