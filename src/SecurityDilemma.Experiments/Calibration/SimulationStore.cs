using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using SecurityDilemma.Experiments.Results;

namespace SecurityDilemma.Experiments.Calibration;

/// <summary>
/// A calibration's DuckDB database: every simulation it ran (parameter values, seed, moments) and, when it finishes,
/// the fit. Simulations are committed in batches, so after a kill the database holds whole batches; a resumed
/// calibration replays the same deterministic algorithm, takes the recorded simulations instead of running them
/// again, and so ends bit-identical to an uninterrupted one.
/// </summary>
/// <remarks>Tables: <c>calibration</c> (one row: settings and their fingerprint), <c>simulations</c> (one row per
/// run: seq, parameter columns p0.., seed, moment columns m0..), <c>fit_parameters</c> and <c>fit_moments</c>
/// (written at the end).</remarks>
public sealed class SimulationStore : IDisposable
{
    private readonly DuckDBConnection connection;
    private readonly Dictionary<string, double[]> known = new(StringComparer.Ordinal);
    private readonly int parameters;
    private readonly int moments;
    private long sequence;

    private SimulationStore(DuckDBConnection connection, string path, int parameters, int moments)
    {
        this.connection = connection;
        Path = path;
        this.parameters = parameters;
        this.moments = moments;
    }

    public string Path { get; }

    /// <summary>Simulations recorded in the database: those read back by <c>--resume</c> and those appended since.</summary>
    public int Recorded => known.Count;

    /// <summary>Creates the database at <paramref name="path"/> (built at a temporary name, renamed into place).</summary>
    public static SimulationStore Create(string path, string fingerprint, string settings, int parameters, int moments)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (File.Exists(full))
        {
            throw new InputException(full, null, null, "", "already exists", "a new --out file, or --resume to continue this calibration");
        }

        var dir = System.IO.Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(dir);
        var temp = System.IO.Path.Combine(dir, $".{System.IO.Path.GetFileName(full)}.{Environment.ProcessId}.creating");
        ResultsStore.DeleteWithWal(temp);
        try
        {
            using (var c = ResultsStore.Open(temp, readOnly: false))
            {
                ResultsStore.Execute(c, "CREATE TABLE calibration (fingerprint VARCHAR, settings VARCHAR, created_at TIMESTAMP, finished_at TIMESTAMP)");
                var cols = new StringBuilder("seq BIGINT PRIMARY KEY, sim_key VARCHAR UNIQUE, seed UBIGINT");
                for (var i = 0; i < parameters; i++)
                {
                    cols.Append(CultureInfo.InvariantCulture, $", p{i} DOUBLE");
                }

                for (var k = 0; k < moments; k++)
                {
                    cols.Append(CultureInfo.InvariantCulture, $", m{k} DOUBLE");
                }

                ResultsStore.Execute(c, $"CREATE TABLE simulations ({cols})");
                ResultsStore.Execute(c, "CREATE TABLE fit_parameters (parameter VARCHAR, estimate DOUBLE, standard_error DOUBLE, lower DOUBLE, upper DOUBLE)");
                ResultsStore.Execute(c, "CREATE TABLE fit_moments (moment VARCHAR, target DOUBLE, uncertainty DOUBLE, simulated DOUBLE, lower DOUBLE, upper DOUBLE)");
                using var cmd = c.CreateCommand();
                cmd.CommandText = "INSERT INTO calibration VALUES ($1, $2, $3, NULL)";
                cmd.Parameters.Add(new DuckDBParameter(fingerprint));
                cmd.Parameters.Add(new DuckDBParameter(settings));
                cmd.Parameters.Add(new DuckDBParameter(DateTime.UtcNow));
                cmd.ExecuteNonQuery();
                ResultsStore.Execute(c, "CHECKPOINT");
            }

            File.Move(temp, full, overwrite: false);
        }
        finally
        {
            ResultsStore.DeleteWithWal(temp);
        }

        return new SimulationStore(ResultsStore.Open(full, readOnly: false), full, parameters, moments);
    }

    /// <summary>Opens an interrupted calibration's database; it must have been started with the same settings.</summary>
    public static SimulationStore Resume(string path, string fingerprint, int parameters, int moments)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new InputException(full, null, null, "", "not found", "the --out database of the calibration to resume");
        }

        var c = ResultsStore.Open(full, readOnly: false);
        try
        {
            using (var cmd = c.CreateCommand())
            {
                cmd.CommandText = "SELECT fingerprint FROM calibration";
                var stored = cmd.ExecuteScalar() as string;
                if (stored != fingerprint)
                {
                    throw new InputException(full, null, null, "", "cannot resume: the scenario, targets, parameters or settings differ from the interrupted calibration", "the same command line and files as the run being resumed, or a new --out");
                }
            }

            var store = new SimulationStore(c, full, parameters, moments);
            using var read = c.CreateCommand();
            read.CommandText = "SELECT * FROM simulations ORDER BY seq";
            using var r = read.ExecuteReader();
            while (r.Read())
            {
                var m = new double[moments];
                for (var k = 0; k < moments; k++)
                {
                    m[k] = r.IsDBNull(3 + parameters + k) ? double.NaN : r.GetDouble(3 + parameters + k);
                }

                store.known[r.GetString(1)] = m;
                store.sequence = Math.Max(store.sequence, r.GetInt64(0) + 1);
            }

            return store;
        }
        catch
        {
            c.Dispose();
            throw;
        }
    }

    /// <summary>The identity of a simulation: its seed and the exact bits of its parameter values.</summary>
    public static string Key(IReadOnlyList<double> theta, ulong seed)
    {
        var b = new StringBuilder(20 + (17 * theta.Count));
        b.Append(seed.ToString("x16", CultureInfo.InvariantCulture));
        foreach (var v in theta)
        {
            b.Append(':').Append(BitConverter.DoubleToInt64Bits(v).ToString("x16", CultureInfo.InvariantCulture));
        }

        return b.ToString();
    }

    /// <summary>The moments recorded for <paramref name="key"/>, if any (only committed simulations are seen: a batch not yet committed is looked up by the <see cref="Evaluator"/> in its own list).</summary>
    public bool TryGet(string key, out double[] momentValues) => known.TryGetValue(key, out momentValues!);

    /// <summary>Records a batch of simulations in one transaction.</summary>
    public void Append(IReadOnlyList<(string Key, IReadOnlyList<double> Theta, ulong Seed, double[] Moments)> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        using var tx = connection.BeginTransaction();
        using (var app = connection.CreateAppender("simulations"))
        {
            foreach (var (key, theta, seed, m) in batch)
            {
                var row = app.CreateRow().AppendValue(sequence++).AppendValue(key).AppendValue(seed);
                for (var i = 0; i < parameters; i++)
                {
                    row = row.AppendValue(theta[i]);
                }

                for (var k = 0; k < moments; k++)
                {
                    row = double.IsNaN(m[k]) ? row.AppendNullValue() : row.AppendValue(m[k]);
                }

                row.EndRow();
                known[key] = m;
            }
        }

        tx.Commit();
    }

    /// <summary>Writes the fit tables and marks the calibration finished.</summary>
    public void Finish(CalibrationResult result)
    {
        using var tx = connection.BeginTransaction();
        ResultsStore.Execute(connection, "DELETE FROM fit_parameters");
        ResultsStore.Execute(connection, "DELETE FROM fit_moments");
        using (var app = connection.CreateAppender("fit_parameters"))
        {
            foreach (var p in result.Parameters)
            {
                app.CreateRow().AppendValue(p.Path).AppendValue(p.Estimate).AppendValue(p.StandardError).AppendValue(p.Lower).AppendValue(p.Upper).EndRow();
            }
        }

        using (var app = connection.CreateAppender("fit_moments"))
        {
            foreach (var m in result.Moments)
            {
                app.CreateRow().AppendValue(m.Moment).AppendValue(m.Target).AppendValue(m.Uncertainty).AppendValue(m.Simulated).AppendValue(m.Lower).AppendValue(m.Upper).EndRow();
            }
        }

        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "UPDATE calibration SET finished_at = $1";
            cmd.Parameters.Add(new DuckDBParameter(DateTime.UtcNow));
            cmd.ExecuteNonQuery();
        }

        tx.Commit();
        ResultsStore.Execute(connection, "CHECKPOINT");
    }

    public void Dispose() => connection.Dispose();
}
