using System.Runtime.InteropServices;
using GovSiteAudit.Cli;

// Ctrl+C (SIGINT) and SIGTERM (CI cancellations, docker stop, Kubernetes) ask the command to stop: sites in flight
// are abandoned, the reports of the finished ones are written, and the exit code is 130. A second signal ends the
// process at once.
using var interrupt = new CancellationTokenSource();
void Interrupted(PosixSignalContext context)
{
    if (interrupt.IsCancellationRequested)
    {
        return;
    }

    context.Cancel = true;
    Console.Error.WriteLine();
    Console.Error.WriteLine($"Interrupted ({context.Signal}): stopping the sites in flight and writing the reports of those finished; signal again to stop at once.");
    interrupt.Cancel();
}

using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupted);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupted);
return await CliApp.RunAsync(args, Console.Out, Console.Error, interrupt.Token);
