using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;

namespace OrsCompiler.Redis.Tests.Infrastructure;

/// <summary>Picks loopback ports that are free now, and whose cluster bus port (port + 10000) is free too.</summary>
internal static class FreePorts
{
    private static readonly object Gate = new();
    private static readonly HashSet<int> Handed = new();
    private static readonly Random Random = new();

    public static int Next()
    {
        lock (Gate)
        {
            for (var attempt = 0; attempt < 500; attempt++)
            {
                var port = Random.Next(20000, 45000);
                if (!Handed.Contains(port) && IsFree(port) && IsFree(port + 10000))
                {
                    Handed.Add(port);
                    return port;
                }
            }
        }

        throw new InvalidOperationException("No free loopback port pair found for a test Redis server.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
