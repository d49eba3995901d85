namespace SecurityDilemma.Scenarios.Schema;

/// <summary>The type of a scenario field.</summary>
internal enum FieldKind
{
    Text,
    Integer,
    Number,
    Boolean,
    Choice,
    Object,
    ObjectList,
    TextList,
}
