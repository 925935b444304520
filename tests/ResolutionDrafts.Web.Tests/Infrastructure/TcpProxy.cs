using System.Net;
using System.Net.Sockets;

namespace ResolutionDrafts.Web.Tests.Infrastructure;

/// <summary>
/// A TCP relay on a loopback port to a real server (PostgreSQL, Redis) that a test can cut — every
/// open connection dropped and new ones refused, as when the server or the network goes away — and
/// restore on the same port.
/// </summary>
internal sealed class TcpProxy : IDisposable
{
    private readonly IPEndPoint target;
    private readonly List<TcpClient> open = [];
    private TcpListener? listener;
    private CancellationTokenSource running = new();

    public TcpProxy(string targetHost, int targetPort)
    {
        target = new IPEndPoint(IPAddress.Parse(targetHost == "localhost" ? "127.0.0.1" : targetHost), targetPort);
        Port = AppProcess.FreePort();
        Restore();
    }

    /// <summary>The port clients connect to, on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>A proxy in front of a "host:port" server.</summary>
    public static TcpProxy For(string hostAndPort)
    {
        var colon = hostAndPort.LastIndexOf(':');
        return new TcpProxy(hostAndPort[..colon], int.Parse(hostAndPort[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Drops every relayed connection and refuses new ones until <see cref="Restore"/>.</summary>
    public void Cut()
    {
        running.Cancel();
        listener?.Stop();
        listener = null;
        lock (open)
        {
            foreach (var client in open)
            {
                try
                {
                    client.Client?.LingerState = new LingerOption(true, 0); // a reset, not a polite close
                }
                catch (Exception)
                {
                    // Already closed.
                }

                client.Dispose();
            }

            open.Clear();
        }
    }

    public void Restore()
    {
        running = new CancellationTokenSource();
        listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _ = AcceptAsync(listener, running.Token);
    }

    public void Dispose() => Cut();

    private async Task AcceptAsync(TcpListener on, CancellationToken cancel)
    {
        while (!cancel.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await on.AcceptTcpClientAsync(cancel);
            }
            catch (Exception)
            {
                return;
            }

            var outbound = new TcpClient();
            try
            {
                await outbound.ConnectAsync(target, cancel);
            }
            catch (Exception)
            {
                inbound.Dispose();
                outbound.Dispose();
                continue;
            }

            lock (open)
            {
                open.Add(inbound);
                open.Add(outbound);
            }

            _ = PumpAsync(inbound, outbound, cancel);
            _ = PumpAsync(outbound, inbound, cancel);
        }
    }

    private static async Task PumpAsync(TcpClient from, TcpClient to, CancellationToken cancel)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream(), cancel);
        }
        catch (Exception)
        {
            // Cut, or one side closed.
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}
