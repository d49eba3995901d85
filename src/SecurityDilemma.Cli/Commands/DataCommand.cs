using System.CommandLine;
using System.Globalization;
using SecurityDilemma.Cli.Infrastructure;
using SecurityDilemma.Experiments.Data;
using SecurityDilemma.IO;

namespace SecurityDilemma.Cli.Commands;

/// <summary>
/// <c>dilemma data</c>: reads the user's own Correlates of War files (the COW terms do not allow shipping them):
/// <c>nmc</c> builds a scenario from National Material Capabilities, <c>arms</c> writes two coalitions' military
/// spending for <c>richardson fit</c>, <c>wars</c> computes the historical war moments (docs/calibration.md).
/// </summary>
internal static class DataCommand
{
    public static Command Create()
    {
        var command = new Command("data", "Read Correlates of War data files: a scenario from NMC, arms series for richardson fit, historical war moments.");
        command.Subcommands.Add(Nmc());
        command.Subcommands.Add(Arms());
        command.Subcommands.Add(Wars());
        return command;
    }

    private static Option<string> YearsOption() => new("--years") { Description = "Years FIRST-LAST, e.g. 1909-1913", Required = true };

    private static string[] Split(string text, char separator, string option)
    {
        var parts = text.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 0 ? parts : throw new InputException(option, null, null, "", "empty", "one or more COW state abbreviations");
    }

    /// <summary>Writes <paramref name="text"/> atomically to <paramref name="output"/> and reports it, or prints it when no file is given.</summary>
    private static int WriteOrPrint(string? output, string text, Action<string> report)
    {
        if (output is null)
        {
            Console.Out.Write(text);
        }
        else
        {
            AtomicFile.WriteAllText(output, text);
            report(output);
        }

        return ExitCodes.Ok;
    }

    private static Command Nmc()
    {
        var file = new Argument<string>("file") { Description = "NMC CSV (v5, v6 or v7: stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc[,version])" };
        var years = YearsOption();
        var states = new Option<string>("--states") { Description = "COW abbreviations, comma-separated, e.g. GMY,AUH,FRN,RUS,UKG", Required = true };
        var simYears = new Option<int>("--sim-years") { Description = "Years the built scenario simulates (default 100)", DefaultValueFactory = _ => 100 };
        var output = new Option<string?>("--out", "-o") { Description = "Write the scenario YAML here (else print it)" };
        var command = new Command("nmc", "Build a scenario from NMC data: resources from industrial shares, initial forces from military personnel shares, yearly growth reported (docs/calibration.md).") { file, years, states, simYears, output };
        command.SetAction(pr => CommandRunner.Guard(Console.Error, () =>
        {
            var range = YearRange.Parse(pr.GetValue(years)!, "--years");
            var chosen = Split(pr.GetValue(states)!, ',', "--states");
            var t = pr.GetValue(simYears);
            if (t is < 1 or > 10_000)
            {
                throw new InputException("--sim-years", null, null, "", $"{t}", "1 to 10000");
            }

            var path = pr.GetValue(file)!;
            var rows = NmcScenario.Map(NmcFile.Read(path), chosen, range, path);
            var yaml = NmcScenario.Yaml(rows, range, path, t);
            Scenarios.ScenarioDocument.Parse(yaml, "built scenario").Build();
            return WriteOrPrint(pr.GetValue(output), yaml, o =>
            {
                Console.Out.WriteLine($"{"state",-6} {"resources",10} {"offense",9} {"defense",9} {"growth/yr",10}");
                foreach (var r in rows)
                {
                    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Abb,-6} {r.Resources,10:0.##} {r.Offense,9:0.##} {r.Defense,9:0.##} {r.Growth,10:0.0000}"));
                }

                Console.Out.WriteLine($"scenario written to {o}");
            });
        }));
        return command;
    }

    private static Command Arms()
    {
        var file = new Argument<string>("file") { Description = "NMC CSV" };
        var x = new Option<string>("--x") { Description = "First coalition, e.g. FRN+RUS", Required = true };
        var y = new Option<string>("--y") { Description = "Second coalition, e.g. GMY+AUH", Required = true };
        var years = YearsOption();
        var output = new Option<string?>("--out", "-o") { Description = "Write the CSV here (else print it)" };
        var command = new Command("arms", "Write two coalitions' yearly military spending (sums of NMC milex) as the CSV 'dilemma richardson fit' reads.") { file, x, y, years, output };
        command.SetAction(pr => CommandRunner.Guard(Console.Error, () =>
        {
            var xs = Split(pr.GetValue(x)!, '+', "--x");
            var ys = Split(pr.GetValue(y)!, '+', "--y");
            var range = YearRange.Parse(pr.GetValue(years)!, "--years");
            var path = pr.GetValue(file)!;
            var xName = string.Join("+", xs);
            var yName = string.Join("+", ys);
            var csv = ArmsSeriesExport.Csv(ArmsSeriesExport.Build(NmcFile.Read(path), xs, ys, range, path), xName, yName);
            return WriteOrPrint(pr.GetValue(output), csv, o => Console.Out.WriteLine($"{range.Count} years written to {o}; fit with: dilemma richardson fit {o} --x {xName} --y {yName}"));
        }));
        return command;
    }

    private static Command Wars()
    {
        var file = new Argument<string>("file") { Description = "COW Inter-State War participants CSV (Inter-StateWarData_v4.0.csv layout)" };
        var states = new Option<string>("--states") { Description = "COW state codes, comma-separated, each optionally with its years of membership in the system: e.g. 200,220,255,300,365,325:1860- (Sardinia, coded 325, counts only from 1860; FIRST-LAST for a closed spell)", Required = true };
        var years = YearsOption();
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text" };
        var command = new Command("wars", "Historical war moments of a set of states (wars with member states on both sides): wars per decade, per dyad-decade, multiparty share, duration.") { file, states, years, json };
        command.SetAction(pr => CommandRunner.Guard(Console.Error, () =>
        {
            var members = SystemMember.ParseList(pr.GetValue(states)!, "--states");
            var range = YearRange.Parse(pr.GetValue(years)!, "--years");
            var m = WarMoments.Compute(WarFile.Read(pr.GetValue(file)!), members, range);
            var codes = members.Select(s => s.CCode).ToArray();
            return ModelInputs.Emit(pr.GetValue(json), new
            {
                Years = range.ToString(),
                States = codes,
                Membership = members.Where(s => s.Spells.Count > 0).ToDictionary(s => s.CCode.ToString(CultureInfo.InvariantCulture), s => s.Spells.Select(r => r.ToString()).ToArray()),
                m.Wars,
                m.DyadYears,
                WarsPerDecade = ModelInputs.Num(m.WarsPerDecade),
                WarsPerDyadDecade = ModelInputs.Num(m.WarsPerDyadDecade),
                MultipartyWarShare = ModelInputs.Num(m.MultipartyWarShare),
                MeanWarDuration = ModelInputs.Num(m.MeanWarDuration),
            }, o =>
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{range}, {codes.Length} states, {m.DyadYears:0} dyad-years: {m.Wars} war(s) with member states on both sides"));
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  wars_per_decade        {m.WarsPerDecade:0.####}"));
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  wars_per_dyad_decade   {m.WarsPerDyadDecade:0.####}"));
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  multiparty_war_share   {m.MultipartyWarShare:0.####}"));
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  mean_war_duration      {m.MeanWarDuration:0.##}"));
            });
        }));
        return command;
    }
}
