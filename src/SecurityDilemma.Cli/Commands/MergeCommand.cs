using System.CommandLine;
using SecurityDilemma.Cli.Infrastructure;
using SecurityDilemma.Experiments.Results;
using SecurityDilemma.IO;

namespace SecurityDilemma.Cli.Commands;

/// <summary><c>dilemma merge A.duckdb B.duckdb ... --out ALL.duckdb</c>: combines the shards of one sweep.</summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("databases") { Description = "Shard databases of one sweep.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { HelpName = "ALL.duckdb", Description = "The merged database (must not exist).", Required = true };
        var command = new Command("merge", "Merge shard databases of one sweep; refuses mismatched sweeps, unfinished or overlapping shards.");
        command.Arguments.Add(inputs);
        command.Options.Add(output);
        command.SetAction(pr => CommandRunner.Guard(Console.Error, () =>
        {
            OutputTarget.File(pr.GetValue(output)!, "--out");
            var (shards, runs) = ShardMerger.Merge(pr.GetValue(inputs)!, pr.GetValue(output)!);
            var complete = ShardMerger.IsComplete(shards, runs);
            Console.Out.WriteLine($"merged {shards.Count} of {shards[0].ShardCount} shard(s) of sweep '{shards[0].Name}': {runs:N0} of {shards[0].TotalRuns:N0} runs into {pr.GetValue(output)}{(complete ? "" : " (incomplete: some shards are missing)")}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
