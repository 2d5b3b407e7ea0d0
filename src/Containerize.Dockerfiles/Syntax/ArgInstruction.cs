namespace Containerize.Dockerfiles;

/// <summary><c>ARG name[=default] …</c>.</summary>
public sealed class ArgInstruction : Instruction
{
    internal ArgInstruction(InstructionData data)
        : base(data)
    {
        Declarations = Arguments.Select(a => new ArgDeclaration(a, EscapeToken)).ToArray();
    }

    public override InstructionKind Kind => InstructionKind.Arg;

    public IReadOnlyList<ArgDeclaration> Declarations { get; }
}
