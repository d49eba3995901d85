namespace SecurityDilemma.IO;

/// <summary>
/// The environment refused: a directory that cannot be written, a full disk, a file in use. The CLI prints the
/// message as one line and exits with code 3 (an <see cref="IOException"/>, so every I/O failure is treated alike).
/// </summary>
public sealed class EnvironmentException(string message) : IOException(message);
