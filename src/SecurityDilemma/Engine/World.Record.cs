using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Engine;

/// <summary>Recording (only when a recorder is given) and the run's metrics.</summary>
internal sealed partial class World
{
    private const byte Maintaining = 0;
    private const byte Arming = 1;
    private const byte Cutting = 2;

    /// <summary>Logs a change of posture: the start of a build-up, of cuts, and when cuts are a readable signal.</summary>
    private void RecordPosture(int i, int year, double before, double after, IRunRecorder recorder)
    {
        var change = after - before;
        var posture = change > 0.01 * before ? Arming : change < -0.01 * before ? Cutting : Maintaining;
        if (posture == Posture[i])
        {
            return;
        }

        Posture[i] = posture;
        if (posture == Arming)
        {
            recorder.Event(new EngineEvent(year, EventKind.Arming, [i],
                $"{Name(i)} builds up: burden {Burden[i]:P1}, offensive share {OffenseShare[i]:P0}"));
        }
        else if (posture == Cutting)
        {
            recorder.Event(new EngineEvent(year, EventKind.ArmsCut, [i],
                $"{Name(i)} cuts arms: burden {Burden[i]:P1}"));

            // The cut reassures only as far as observers can tell that what is still bought is defensive.
            var apparent = (BoughtOffense[i] + (ApparentDefenseWeight(Distinguishability) * BoughtDefense[i])) * InvResources[i];
            if (apparent < _signalMid)
            {
                recorder.Event(new EngineEvent(year, EventKind.Signal, [i],
                    $"{Name(i)} signals restraint: apparent offensive procurement {apparent:P2} of GDP at distinguishability {Distinguishability:G3}"));
            }
        }
    }

    private void Record(int year, IRunRecorder recorder)
    {
        for (var i = 0; i < N; i++)
        {
            var sum = 0.0;
            for (var e = RowStart[i]; e < RowStart[i + 1]; e++)
            {
                var trust = TrustOf(LogOdds[e]);
                sum += trust;
                recorder.Trust(year, i, Target[e], trust);
                var band = BandOf(trust);
                if (band != TrustBand[e])
                {
                    recorder.Event(new EngineEvent(year, EventKind.BeliefShift, [i, Target[e]],
                        $"{Name(i)} now trusts {Name(Target[e])} {trust:F2} ({(band > TrustBand[e] ? "up" : "down")})"));
                    TrustBand[e] = band;
                }
            }

            var degree = RowStart[i + 1] - RowStart[i];
            recorder.State(new StateYear(year, i, Resources[i], Offense[i], Defense[i], OffenseShare[i], Burden[i],
                1.0 - Threat[i], degree > 0 ? sum / degree : 1.0, WarOf[i] >= 0));
        }
    }

    /// <summary>The run's metrics (docs/model.md, "Metrics").</summary>
    internal RunMetrics Metrics()
    {
        var wars = Wars;
        int? firstWar = wars.Length > 0 ? wars[0].Start : null;
        var tragic = false;
        var preemptive = false;
        foreach (var w in wars)
        {
            tragic |= MotiveOf[w.Attacker] == Motive.SecuritySeeker && MotiveOf[w.Defender] == Motive.SecuritySeeker;
            preemptive |= w.Preemptive;
        }

        return new RunMetrics
        {
            WarOccurred = wars.Length > 0,
            FirstWarYear = firstWar,
            WarCount = wars.Length,
            TragicWar = tragic,
            PreemptiveWar = preemptive,
            MeanMilitaryBurden = _burdenCount > 0 ? _burdenSum / _burdenCount : 0.0,
            FinalMeanTrust = MeanTrust(LogOdds),
            SpiralIndex = SpiralIndex.Of(_initialArms, _armsBeforeWar, _initialTrust, MeanTrust(_logOddsBeforeWar)),
            CrisisCount = _crisisCount,
        };
    }
}
