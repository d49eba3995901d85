using SecurityDilemma.Web.Api;
using SecurityDilemma.Web.Hosting;

namespace SecurityDilemma.Web.Explore;

/// <summary>Counts the runs and sweeps each client (remote address) has going, refusing one past the limit with 429.</summary>
internal sealed class RunGate(ServerLimits limits)
{
    private readonly Dictionary<string, int> _running = new(StringComparer.Ordinal);

    /// <summary>Admits a run for <paramref name="client"/>; dispose the result when the run ends.</summary>
    public IDisposable Enter(string client)
    {
        lock (_running)
        {
            var n = _running.GetValueOrDefault(client);
            if (n >= limits.MaxConcurrentRunsPerClient)
            {
                throw new ApiException(StatusCodes.Status429TooManyRequests, new ApiError(
                    $"this client already has {n} runs going, the limit per client is {limits.MaxConcurrentRunsPerClient}; wait for one to finish"));
            }

            _running[client] = n + 1;
        }

        return new Ticket(this, client);
    }

    private void Leave(string client)
    {
        lock (_running)
        {
            var n = _running[client] - 1;
            if (n == 0)
            {
                _running.Remove(client);
            }
            else
            {
                _running[client] = n;
            }
        }
    }

    private sealed class Ticket(RunGate gate, string client) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                gate.Leave(client);
            }
        }
    }
}
