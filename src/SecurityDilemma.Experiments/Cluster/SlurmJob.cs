namespace SecurityDilemma.Experiments.Cluster;

/// <summary>The files <see cref="SlurmScript.Write"/> wrote: the array script, the merge script, and the script that submits both.</summary>
public sealed record SlurmJob(string Directory, string ShardsScript, string MergeScript, string SubmitScript, IReadOnlyList<string> ShardDatabases, string MergedDatabase);
