using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace OrsCompiler.Integration.Tests.Support;

/// <summary>
/// A real headless Chromium (Debian package <c>chromium</c>, installed by build/install-test-prerequisites.sh) driven
/// over the DevTools protocol on loopback: navigate, evaluate, screenshot, and collect console errors, uncaught
/// exceptions, log errors (CSP violations, failed loads) and every request the page makes. Stopped by its PID.
/// </summary>
internal sealed class HeadlessChromium : IDisposable
{
    public const string ProgramVariable = "ORSC_CHROMIUM";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode>> _calls = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _receiver;
    private readonly object _eventsLock = new();
    private readonly List<JsonNode> _events = new();
    private TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextId;

    private HeadlessChromium(Process process, string profile, Uri pageSocket)
    {
        _process = process;
        _profile = profile;
        _socket.ConnectAsync(pageSocket, CancellationToken.None).Wait(CallTimeout);
        _receiver = Task.Run(ReceiveAsync);
    }

    /// <summary>The browser to run: ORSC_CHROMIUM, else /usr/bin/chromium, else chromium on the PATH.</summary>
    public static string FindProgram()
    {
        if (Environment.GetEnvironmentVariable(ProgramVariable) is { Length: > 0 } configured)
        {
            return configured;
        }

        if (File.Exists("/usr/bin/chromium"))
        {
            return "/usr/bin/chromium";
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            foreach (var name in new[] { "chromium", "chromium-browser" })
            {
                if (folder.Length > 0 && File.Exists(Path.Combine(folder, name)))
                {
                    return Path.Combine(folder, name);
                }
            }
        }

        throw new InvalidOperationException(
            "Chromium was not found (looked at $ORSC_CHROMIUM, /usr/bin/chromium and the PATH). Run build/install-test-prerequisites.sh (Debian package chromium).");
    }

    public static HeadlessChromium Start()
    {
        var program = FindProgram();
        var profile = Directory.CreateTempSubdirectory("orsc-chromium-").FullName;
        var start = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                     "--disable-extensions", "--disable-background-networking", "--disable-component-update",
                     "--remote-debugging-port=0", "--remote-allow-origins=*", "--user-data-dir=" + profile,
                     "--window-size=1280,1600", "about:blank",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            // Chromium writes the port it chose (and the browser's socket path) to DevToolsActivePort in the profile.
            var portFile = Path.Combine(profile, "DevToolsActivePort");
            var deadline = DateTime.UtcNow + StartTimeout;
            while (!File.Exists(portFile) || File.ReadAllLines(portFile).Length < 2)
            {
                if (process.HasExited || DateTime.UtcNow > deadline)
                {
                    throw new InvalidOperationException($"{program} did not open its DevTools port within {StartTimeout.TotalSeconds:0} s (exited: {process.HasExited}).");
                }

                Thread.Sleep(100);
            }

            var port = int.Parse(File.ReadAllLines(portFile)[0], System.Globalization.CultureInfo.InvariantCulture);
            using var http = new HttpClient { Timeout = CallTimeout };
            var targets = JsonNode.Parse(http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/json/list")).Result)!.AsArray();
            var page = targets.First(t => (string?)t!["type"] == "page")!;
            return new HeadlessChromium(process, profile, new Uri((string)page["webSocketDebuggerUrl"]!));
        }
        catch
        {
            Stop(process, profile);
            throw;
        }
    }

    /// <summary>Console errors, uncaught exceptions and log entries of level error, as text.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            var errors = new List<string>();
            foreach (var e in Events())
            {
                var method = (string?)e["method"];
                var parameters = e["params"]!;
                if (method == "Runtime.consoleAPICalled" && (string?)parameters["type"] is "error" or "assert")
                {
                    errors.Add("console." + parameters["type"] + ": " + parameters["args"]!.ToJsonString());
                }
                else if (method == "Runtime.exceptionThrown")
                {
                    errors.Add("exception: " + parameters["exceptionDetails"]!.ToJsonString());
                }
                else if (method == "Log.entryAdded" && (string?)parameters["entry"]!["level"] == "error")
                {
                    errors.Add("log: " + parameters["entry"]!["text"]);
                }
            }

            return errors;
        }
    }

    /// <summary>Every URL the page requested.</summary>
    public IReadOnlyList<string> RequestedUrls
    {
        get
        {
            var urls = new List<string>();
            foreach (var e in Events())
            {
                if ((string?)e["method"] == "Network.requestWillBeSent")
                {
                    urls.Add((string)e["params"]!["request"]!["url"]!);
                }
            }

            return urls;
        }
    }

    public void Navigate(string url)
    {
        Call("Page.enable");
        Call("Runtime.enable");
        Call("Log.enable");
        Call("Network.enable");
        _loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Call("Page.navigate", new JsonObject { ["url"] = url });
        if (!_loaded.Task.Wait(CallTimeout))
        {
            throw new TimeoutException($"{url} did not finish loading within {CallTimeout.TotalSeconds:0} s");
        }
    }

    /// <summary>Evaluates an expression in the page and returns its JSON value.</summary>
    public JsonNode? Evaluate(string expression)
    {
        var result = Call("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (result["exceptionDetails"] is { } exception)
        {
            throw new InvalidOperationException($"{expression} threw: {exception.ToJsonString()}");
        }

        return result["result"]!["value"];
    }

    public byte[] Screenshot()
    {
        var result = Call("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = true });
        return Convert.FromBase64String((string)result["data"]!);
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _socket.Abort();
        }
        catch (WebSocketException)
        {
            // Already gone.
        }

        Stop(_process, _profile);
        _socket.Dispose();
        _stop.Dispose();
    }

    private static void Stop(Process process, string profile)
    {
        try
        {
            if (!process.HasExited)
            {
                // Chromium's helper processes are its children: stop the tree of the PID we started.
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // It ended meanwhile.
        }

        process.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // A helper may still hold a file for a moment; the temp folder is cleaned by the system.
        }
    }

    private List<JsonNode> Events()
    {
        lock (_eventsLock)
        {
            return new List<JsonNode>(_events);
        }
    }

    private JsonNode Call(string method, JsonObject? parameters = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var completion = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        _calls[id] = completion;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None).Wait(CallTimeout);
        if (!completion.Task.Wait(CallTimeout))
        {
            throw new TimeoutException($"DevTools call {method} got no answer within {CallTimeout.TotalSeconds:0} s");
        }

        var response = completion.Task.Result;
        if (response["error"] is { } error)
        {
            throw new InvalidOperationException($"DevTools call {method} failed: {error.ToJsonString()}");
        }

        return response["result"]!;
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var received = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                {
                    continue;
                }

                var node = JsonNode.Parse(message.ToArray())!;
                message.SetLength(0);
                if (node["id"] is { } id && _calls.TryRemove((int)id, out var call))
                {
                    call.TrySetResult(node);
                    continue;
                }

                lock (_eventsLock)
                {
                    _events.Add(node);
                }

                if ((string?)node["method"] == "Page.loadEventFired")
                {
                    _loaded.TrySetResult();
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }
}
