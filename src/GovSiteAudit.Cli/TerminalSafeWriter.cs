using System.Text;
using GovSiteAudit.Targets;

namespace GovSiteAudit.Cli;

/// <summary>
/// Wraps stdout and stderr so that nothing written — System.CommandLine's own errors included, which echo the
/// arguments — carries a control character other than line breaks and tabs to the terminal. Messages that echo
/// input escape it where they are made (<see cref="PrintableText"/>); this is the net under all of them.
/// </summary>
internal sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    /// <summary>The writer wrapped (to tell whether it is the console).</summary>
    public TextWriter Inner { get; } = inner;

    public override Encoding Encoding => Inner.Encoding;

    public override IFormatProvider FormatProvider => Inner.FormatProvider;

    public override string NewLine
    {
        get => Inner.NewLine;
#pragma warning disable CS8765 // The base setter accepts null too.
        set => Inner.NewLine = value;
#pragma warning restore CS8765
    }

    public static TextWriter Wrap(TextWriter writer) => writer is TerminalSafeWriter ? writer : new TerminalSafeWriter(writer);

    /// <summary>The writer under any wrapping.</summary>
    public static TextWriter Unwrap(TextWriter writer) => writer is TerminalSafeWriter safe ? safe.Inner : writer;

    public override void Write(char value)
    {
        if (PrintableText.NeedsEscape(value) && value is not ('\n' or '\r' or '\t'))
        {
            Inner.Write(PrintableText.Escape(value.ToString()));
        }
        else
        {
            Inner.Write(value);
        }
    }

    public override void Write(string? value)
    {
        if (value is not null)
        {
            Inner.Write(PrintableText.EscapeKeepingLayout(value));
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value)
    {
        Write(value);
        Inner.WriteLine();
    }

    // Written synchronously: the console is synchronous anyway, and the order of lines must not depend on threads.
    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync()
    {
        Inner.WriteLine();
        return Task.CompletedTask;
    }

    public override void Flush() => Inner.Flush();

    public override Task FlushAsync() => Inner.FlushAsync();
}
