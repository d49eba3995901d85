namespace SecurityDilemma.Cli.Infrastructure;

/// <summary>The documented exit codes of <c>dilemma</c> (README, "Exit codes").</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>An unexpected internal error (a bug: please report it).</summary>
    public const int InternalError = 1;

    /// <summary>Bad input: command line, file, field value, or a limit exceeded. Nothing was written.</summary>
    public const int BadInput = 2;

    /// <summary>The environment failed: disk full, no permission, a file in use by another process, a port already in use. Nothing was half-written.</summary>
    public const int Environment = 3;

    /// <summary>The command ran, and a theory claim it checks came out reversed (<c>dilemma robustness</c>).</summary>
    public const int ClaimReversed = 4;

    /// <summary>Interrupted (Ctrl-C); a sweep can be resumed.</summary>
    public const int Interrupted = 130;
}
