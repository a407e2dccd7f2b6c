namespace GovSiteAudit.Rubrics;

/// <summary>
/// A link (or button/clickable) whose visible text, image <c>alt</c>/<c>title</c>, <c>aria-label</c>,
/// <c>aria-labelledby</c>, <c>title</c> or tooltip (data-tooltip, data-bs-title …, a role=tooltip element named by
/// <c>aria-describedby</c>) contains a keyword. <paramref name="MaxLength"/> drops long link
/// texts (news headlines) that only mention a keyword; <paramref name="SkipHeadlines"/> drops links whose list
/// item or row shows a date (an entry of a news list); <paramref name="SkipFormButtons"/> drops buttons and submit
/// controls of a form, whose words say what that form does ("Apply" under a list filter, "Register" of an event
/// sign-up), not where a feature is; <paramref name="ControlsOnly"/> keeps only controls that act on the page rather than
/// lead to another one (buttons, <c>role=button</c>, <c>onclick</c> handlers, <c>javascript:</c> or <c>#</c> addresses):
/// a floating 在线咨询 bubble opens a chat, while a link 在线咨询 to a page is the written-consultation column.
/// <paramref name="TargetShows"/>: when the page the link leads to was crawled, the link counts only if that page or the
/// home page shows this rule too (a "Contact us" page with phone numbers only is no way to write); a link whose
/// page was not reached (a single saved page) keeps its own evidence. <paramref name="PageExclude"/>: links on a page (not the
/// home page) whose title, main heading or the links leading to it say one of these words are left out — a 登入 button on a
/// page called 同仁登入 is the staff's sign-in.
/// </summary>
public sealed record LinkTextRule(KeywordSet Keywords, Region Region, PageScope Pages, int? MaxLength, bool SkipHeadlines = false, bool SkipFormButtons = false, bool ControlsOnly = false, Rule? TargetShows = null, KeywordSet? PageExclude = null) : Rule;
