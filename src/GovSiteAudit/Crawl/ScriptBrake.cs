using Microsoft.Playwright;

namespace GovSiteAudit.Crawl;

/// <summary>
/// Pauses a page's scripts for a moment (DevTools <c>Emulation.setScriptExecutionDisabled</c>, on and off again): an
/// event handler due while they are paused does not run, so an <c>onerror</c> that sets the failing source again stops
/// for good. Not left paused: the crawler's own reading needs the page's timers (the settle's drawing wait, axe-core).
/// </summary>
internal sealed class ScriptBrake(ICDPSession session, CancellationToken token)
{
    private static readonly TimeSpan PauseTime = TimeSpan.FromMilliseconds(100);

    /// <summary>Starts a pause and returns at once (called from a request event); a page that closed meanwhile is no matter.</summary>
    public void Pause() => _ = PauseAsync();

    internal async Task PauseAsync()
    {
        try
        {
            await SetAsync(disabled: true).ConfigureAwait(false);
            await Task.Delay(PauseTime, token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is PlaywrightException or OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            try
            {
                await SetAsync(disabled: false).ConfigureAwait(false);
            }
            catch (Exception e) when (e is PlaywrightException or OperationCanceledException or ObjectDisposedException)
            {
            }
        }
    }

    private Task SetAsync(bool disabled) =>
        session.SendAsync("Emulation.setScriptExecutionDisabled", new Dictionary<string, object> { ["value"] = disabled });
}
