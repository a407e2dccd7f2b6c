namespace GovSiteAudit.Rubrics;

/// <summary>
/// A labelled block: a heading, menu item or <c>aria-label</c> whose text matches <paramref name="Label"/>, over
/// a group of at least <paramref name="MinLinks"/> links; with <paramref name="Links"/>, one of those links must
/// match too. "便民服務" over 線上申請 links is evidence for the feature the label names.
/// </summary>
public sealed record BlockRule(KeywordSet Label, KeywordSet? Links, int MinLinks, PageScope Pages) : Rule;
