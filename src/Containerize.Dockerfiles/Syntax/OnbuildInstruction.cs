using System.Text;

namespace Containerize.Dockerfiles;

/// <summary><c>ONBUILD instruction</c>: a trigger run when another build uses this image.</summary>
public sealed class OnbuildInstruction : Instruction
{
    internal OnbuildInstruction(InstructionData data)
        : base(data)
    {
        Trigger = data.Nested;
    }

    public override InstructionKind Kind => InstructionKind.Onbuild;

    /// <summary>The nested instruction; null for a bare ONBUILD.</summary>
    public Instruction? Trigger { get; }

    private protected override void DumpArguments(StringBuilder sb)
    {
        if (Trigger is not null)
        {
            sb.Append(" (");
            Trigger.DumpTo(sb);
            sb.Append(')');
        }
    }
}
