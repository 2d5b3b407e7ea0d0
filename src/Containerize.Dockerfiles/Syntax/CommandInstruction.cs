namespace Containerize.Dockerfiles;

/// <summary>An instruction that carries a command in shell form or exec (JSON) form.</summary>
public abstract class CommandInstruction : Instruction
{
    private protected CommandInstruction(InstructionData data)
        : base(data)
    {
    }

    /// <summary>True for the JSON array form, which runs without a shell.</summary>
    public bool IsExecForm => IsJsonForm;

    /// <summary>The exec-form elements; for the shell form, one element: the command text.</summary>
    public IReadOnlyList<string> CommandArguments => ValuesOf(Arguments, 0);

    /// <summary>The command as one string: the shell text, or the exec elements joined by spaces.</summary>
    public string CommandText => IsExecForm ? string.Join(" ", CommandArguments) : ArgumentText;
}
