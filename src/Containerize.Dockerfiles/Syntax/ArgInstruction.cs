namespace Containerize.Dockerfiles;

/// <summary><c>ARG name[=default] …</c>.</summary>
public sealed class ArgInstruction : Instruction
{
    internal ArgInstruction(InstructionData data)
        : base(data)
    {
    }

    public override InstructionKind Kind => InstructionKind.Arg;

    public IReadOnlyList<ArgDeclaration> Declarations => _declarations ??= Arguments.Select(a => new ArgDeclaration(a, EscapeToken)).ToArray();

    private IReadOnlyList<ArgDeclaration>? _declarations;
}
