namespace GovSiteAudit.Crawl;

/// <summary>A connection the guard refused or could not make; <see cref="Failure"/> says which and why.</summary>
internal sealed class EgressException(EgressFailure failure) : IOException(failure.Sentence)
{
    public EgressFailure Failure { get; } = failure;
}
