using SecurityDilemma.Engine.Components;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Engine.Systems;

/// <summary>
/// The run's output: posture events, trust and state rows for a recorder, the yearly metric accumulators, and the metrics
/// (docs/model.md, "Metrics"; the spiral index compares arms and trust at the start with the last year of peace).
/// </summary>
/// <remarks>Reads: Forces, Beliefs, Assessments, WarLog, RunTotals. Writes: RunTotals, Beliefs.TrustBand and Forces.Posture (the last reported bands).</remarks>
internal sealed class RecordSystem(World world) : WorldSystem(world)
{
    private const byte Maintaining = 0;

    private const byte Arming = 1;

    private const byte Cutting = 2;

    /// <summary>The year's end: the metric accumulators, then the recorder's rows and events.</summary>
    internal void EndYear(int year, IRunRecorder? recorder)
    {
        for (var i = 0; i < N; i++)
        {
            Totals.BurdenSum += Forces.Burden[i];
        }

        Totals.BurdenCount += N;
        if (WarLog.Count == 0)
        {
            // The spiral index compares the start with the last year of peace; a copy is cheaper than the means.
            Totals.ArmsBeforeWar = Forces.MeanArmsRatio();
            Array.Copy(Beliefs.LogOdds, Totals.LogOddsBeforeWar, M);
        }

        if (recorder is not null)
        {
            Record(year, recorder);
        }
    }

    /// <summary>Logs a change of posture: the start of a build-up, of cuts, and when cuts are a readable signal.</summary>
    internal void RecordPosture(int i, int year, double before, double after, IRunRecorder recorder)
    {
        var change = after - before;
        var posture = change > 0.01 * before ? Arming : change < -0.01 * before ? Cutting : Maintaining;
        if (posture == Forces.Posture[i])
        {
            return;
        }

        Forces.Posture[i] = posture;
        if (posture == Arming)
        {
            recorder.Event(new EngineEvent(year, EventKind.Arming, [i],
                $"{Setting.Name(i)} builds up: burden {Forces.Burden[i]:P1}, offensive share {Forces.OffenseShare[i]:P0}"));
        }
        else if (posture == Cutting)
        {
            recorder.Event(new EngineEvent(year, EventKind.ArmsCut, [i],
                $"{Setting.Name(i)} cuts arms: burden {Forces.Burden[i]:P1}"));

            // The cut reassures only as far as observers can tell that what is still bought is defensive.
            var apparent = (Forces.BoughtOffense[i] + (Technology.ApparentDefenseWeight(Technology.Distinguishability) * Forces.BoughtDefense[i])) * Forces.InvResources[i];
            if (apparent < Setting.SignalMid)
            {
                recorder.Event(new EngineEvent(year, EventKind.Signal, [i],
                    $"{Setting.Name(i)} signals restraint: apparent offensive procurement {apparent:P2} of GDP at distinguishability {Technology.Distinguishability:G3}"));
            }
        }
    }

    private void Record(int year, IRunRecorder recorder)
    {
        for (var i = 0; i < N; i++)
        {
            var sum = 0.0;
            for (var e = Topology.RowStart[i]; e < Topology.RowStart[i + 1]; e++)
            {
                var trust = Beliefs.TrustOf(Beliefs.LogOdds[e]);
                sum += trust;
                recorder.Trust(year, i, Topology.Target[e], trust);
                var band = Beliefs.BandOf(trust);
                if (band != Beliefs.TrustBand[e])
                {
                    recorder.Event(new EngineEvent(year, EventKind.BeliefShift, [i, Topology.Target[e]],
                        $"{Setting.Name(i)} now trusts {Setting.Name(Topology.Target[e])} {trust:F2} ({(band > Beliefs.TrustBand[e] ? "up" : "down")})"));
                    Beliefs.TrustBand[e] = band;
                }
            }

            var degree = Topology.RowStart[i + 1] - Topology.RowStart[i];
            recorder.State(new StateYear(year, i, Forces.Resources[i], Forces.Offense[i], Forces.Defense[i], Forces.OffenseShare[i], Forces.Burden[i],
                1.0 - Assessments.Threat[i], degree > 0 ? sum / degree : 1.0, WarLog.WarOf[i] >= 0));
        }
    }

    /// <summary>The run's metrics (docs/model.md, "Metrics").</summary>
    internal RunMetrics Metrics()
    {
        var wars = WarLog.Items.AsSpan(0, WarLog.Count);
        int? firstWar = wars.Length > 0 ? wars[0].Start : null;
        var tragic = false;
        var preemptive = false;
        foreach (var w in wars)
        {
            tragic |= Leaders.Motive[w.Attacker] == Motive.SecuritySeeker && Leaders.Motive[w.Defender] == Motive.SecuritySeeker;
            preemptive |= w.Preemptive;
        }

        return new RunMetrics
        {
            WarOccurred = wars.Length > 0,
            FirstWarYear = firstWar,
            WarCount = wars.Length,
            TragicWar = tragic,
            PreemptiveWar = preemptive,
            MeanMilitaryBurden = Totals.BurdenCount > 0 ? Totals.BurdenSum / Totals.BurdenCount : 0.0,
            FinalMeanTrust = Beliefs.MeanTrust(Beliefs.LogOdds, M),
            SpiralIndex = SpiralIndex.Of(Totals.InitialArms, Totals.ArmsBeforeWar, Totals.InitialTrust, Beliefs.MeanTrust(Totals.LogOddsBeforeWar, M)),
            CrisisCount = Totals.CrisisCount,
        };
    }
}
