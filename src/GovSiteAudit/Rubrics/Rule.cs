namespace GovSiteAudit.Rubrics;

/// <summary>A detection rule. Rules compose with <see cref="AnyRule"/>, <see cref="AllRule"/> and <see cref="NotRule"/>.</summary>
public abstract record Rule;
