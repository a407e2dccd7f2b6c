namespace GovSiteAudit.Crawl;

/// <summary>A connection the guard refused or could not make; <see cref="Failure"/> says which and why.</summary>
internal sealed class EgressException(EgressFailure failure) : IOException(failure.Sentence)
{
    public EgressFailure Failure { get; } = failure;

    /// <summary>The guard's failure somewhere in <paramref name="e"/>'s chain of inner exceptions, or null.</summary>
    public static EgressFailure? FindIn(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is EgressException egress)
            {
                return egress.Failure;
            }
        }

        return null;
    }

    /// <summary>Why a request failed: in the guard's words when it refused (blocked, dns), else the innermost error's.</summary>
    public static string Reason(Exception e)
    {
        if (FindIn(e) is { } failure)
        {
            return failure.Sentence;
        }

        var innermost = e;
        while (innermost.InnerException is { } inner)
        {
            innermost = inner;
        }

        return innermost.Message;
    }
}
