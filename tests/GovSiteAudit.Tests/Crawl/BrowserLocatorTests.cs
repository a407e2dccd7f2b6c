using GovSiteAudit.Crawl;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Crawl;

/// <summary>Browser discovery with fake executables in temporary folders and a fake environment.</summary>
public sealed class BrowserLocatorTests
{
    private string _dir = "";
    private Dictionary<string, string?> _env = [];

    [SetUp]
    public void SetUp()
    {
        _dir = TempFolder.Create("gsa-browser-");
        Directory.CreateDirectory(Path.Combine(_dir, "home"));
        _env = new Dictionary<string, string?> { ["HOME"] = Path.Combine(_dir, "home"), ["PATH"] = Path.Combine(_dir, "empty-bin") };
    }

    [TearDown]
    public void TearDown() => TempFolder.Delete(_dir);

    private string? Env(string name) => _env.GetValueOrDefault(name);

    private string FakeExecutable(string relative, bool executable = true)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "#!/bin/sh\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, executable ? UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute : UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return path;
    }

    [Test]
    public void Explicit_path_wins_over_environment_and_path()
    {
        var explicitPath = FakeExecutable("explicit/chrome");
        _env[BrowserLocator.EnvironmentVariable] = FakeExecutable("env/chrome");
        _env["PATH"] = Path.GetDirectoryName(FakeExecutable("bin/chromium"));

        Assert.That(BrowserLocator.Locate(explicitPath, Env), Is.EqualTo(new BrowserInfo(explicitPath, "--browser")));
    }

    [Test]
    public void Environment_variable_wins_over_playwright_and_path()
    {
        var fromEnv = FakeExecutable("env/chrome");
        _env[BrowserLocator.EnvironmentVariable] = fromEnv;
        _env["PLAYWRIGHT_BROWSERS_PATH"] = Path.Combine(_dir, "pw");
        FakeExecutable("pw/chromium-1200/chrome-linux64/chrome");
        _env["PATH"] = Path.GetDirectoryName(FakeExecutable("bin/chromium"));

        Assert.That(BrowserLocator.Locate(null, Env), Is.EqualTo(new BrowserInfo(fromEnv, "GOVSITEAUDIT_BROWSER")));
    }

    [Test]
    public void Newest_playwright_chromium_wins_over_path()
    {
        _env["PLAYWRIGHT_BROWSERS_PATH"] = Path.Combine(_dir, "pw");
        FakeExecutable("pw/chromium-999/chrome-linux/chrome");
        var newest = FakeExecutable("pw/chromium-1200/chrome-linux64/chrome");
        FakeExecutable("pw/chromium_headless_shell-1300/chrome-linux/headless_shell");
        _env["PATH"] = Path.GetDirectoryName(FakeExecutable("bin/chromium"));

        Assert.That(BrowserLocator.Locate(null, Env), Is.EqualTo(new BrowserInfo(newest, "playwright")));
    }

    [Test]
    public void Playwright_cache_under_home_is_searched()
    {
        var installed = FakeExecutable("home/.cache/ms-playwright/chromium-1100/chrome-linux/chrome");

        Assert.That(BrowserLocator.Locate(null, Env), Is.EqualTo(new BrowserInfo(installed, "playwright")));
    }

    [Test]
    public void Path_is_searched_by_name_order_and_skips_non_executables()
    {
        FakeExecutable("bin1/chromium", executable: false);
        var chrome = FakeExecutable("bin1/google-chrome");
        var chromiumBrowser = FakeExecutable("bin2/chromium-browser");
        _env["PATH"] = string.Join(Path.PathSeparator, Path.Combine(_dir, "bin1"), Path.Combine(_dir, "bin2"));

        Assert.That(BrowserLocator.Locate(null, Env), Is.EqualTo(new BrowserInfo(chromiumBrowser, "PATH")));
        File.Delete(chromiumBrowser);
        Assert.That(BrowserLocator.Locate(null, Env), Is.EqualTo(new BrowserInfo(chrome, "PATH")));
    }

    [Test]
    public void Missing_explicit_path_is_an_error_naming_it()
    {
        var missing = Path.Combine(_dir, "nope", "chrome");
        _env["PATH"] = Path.GetDirectoryName(FakeExecutable("bin/chromium"));

        var error = Assert.Throws<BrowserNotFoundException>(() => BrowserLocator.Locate(missing, Env));
        Assert.That(error!.Message, Does.Contain(missing).And.Contain("--browser"));
    }

    [Test]
    public void Missing_environment_path_is_an_error_naming_it()
    {
        _env[BrowserLocator.EnvironmentVariable] = "/nowhere/chrome";

        var error = Assert.Throws<BrowserNotFoundException>(() => BrowserLocator.Locate(null, Env));
        Assert.That(error!.Message, Does.Contain("/nowhere/chrome").And.Contain("GOVSITEAUDIT_BROWSER"));
    }

    [Test]
    public void Nothing_found_is_null()
    {
        Assert.That(BrowserLocator.Locate(null, Env), Is.Null);
    }

    [Test]
    public void No_browser_and_no_install_names_both_remedies()
    {
        var installerRan = false;

        var error = Assert.ThrowsAsync<BrowserNotFoundException>(() => BrowserProvisioner.EnsureAsync(
            null, allowInstall: false, TextWriter.Null, Env, (_, _) => { installerRan = true; return Task.CompletedTask; }, CancellationToken.None));

        Assert.That(installerRan, Is.False);
        Assert.That(error!.Message, Does.Contain("--browser").And.Contain("GOVSITEAUDIT_BROWSER")
            .And.Contain("apt-get install chromium").And.Contain("playwright install chromium"));
    }

    [Test]
    public async Task Installed_browser_is_found_afterwards()
    {
        var log = new StringWriter();

        var browser = await BrowserProvisioner.EnsureAsync(null, allowInstall: true, log, Env, (writer, _) =>
        {
            writer.WriteLine("installing");
            FakeExecutable("home/.cache/ms-playwright/chromium-1200/chrome-linux64/chrome");
            return Task.CompletedTask;
        }, CancellationToken.None);

        Assert.That(browser.Source, Is.EqualTo("installed"));
        Assert.That(browser.ExecutablePath, Does.EndWith("chrome-linux64/chrome"));
        Assert.That(log.ToString(), Does.Contain("installing"));
    }

    [Test]
    public void Failed_install_is_an_error_with_the_remedies()
    {
        var error = Assert.ThrowsAsync<BrowserNotFoundException>(() => BrowserProvisioner.EnsureAsync(
            null, allowInstall: true, TextWriter.Null, Env, (_, _) => Task.CompletedTask, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("did not succeed").And.Contain("--browser"));
    }

    [Test]
    public async Task Found_browser_needs_no_install()
    {
        var path = FakeExecutable("bin/chromium");
        _env["PATH"] = Path.GetDirectoryName(path);

        var browser = await BrowserProvisioner.EnsureAsync(null, allowInstall: true, TextWriter.Null, Env,
            (_, _) => throw new AssertionException("must not install"), CancellationToken.None);

        Assert.That(browser, Is.EqualTo(new BrowserInfo(path, "PATH")));
    }
}
