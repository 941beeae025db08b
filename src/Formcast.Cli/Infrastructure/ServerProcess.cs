using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Formcast.Cli.Infrastructure;

/// <summary>
/// Runs the Formcast server as a child process (server/Formcast.Server.dll beside this command), waits until its
/// health endpoint answers, and stops it when the command ends.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _log = [];

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<ServerProcess> StartAsync(CliEnvironment environment, string store, string host, int port, CancellationToken cancellationToken)
    {
        var dll = Path.Combine(environment.ServerDirectory, "Formcast.Server.dll");
        if (!File.Exists(dll)) throw new CliException($"the server program is missing ({dll}); rebuild Formcast");
        if (!IPAddress.TryParse(host, out var ip)) throw new CliException($"--host '{host}' is not an IP address");
        EnsurePortFree(ip, port);

        var address = new Uri($"http://{(ip.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{ip}]" : ip.ToString())}:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, "--store", store, "--urls", address.ToString().TrimEnd('/') }) start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new CliException("could not start the server process");
        var server = new ServerProcess(process, address);
        process.OutputDataReceived += (_, e) => server.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => server.Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new CliException($"the server stopped at start-up (exit code {process.ExitCode}): {server.LastLines()}");
            try
            {
                using var response = await http.GetAsync(new Uri(address, "health"), cancellationToken);
                if (response.IsSuccessStatusCode) return server;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Slow first answer; ask again.
            }

            await Task.Delay(200, cancellationToken);
        }

        await server.DisposeAsync();
        throw new CliException($"the server did not answer on {address} within 60 s: {server.LastLines()}");
    }

    /// <summary>Waits until the server exits or the command is interrupted (Ctrl+C), which stops it.</summary>
    public async Task<int> WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _process.WaitForExitAsync(cancellationToken);
            return _process.ExitCode == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Ok;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static void EnsurePortFree(IPAddress ip, int port)
    {
        try
        {
            using var probe = new TcpListener(ip, port);
            probe.Start();
            probe.Stop();
        }
        catch (SocketException)
        {
            throw new CliException($"port {port} on {ip} is already in use; choose another with --port");
        }
    }

    private void Remember(string? line)
    {
        if (line is null) return;
        lock (_log)
        {
            _log.Add(line);
            if (_log.Count > 20) _log.RemoveAt(0);
        }
    }

    private string LastLines()
    {
        lock (_log) return _log.Count == 0 ? "no output" : string.Join(" | ", _log.TakeLast(3));
    }
}
